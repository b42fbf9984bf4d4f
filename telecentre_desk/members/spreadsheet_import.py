"""Members from a spreadsheet saved by French Excel or LibreOffice: check every row, then write in one go.

The rules (docs/spreadsheets.md):

- **Checked before anything is written.** Every cell is cleaned by the same rules as the member form;
  each problem is reported with the file's line number and the column's name, all at once.
- **Matching.** A row names a member by its number (``42`` or ``FLO-0042``) when it has one: that member
  is updated, or, when the number is free, a member is created with it (a place keeps the numbers of its
  old list). Without a number, by email (case ignored): the member with that email, else a new one.
  Without either, by first and last name (case, accents and hyphens ignored): the only member so
  called, else a new one; two members so called is an error (add the number). The cells that found the
  member are not changed by the row (an email in capitals, a name typed without its accents).
- **Empty cells change nothing**: an import never erases a stored value, and never changes a status.
- **Duplicates**: a second row naming the same member as an earlier row is an error.
- **All or nothing**: by default nothing is written while any row has an error; ``skip_invalid`` writes
  the valid rows and reports the others. Either way it is one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telecentre_desk.common import plausibility, validation
from telecentre_desk.common.errors import DeskError, ValidationError
from telecentre_desk.common.i18n import _, ngettext
from telecentre_desk.common.spreadsheet import Sheet, header_key, read_sheet
from telecentre_desk.common.spreadsheet_values import parse_fr_date
from telecentre_desk.members.categories import parse_category
from telecentre_desk.members.fields import clean_member_fields
from telecentre_desk.members.import_mapping import column_label, known_headers, mapping_problems
from telecentre_desk.members.info import display_number
from telecentre_desk.places.context import read_local_row

if TYPE_CHECKING:
    from sqlmodel import Session

Progress = Callable[[int, int], None]  # (rows done, rows in all)
_NUMBER_RE = re.compile(r"^(?:([A-Za-z][A-Za-z0-9]{1,7})\s*-\s*)?0*(\d{1,6})$")
_MULTILINE = ("address", "notes")
_MEMBER_COLUMNS = ("first_name", "last_name", "email", "phone", "category", "company_name", "siren", "address",
                   "postcode", "city", "joined_on", "notes")


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # the file's line, as a text editor counts
    column: str  # the column's header (or its letter), "" for the whole row
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass(slots=True)
class PlannedRow:
    line: int
    action: Action
    number: str | None  # the member's display number: matched, or kept for a new member
    name: str
    changes: dict[str, Any]  # what will be written: every given field for a new member, the differences otherwise
    member_uid: str | None = None  # the member updated
    wanted_number: int | None = None  # a new member's number taken from the file
    errors: list[RowError] = field(default_factory=list)


@dataclass(slots=True)
class ImportPlan:
    """What an import does (or did, when ``written``): counts, rows and errors, for the CLI and the preview."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    header_line: int
    mapping: list[str | None]
    rows: list[PlannedRow]
    problems: list[RowError]  # the mapping's own problems, on the header's line
    dry_run: bool = False
    written: bool = False

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def errors(self) -> list[RowError]:
        return self.problems + [e for r in self.rows for e in r.errors]

    def to_json(self) -> dict[str, Any]:
        # created/updated: what was written, or what would be in a dry run; 0 when errors stopped the import.
        done = self.written or self.dry_run
        return {"created": self.count(Action.CREATE) if done else 0,
                "updated": self.count(Action.UPDATE) if done else 0,
                "unchanged": self.count(Action.UNCHANGED), "invalid": self.count(Action.INVALID),
                "errors": [e.to_json() for e in self.errors],
                "dry_run": self.dry_run, "written": self.written, "encoding": self.encoding,
                "delimiter": self.delimiter, "header_line": self.header_line,
                "mapping": [{"column": column_label(self.header, i), "field": f} for i, f in enumerate(self.mapping)]}


@dataclass(frozen=True, slots=True)
class _Stored:
    uid: str
    number: int
    kind: str
    status: str
    deleted: bool
    values: dict[str, Any]


def read_member_sheet(path: Path) -> Sheet:
    """A members' spreadsheet, its header found among the names the import knows.

    Raises:
        DeskError: the file cannot be read or is not a CSV.
    """
    return read_sheet(path, known_headers=known_headers())


def _read_place(conn: sqlite3.Connection) -> tuple[str, list[_Stored]]:
    place = read_local_row(conn)
    rows = conn.execute(f"SELECT uid, number, kind, status, deleted_at IS NOT NULL, {', '.join(_MEMBER_COLUMNS)} "
                        "FROM member WHERE place_id = ?", (place.id,)).fetchall()
    stored = []
    for uid, number, kind, status, deleted, *values in rows:
        data = dict(zip(_MEMBER_COLUMNS, values, strict=True))
        data["joined_on"] = dt.date.fromisoformat(data["joined_on"]) if data["joined_on"] else None
        stored.append(_Stored(uid, number, kind, status, bool(deleted), data))
    return place.code, stored


def _without_field_prefix(message: str, field_name: str) -> str:
    """The core's messages start with the field's key (``email: ...``); the import shows the column instead."""
    return re.sub(rf"^{re.escape(field_name)}\s?:\s*", "", message)


def clean_cell(field_name: str, text: str, *, place_code: str) -> Any:
    """One cell in its stored form, by the rules of the member form.

    Raises:
        ValidationError: the cell cannot be taken.
    """
    if ("\n" in text or "\r" in text) and field_name not in _MULTILINE:
        raise ValidationError(_("a line break inside this cell (only an address or notes may have one)"),
                              field=field_name)
    if field_name == "number":
        match = _NUMBER_RE.match(text)
        if not match or int(match.group(2)) < 1:
            raise ValidationError(_("{value!r} is not a member number (42 or {code}-0042)").format(
                value=text, code=place_code), field=field_name)
        if match.group(1) and match.group(1).upper() != place_code:
            raise ValidationError(_("{value!r} is a member of another place ({code}): import it there").format(
                value=text, code=match.group(1).upper()), field=field_name)
        return int(match.group(2))
    if field_name == "category":
        return parse_category(text)
    if field_name == "joined_on":
        return plausibility.check_day(parse_fr_date(text, field=field_name), field=field_name)
    if field_name == "siren" and sum(c.isdigit() for c in text) == 14:
        return validation.siret(text, field=field_name)[:9]  # a SIRET column: the company is its first 9 digits
    return clean_member_fields({field_name: text}, creating=False)[field_name]


class _Matcher:
    """Finds the stored member a row names, by the rules of the module's docstring."""

    def __init__(self, stored: list[_Stored]) -> None:
        self.by_number = {m.number: m for m in stored}
        self.by_email: dict[str, list[_Stored]] = defaultdict(list)
        self.by_name: dict[tuple[str, str], list[_Stored]] = defaultdict(list)
        for m in stored:
            if m.kind == "member" and not m.deleted:
                if m.values["email"]:
                    self.by_email[m.values["email"].casefold()].append(m)
                self.by_name[_name_key(m.values["first_name"], m.values["last_name"])].append(m)

    def find(self, values: dict[str, Any]) -> tuple[_Stored | None, str | None, str]:
        """(member or None for a new one, a problem or None, the column that decided)."""
        if "number" in values:
            member = self.by_number.get(values["number"])
            if member is None:
                return None, None, "number"
            if member.deleted or member.kind != "member":
                return None, _("number {number} is not free: it belonged to a visitor or a removed record").format(
                    number=values["number"]), "number"
            return member, None, "number"
        if "email" in values:
            found = self.by_email.get(values["email"].casefold(), [])
            if len(found) > 1:
                return None, _("{count} members have this email: add the member's number").format(
                    count=len(found)), "email"
            return (found[0] if found else None), None, "email"
        found = self.by_name.get(_name_key(values.get("first_name"), values.get("last_name")), [])
        if len(found) > 1:
            return None, _("{count} members have this name: add the member's number").format(count=len(found)), (
                "last_name")
        return (found[0] if found else None), None, "last_name"


def _name_key(first: str | None, last: str | None) -> tuple[str, str]:
    return header_key(first or ""), header_key(last or "")


def check_sheet(conn: sqlite3.Connection, sheet: Sheet, mapping: Sequence[str | None]) -> ImportPlan:
    """Check every row against the database without writing: what would be created, updated, refused."""
    place_code, stored = _read_place(conn)
    mapping = (list(mapping) + [None] * len(sheet.header))[:len(sheet.header)]
    plan = ImportPlan(encoding=sheet.encoding, delimiter=sheet.delimiter, header=sheet.header,
                      header_line=sheet.header_line, mapping=mapping, rows=[], problems=[])
    plan.problems = [RowError(sheet.header_line, "", p) for p in mapping_problems(sheet.header, mapping)]
    if not sheet.rows and not plan.problems:
        plan.problems.append(RowError(sheet.header_line, "", _("there is no member under the header row")))
    if plan.problems:
        return plan
    column_of = {f: i for i, f in enumerate(mapping) if f}
    label = {f: column_label(sheet.header, i) for f, i in column_of.items()}
    matcher = _Matcher(stored)
    seen: dict[tuple, int] = {}
    for row in sheet.rows:
        values, errors = {}, []
        for index, field_name in enumerate(mapping):
            text = row.cell(index)
            if field_name and text:
                try:
                    values[field_name] = clean_cell(field_name, text, place_code=place_code)
                except ValidationError as exc:
                    errors.append(RowError(row.line, label[field_name], _without_field_prefix(exc.message,
                                                                                              field_name)))
        if any(c for c in row.cells[len(sheet.header):]):
            errors.append(RowError(row.line, "", _("this row has {count} cells but the header has {columns}: "
                                                   "a separator inside a cell that is not quoted?").format(
                count=len(row.cells), columns=len(sheet.header))))
        plan.rows.append(_plan_row(row.line, values, errors, matcher, seen, label, place_code))
    return plan


def _plan_row(line: int, values: dict[str, Any], errors: list[RowError], matcher: _Matcher, seen: dict[tuple, int],
              label: dict[str, str], place_code: str) -> PlannedRow:
    name = " ".join(filter(None, (values.get("first_name"), values.get("last_name"))))
    member, problem, decided_by = matcher.find(values) if not errors or _identity_clean(values, errors, label) else (
        None, None, "")
    if problem:
        errors.append(RowError(line, label.get(decided_by, ""), problem))
    planned = PlannedRow(line=line, action=Action.CREATE, number=None, name=name, changes={}, errors=errors)
    if member is not None:
        planned.member_uid, planned.number = member.uid, display_number(place_code, member.number)
        planned.name = name or f"{member.values['first_name']} {member.values['last_name']}"
        key: tuple = ("member", member.uid)
    elif "number" in values:
        planned.wanted_number, planned.number = values["number"], display_number(place_code, values["number"])
        key = ("number", values["number"])
    elif "email" in values:
        key = ("email", values["email"].casefold())
    else:
        key = ("name", *_name_key(values.get("first_name"), values.get("last_name")))
    if decided_by and key in seen:
        errors.append(RowError(line, label.get(decided_by, ""), _("the same member as line {line}").format(
            line=seen[key])))
    elif decided_by:
        seen[key] = line
    if member is None:
        for name_field in ("last_name", "first_name"):
            if name_field not in values and not any(e.column == label.get(name_field) for e in errors):
                errors.append(RowError(line, label.get(name_field, ""), {
                    "last_name": _("a new member needs a last name"),
                    "first_name": _("a new member needs a first name")}[name_field]))
        planned.changes = {k: v for k, v in values.items() if k != "number"}
        company = values.get("company_name")
    else:
        if member.status == "erased" and _differences(member, values, decided_by):
            errors.append(RowError(line, "", _("{number}'s data was erased on request: it cannot be changed").format(
                number=planned.number)))
        # The cells that found the member (an email in another case, a name without its accents) stay as stored.
        planned.changes = _differences(member, values, decided_by)
        planned.action = Action.UPDATE if planned.changes else Action.UNCHANGED
        company = values.get("company_name") or member.values["company_name"]
    if values.get("siren") and not company:
        errors.append(RowError(line, label["siren"], _("a SIREN goes with the company's name")))
    if errors:
        planned.action = Action.INVALID
    return planned


def _identity_clean(values: dict[str, Any], errors: list[RowError], label: dict[str, str]) -> bool:
    """Whether the cells that name the member were all readable (else the row cannot be matched)."""
    wrong = {e.column for e in errors}
    return not any(label.get(f) in wrong for f in ("number", "email", "first_name", "last_name"))


def _differences(member: _Stored, values: dict[str, Any], decided_by: str) -> dict[str, Any]:
    """What the row changes; the cells that found the member (an email in another case, a name without its
    accents) are left as stored."""
    keys = {"number": ("number",), "email": ("number", "email"), "last_name": ("number", "first_name", "last_name")}
    return {k: v for k, v in values.items() if k not in keys[decided_by] and member.values.get(k) != v}


def import_members(session: Session, sheet: Sheet, mapping: Sequence[str | None], *, actor: str = "cli",
                   dry_run: bool = False, skip_invalid: bool = False, source: str | None = None,
                   progress: Progress | None = None) -> ImportPlan:
    """Check the sheet, then (unless ``dry_run``) write it in the caller's unit of work.

    Nothing is written while a row has an error, unless ``skip_invalid``: then the valid rows are.

    Raises:
        DeskError: a write refused after the checks (the caller's transaction is then rolled back whole).
    """
    # Imported here: the check runs on a plain connection (the window's preview) without the ORM.
    from telecentre_desk.audit import service as audit
    from telecentre_desk.db.uow import dbapi
    from telecentre_desk.members import service as members

    plan = check_sheet(dbapi(session), sheet, mapping)
    plan.dry_run = dry_run
    if dry_run or plan.problems or (plan.errors and not skip_invalid):
        return plan
    todo = [r for r in plan.rows if r.action in (Action.CREATE, Action.UPDATE)]
    # Kept numbers first, so that a number given later in the file is not taken by an automatic one.
    todo.sort(key=lambda r: (r.wanted_number is None and r.member_uid is None, r.line))
    for done, row in enumerate(todo, start=1):
        changes = dict(row.changes)
        joined_on = changes.pop("joined_on", None)
        try:
            if row.member_uid is None:
                info = members.add_member(session, actor=actor, number=row.wanted_number, joined_on=joined_on,
                                          **changes)
                row.number = info.display_number
            else:
                members.edit_member(session, row.member_uid, actor=actor, joined_on=joined_on, **changes)
        except DeskError as exc:
            raise DeskError(_("line {line}: {reason}").format(line=row.line, reason=exc.message)) from exc
        if progress is not None:
            progress(done, len(todo))
    audit.record(session, actor=actor, action="member.import", entity="member",
                 details={"file": source, "created": plan.count(Action.CREATE),
                          "updated": plan.count(Action.UPDATE), "refused_rows": plan.count(Action.INVALID)})
    plan.written = True
    return plan


def summary(plan: ImportPlan) -> str:
    """One line for the person who ran the import."""
    created, updated = plan.count(Action.CREATE), plan.count(Action.UPDATE)
    errors = len(plan.errors)
    counts = _("{created} to create, {updated} to update, {unchanged} unchanged").format(
        created=created, updated=updated, unchanged=plan.count(Action.UNCHANGED))
    if plan.written:
        counts = _("{created} created, {updated} updated, {unchanged} unchanged").format(
            created=created, updated=updated, unchanged=plan.count(Action.UNCHANGED))
    if not errors:
        return counts
    return counts + "; " + ngettext("{count} error", "{count} errors", errors).format(count=errors)
