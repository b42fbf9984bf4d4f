"""The place's details as a form, shared by the first-run setup and Place > Edit place details.

Every legal field an invoice prints is here, in sections, each checked by the places service as soon as
the host leaves it (the same check the save does), so a wrong SIRET shows before the dialog is closed.
"""

from __future__ import annotations

from types import SimpleNamespace
from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from telecentre_desk.common.enums import VatRegime
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import current_language
from telecentre_desk.places import service as places
from telecentre_desk.places.context import DEFAULT_TIMEZONE
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.places.opening_hours import DEFAULT_SPEC, for_display
from telecentre_desk.places.readiness import Gap, invoicing_gaps
from telecentre_desk.ui.form_errors import FormErrors, message_for

_REGIMES = {
    VatRegime.STANDARD.value: QT_TRANSLATE_NOOP("PlaceForm", "Subject to VAT"),
    VatRegime.FRANCHISE.value: QT_TRANSLATE_NOOP("PlaceForm", "VAT franchise (art. 293 B du CGI)"),
    VatRegime.EXEMPT.value: QT_TRANSLATE_NOOP("PlaceForm", "Exempt from VAT"),
}
_TEXT_FIELDS = ("name", "legal_name", "legal_form", "address", "postcode", "city", "siret", "share_capital",
                "rcs_city", "vat_number", "vat_exemption_text", "iban", "bic", "email", "phone",
                "e_invoicing_address", "opening_hours")
_LEGAL_FORMS = ("Association loi 1901", "SCIC SAS à capital variable", "SCIC SARL", "SARL", "SAS", "EURL",
                "Commune", "Communauté de communes", "Établissement public")


class PlaceForm(QWidget):
    """Fields named as the places service names them; errors shown through ``errors``."""

    changed = Signal()  # any value changed: the ready-to-invoice check is computed again

    def __init__(self, errors: FormErrors, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.code = QLineEdit(self)
        self.code.setMaxLength(8)
        self.code.setValidator(QRegularExpressionValidator(r"[A-Za-z][A-Za-z0-9]{0,7}", self.code))
        self.code.setPlaceholderText(self.tr("e.g. FLO"))
        self.code.setToolTip(self.tr("2 to 8 letters or digits; it starts every member number (FLO-0042)"))
        self.edits = {name: QLineEdit(self) for name in _TEXT_FIELDS}
        self._placeholders()
        self.legal_form = QComboBox(self)
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *_LEGAL_FORMS])
        self.legal_form.setLineEdit(self.edits["legal_form"])
        self.edits["opening_hours"].setText(for_display(DEFAULT_SPEC, current_language()))
        self.vat_regime = QComboBox(self)
        for code, source in _REGIMES.items():
            self.vat_regime.addItem(QCoreApplication.translate("PlaceForm", source), code)
        self.vat_on_debits = QCheckBox(self.tr("VAT paid on debits (option, art. 269 du CGI)"), self)
        self.timezone = QComboBox(self)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(DEFAULT_TIMEZONE)
        self._rows: dict[str, QWidget] = {}
        self._build()
        for name, edit in self.edits.items():
            edit.editingFinished.connect(lambda name=name: self._check_field(name))
            edit.textChanged.connect(self.changed)
        self.vat_regime.currentIndexChanged.connect(self._on_regime_changed)
        self._on_regime_changed()

    def _placeholders(self) -> None:
        e = self.edits
        e["postcode"].setMaxLength(10)
        e["siret"].setMaxLength(17)  # 14 digits, maybe spaced
        e["siret"].setPlaceholderText(self.tr("14 digits"))
        e["legal_name"].setPlaceholderText(self.tr("as registered, printed on invoices"))
        e["share_capital"].setPlaceholderText(self.tr("e.g. 15 000 € or variable"))
        e["rcs_city"].setPlaceholderText(self.tr("e.g. Mende"))
        e["vat_number"].setPlaceholderText(self.tr("e.g. FR40303265045"))
        e["vat_exemption_text"].setPlaceholderText(self.tr("e.g. TVA non applicable, art. 261 du CGI"))
        e["iban"].setPlaceholderText(self.tr("printed for payments by transfer"))
        e["e_invoicing_address"].setPlaceholderText(self.tr("from your e-invoicing platform, often the SIREN"))
        e["opening_hours"].setToolTip(self.tr("Days and hours, e.g. mon-fri 08:00-19:00; sat 09:00-12:30"))

    def _section(self, form: QFormLayout, title: str) -> None:
        label = QLabel(f"<b>{title}</b>", self)
        form.addRow(label)

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(label: str, name: str, editor: QWidget | None = None) -> None:
            self._rows[name] = self.errors.field_row(name, editor or self.edits[name])
            form.addRow(label, self._rows[name])

        self._section(form, self.tr("At the desk"))
        add(self.tr("Code *"), "code", self.code)
        add(self.tr("Name *"), "name")
        add(self.tr("Time zone"), "timezone", self.timezone)
        add(self.tr("Opening hours"), "opening_hours")
        self._section(form, self.tr("Legal identity (printed on invoices)"))
        add(self.tr("Legal name"), "legal_name")
        add(self.tr("Legal form"), "legal_form", self.legal_form)
        add(self.tr("Address"), "address")
        add(self.tr("Postcode"), "postcode")
        add(self.tr("City"), "city")
        add(self.tr("SIRET"), "siret")
        add(self.tr("Share capital"), "share_capital")
        add(self.tr("RCS city"), "rcs_city")
        self._section(form, self.tr("VAT"))
        add(self.tr("VAT regime"), "vat_regime", self.vat_regime)
        add(self.tr("VAT number"), "vat_number")
        add(self.tr("Exemption wording"), "vat_exemption_text")
        add("", "vat_on_debits", self.vat_on_debits)
        self._section(form, self.tr("Payment and contact"))
        add(self.tr("IBAN"), "iban")
        add(self.tr("BIC"), "bic")
        add(self.tr("Email"), "email")
        add(self.tr("Phone"), "phone")
        add(self.tr("E-invoicing address"), "e_invoicing_address")
        hint = QLabel(self.tr("Fields marked * are required. Everything can be changed later "
                              "from Place > Edit place details."), self)
        hint.setWordWrap(True)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)  # secondary text, still readable (not greyed out)
        hint.setFont(font)
        form.addRow(hint)

    @Slot()
    def _on_regime_changed(self) -> None:
        regime = self.vat_regime.currentData()
        self.edits["vat_exemption_text"].setEnabled(regime == VatRegime.EXEMPT.value)
        self.vat_on_debits.setEnabled(regime == VatRegime.STANDARD.value)
        self.changed.emit()

    def _check_field(self, name: str) -> None:
        """The service's own check of one field, shown under it as soon as the host leaves it."""
        label = self.field_error_label(name)
        try:
            places.clean_fields({name: self.edits[name].text()})
        except ValidationError as error:
            label.setText(message_for(error))
            label.setVisible(True)
            return
        label.clear()
        label.setVisible(False)

    def field_error_label(self, name: str) -> QLabel:
        return self._rows[name].findChild(QLabel, f"error_{name}")

    def row_widget(self, name: str) -> QWidget:
        return self._rows[name]

    def place_code(self) -> str:
        return self.code.text().strip().upper()

    def values(self) -> dict[str, str | bool | None]:
        """The editable fields as typed; empty text means "not given"."""
        fields: dict[str, str | bool | None] = {n: e.text().strip() or None for n, e in self.edits.items()}
        fields["vat_regime"] = self.vat_regime.currentData()
        fields["vat_on_debits"] = self.vat_on_debits.isChecked() and fields["vat_regime"] == VatRegime.STANDARD
        fields["timezone"] = self.timezone.currentText()
        return fields

    def gaps(self) -> list[Gap]:
        """What the values as typed lack to invoice (the same rule issuing applies)."""
        return invoicing_gaps(SimpleNamespace(**self.values()))

    def set_place(self, place: PlaceInfo) -> None:
        """Fill the form from a place; its code is its identity and cannot change."""
        self.code.setText(place.code)
        self.code.setReadOnly(True)
        for name, edit in self.edits.items():
            edit.setText(getattr(place, name) or "")
        self.edits["opening_hours"].setText(for_display(place.opening_hours, current_language()))  # « lun-ven »
        self.vat_regime.setCurrentIndex(max(self.vat_regime.findData(place.vat_regime), 0))
        self.vat_on_debits.setChecked(bool(place.vat_on_debits))
        self.timezone.setCurrentText(place.timezone)
