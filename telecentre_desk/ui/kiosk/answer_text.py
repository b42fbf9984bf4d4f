"""What the kiosk says to a member for a scan: a greeting, a goodbye or a refusal in plain words.

Nobody is at the desk of a comptoir, so a refusal says what happened and what to do, without the
reason codes the host sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from telecentre_desk.desk.result import Decision, ScanResult

_CONTEXT = "KioskAnswer"


class Tone(StrEnum):
    WELCOME = "welcome"  # green
    GOODBYE = "goodbye"  # blue
    REFUSED = "refused"  # red


@dataclass(frozen=True, slots=True)
class Answer:
    tone: Tone
    headline: str
    details: tuple[str, ...] = ()


# reason code -> (what happened, what to do)
_REFUSALS: dict[str, tuple[str, str]] = {
    "unknown_badge": (QT_TRANSLATE_NOOP("KioskAnswer", "This badge is not recognised"),
                      QT_TRANSLATE_NOOP("KioskAnswer", "Show your Télécentre badge, or ask the host.")),
    "forged": (QT_TRANSLATE_NOOP("KioskAnswer", "This badge is not valid"),
               QT_TRANSLATE_NOOP("KioskAnswer", "Ask the host for a new badge.")),
    "revoked": (QT_TRANSLATE_NOOP("KioskAnswer", "This badge has been cancelled"),
                QT_TRANSLATE_NOOP("KioskAnswer", "Please see the host.")),
    "superseded": (QT_TRANSLATE_NOOP("KioskAnswer", "This badge has been replaced by a newer one"),
                   QT_TRANSLATE_NOOP("KioskAnswer", "Use your latest badge, or ask the host.")),
    "network_member": (QT_TRANSLATE_NOOP("KioskAnswer", "This place does not receive members of other places"),
                       QT_TRANSLATE_NOOP("KioskAnswer", "Please ask your own place about the network.")),
    "inactive_member": (QT_TRANSLATE_NOOP("KioskAnswer", "Your membership is not active"),
                        QT_TRANSLATE_NOOP("KioskAnswer", "Please see the host to renew it.")),
    "no_active_plan": (QT_TRANSLATE_NOOP("KioskAnswer", "No plan covers today"),
                       QT_TRANSLATE_NOOP("KioskAnswer", "Ask the host for a day pass or a plan.")),
    "no_credits_left": (QT_TRANSLATE_NOOP("KioskAnswer", "Your carnet is used up"),
                        QT_TRANSLATE_NOOP("KioskAnswer", "Ask the host for a new carnet.")),
    "outside_opening_hours": (QT_TRANSLATE_NOOP("KioskAnswer", "The place is closed now"),
                              QT_TRANSLATE_NOOP("KioskAnswer", "Come back during opening hours.")),
    "unpaid": (QT_TRANSLATE_NOOP("KioskAnswer", "An invoice is overdue"),
               QT_TRANSLATE_NOOP("KioskAnswer", "Please see the host to settle it.")),
}
_UNKNOWN_REFUSAL = (QT_TRANSLATE_NOOP("KioskAnswer", "Entry refused"),
                    QT_TRANSLATE_NOOP("KioskAnswer", "Please see the host."))
# Warnings a member should read when let in (the others are for the host's eyes).
_WARNINGS = {
    "network_member": QT_TRANSLATE_NOOP("KioskAnswer", "Welcome: your visit is reported to your own place."),
    "no_credits_left": QT_TRANSLATE_NOOP("KioskAnswer", "Your carnet is used up: today will be billed."),
    "unpaid": QT_TRANSLATE_NOOP("KioskAnswer", "An invoice is overdue: please see the host."),
    "outside_opening_hours": QT_TRANSLATE_NOOP("KioskAnswer", "Outside opening hours: the host may not be here."),
}

# Every other sentence, marked here for translation (lupdate reads these) and translated when shown.
_TEXT = {
    "day_left": QT_TRANSLATE_NOOP("KioskAnswer", "Carnet: %1 day left"),
    "days_left": QT_TRANSLATE_NOOP("KioskAnswer", "Carnet: %1 days left"),
    "goodbye_time": QT_TRANSLATE_NOOP("KioskAnswer", "Goodbye %1, %2 today"),
    "goodbye_time_anonymous": QT_TRANSLATE_NOOP("KioskAnswer", "Goodbye, %2 today"),
    "goodbye": QT_TRANSLATE_NOOP("KioskAnswer", "Goodbye %1"),
    "goodbye_anonymous": QT_TRANSLATE_NOOP("KioskAnswer", "Goodbye"),
    "out_repeat": QT_TRANSLATE_NOOP("KioskAnswer", "Already checked out a moment ago."),
    "hello": QT_TRANSLATE_NOOP("KioskAnswer", "Hello %1, have a good day"),
    "hello_anonymous": QT_TRANSLATE_NOOP("KioskAnswer", "Hello, have a good day"),
    "in_repeat": QT_TRANSLATE_NOOP("KioskAnswer", "Already checked in a moment ago."),
    "desk": QT_TRANSLATE_NOOP("KioskAnswer", "Your desk: %1"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def duration_text(minutes: int) -> str:
    """6 h 20, or 45 min: the French way, which reads well in English too (no-break spaces: never split)."""
    hours, rest = divmod(max(0, minutes), 60)
    return f"{hours}\u00a0h\u00a0{rest:02d}" if hours else f"{rest}\u00a0min"


def _days_text(days: float) -> str:
    number = QLocale().toString(days, "f", 0 if float(days).is_integer() else 1)
    if days <= 1:
        return _tr(_TEXT["day_left"]).replace("%1", number)
    return _tr(_TEXT["days_left"]).replace("%1", number)


def answer_for(result: ScanResult) -> Answer:
    """The kiosk's words for ``result``."""
    name = result.first_name or ""
    if result.decision == Decision.DENIED:
        what, todo = _REFUSALS.get(result.reason or "", _UNKNOWN_REFUSAL)
        return Answer(Tone.REFUSED, _tr(what), (_tr(todo),))
    if result.decision == Decision.OUT:
        if result.minutes_today is not None:
            headline = (_tr(_TEXT["goodbye_time"]) if name else _tr(_TEXT["goodbye_time_anonymous"])).replace(
                "%1", name).replace("%2", duration_text(result.minutes_today))
        else:
            headline = _tr(_TEXT["goodbye"]).replace("%1", name) if name else _tr(_TEXT["goodbye_anonymous"])
        details = []
        if result.repeat:
            details.append(_tr(_TEXT["out_repeat"]))
        return Answer(Tone.GOODBYE, headline, tuple(details))
    headline = _tr(_TEXT["hello"]).replace("%1", name) if name else _tr(_TEXT["hello_anonymous"])
    details = []
    if result.repeat:
        details.append(_tr(_TEXT["in_repeat"]))
    if result.desk:
        details.append(_tr(_TEXT["desk"]).replace("%1", result.desk))
    if result.credits_left is not None:
        details.append(_days_text(result.credits_left))
    details += [_tr(_WARNINGS[code]) for code in result.warnings if code in _WARNINGS]
    return Answer(Tone.WELCOME, headline, tuple(details))
