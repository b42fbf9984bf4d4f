"""One SMTP conversation with the place's server, and what each failure means for the outbox.

Three answers matter (RFC 5321): the message was accepted; it should wait (the server cannot be
reached, a 4xx "try later", the account or the security mode is wrong: fixing the settings or the
network is enough, nothing is lost); or it is refused for good (a 5xx about this message or its
recipient: trying again would get the same answer, so it is marked failed with the server's reason).
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType

from telecentre_desk.billing.mail_settings import SmtpSettings
from telecentre_desk.common.i18n import _

WAIT, FAIL = "wait", "fail"


@dataclass(frozen=True, slots=True)
class Failure:
    kind: str  # WAIT (try again later) | FAIL (refused for good)
    reason: str  # one line for the log, the server's own words when it gave some
    stop_batch: bool  # the next messages would meet the same wall (server down, bad password)


def _reply(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(message.split())}".strip()


def classify(exc: BaseException) -> Failure:
    """What the outbox does with a message whose sending raised ``exc``."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()), (550, b""))
        kind = FAIL if 500 <= code < 600 else WAIT
        return Failure(kind, _("recipient refused by the server: {reply}").format(reply=_reply(code, text)), False)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return Failure(WAIT, _("the server refused the user name or password ({reply})").format(
            reply=_reply(exc.smtp_code, exc.smtp_error)), True)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return Failure(WAIT, _("the server refused the sender address {sender} ({reply})").format(
            sender=exc.sender, reply=_reply(exc.smtp_code, exc.smtp_error)), True)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return Failure(WAIT, _("the server does not offer what the settings ask ({reason})").format(reason=exc), True)
    if isinstance(exc, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return Failure(WAIT, _("the mail server cannot be reached ({reason})").format(reason=exc), True)
    if isinstance(exc, smtplib.SMTPResponseException):  # DATA refused, HELO refused...
        kind = FAIL if 500 <= exc.smtp_code < 600 else WAIT
        return Failure(kind, _("refused by the server: {reply}").format(reply=_reply(exc.smtp_code, exc.smtp_error)),
                       kind == WAIT)
    if isinstance(exc, ssl.SSLError):
        return Failure(WAIT, _("secure connection failed: check the security mode and port ({reason})").format(
            reason=exc.reason or exc), True)
    if isinstance(exc, OSError):  # refused, timed out, no route, DNS name not found
        reason = exc.strerror or str(exc) or type(exc).__name__
        return Failure(WAIT, _("the mail server cannot be reached ({reason})").format(reason=reason), True)
    return Failure(WAIT, _("sending failed ({reason})").format(reason=exc), True)


class SmtpTransport:
    """Connects on first use, then sends any number of messages on the same connection."""

    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        s = self._settings
        context = ssl.create_default_context()
        if s.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
        try:
            smtp.ehlo()
            if s.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if s.user:
                smtp.login(s.user, s.password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, msg: EmailMessage) -> None:
        """Hand one message to the server; raises what ``classify`` understands."""
        if self._smtp is None:
            self._smtp = self._connect()
        refused = self._smtp.send_message(msg)
        if refused:  # several recipients and some refused: never the case here (one per message)
            raise smtplib.SMTPRecipientsRefused(refused)

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None
