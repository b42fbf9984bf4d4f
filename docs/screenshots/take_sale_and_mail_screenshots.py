"""Regenerate sale_dialog.png, sale_done.png and mail_log.png, in French, on a demo database.

The e-mail log shows real outcomes: a local SMTP server (aiosmtpd, a dev dependency) on 127.0.0.1
accepts one member's invoice and refuses another address with a 550; a third message waits because
the server was down when it was tried. Run it under a real display server, e.g.::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_sale_and_mail_screenshots.py

The database is made in a temporary folder; nothing real is touched.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.billing import drafts, issue, mail, mail_settings
from telecentre_desk.billing.month import Month
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.models import Invoice, Member
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places.service import local_place_row
from telecentre_desk.ui import i18n
from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog
from telecentre_desk.ui.mail.log_dialog import MailLogDialog
from telecentre_desk.ui.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.billing.smtp_server import SmtpServer, free_port  # the test's own server

HERE = Path(__file__).resolve().parent
PARIS = ZoneInfo("Europe/Paris")


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def month_issued(engine, month: Month) -> list[Invoice]:
    with unit_of_work(engine) as session:
        drafts.run_month(session, month)
    with unit_of_work(engine) as session:
        issue.issue_month(session, month.first)
        return list(session.exec(select(Invoice).where(Invoice.status == "issued").order_by(Invoice.number)).all())


def mail_outcomes(engine, invoices: list[Invoice]) -> None:
    """Two sent, one refused for good (550), one waiting: the server was down at its try."""
    server = SmtpServer().start()
    with unit_of_work(engine) as session:
        mail_settings.save(session, local_place_row(session).id, mail_settings.SmtpSettings(
            host="127.0.0.1", port=server.port, security="none", sender="factures@telecentre-florac.fr"))
        refused = session.get(Member, invoices[2].member_id).email
    server.handler.refused.add(refused)
    with unit_of_work(engine) as session:
        mail.queue_invoices(session, ids=[i.id for i in invoices[:3]], actor="desk")
    mail.send_waiting(engine)
    server.stop()
    with unit_of_work(engine) as session:
        place = local_place_row(session)
        settings = mail_settings.load(session, place.id)
        mail_settings.save(session, place.id, mail_settings.clean(settings, {"port": free_port()}))
        mail.queue_invoices(session, ids=[invoices[3].id], actor="desk")
    mail.send_waiting(engine)


def shoot(out: Path, folder: Path) -> None:
    db = folder / "telecentre-desk.sqlite"
    today = dt.datetime.now(PARIS).date()
    now = dt.datetime.combine(today, dt.time(10, 5), tzinfo=PARIS)
    clock.set_clock(lambda: now)
    if desk_main(["--db", str(db), "demo"]) != 0:
        raise SystemExit("the demo could not be made")
    core_i18n.set_language("fr")  # after the CLI's own choice: the outbox keeps the reasons as the app wrote them
    engine = open_database(db)
    store = Store(engine)
    last = today.replace(day=1) - dt.timedelta(days=1)
    invoices = month_issued(engine, Month(last.year, last.month))
    mail_outcomes(engine, invoices)

    with unit_of_work(engine) as session:
        people = members.list_members(session, status="active")
    chosen = next(m for m in people if m.first_name == "Maxime")
    dialog = SaleDialog(store, members=people, member_id=chosen.id)
    dialog.product.setCurrentIndex(dialog.product.findText("Carnet 10 jours", Qt.MatchFlag.MatchStartsWith))
    dialog.payment.setCurrentIndex(dialog.payment.findData("card"))
    dialog.show()
    save(dialog, out / "sale_dialog.png")
    dialog.sell_button.click()
    save(dialog, out / "sale_done.png")
    dialog.close()

    log = MailLogDialog(store)
    log.resize(1180, 360)
    log.show()
    save(log, out / "mail_log.png")
    log.close()
    engine.dispose()
    clock.set_clock(None)


def main() -> int:
    app = QApplication(sys.argv[:1])
    translations = i18n.install(app, "fr")
    with tempfile.TemporaryDirectory() as folder:
        shoot(HERE, Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
