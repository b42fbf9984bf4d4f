"""The first-run setup creates the place; the same form edits it later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.ui.places.place_dialog import PlaceDialog
from telecentre_desk.ui.store import Store


def make_dialog(qtbot: QtBot, store: Store, **kwargs: object) -> PlaceDialog:
    dialog = PlaceDialog(store, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_run_setup_creates_the_place(qtbot: QtBot, engine: Engine) -> None:
    store = Store(engine)
    dialog = make_dialog(qtbot, store)
    form = dialog.form
    assert dialog.windowTitle() == "Set up this place"
    assert form.timezone.currentText() == "Europe/Paris"
    assert form.edits["opening_hours"].text() == "mon-fri 08:00-19:00"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(form.code, "flo")
    form.edits["name"].setText("Télécentre de Florac")
    form.edits["legal_name"].setText("SoLozère Florac")
    form.edits["postcode"].setText("48400")
    form.edits["city"].setText("Florac")
    form.edits["siret"].setText("732 829 320 00074")
    form.vat_regime.setCurrentIndex(form.vat_regime.findData("franchise"))
    form.edits["opening_hours"].setText("lun-ven 09:00-18:00")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(store.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == PlaceDialog.DialogCode.Accepted
    with unit_of_work(engine) as session:
        place = places.local_place(session)
    assert (place.code, place.name, place.city, place.siret) == ("FLO", "Télécentre de Florac", "Florac",
                                                                 "73282932000074")
    assert (place.vat_regime, place.timezone, place.opening_hours) == ("franchise", "Europe/Paris",
                                                                       "mon-fri 09:00-18:00")


def test_setup_errors_show_next_to_their_field(qtbot: QtBot, engine: Engine) -> None:
    dialog = make_dialog(qtbot, Store(engine))
    dialog.form.code.setText("FLO")
    dialog.form.edits["name"].setText("Florac")
    dialog.form.edits["siret"].setText("12345678901234")
    dialog.accept()
    assert dialog.isVisible()
    assert "SIRET" in dialog.errors.error_text("siret")

    dialog.form.edits["siret"].clear()
    dialog.form.edits["opening_hours"].setText("mon-fri 19:00-08:00")
    dialog.accept()
    assert dialog.errors.error_text("siret") == ""
    assert "closes before it opens" in dialog.errors.error_text("opening_hours")
    with unit_of_work(engine) as session:
        assert places.find_local(session) is None


def test_edit_place_details(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        place = places.local_place(session)
    dialog = make_dialog(qtbot, store, place=place)
    assert dialog.form.code.isReadOnly() and dialog.form.code.text() == "FLO"
    assert dialog.form.edits["city"].text() == "Florac"
    dialog.form.edits["name"].setText("Télécentre de Florac-Trois-Rivières")
    dialog.form.edits["address"].clear()
    dialog.accept()
    with unit_of_work(place_engine) as session:
        place = places.local_place(session)
    assert place.name == "Télécentre de Florac-Trois-Rivières"
    assert place.address is None


def test_every_legal_field_is_set_in_the_window_and_the_place_can_invoice(qtbot: QtBot, engine: Engine) -> None:
    from telecentre_desk.places.readiness import invoicing_gaps

    store = Store(engine)
    dialog = make_dialog(qtbot, store)
    form = dialog.form
    assert "Not ready to invoice" in dialog.readiness.text() and dialog.fix_button.isVisible()
    assert "legal_form" not in dialog.readiness.text()  # words, not field names
    form.code.setText("FLO")
    values = {"name": "Télécentre de Florac", "legal_name": "SoLozère", "legal_form": "SCIC SAS à capital variable",
              "address": "2 place de la Gare", "postcode": "48400", "city": "Florac", "siret": "73282932000074",
              "vat_number": "FR40303265045", "share_capital": "variable", "rcs_city": "Mende",
              "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP", "email": "accueil@example.org",
              "phone": "04 66 45 00 00", "e_invoicing_address": "732829320"}
    for name, text in list(values.items())[:-7]:
        form.edits[name].setText(text)
    assert "the share capital" in dialog.readiness.text()  # a SCIC SAS prints capital and RCS
    qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is form.edits["share_capital"]  # the cursor goes to the first missing field
    for name, text in values.items():
        form.edits[name].setText(text)
    form.vat_on_debits.setChecked(True)
    assert "Ready to invoice" in dialog.readiness.text() and not dialog.fix_button.isVisible()
    with qtbot.waitSignal(store.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with unit_of_work(engine) as session:
        place = places.local_place(session)
        assert invoicing_gaps(place) == []
    assert (place.legal_form, place.share_capital, place.rcs_city, place.bic, place.e_invoicing_address,
            place.vat_on_debits) == ("SCIC SAS à capital variable", "variable", "Mende", "AGRIFRPP", "732829320", True)


def test_a_field_is_checked_as_soon_as_it_is_left(qtbot: QtBot, engine: Engine) -> None:
    dialog = make_dialog(qtbot, Store(engine))
    edit = dialog.form.edits["vat_number"]
    qtbot.keyClicks(edit, "FR00123")
    edit.editingFinished.emit()  # what leaving the field sends (focus is not reliable offscreen)
    qtbot.waitUntil(lambda: dialog.form.field_error_label("vat_number").isVisible())
    assert "VAT" in dialog.form.field_error_label("vat_number").text()
