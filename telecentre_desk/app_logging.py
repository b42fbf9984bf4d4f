"""Logging configured once: a rotating file in the log folder, warnings and above on stderr."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "telecentre-desk.log"
FILE_ONLY = "file_only"  # logger.error(..., extra={FILE_ONLY: True}): the log file, not the console


def configure(log_dir: Path, *, verbose: bool = False) -> Path | None:
    """Install the handlers; return the log file, or None when the folder is not writable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in [h for h in root.handlers if getattr(h, "_telecentre_desk", False)]:
        root.removeHandler(handler)  # configured again (tests, a second main()): replace only ours
        handler.close()
    console = logging.StreamHandler()
    console._telecentre_desk = True  # type: ignore[attr-defined]
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    # A record meant for the file only (a bug's traceback the CLI has already answered in one line).
    console.addFilter(lambda record: not getattr(record, FILE_ONLY, False))
    root.addHandler(console)
    path = log_dir / LOG_FILE
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        root.warning("cannot write the log file in %s (%s); logging to the console only", log_dir, exc)
        return None
    file_handler._telecentre_desk = True  # type: ignore[attr-defined]
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
