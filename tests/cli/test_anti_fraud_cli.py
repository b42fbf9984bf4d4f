"""CGI art. 286 I 3° bis from the shell: the footprint chain, tampering found by ``invoice verify``, the
database refusing REPLACE tricks, closings, the archive checked without the database, payment cancel, FEC."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from telecentre_desk.common import clock
from tests.cli.conftest import Shell
from tests.cli.test_invoice_cli import run  # noqa: F401  (the fixture)


@pytest.fixture
def billed(run: Shell) -> Shell:  # noqa: F811
    run.json("member", "add", "--first-name", "Paul", "--last-name", "Roux", "--address", "3 rue Haute",
             "--postcode", "48400", "--city", "Florac", "--plan", "MOIS", "--start", "2026-11-01")
    run.json("invoice", "run", "2026-11")
    run.json("invoice", "issue", "--month", "2026-11", "--all")
    return run


def december() -> None:
    """Move the frozen clock (26 November, tests/conftest.py) to 5 December: November is over."""
    clock.set_clock(lambda: dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC))


def test_verify_a_clean_chain_then_find_plain_sql_tampering(billed: Shell) -> None:
    paid = billed.json("invoice", "pay", "FLO-2026-0001", "--amount", "50", "--method", "cash", "--date",
                       "2026-12-01")
    assert paid["payment_id"]
    assert billed.json("invoice", "verify") == {"ok": True, "documents": 3, "first_broken": None, "reason": None,
                                                "journal_entries": 3, "missing_triggers": []}
    db = sqlite3.connect(billed.db)
    db.execute("DROP TRIGGER invoice_issued_no_update")  # what an attacker would do first
    db.execute("UPDATE invoice SET total_incl_vat_cents = 117 WHERE number = 'FLO-2026-0002'")
    db.commit()
    db.close()
    code, out, _err = billed("invoice", "verify", "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["first_broken"] == "FLO-2026-0002"
    assert result["missing_triggers"] == ["invoice_issued_no_update"]


@pytest.mark.parametrize("sql", [
    "INSERT OR REPLACE INTO invoice SELECT * FROM invoice WHERE number = 'FLO-2026-0001'",
    "REPLACE INTO invoice_line SELECT * FROM invoice_line WHERE invoice_id = 1",
    "UPDATE OR REPLACE invoice SET number = 'FLO-2026-0001' WHERE number = 'FLO-2026-0002'",
    "UPDATE OR REPLACE invoice SET total_incl_vat_cents = 117 WHERE number = 'FLO-2026-0001'",
    "DELETE FROM invoice_series",
    "INSERT OR REPLACE INTO invoice_series (place_id, kind, year, last_number) VALUES (1, 'invoice', 2026, 0)",
    "UPDATE OR REPLACE invoice_series SET year = 2025",
    "DELETE FROM fiscal_chain", "UPDATE fiscal_event SET actor = 'x'", "DELETE FROM payment",
])
def test_the_database_refuses_replace_tricks_on_issued_documents(billed: Shell, sql: str) -> None:
    billed.json("invoice", "pay", "FLO-2026-0001", "--amount", "10", "--method", "card")
    db = sqlite3.connect(billed.db)
    before = db.execute("SELECT number, total_incl_vat_cents FROM invoice ORDER BY id").fetchall()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(sql)
    db.rollback()
    assert db.execute("SELECT number, total_incl_vat_cents FROM invoice ORDER BY id").fetchall() == before
    assert db.execute("SELECT last_number FROM invoice_series").fetchall() == [(2,)]
    db.close()
    assert billed.json("invoice", "verify")["ok"] is True


def test_close_months_and_the_year_with_perpetual_totals(billed: Shell) -> None:
    code, _out, err = billed("invoice", "close", "--month", "2026-11")
    assert code == 1 and "not over yet" in err
    december()
    first = billed.json("invoice", "close", "--month", "2026-11")
    assert first["total_incl_vat"] == first["perpetual_total"] == "324.00" and first["documents"] == 2
    billed.json("invoice", "run", "2026-12")
    billed.json("invoice", "issue", "--month", "2026-12", "--all")
    billed.json("invoice", "pay", "FLO-2026-0003", "--amount", "216", "--method", "cash")
    code, _out, err = billed("invoice", "close", "--month", "2026-11")
    assert code == 1 and "already closed" in err
    code, _out, err = billed("invoice", "pay", "FLO-2026-0001", "--amount", "5", "--method", "cash", "--date",
                             "2026-11-30")
    assert code == 1 and "2026-11 is closed" in err
    clock.set_clock(lambda: dt.datetime(2027, 3, 4, 9, 0, tzinfo=dt.UTC))
    second = billed.json("invoice", "close", "--month", "2026-12")
    # December's two invoices (216 + 216) and the payment; the perpetual total goes on from November's.
    assert (second["total_incl_vat"], second["payments"], second["perpetual_total"]) == ("432.00", "216.00", "756.00")
    code, _out, err = billed("invoice", "close", "--month", "2027-02")
    assert code == 1 and "in order: 2027-01 first" in err
    code, _out, err = billed("invoice", "close", "--year", "2026")
    assert code == 1 and "2026-01" in err
    assert billed.json("invoice", "verify")["ok"] is True


def test_a_month_with_drafts_left_is_not_closed(billed: Shell) -> None:
    billed.json("member", "add", "--first-name", "Léa", "--last-name", "Vidal", "--address", "1 place",
                "--postcode", "48400", "--city", "Florac", "--plan", "MOIS", "--start", "2026-11-20")
    billed.json("invoice", "run", "2026-11")
    december()
    code, _out, err = billed("invoice", "close", "--month", "2026-11")
    assert code == 1 and "still has 1 draft" in err


def test_the_archive_of_a_closed_period_is_checked_without_the_database(billed: Shell, tmp_path: Path) -> None:
    billed.json("invoice", "pay", "FLO-2026-0002", "--amount", "216", "--method", "transfer", "--date",
                "2026-11-30")
    code, _out, err = billed("invoice", "archive", "--period", "2026-11", "--out", str(tmp_path / "a.zip"))
    assert code == 1 and "not closed" in err
    december()
    billed.json("invoice", "close", "--month", "2026-11")
    out = tmp_path / "FLO-2026-11.zip"
    made = billed.json("invoice", "archive", "--period", "2026-11", "--out", str(out))
    assert made["documents"] == 4  # two invoices, one payment, the closing
    assert not list(tmp_path.glob(".*.part"))
    checked = billed.json("invoice", "archive", "--verify", str(out))
    assert checked["ok"] is True and checked["links"] >= 4
    with zipfile.ZipFile(out) as zf:
        assert {"manifest.json", "chain.jsonl", "journal.jsonl", "closing.json", "README.txt"} <= set(zf.namelist())
        members = {name: zf.read(name) for name in zf.namelist()}
    members["chain.jsonl"] = members["chain.jsonl"].replace(b"21600", b"21000", 1)
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    code, out_text, _err = billed("invoice", "archive", "--verify", str(forged), "--json")
    assert code == 1 and "chain.jsonl: SHA-256 differs" in json.loads(out_text)["problems"]


def test_a_payment_is_cancelled_by_a_reversing_entry(billed: Shell) -> None:
    paid = billed.json("invoice", "pay", "FLO-2026-0001", "--amount", "108", "--method", "cheque")
    assert billed.json("invoice", "show", "FLO-2026-0001")["status"] == "paid"
    code, _out, err = billed("payment", "cancel", paid["payment_id"], "--reason", "")
    assert code == 1 and "reason" in err
    cancelled = billed.json("payment", "cancel", paid["payment_id"], "--reason", "chèque sans provision")
    assert cancelled["amount"] == "-108.00"
    assert billed.json("invoice", "show", "FLO-2026-0001")["status"] != "paid"
    code, _out, err = billed("payment", "cancel", paid["payment_id"], "--reason", "again")
    assert code == 1 and "already cancelled" in err
    assert billed.json("invoice", "verify")["ok"] is True
    db = sqlite3.connect(billed.db)
    assert db.execute("SELECT count(*) FROM payment").fetchone() == (2,)  # nothing deleted
    actions = [row[0] for row in db.execute("SELECT action FROM fiscal_event ORDER BY id")]
    db.close()
    assert actions[-2:] == ["payment.record", "payment.cancel"]


def test_fec_export_balances_every_entry(billed: Shell, tmp_path: Path) -> None:
    billed.json("invoice", "credit", "FLO-2026-0002", "--amount", "21,60", "--reason", "fermeture")
    billed.json("invoice", "pay", "FLO-2026-0001", "--amount", "108", "--method", "cash")
    billed.json("invoice", "pay", "FLO-2026-0002", "--amount", "100", "--method", "transfer")
    out = tmp_path / "FEC.txt"
    result = billed.json("invoice", "export", "--fec", str(out), "--from", "2026-11-01", "--to", "2027-12-31",
                         "--account", "MOIS=706100")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    header, rows = lines[0].split("|"), [line.split("|") for line in lines[1:]]
    assert len(header) == 18 and header[0] == "JournalCode" and header[-1] == "Idevise"
    assert len(rows) == result["rows"] and all(len(r) == 18 for r in rows)
    entries: dict[str, list[list[str]]] = {}
    for r in rows:
        entries.setdefault(r[2], []).append(r)
        assert len(r[3]) == 8 and r[3].isdigit()  # AAAAMMJJ
        assert "," in r[11] and "." not in r[11] + r[12]
    for lines_of in entries.values():
        cents = [(int(r[11].replace(",", "")), int(r[12].replace(",", ""))) for r in lines_of]
        assert sum(d for d, _c in cents) == sum(c for _d, c in cents)  # balanced
    assert sorted({k[:2] for k in entries}) == ["BQ", "CA", "VE"]
    assert [k for k in sorted(entries) if k.startswith("VE")] == ["VE000001", "VE000002", "VE000003"]
    accounts = {r[4] for r in rows}
    assert {"411", "706100", "44571", "512", "530"} <= accounts
    credit_note = next(v for v in entries.values() if v[0][8] == "FLO-AV-2026-0001")
    assert credit_note[0][4] == "411" and credit_note[0][12] == "21,60"  # the customer credited
