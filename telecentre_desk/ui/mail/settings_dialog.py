"""The place's SMTP settings, and "Send a test message" to check them before the month's invoices go.

The password is never shown back: its field stays empty with "(unchanged)" when one is stored, and
typing a new one replaces it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError, ValidationError
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.operations import Job, OpChanges, Operation
from telecentre_desk.ui.store import Store


class MailSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from telecentre_desk.billing import mail_settings
        from telecentre_desk.places.service import local_place_row

        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Email settings"))
        self.setMinimumWidth(480)
        self.test_job: Job | None = None
        loaded = store.query(lambda s: (mail_settings.load(s, local_place_row(s).id), local_place_row(s).name,
                                        local_place_row(s).email), parent_widget=self)
        self._current, self._place_name, place_email = loaded or (mail_settings.SmtpSettings(), "", None)
        current = self._current

        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.host = QLineEdit(current.host, self)
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.fr"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox(self)
        self.security.addItem(self.tr("None (port 25, inside a trusted network only)"), "none")
        self.security.addItem("STARTTLS", "starttls")
        self.security.addItem("SSL/TLS", "ssl")
        self.security.setCurrentIndex(max(0, self.security.findData(current.security)))
        self.user = QLineEdit(current.user, self)
        self.user.setPlaceholderText(self.tr("empty: no login"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(unchanged)") if current.password else "")
        self.sender = QLineEdit(current.sender, self)
        self.sender.setPlaceholderText(self.tr("invoices@your-place.fr"))
        self.reply_to = QLineEdit(current.reply_to, self)
        self.attachment = QComboBox(self)
        self.attachment.addItem(self.tr("Factur-X PDF (recommended)"), "facturx")
        self.attachment.addItem(self.tr("Plain PDF"), "pdf")
        self.attachment.setCurrentIndex(max(0, self.attachment.findData(current.attachment)))

        form = QFormLayout()
        row = self.errors.field_row
        form.addRow(self.tr("SMTP server"), row("host", self.host))
        form.addRow(self.tr("Port"), row("port", self.port))
        form.addRow(self.tr("Security"), row("security", self.security))
        form.addRow(self.tr("User name"), row("user", self.user))
        form.addRow(self.tr("Password"), row("password", self.password))
        form.addRow(self.tr("Sender address"), row("sender", self.sender))
        form.addRow(self.tr("Reply-to address"), row("reply_to", self.reply_to))
        form.addRow(self.tr("Attachment"), row("attachment", self.attachment))

        self.test_to = QLineEdit(place_email or current.reply_to or current.sender, self)
        self.test_to.setPlaceholderText(self.tr("address that receives the test"))
        self.test_button = QPushButton(self.tr("Send a test message"), self)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Check the settings by sending a message to yourself:"), self))
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.security.currentIndexChanged.connect(self._on_security_changed)

    def _changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {"host": self.host.text(), "port": self.port.value(),
                                   "security": self.security.currentData(), "user": self.user.text(),
                                   "sender": self.sender.text(), "reply_to": self.reply_to.text(),
                                   "attachment": self.attachment.currentData()}
        if self.password.text():
            changes["password"] = self.password.text()
        return changes

    def form_settings(self):
        """The settings as typed (not saved), or None after showing what is wrong."""
        from telecentre_desk.billing import mail_settings

        try:
            return mail_settings.clean(self._current, self._changes())
        except ValidationError as exc:
            self.errors.show(exc)
            return None

    @Slot(int)
    def _on_security_changed(self, _index: int) -> None:
        from telecentre_desk.billing.mail_settings import DEFAULT_PORTS

        # Moving between the usual ports follows the mode; a port typed by hand stays.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    @Slot()
    def _on_buttons_accepted(self) -> None:
        from telecentre_desk.billing import mail_settings
        from telecentre_desk.places.service import local_place_row

        settings = self.form_settings()
        if settings is None:
            return
        result = self._store.run(lambda s: mail_settings.save(s, local_place_row(s).id, settings),
                                 parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(settings=True))
        if result.ok:
            self.accept()

    @Slot()
    def _on_test_button_clicked(self) -> None:
        from telecentre_desk.billing import mail

        settings = self.form_settings()
        if settings is None:
            return
        if not settings.configured:
            self.errors.show(ValidationError(self.tr("Fill in the server and the sender address first."),
                                             field="host"))
            return
        self.errors.clear()
        recipient, place_name = self.test_to.text(), self._place_name
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending…"))
        self.test_job = self._store.runner.submit(Operation(
            "mail-test", self.tr("Sending a test message…"),
            lambda _progress: mail.send_test(settings, recipient=recipient, place_name=place_name),
            on_success=self._on_test_succeeded, on_failure=self._on_test_failed, on_done=self._on_test_finished,
            on_bug=self._on_test_crashed, owner=self, cancellable=False))
        if self.test_job is None:  # one test at a time
            self._on_test_finished()

    @Slot(object)
    def _on_test_succeeded(self, _result: object) -> None:
        self.test_result.setText(self.tr("Test message sent to %1: the settings work.")
                                 .replace("%1", self.test_to.text().strip()))

    def _on_test_failed(self, error: DeskError) -> bool:
        self.test_result.setText(self.tr("The test message was not sent: %1").replace("%1", error.message))
        return True

    def _on_test_crashed(self, _exc: BaseException) -> None:  # the runner then hands it to the crash hook
        self.test_result.setText(self.tr("The test stopped on an unexpected error."))

    def _on_test_finished(self) -> None:
        self.test_job = None
        self.test_button.setEnabled(True)

    def done(self, result: int) -> None:
        # A test still talking to the server cannot be stopped; the dialog waits for it (at most the timeout),
        # so its answer is not left for a closed dialog.
        if self.test_job is not None:
            self._store.runner.wait("mail-test")
        super().done(result)
