"""The place's details as a form, shared by the first-run setup and Place > Edit place details."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from telecentre_desk.common.i18n import current_language
from telecentre_desk.db.enums import VatRegime
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.places.opening_hours import DEFAULT_SPEC, for_display
from telecentre_desk.ui.form_errors import FormErrors

DEFAULT_TIMEZONE = "Europe/Paris"

_REGIMES = {
    VatRegime.STANDARD.value: QT_TRANSLATE_NOOP("PlaceForm", "Subject to VAT"),
    VatRegime.FRANCHISE.value: QT_TRANSLATE_NOOP("PlaceForm", "VAT franchise (art. 293 B du CGI)"),
    VatRegime.EXEMPT.value: QT_TRANSLATE_NOOP("PlaceForm", "Exempt from VAT"),
}
_TEXT_FIELDS = ("name", "legal_name", "address", "postcode", "city", "siret", "opening_hours")


class PlaceForm(QWidget):
    """Fields named as the places service names them; errors shown through ``errors``."""

    def __init__(self, errors: FormErrors, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.code = QLineEdit(self)
        self.code.setMaxLength(8)
        self.code.setValidator(QRegularExpressionValidator(r"[A-Za-z][A-Za-z0-9]{0,7}", self.code))
        self.code.setPlaceholderText(self.tr("e.g. FLO"))
        self.code.setToolTip(self.tr("2 to 8 letters or digits; it starts every member number (FLO-0042)"))
        self.edits = {name: QLineEdit(self) for name in _TEXT_FIELDS}
        self.edits["postcode"].setMaxLength(10)
        self.edits["siret"].setMaxLength(17)  # 14 digits, maybe spaced
        self.edits["siret"].setPlaceholderText(self.tr("14 digits"))
        self.edits["legal_name"].setPlaceholderText(self.tr("as printed on invoices"))
        self.edits["opening_hours"].setText(for_display(DEFAULT_SPEC, current_language()))
        self.edits["opening_hours"].setToolTip(
            self.tr("Days and hours, e.g. mon-fri 08:00-19:00; sat 09:00-12:30"))
        self.vat_regime = QComboBox(self)
        for code, source in _REGIMES.items():
            self.vat_regime.addItem(QCoreApplication.translate("PlaceForm", source), code)
        self.timezone = QComboBox(self)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(DEFAULT_TIMEZONE)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = errors.field_row
        form.addRow(self.tr("Code *"), row("code", self.code))
        form.addRow(self.tr("Name *"), row("name", self.edits["name"]))
        form.addRow(self.tr("Legal name"), row("legal_name", self.edits["legal_name"]))
        form.addRow(self.tr("Address"), row("address", self.edits["address"]))
        form.addRow(self.tr("Postcode"), row("postcode", self.edits["postcode"]))
        form.addRow(self.tr("City"), row("city", self.edits["city"]))
        form.addRow(self.tr("SIRET"), row("siret", self.edits["siret"]))
        form.addRow(self.tr("VAT"), row("vat_regime", self.vat_regime))
        form.addRow(self.tr("Time zone"), row("timezone", self.timezone))
        form.addRow(self.tr("Opening hours"), row("opening_hours", self.edits["opening_hours"]))
        hint = QLabel(self.tr("Fields marked * are required. Everything can be changed later "
                              "from Place > Edit place details."), self)
        hint.setWordWrap(True)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)  # secondary text, still readable (not greyed out)
        hint.setFont(font)
        form.addRow(hint)

    def place_code(self) -> str:
        return self.code.text().strip().upper()

    def values(self) -> dict[str, str | None]:
        """The editable fields as typed; empty text means "not given"."""
        fields: dict[str, str | None] = {n: e.text().strip() or None for n, e in self.edits.items()}
        fields["vat_regime"] = self.vat_regime.currentData()
        fields["timezone"] = self.timezone.currentText()
        return fields

    def set_place(self, place: PlaceInfo) -> None:
        """Fill the form from a place; its code is its identity and cannot change."""
        self.code.setText(place.code)
        self.code.setReadOnly(True)
        for name, edit in self.edits.items():
            edit.setText(getattr(place, name) or "")
        self.edits["opening_hours"].setText(for_display(place.opening_hours, current_language()))  # « lun-ven »
        self.vat_regime.setCurrentIndex(max(self.vat_regime.findData(place.vat_regime), 0))
        self.timezone.setCurrentText(place.timezone)
