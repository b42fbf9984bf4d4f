"""CSV files for people: what French Excel and LibreOffice save, and files they open right by double click.

Not the sync format (that one is for machines, see docs/sync-format.md). Reading (docs/spreadsheets.md):

- encoding: a BOM decides (UTF-8, or UTF-16 for Excel's "Unicode text"); else strict UTF-8; else
  Windows-1252 (what Excel calls "CSV (séparateur: point-virgule)"). No statistical guess: guessers take
  cp1252 for cp1250 on short files, and these two are the encodings French spreadsheets use;
- separator: ``;``, ``,`` or tab, the one under which a row reads as the known column names, else the one
  that cuts the most rows into the same number of cells (``csv.Sniffer`` often takes a ``;`` file for ``,``);
- the header: the row with the most known column names among the first ones, so that a title line or a
  merged header above it is passed over; blank rows are skipped; values are trimmed;
- each row keeps the line number where it starts in the file, so that errors name the line a person sees
  in a text editor (a quoted cell holding line breaks spans several lines).

Writing: UTF-8 with a BOM (without it Excel reads UTF-8 as Windows-1252), ``;``, CRLF, dates
``DD/MM/YYYY`` and decimal commas (``spreadsheet_values``), written whole then renamed.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.spreadsheet_values import cell_text, unwrap_excel_string
from telecentre_desk.common.text import fold

DELIMITERS = (";", "\t", ",")  # in order of preference when the evidence is even: French files use ";"
_SNIFF_CHARS = 64 * 1024
_HEADER_SEARCH_ROWS = 20
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_NON_WORD_RE = re.compile(r"[\W_]+")


class SheetRow(NamedTuple):
    line: int  # where the row starts in the file, counted from 1 as editors do
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        """The cell of column ``index``; "" when the row is shorter (spreadsheets drop trailing blanks)."""
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Sheet:
    encoding: str  # utf-8-sig, utf-8, cp1252 or utf-16
    delimiter: str
    header: tuple[str, ...]
    header_line: int  # 0 when the file has no row at all
    rows: tuple[SheetRow, ...]  # the rows under the header, blank ones left out


def header_key(text: str) -> str:
    """A column name reduced for matching: ``"Date d'adhésion "`` and ``"DATE D ADHESION"`` are the same."""
    return _NON_WORD_RE.sub(" ", fold(text)).strip()


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a spreadsheet file's bytes.

    Raises:
        DeskError: a workbook rather than a CSV, or bytes that are neither UTF-8 nor Windows-1252.
    """
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DeskError(_("this is a workbook (.xlsx, .xls or .ods), not a CSV file: in the spreadsheet, "
                          "use Save as, then CSV (semicolon separated)"))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff"), encoding
            except UnicodeDecodeError as exc:
                raise DeskError(_("the file says it is {encoding} but byte {offset} is not: it is damaged").format(
                    encoding=encoding.removesuffix("-sig").upper(), offset=exc.start)) from exc
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, encoding
    raise DeskError(_("this file is not text in UTF-8 or Windows-1252: save it again as CSV"))


def _records(text: str, delimiter: str, *, trim: bool = True) -> Iterable[SheetRow]:
    """Every non-blank record, its cells unwrapped (and trimmed), with the line it starts on.

    ``newline=""`` keeps line breaks inside quoted cells; the reader's ``line_num`` counts physical lines.
    """
    # strict: a quote never closed would otherwise swallow the rest of the file into one cell, silently.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                        skipinitialspace=False, strict=True)
    previous_end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _malformed(exc, previous_end + 1, reader.line_num) from exc
        line, previous_end = previous_end + 1, reader.line_num
        # Inlined for speed (a 100,000-row file): unwrap ="..." cells, then trim.
        cells = [unwrap_excel_string(c) if c.startswith('="') else c for c in cells]
        trimmed = [c.strip() for c in cells]
        if any(trimmed):
            yield SheetRow(line, tuple(trimmed if trim else cells))


def _malformed(exc: csv.Error, start: int, current: int) -> DeskError:
    """csv's error as the line a person should look at, and why."""
    reason = str(exc)
    if "unexpected end of data" in reason:
        return DeskError(_("line {line}: a quote opened in this row is never closed").format(line=start))
    if "expected after" in reason:
        return DeskError(_('line {line}: text after the quote that closes a cell (a quote inside a quoted cell '
                           'is written "")').format(line=current))
    if "field larger than field limit" in reason:
        return DeskError(_("line {line}: a cell of more than {limit} characters").format(
            line=start, limit=csv.field_size_limit()))
    return DeskError(_("line {line}: {reason}").format(line=current, reason=reason))


def _known_count(row: SheetRow, known: frozenset[str]) -> int:
    return len({header_key(c) for c in row.cells} & known) if known else 0


def detect_delimiter(text: str, known: frozenset[str] = frozenset()) -> str:
    """The separator under which the first rows read best (see the module's docstring)."""
    sample = text[:_SNIFF_CHARS]

    def evidence(delimiter: str) -> tuple[int, int, int]:
        rows: list[SheetRow] = []
        # The rows up to the first malformed one: the sample may end inside a quoted cell.
        with contextlib.suppress(DeskError):
            for row in itertools.islice(_records(sample, delimiter), 200):
                rows.append(row)
        names = max((_known_count(r, known) for r in rows[:_HEADER_SEARCH_ROWS]), default=0)
        widths = Counter(len(r.cells) for r in rows)
        width, count = max(widths.items(), key=lambda kv: (kv[1], kv[0]), default=(0, 0))
        return names, count if width > 1 else 0, -DELIMITERS.index(delimiter)

    return max(DELIMITERS, key=evidence)


def read_sheet_text(text: str, *, encoding: str = "utf-8", known_headers: Iterable[str] = (),
                    delimiter: str | None = None, trim: bool = True) -> Sheet:
    """A sheet from decoded text; ``known_headers`` (any spelling) find the separator and the header row."""
    known = frozenset(header_key(h) for h in known_headers) - {""}
    delimiter = delimiter or detect_delimiter(text, known)
    rows = list(_records(text, delimiter, trim=trim))
    if not rows:
        return Sheet(encoding=encoding, delimiter=delimiter, header=(), header_line=0, rows=())
    candidates = rows[:_HEADER_SEARCH_ROWS]
    scores = [_known_count(r, known) for r in candidates]
    best = max(range(len(candidates)), key=lambda i: (scores[i], -i))  # the first of the best
    position = best if scores[best] > 0 else 0
    header = rows[position]
    return Sheet(encoding=encoding, delimiter=delimiter, header=header.cells, header_line=header.line,
                 rows=tuple(rows[position + 1:]))


def read_sheet(path: Path, *, known_headers: Iterable[str] = (), trim: bool = True) -> Sheet:
    """Read a CSV file as French spreadsheets save it.

    Raises:
        DeskError: the file cannot be read, is a workbook, or is not text.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DeskError(_("cannot read {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
    if not data.strip():
        raise DeskError(_("{path} is empty").format(path=path))
    text, encoding = decode(data)
    return read_sheet_text(text, encoding=encoding, known_headers=known_headers, trim=trim)


def sheet_text(rows: Iterable[Sequence[object]]) -> str:
    """Rows as French Excel reads them: ``;``, CRLF, each value through ``cell_text``."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([cell_text(value) for value in row])
    return out.getvalue()


def write_sheet(path: Path, rows: Iterable[Sequence[object]]) -> None:
    """Write the rows as a CSV that French Excel opens by double click (UTF-8 with BOM).

    Written whole to a temporary file then renamed: a failed export never leaves half a file.

    Raises:
        DeskError: the file cannot be written (folder missing, disk full, file open in Excel on Windows).
    """
    write_text_file(Path(path), sheet_text(rows))


def write_text_file(path: Path, text: str) -> None:
    """``text`` into ``path`` as UTF-8 with a BOM, atomically, 0600 (it may hold personal data), through an
    exclusive temporary file (``common/private_files.py``)."""
    from telecentre_desk.common.private_files import write_private

    try:
        write_private(path, text.encode("utf-8-sig"))
    except OSError as exc:
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror)) from exc
