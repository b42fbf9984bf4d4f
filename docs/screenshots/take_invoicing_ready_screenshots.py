"""Regenerate place_ready_check.png (the place dialog's "prêt à facturer" check, in French) and
invoice_paid_sale.png (a day pass paid in cash at the desk, rendered with poppler's pdftoppm).

Run it under a real display server, e.g.::

    Xvfb :11 -screen 0 1400x1000x24 &
    DISPLAY=:11 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/take_invoicing_ready_screenshots.py

The database is made in a temporary folder; nothing real is touched. pdftoppm: Debian package poppler-utils.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from telecentre_desk.billing.document import load_document
from telecentre_desk.billing.pdf import render_pdf
from telecentre_desk.billing.sales import sell
from telecentre_desk.common import clock
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.places.info import read_local_place
from telecentre_desk.plans import service as plans
from telecentre_desk.ui import i18n
from telecentre_desk.ui.places.place_dialog import PlaceDialog
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 12, 6, 10, 15, tzinfo=dt.UTC)


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    clock.set_clock(lambda: NOW)
    app = QApplication(sys.argv)
    translations = i18n.install(app, "fr")  # kept alive: the translators go with it
    core_i18n.set_language("fr")
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "desk.sqlite")
        with unit_of_work(engine) as session:  # set up as a host would start: the legal details half filled
            places.init_place(session, code="FLO", name="Télécentre de Florac", legal_name="SoLozère Florac",
                              legal_form="SCIC SAS à capital variable", address="2 place de l'Ancienne Gare",
                              postcode="48400", city="Florac Trois Rivières", siret="73282932000074",
                              email="accueil.florac@example.org", phone="04 66 45 00 00")
        store = Store(engine)
        with unit_of_work(engine) as session:
            place = read_local_place(dbapi(session))
        dialog = PlaceDialog(store, place=place)
        dialog.resize(680, 760)
        dialog.show()
        settle()
        dialog.grab().save(str(HERE / "place_ready_check.png"))
        dialog.close()
        with unit_of_work(engine) as session:
            places.edit_place(session, vat_number="FR40303265045", share_capital="variable", rcs_city="Mende",
                              iban="FR7630006000011234567890189", bic="AGRIFRPP848",
                              e_invoicing_address="732829320")
            plans.add_plan(session, code="JOUR", name="Journée coworking", kind="day", price="15")
            members.add_member(session, first_name="Chloé", last_name="Thévenot", category="company",
                               company_name="Atelier Causse", siren="552100554", vat_number="FR96552100554",
                               address="4 rue du Pêcher", postcode="48400", city="Florac Trois Rivières")
            sale = sell(session, member="1", plan="JOUR", pay="cash")
        with unit_of_work(engine) as session:
            doc = load_document(dbapi(session), sale.invoice_number, today=NOW.date())
        pdf = Path(folder) / "sale.pdf"
        pdf.write_bytes(render_pdf(doc))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(HERE / "invoice_paid_sale")],
                       check=True)
        engine.dispose()
    translations.remove(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
