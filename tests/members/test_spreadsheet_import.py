"""Members from spreadsheets French Excel and LibreOffice really save: checked whole, then written in one go."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine

from telecentre_desk.common.errors import DeskError
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.members import spreadsheet_import, visitors
from telecentre_desk.members.import_mapping import apply_overrides, guess_mapping, parse_overrides
from telecentre_desk.members.spreadsheet_export import write_members
from telecentre_desk.members.spreadsheet_import import Action, ImportPlan, import_members, read_member_sheet
from telecentre_desk.plans import service as plans

TITLE = "Adhérents du télécentre — export du 26/11/2026"


def excel_cp1252(path: Path, lines: list[str]) -> Path:
    """What French Excel writes for "CSV (séparateur: point-virgule)": Windows-1252, ;, CRLF."""
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def excel_utf8(path: Path, lines: list[str], newline: str = "\r\n") -> Path:
    """What Excel writes for "CSV UTF-8": a BOM, then UTF-8."""
    path.write_bytes(b"\xef\xbb\xbf" + newline.join(lines).encode("utf-8") + newline.encode())
    return path


def run_import(engine: Engine, path: Path, *mapping: str, **options) -> ImportPlan:
    sheet = read_member_sheet(path)
    chosen = apply_overrides(sheet.header, guess_mapping(sheet.header), parse_overrides(list(mapping)))
    with unit_of_work(engine) as session:
        return import_members(session, sheet, chosen, **options)


def snapshot(engine: Engine) -> list[tuple]:
    """Every member row (updated_at included) and the audit log's length: what "nothing written" means."""
    with unit_of_work(engine) as session:
        conn = dbapi(session)
        rows = conn.execute("SELECT * FROM member ORDER BY id").fetchall()
        return [*rows, conn.execute("SELECT count(*) FROM audit_entry").fetchone()]


def people(engine: Engine) -> list[tuple]:
    with unit_of_work(engine) as session:
        return [(m.display_number, m.first_name, m.last_name, m.email, m.phone, m.category, m.company_name, m.siren,
                 m.joined_on) for m in sorted(members.list_members(session), key=lambda m: m.number)]


def errors(plan: ImportPlan) -> list[tuple[int, str, str]]:
    return [(e.line, e.column, e.message) for e in plan.errors]


@pytest.fixture
def bad_cp1252(tmp_path: Path) -> Path:
    """Excel, Windows-1252: a title line merged over the columns, blank lines, every kind of mistake."""
    return excel_cp1252(tmp_path / "adhérents.csv", [
        f"{TITLE};;;;;",                                                          # 1
        ";;;;;",                                                                  # 2 (blank: only separators)
        "Nom;Prénom;Courriel;Téléphone;Catégorie;Date d'adhésion",                # 3: the header
        "Garçon;Hélène;helene@example.fr;06 12 34 56 78;Demandeur d'emploi;02/03/2025",  # 4
        "",                                                                       # 5
        "Cœur;Noël;noel @example.fr;;Indépendant;31/02/2026",                     # 6: email with a space, no such day
        "Garçon;Hélène;helene@example.fr;06 12 34 56 78;Demandeur d'emploi;02/03/2025",  # 7: line 4 again
        "Lefèvre;Loïc;  loic@example.fr ;;Astronaute;",                          # 8: unknown category
        "Bœuf;Zoé;zoe@example.fr;;Étudiante;15/09/2024",                          # 9: fine
    ])


def test_a_french_excel_file_with_mistakes_is_refused_whole_with_each_line(place_engine: Engine,
                                                                             bad_cp1252: Path) -> None:
    assert b"\x9c" in bad_cp1252.read_bytes() and b"\xe7" in bad_cp1252.read_bytes()  # œ and ç, Windows-1252
    before = snapshot(place_engine)
    plan = run_import(place_engine, bad_cp1252)
    assert (plan.encoding, plan.delimiter, plan.header_line) == ("cp1252", ";", 3)
    assert errors(plan) == [
        (6, "Courriel", "'noel @example.fr' is not a valid email address (no spaces allowed)"),
        (6, "Date d'adhésion", "'31/02/2026' does not exist in the calendar"),
        (7, "Courriel", "the same member as line 4"),
        (8, "Catégorie", "'Astronaute' is not a category (one of: Indépendant, Salarié en télétravail, "
                         "Demandeur d'emploi, Étudiant, Association, Entreprise, Autre)"),
    ]
    assert [(r.line, r.action) for r in plan.rows] == [(4, Action.CREATE), (6, Action.INVALID),
                                                       (7, Action.INVALID), (8, Action.INVALID), (9, Action.CREATE)]
    assert not plan.written
    assert plan.to_json()["created"] == 0 and len(plan.to_json()["errors"]) == 4
    assert snapshot(place_engine) == before  # nothing at all was written


def test_the_valid_rows_go_in_when_asked_and_are_exactly_what_the_file_says(place_engine: Engine,
                                                                             bad_cp1252: Path) -> None:
    plan = run_import(place_engine, bad_cp1252, skip_invalid=True, source="adhérents.csv")
    assert plan.written and (plan.count(Action.CREATE), len(plan.errors)) == (2, 4)
    assert people(place_engine) == [
        ("FLO-0001", "Hélène", "Garçon", "helene@example.fr", "06 12 34 56 78", "jobseeker", None, None,
         dt.date(2025, 3, 2)),
        ("FLO-0002", "Zoé", "Bœuf", "zoe@example.fr", None, "student", None, None, dt.date(2024, 9, 15)),
    ]


def test_a_dry_run_writes_nothing_even_when_all_is_valid(place_engine: Engine, tmp_path: Path) -> None:
    path = excel_cp1252(tmp_path / "ok.csv", ["Nom;Prénom", "Dupont;Marie", "Martin;Jean"])
    before = snapshot(place_engine)
    plan = run_import(place_engine, path, dry_run=True)
    assert (plan.count(Action.CREATE), plan.errors, plan.written, plan.to_json()["created"]) == (2, [], False, 2)
    assert snapshot(place_engine) == before


def test_utf8_bom_with_commas_and_an_address_on_two_lines(place_engine: Engine, tmp_path: Path) -> None:
    path = excel_utf8(tmp_path / "libreoffice.csv", [
        "Prénom,Nom,E-mail,Adresse,Code postal,Ville,Catégorie,Société,SIRET",
        'Élise,Thévenot,elise@example.fr,"Le Mas\nroute de Meyrueis",48400,Florac,salariée,,',
        "Jérôme,Aïdi,,,,,ENTREPRISE,Bois & Fils,732 829 320 00074",
        "  Anne ,  Roux , anne@example.fr ,,,,,,",
    ])
    plan = run_import(place_engine, path)
    assert (plan.encoding, plan.delimiter) == ("utf-8-sig", ",")
    assert [(r.line, r.action) for r in plan.rows] == [(2, Action.CREATE), (4, Action.CREATE), (5, Action.CREATE)]
    with unit_of_work(place_engine) as session:
        elise, jerome, anne = (members.get_member(session, n) for n in (1, 2, 3))
    assert (elise.address, elise.postcode, elise.city, elise.category) == (
        "Le Mas\nroute de Meyrueis", "48400", "Florac", "employee")
    assert (jerome.category, jerome.company_name, jerome.siren) == ("company", "Bois & Fils", "732829320")
    assert (anne.first_name, anne.last_name, anne.email) == ("Anne", "Roux", "anne@example.fr")  # trimmed


def test_rows_update_the_member_they_name(place_engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont", email="marie@example.fr")
        members.add_member(session, first_name="Jean-Luc", last_name="Sénéchal", phone="04 66 45 00 00")
        members.add_member(session, first_name="Paul", last_name="Roux", city="Mende")
    path = excel_cp1252(tmp_path / "maj.csv", [
        "N°;Nom;Prénom;E-mail;Téléphone;Ville",
        ";;;MARIE@example.fr;06 11 11 11 11;",     # by email, case ignored: Marie gets a phone
        ";senechal;jean luc;;;Florac",             # by name, accents, case and hyphen ignored
        "FLO-0003;Roux;Paul;;;",                   # by number, empty cells: nothing to change
        "12;Nouveau;Numéro;;;",                    # a free number: a new member keeps it
        ";Martin;Jean;;;",                         # nobody of that name: a new member
    ])
    plan = run_import(place_engine, path)
    assert errors(plan) == []
    assert [(r.line, r.action, r.number) for r in plan.rows] == [
        (2, Action.UPDATE, "FLO-0001"), (3, Action.UPDATE, "FLO-0002"), (4, Action.UNCHANGED, "FLO-0003"),
        (5, Action.CREATE, "FLO-0012"), (6, Action.CREATE, "FLO-0013")]
    with unit_of_work(place_engine) as session:
        marie, jean_luc, paul = (members.get_member(session, n) for n in (1, 2, 3))
        assert members.get_member(session, 12).last_name == "Nouveau"
        assert members.get_member(session, 13).last_name == "Martin"
    assert (marie.email, marie.phone) == ("marie@example.fr", "06 11 11 11 11")  # what found her stays as it was
    assert (jean_luc.city, jean_luc.phone, jean_luc.first_name) == ("Florac", "04 66 45 00 00", "Jean-Luc")
    assert paul.city == "Mende"  # an empty cell never erases


def test_rows_that_cannot_name_one_member(place_engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="JOUR", name="Journée", kind="day", price="15")
        for _ in range(2):
            members.add_member(session, first_name="Jean", last_name="Martin")
        visitors.register_visitor(session, first_name="Vi", last_name="Siteur", day=dt.date(2026, 11, 26),
                                  pass_code="JOUR")
    path = excel_cp1252(tmp_path / "x.csv", [
        "N°;Nom;Prénom;SIREN;Société",
        ";Martin;Jean;;",          # two Jean Martin
        "MAR-0007;Roux;Paul;;",    # a number of another place
        "3;Siteur;Vi;;",           # the visitor's number
        "abc;Roux;Paul;;",         # not a number
        ";Bois;Anne;732829320;",   # a SIREN without the company
        ";Bois;Lou;123456789;X",   # a SIREN with a wrong check digit
        ";;Zoé;;",                 # a new member without a last name
        ";Roux;Paul;;;;extra",     # more cells than columns
        ';"Roux\nPaul";Paul;;',   # a line break in a name
    ])
    plan = run_import(place_engine, path)
    assert errors(plan) == [
        (2, "Nom", "2 members have this name: add the member's number"),
        (3, "N°", "'MAR-0007' is a member of another place (MAR): import it there"),
        (4, "N°", "number 3 is not free: it belonged to a visitor or a removed record"),
        (5, "N°", "'abc' is not a member number (42 or FLO-0042)"),
        (6, "SIREN", "a SIREN goes with the company's name"),
        (7, "SIREN", "'123456789' is not a valid SIREN (wrong check digit)"),
        (8, "Nom", "a new member needs a last name"),
        (9, "", "this row has 7 cells but the header has 5: a separator inside a cell that is not quoted?"),
        (10, "Nom", "a line break inside this cell (only an address or notes may have one)"),
    ]


def test_import_export_import_changes_nothing(place_engine: Engine, bad_cp1252: Path, tmp_path: Path) -> None:
    run_import(place_engine, bad_cp1252, skip_invalid=True)
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="=Robert", last_name="+Tables", phone="0612345678",
                           company_name="Bois; Fils \"et\" Cie", siren="732829320", address="1 rue\nbis",
                           postcode="04000", category="association")
        members.deactivate_member(session, 3)
    out = tmp_path / "membres.csv"
    with unit_of_work(place_engine) as session:
        assert write_members(dbapi(session), out) == 3
    before = snapshot(place_engine)
    again = run_import(place_engine, out)
    assert (again.errors, again.count(Action.UNCHANGED), again.count(Action.UPDATE)) == ([], 3, 0)
    assert snapshot(place_engine)[:-1] == before[:-1]  # every member row as it was, updated_at included
    # The original file again: matched by email, nothing to change either.
    assert run_import(place_engine, bad_cp1252, skip_invalid=True).count(Action.UNCHANGED) == 2


def test_the_export_opens_in_french_excel(place_engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Chloé", last_name="Thévenot", email="chloe@example.fr",
                           phone="+33 6 12 34 56 78", category="jobseeker", company_name="Atelier Cévennes",
                           siren="732829320", plan_code=None, joined_on=dt.date(2025, 1, 7))
    out = tmp_path / "m.csv"
    with unit_of_work(place_engine) as session:
        write_members(dbapi(session), out)
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert lines == [
        "N°;Nom;Prénom;E-mail;Téléphone;Catégorie;Société;SIREN;Adresse;Code postal;Ville;Date d'adhésion;Statut",
        'FLO-0001;Thévenot;Chloé;chloe@example.fr;"=""+33 6 12 34 56 78""";Demandeur d\'emploi;Atelier Cévennes;'
        "732829320;;;;07/01/2025;Actif",
        ""]


def test_the_mapping_can_be_chosen(place_engine: Engine, tmp_path: Path) -> None:
    path = excel_cp1252(tmp_path / "m.csv", ["Famille;Prénom;Mail perso;Tél", "Dupont;Marie;m@example.fr;0466"])
    sheet = read_member_sheet(path)
    assert guess_mapping(sheet.header) == [None, "first_name", None, "phone"]
    with unit_of_work(place_engine) as session:
        plan = spreadsheet_import.check_sheet(dbapi(session), sheet, guess_mapping(sheet.header))
    assert errors(plan) == [(1, "", "no column for the number, the email or the last name: members cannot be "
                                    "told apart")]
    plan = run_import(place_engine, path, "famille=last_name,Mail perso=email", "D=ignore")
    assert (errors(plan), plan.mapping) == ([], ["last_name", "first_name", "email", None])
    assert people(place_engine)[0][1:5] == ("Marie", "Dupont", "m@example.fr", None)


@pytest.mark.parametrize(("items", "message"), [
    (["Courriel=email"], "no column 'Courriel' in the file"),
    (["Famille=age"], "'age' is not a member field"),
    (["Famille"], "is not COLUMN=FIELD"),
])
def test_a_wrong_mapping_is_refused(tmp_path: Path, items: list[str], message: str) -> None:
    sheet = read_member_sheet(excel_cp1252(tmp_path / "m.csv", ["Famille;Prénom", "Dupont;Marie"]))
    with pytest.raises(DeskError, match=message):
        apply_overrides(sheet.header, guess_mapping(sheet.header), parse_overrides(items))


def test_two_columns_for_one_field_and_an_empty_sheet(place_engine: Engine, tmp_path: Path) -> None:
    sheet = read_member_sheet(excel_cp1252(tmp_path / "m.csv", ["Nom;Prénom;E-mail;Courriel", "A;B;a@x.fr;b@x.fr"]))
    assert guess_mapping(sheet.header) == ["last_name", "first_name", "email", None]
    with unit_of_work(place_engine) as session:
        plan = spreadsheet_import.check_sheet(dbapi(session), sheet, ["last_name", "first_name", "email", "email"])
        assert errors(plan) == [(1, "", "email comes from more than one column (E-mail, Courriel)")]
        empty = read_member_sheet(excel_cp1252(tmp_path / "e.csv", ["Nom;Prénom", ";"]))
        assert errors(spreadsheet_import.check_sheet(dbapi(session), empty, ["last_name", "first_name"])) == [
            (1, "", "there is no member under the header row")]


def test_a_failure_while_writing_leaves_the_database_as_before(place_engine: Engine, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = excel_cp1252(tmp_path / "ok.csv", ["Nom;Prénom", "Dupont;Marie", "Martin;Jean", "Roux;Paul"])
    real_add, calls = members.add_member, []

    def add_then_fail(session, **kwargs):
        calls.append(kwargs["last_name"])
        if len(calls) == 3:
            raise DeskError("disk full")
        return real_add(session, **kwargs)

    monkeypatch.setattr(members, "add_member", add_then_fail)
    before = snapshot(place_engine)
    with pytest.raises(DeskError, match="line 4: disk full"):
        run_import(place_engine, path)
    assert snapshot(place_engine) == before  # the two members already added were rolled back with the rest


def test_import_is_audited_once_with_its_counts(place_engine: Engine, tmp_path: Path) -> None:
    from telecentre_desk.audit import service as audit

    run_import(place_engine, excel_cp1252(tmp_path / "ok.csv", ["Nom;Prénom", "Dupont;Marie"]), source="ok.csv")
    with unit_of_work(place_engine) as session:
        entry = audit.recent(session, limit=1)[0]
    assert (entry.action, entry.details) == ("member.import", {"file": "ok.csv", "created": 1, "updated": 0,
                                                               "refused_rows": 0})


def test_the_import_applies_the_bounds_of_every_entry(place_engine: Engine, tmp_path: Path) -> None:
    # docs/validation.md: the same date floor and the same characters as the window and the CLI.
    path = excel_utf8(tmp_path / "m.csv", [
        "Nom;Prénom;Date d'adhésion",
        "Dupont;Marie;14/09/2009",          # history from before the software: kept
        "Roux;Luc;31/12/1999",              # before the floor
        "Zo\u202eé;Anne;",                  # a bidi override pasted into a name
        "Esc\x1b[2J;Paul;",                 # a terminal escape
    ])
    before = snapshot(place_engine)
    plan = run_import(place_engine, path)
    assert [(line, column) for line, column, _message in errors(plan)] == [
        (3, "Date d'adhésion"), (4, "Nom"), (5, "Nom")]
    messages = [message for _line, _column, message in errors(plan)]
    assert "1999-12-31 is out of range (from 2000-01-01" in messages[0]
    assert "U+202E" in messages[1] and "U+001B" in messages[2]
    assert snapshot(place_engine) == before
