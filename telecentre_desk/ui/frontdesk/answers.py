"""What the desk says for a scan, in plain words for the member and the host: tone, headline, details."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from telecentre_desk.desk.result import Decision, ScanResult

# Rules a host may override (the badge itself is fine); the four badge refusals never are.
OVERRIDABLE = ("network_member", "inactive_member", "no_active_plan", "no_credits_left", "outside_opening_hours",
               "unpaid")


class Tone(StrEnum):
    IDLE = "idle"
    WELCOME = "welcome"  # green: in
    GOODBYE = "goodbye"  # blue: out
    WARNING = "warning"  # amber: in, with something the host should see
    REFUSED = "refused"  # red


@dataclass(frozen=True, slots=True)
class Answer:
    tone: Tone
    headline: str
    detail: str = ""  # what is left, what to do
    note: str = ""  # small print: who, the number, a repeated scan
    can_override: bool = False


# (headline, what to do), per refusal reason.
_REFUSALS = {
    "unknown_badge": (QT_TRANSLATE_NOOP("Answers", "Badge not recognised"),
                      QT_TRANSLATE_NOOP("Answers", "Scan it again; if it still fails, see the host.")),
    "forged": (QT_TRANSLATE_NOOP("Answers", "Invalid badge"),
               QT_TRANSLATE_NOOP("Answers", "This code matches no badge of the place: see the host.")),
    "revoked": (QT_TRANSLATE_NOOP("Answers", "Badge revoked"),
                QT_TRANSLATE_NOOP("Answers", "This badge no longer works: see the host.")),
    "superseded": (QT_TRANSLATE_NOOP("Answers", "Badge replaced"),
                   QT_TRANSLATE_NOOP("Answers", "Use your new badge.")),
    "network_member": (QT_TRANSLATE_NOOP("Answers", "Member of another place"),
                       QT_TRANSLATE_NOOP("Answers", "This place does not take the network's members.")),
    "inactive_member": (QT_TRANSLATE_NOOP("Answers", "Membership not active"),
                        QT_TRANSLATE_NOOP("Answers", "See the host to renew it.")),
    "no_active_plan": (QT_TRANSLATE_NOOP("Answers", "No plan for today"),
                       QT_TRANSLATE_NOOP("Answers", "See the host for a day pass or a plan.")),
    "no_credits_left": (QT_TRANSLATE_NOOP("Answers", "No days left on the carnet"),
                        QT_TRANSLATE_NOOP("Answers", "See the host.")),
    "outside_opening_hours": (QT_TRANSLATE_NOOP("Answers", "Closed now"),
                              QT_TRANSLATE_NOOP("Answers", "The place is outside its opening hours.")),
    "unpaid": (QT_TRANSLATE_NOOP("Answers", "Payment overdue"),
               QT_TRANSLATE_NOOP("Answers", "See the host about an unpaid invoice.")),
}

# Shown in amber when a rule only warns (or a host let the member in anyway).
_WARNINGS = {
    "network_member": QT_TRANSLATE_NOOP("Answers", "Member of another place of the network"),
    "inactive_member": QT_TRANSLATE_NOOP("Answers", "Membership not active"),
    "no_active_plan": QT_TRANSLATE_NOOP("Answers", "No plan covers today"),
    "no_credits_left": QT_TRANSLATE_NOOP("Answers", "No days left on the carnet: this day is billed apart"),
    "outside_opening_hours": QT_TRANSLATE_NOOP("Answers", "Outside opening hours"),
    "unpaid": QT_TRANSLATE_NOOP("Answers", "An invoice is overdue: please see the host"),
}


# Every other sentence of the answers, marked for translation here and translated when shown.
_TEXT = {
    "day_left": QT_TRANSLATE_NOOP("Answers", "%1 day left on the carnet"),
    "days_left": QT_TRANSLATE_NOOP("Answers", "%1 days left on the carnet"),
    "minutes": QT_TRANSLATE_NOOP("Answers", "%1 min"),
    "hours": QT_TRANSLATE_NOOP("Answers", "%1 h %2"),
    "goodbye": QT_TRANSLATE_NOOP("Answers", "Goodbye %1"),
    "goodbye_time": QT_TRANSLATE_NOOP("Answers", "Goodbye %1, %2 today"),
    "hello": QT_TRANSLATE_NOOP("Answers", "Hello %1, have a good day"),
    "desk": QT_TRANSLATE_NOOP("Answers", "Desk %1"),
    "repeat": QT_TRANSLATE_NOOP("Answers", "already recorded a moment ago"),
    "idle": QT_TRANSLATE_NOOP("Answers", "Scan your badge"),
    "idle_hint": QT_TRANSLATE_NOOP("Answers", "Hold the QR code under the scanner."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Answers", text)


def _say(key: str, *args: str) -> str:
    text = _tr(_TEXT[key])
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", arg)
    return text


def refusal_text(reason: str | None) -> str:
    """The short words for a refusal reason (the headline of the red answer)."""
    headline, _ = _REFUSALS.get(reason or "", _REFUSALS["unknown_badge"])
    return _tr(headline)


def format_days(days: float) -> str:
    """4, 4,5 or 0,5 in French; 4.5 in English."""
    text = QLocale().toString(float(days), "f", 0 if float(days).is_integer() else 1)
    return _say("day_left" if days <= 1 else "days_left", text)


def format_duration(minutes: int) -> str:
    """6 h 20, 6 h 05, 45 min."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours == 0:
        return _say("minutes", str(rest))
    return _say("hours", str(hours), f"{rest:02d}")


def _who(result: ScanResult) -> str:
    return " · ".join(p for p in (result.name, result.display_number) if p)


def answer_for(result: ScanResult) -> Answer:
    first = result.first_name or ""
    if result.decision == Decision.DENIED:
        headline, hint = _REFUSALS.get(result.reason or "", _REFUSALS["unknown_badge"])
        return Answer(Tone.REFUSED, _tr(headline), _tr(hint), _who(result),
                      can_override=result.reason in OVERRIDABLE and result.member_id is not None)
    details: list[str] = []
    if result.decision == Decision.OUT:
        tone = Tone.GOODBYE
        headline = (_say("goodbye", first) if result.minutes_today is None
                    else _say("goodbye_time", first, format_duration(result.minutes_today)))
    else:
        tone = Tone.WELCOME
        headline = _say("hello", first)
        if result.credits_left is None and result.plan_name:
            details.append(result.plan_name)
    if result.credits_left is not None:
        details.append(format_days(result.credits_left))
    if result.desk:
        details.append(_say("desk", result.desk))
    warnings = [_tr(_WARNINGS[w]) for w in result.warnings if w in _WARNINGS]
    if warnings:
        tone = Tone.WARNING
    note = _who(result)
    if result.repeat:
        # A double read or an impatient second scan: nothing new was recorded; say so quietly.
        note = f"{note} — {_say('repeat')}" if note else _say("repeat")
    lines = [" · ".join(details)] if details else []
    return Answer(tone, headline, "\n".join([*lines, *warnings]), note)


def idle_answer() -> Answer:
    return Answer(Tone.IDLE, _say("idle"), _say("idle_hint"))
