"""How the CLI prints: JSON for machines (``--json``), aligned text for people."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    return str(value)


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    json.dump(data, stream, ensure_ascii=False, indent=2, default=_default)
    stream.write("\n")


def emit_table(rows: Sequence[Sequence[Any]], headers: Sequence[str], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    stream.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        stream.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    if not cells:
        stream.write("(none)\n")


def emit_fields(data: dict[str, Any], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    width = max((len(k) for k in data), default=0)
    for key, value in data.items():
        shown = "" if value is None else _default(value) if not isinstance(value, str) else value
        stream.write(f"{key.ljust(width)}  {shown}\n")
