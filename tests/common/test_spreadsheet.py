"""Spreadsheet CSV as French Excel and LibreOffice save it, and files French Excel opens right."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telecentre_desk.common.errors import DeskError, ValidationError
from telecentre_desk.common.spreadsheet import (
    decode,
    detect_delimiter,
    header_key,
    read_sheet,
    read_sheet_text,
    sheet_text,
    write_sheet,
)
from telecentre_desk.common.spreadsheet_values import (
    cell_text,
    excel_text,
    fr_cents,
    fr_date,
    fr_number,
    parse_fr_date,
    parse_fr_decimal,
    unwrap_excel_string,
)

KNOWN = ("Nom", "Prénom", "E-mail", "Montant")

# Any text a person could type, except what no file can carry: surrogates and NUL.
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
cell_values = st.one_of(any_text, st.sampled_from(['"', ";", "\r\n", "\n", "é è ç œ", "😀", '=1+1', "+33 6 12",
                                                   "0612345678", "  lead", '="x"', "-", "\ufeff", "'"]))


# -- reading what French spreadsheets save -----------------------------------------------------------------


def test_excel_cp1252_semicolon_crlf_with_accents(tmp_path: Path) -> None:
    path = tmp_path / "adherents.csv"
    path.write_bytes("Nom;Prénom;Montant\r\nGarçon;Hélène;1 234,50\r\nLœwe;Noël;-3,5\r\n".encode("cp1252"))
    assert b"\xe7" in path.read_bytes() and b"\x9c" in path.read_bytes()  # ç and œ as Windows-1252 bytes
    sheet = read_sheet(path, known_headers=KNOWN)
    assert (sheet.encoding, sheet.delimiter, sheet.header, sheet.header_line) == (
        "cp1252", ";", ("Nom", "Prénom", "Montant"), 1)
    assert [(r.line, r.cells) for r in sheet.rows] == [(2, ("Garçon", "Hélène", "1 234,50")),
                                                        (3, ("Lœwe", "Noël", "-3,5"))]
    assert [parse_fr_decimal(r.cells[2]) for r in sheet.rows] == [Decimal("1234.50"), Decimal("-3.5")]


def test_utf8_bom_comma_lf_title_line_blank_lines_and_a_cell_on_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    text = ('Liste des adhérents 2026,,\n\n"Nom","Prénom","E-mail"\n  Dupont , Élise ,\n\n'
            '"Martin","Jean\nPierre",jp@example.fr\n,,\nRoux,Zoé,"a ""quoted"" word"\n')
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    sheet = read_sheet(path, known_headers=KNOWN)
    assert (sheet.encoding, sheet.delimiter, sheet.header_line) == ("utf-8-sig", ",", 3)
    assert [(r.line, r.cells) for r in sheet.rows] == [
        (4, ("Dupont", "Élise", "")),  # trimmed
        (6, ("Martin", "Jean\nPierre", "jp@example.fr")),
        (9, ("Roux", "Zoé", 'a "quoted" word')),  # line 8 was blank (only separators), and skipped
    ]


def test_utf8_without_bom_and_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Nom\tPrénom\nÉluard\tPaul\n", encoding="utf-8")
    sheet = read_sheet(path, known_headers=KNOWN)
    assert (sheet.encoding, sheet.delimiter, sheet.rows[0].cells) == ("utf-8", "\t", ("Éluard", "Paul"))


def test_excel_unicode_text_is_utf16(tmp_path: Path) -> None:
    path = tmp_path / "u.txt"
    path.write_bytes("\ufeffNom\tPrénom\r\nŒuf\tÈve\r\n".encode("utf-16-le"))
    sheet = read_sheet(path, known_headers=KNOWN)
    assert (sheet.encoding, sheet.rows[0].cells) == ("utf-16", ("Œuf", "Ève"))


def test_the_separator_is_the_one_that_reads_the_known_names_not_the_decimal_comma() -> None:
    text = "Nom;Montant\nA;1,5\nB;2,5\nC;3,5\n"
    assert detect_delimiter(text) == ";"  # even without names: every row has 2 cells, the header too
    assert detect_delimiter("Nom,Prénom\nA,B\n", frozenset({"nom", "prenom"})) == ","
    assert detect_delimiter("a single column\nx\n") == ";"  # no evidence: the French default


def test_the_header_is_the_row_with_the_most_known_names() -> None:
    text = "Adhérents;;\nIdentité;;Contact\nNom;Prénom;E-mail\nDupont;Jean;j@x.fr\n"
    sheet = read_sheet_text(text, known_headers=KNOWN)
    assert (sheet.header, sheet.header_line, len(sheet.rows)) == (("Nom", "Prénom", "E-mail"), 3, 1)
    unknown = read_sheet_text("a;b\nc;d\n")
    assert (unknown.header, unknown.rows[0].cells) == (("a", "b"), ("c", "d"))  # first row when nothing is known


def test_header_names_match_whatever_the_spelling() -> None:
    assert header_key(" Date d’adhésion ") == header_key("DATE D'ADHESION") == "date d adhesion"
    assert header_key("E-mail") == header_key("e mail")


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04rest-of-a-zip", "workbook"),
    (b"\xd0\xcf\x11\xe0old excel", "workbook"),
    (b"Nom;Pr\x81nom\r\n", "not text in UTF-8 or Windows-1252"),  # 0x81 has no character in cp1252
    (b"\xef\xbb\xbfNom;\xff\r\n", "damaged"),
    (b"N\x00o\x00m\x00", "not text"),
])
def test_files_that_are_not_a_csv_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(DeskError, match=message):
        decode(data)


@pytest.mark.parametrize(("text", "message"), [
    ('Nom;Prénom\r\nDupont;"Marie\r\nMartin;Jean\r\n', "line 2: a quote opened in this row is never closed"),
    ('Nom;Prénom\r\nA;B\r\n"Dupont" fils;Marie\r\n', "line 3: text after the quote that closes a cell"),
    ('Nom;Prénom\r\nDupont;"' + "x" * 200_000 + '"\r\n', "line 2: a cell of more than 131072 characters"),
])
def test_malformed_quotes_are_refused_with_their_line(text: str, message: str) -> None:
    with pytest.raises(DeskError, match=message):
        read_sheet_text(text, known_headers=KNOWN)


def test_a_quote_inside_an_unquoted_cell_is_text_and_old_mac_line_ends_count() -> None:
    sheet = read_sheet_text('Nom;Prénom\rÉcran 24";Jean "Jeannot"\rB;C\r', known_headers=KNOWN)
    assert [(r.line, r.cells) for r in sheet.rows] == [(2, ('Écran 24"', 'Jean "Jeannot"')), (3, ("B", "C"))]


def test_the_separator_is_found_when_the_sample_ends_inside_a_quoted_cell() -> None:
    text = "Nom;Prénom;Notes\n" + 'Dupont;Marie;"' + "long note " * 7000 + '"\n'  # past the 64 KiB sample
    sheet = read_sheet_text(text, known_headers=KNOWN)
    assert (sheet.delimiter, sheet.rows[0].cells[0], len(sheet.rows[0].cells[2])) == (";", "Dupont", 69_999)


def test_a_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="cannot read"):
        read_sheet(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_bytes(b"\r\n \r\n")
    with pytest.raises(DeskError, match="is empty"):
        read_sheet(tmp_path / "empty.csv")


def test_excel_strings_are_unwrapped() -> None:
    assert unwrap_excel_string('="0612345678"') == "0612345678"
    assert unwrap_excel_string('="say ""hi"""') == 'say "hi"'
    assert unwrap_excel_string('="a"b"') == '="a"b"'  # not a string formula: left alone
    assert unwrap_excel_string('="x"\n') == '="x"\n'


# -- French dates and numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("26/11/2026", dt.date(2026, 11, 26)), ("1/2/2026", dt.date(2026, 2, 1)), ("01.02.2026", dt.date(2026, 2, 1)),
    ("01-02-2026", dt.date(2026, 2, 1)), ("2026-11-26", dt.date(2026, 11, 26)),
    (" 26/11/2026 00:00 ", dt.date(2026, 11, 26)), ("2026-11-26 00:00:00", dt.date(2026, 11, 26)),
    ("29/02/2028", dt.date(2028, 2, 29)),
])
def test_dates_people_and_spreadsheets_write(text: str, day: dt.date) -> None:
    assert parse_fr_date(text) == day


@pytest.mark.parametrize(("text", "message"), [
    ("31/02/2026", "does not exist in the calendar"), ("29/02/2026", "does not exist"), ("00/01/2026", "does not"),
    ("26/11/26", "four digits"), ("11/26", "is not a date"), ("demain", "is not a date"), ("", "is not a date"),
    ("2026-13-01", "does not exist"),
])
def test_dates_that_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_fr_date(text, field="joined_on")
    assert caught.value.field == "joined_on"


@pytest.mark.parametrize(("text", "value"), [
    ("1 234,50", "1234.50"), ("1\u00a0234,5", "1234.5"), ("1\u202f234\u202f567", "1234567"), ("12", "12"),
    ("-3,5", "-3.5"), ("\u22123,5", "-3.5"), ("+2", "2"), ("12,50 €", "12.50"), ("1.234,50", "1234.50"),
    ("1234.5", "1234.5"), ("0.125", "0.125"), ("1234567,891", "1234567.891"), ("1.234.567", "1234567"),
])
def test_french_numbers(text: str, value: str) -> None:
    assert parse_fr_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1.234", "12 34", "1,2,3", "abc", "", "1 234 5", "--1", "1e3", "NaN"])
def test_numbers_that_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a number"):
        parse_fr_decimal(text)


# -- writing for French Excel --------------------------------------------------------------------------------


def test_what_french_excel_gets(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_sheet(path, [["Nom", "Né le", "Montant", "Téléphone", "SIRET", "Note"],
                       ["Dupont; fils", dt.date(2026, 11, 26), fr_cents(-123450), "+33 6 12 34 56 78",
                        "73282932000074", 'il a dit "oui"\nvraiment'],
                       ["=HYPERLINK(\"http://x\")", None, Decimal("2.345"), "0612345678", "48400", 7]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").split("\r\n") == [
        "Nom;Né le;Montant;Téléphone;SIRET;Note",
        '"Dupont; fils";26/11/2026;-1234,50;"=""+33 6 12 34 56 78""";"=""73282932000074""";"il a dit ""oui""\n'
        'vraiment"',
        '"=""=HYPERLINK(""""http://x"""")""";;2,35;"=""0612345678""";48400;7',
        ""]
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="cannot write"):
        write_sheet(tmp_path / "missing" / "out.csv", [["a"]])


def test_cell_formats() -> None:
    assert (fr_date(dt.date(2026, 1, 5)), fr_date(dt.datetime(2026, 1, 5, 9, 7)), fr_date(None)) == (
        "05/01/2026", "05/01/2026 09:07", "")
    assert (fr_number(3), fr_number(2.25, 1), fr_number(Decimal("-0.005")), fr_number(None)) == (
        "3", "2,2", "-0,01", "")
    assert (fr_cents(5), fr_cents(-100), fr_cents(123456)) == ("0,05", "-1,00", "1234,56")
    assert excel_text("FLO-0042") == "FLO-0042" and excel_text("0") == "0" and excel_text("123456789") == "123456789"
    with pytest.raises(TypeError):
        cell_text(object())


# -- properties: what is written is read back unchanged ---------------------------------------------------


@settings(max_examples=300)
@given(rows=st.lists(st.lists(cell_values, min_size=3, max_size=3), min_size=1, max_size=6))
def test_any_text_written_is_read_back_unchanged(rows: list[list[str]]) -> None:
    rows = [r for r in rows if any(c.strip() for c in r)]  # blank rows are skipped by design
    header = ["Nom", "Prénom", "E-mail"]
    text = sheet_text([header, *rows])
    data = ("\ufeff" + text).encode("utf-8")
    decoded, encoding = decode(data)
    sheet = read_sheet_text(decoded, encoding=encoding, known_headers=KNOWN, trim=False)
    assert sheet.delimiter == ";"
    assert sheet.header == tuple(header)
    assert [list(r.cells) for r in sheet.rows] == rows


@given(rows=st.lists(st.lists(any_text.filter(lambda t: t == t.strip()), min_size=2, max_size=2), max_size=5))
def test_trimmed_reading_keeps_any_trimmed_text(rows: list[list[str]]) -> None:
    rows = [r for r in rows if any(r)]
    sheet = read_sheet_text(sheet_text([["Nom", "Prénom"], *rows]), known_headers=KNOWN)
    assert [list(r.cells) for r in sheet.rows] == rows


@given(day=st.dates(min_value=dt.date(1000, 1, 1)))
def test_dates_round_trip(day: dt.date) -> None:
    assert parse_fr_date(cell_text(day)) == day


@given(value=st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(value: Decimal) -> None:
    assert parse_fr_decimal(cell_text(value)) == value


@given(cents=st.integers(min_value=-10**11, max_value=10**11))
def test_amounts_round_trip(cents: int) -> None:
    assert parse_fr_decimal(fr_cents(cents)) * 100 == cents


@given(text=cell_values)
def test_protected_text_comes_back(text: str) -> None:
    assert unwrap_excel_string(excel_text(text)) == text
