"""invoice send, mail settings|retry|log from the shell, against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

import pytest

from tests.billing.smtp_server import SmtpServer, free_port
from tests.cli.conftest import Shell

PASSWORD = "Tr0ub4dor&3"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    running = SmtpServer().start()
    yield running
    running.stop()


@pytest.fixture
def run(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac", "--legal-name", "SoLozère Florac",
               "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
               "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
               "--start", "2026-11-01", "--email", "marie@example.fr")
    shell.json("member", "add", "--first-name", "Paul", "--last-name", "Sans",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
               "--start", "2026-11-01")
    shell.json("invoice", "run", "2026-11")
    shell.json("invoice", "issue", "--month", "2026-11", "--all")
    return shell


def settings(shell: Shell, port: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return shell("mail", "settings", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                 "--user", "", "--password-stdin", "--sender", "factures@florac.fr", "--json")


def test_settings_keep_the_password_and_never_print_it(run: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = settings(run, 2525, monkeypatch)
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["host"], shown["port"], shown["security"], shown["sender"], shown["password_set"]) == (
        "127.0.0.1", 2525, "none", "factures@florac.fr", True)
    assert "password" not in shown
    code, text, _ = run("mail", "settings")
    assert code == 0 and re.search(r"^password_set +yes$", text, re.M)
    assert PASSWORD not in out + text
    logs = "".join(p.read_text(encoding="utf-8") for p in run.data_dir.rglob("*.log"))
    assert PASSWORD not in logs


def test_send_one_invoice_then_the_log(run: Shell, server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> None:
    settings(run, server.port, monkeypatch)
    result = run.json("invoice", "send", "FLO-2026-0001")
    assert result["queued"] == [{"number": "FLO-2026-0001", "to": "marie@example.fr"}]
    assert [(s["number"], s["to"]) for s in result["sent"]] == [("FLO-2026-0001", "marie@example.fr")]
    assert server.received[0].message["Subject"] == "Facture FLO-2026-0001 — Télécentre de Florac"
    [entry] = run.json("mail", "log")
    assert (entry["invoice"], entry["to"], entry["status"], entry["attempts"]) == (
        "FLO-2026-0001", "marie@example.fr", "sent", 1)
    code, out, _ = run("invoice", "send", "FLO-2026-0001")
    assert code == 0
    assert "skipped FLO-2026-0001 (Marie Dupont): already sent on 26/11/2026" in out
    assert len(server.received) == 1
    assert run.json("invoice", "send", "FLO-2026-0001", "--again")["sent"][0]["number"] == "FLO-2026-0001"
    assert len(server.received) == 2


def test_the_month_with_a_member_without_address(run: Shell, server: SmtpServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    settings(run, server.port, monkeypatch)
    result = run.json("invoice", "send", "--month", "2026-11", "--all")
    assert [q["number"] for q in result["queued"]] == ["FLO-2026-0001"]
    assert result["skipped"] == [{"number": "FLO-2026-0002", "member": "Paul Sans", "reason": "no email address",
                                  "why": "no_email"}]


def test_offline_then_retry(run: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    settings(run, port, monkeypatch)
    code, out, _ = run("invoice", "send", "FLO-2026-0001")
    assert code == 0
    assert out.startswith("waiting FLO-2026-0001 to marie@example.fr: the mail server cannot be reached")
    [entry] = run.json("mail", "log")
    assert (entry["status"], entry["attempts"]) == ("queued", 1)
    server = SmtpServer(port).start()
    try:
        assert [s["number"] for s in run.json("mail", "retry")["sent"]] == ["FLO-2026-0001"]
        assert run.json("mail", "retry")["sent"] == []
    finally:
        server.stop()
    assert len(server.received) == 1


@pytest.mark.parametrize(("args", "message"), [
    (["invoice", "send"], "name one invoice, or --month YYYY-MM --all"),
    (["invoice", "send", "--month", "2026-11"], "name one invoice, or --month YYYY-MM --all"),
    (["invoice", "send", "FLO-2026-0009"], "no invoice FLO-2026-0009"),
    (["invoice", "send", "FLO-2026-0001"], "the mail server is not set up"),
    (["mail", "settings", "--port", "abc"], "port: 'abc' is not a whole number"),
    (["mail", "settings", "--sender", "factures at florac"], "sender"),
])
def test_bad_input(run: Shell, args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 1
    assert message in err
    assert "Traceback" not in err


def test_an_unknown_security_mode_is_a_usage_error(run: Shell) -> None:
    with pytest.raises(SystemExit) as exit_:
        run("mail", "settings", "--security", "tls")
    assert exit_.value.code == 2
    assert "invalid choice: 'tls'" in run.capsys.readouterr().err
