"""Translated labels for member categories and statuses (stored as codes, shown as words)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from telecentre_desk.common.enums import MemberCategory, MemberStatus

_CONTEXT = "MemberLabels"

_CATEGORIES: dict[str, str] = {
    MemberCategory.FREELANCER.value: QT_TRANSLATE_NOOP("MemberLabels", "Freelancer"),
    MemberCategory.EMPLOYEE.value: QT_TRANSLATE_NOOP("MemberLabels", "Remote employee"),
    MemberCategory.JOBSEEKER.value: QT_TRANSLATE_NOOP("MemberLabels", "Jobseeker"),
    MemberCategory.STUDENT.value: QT_TRANSLATE_NOOP("MemberLabels", "Student"),
    MemberCategory.ASSOCIATION.value: QT_TRANSLATE_NOOP("MemberLabels", "Association"),
    MemberCategory.COMPANY.value: QT_TRANSLATE_NOOP("MemberLabels", "Company"),
    MemberCategory.OTHER.value: QT_TRANSLATE_NOOP("MemberLabels", "Other"),
}

_STATUSES: dict[str, str] = {
    MemberStatus.ACTIVE.value: QT_TRANSLATE_NOOP("MemberLabels", "Active"),
    MemberStatus.INACTIVE.value: QT_TRANSLATE_NOOP("MemberLabels", "Inactive"),
    MemberStatus.ERASED.value: QT_TRANSLATE_NOOP("MemberLabels", "Erased"),
}


def category_label(code: str) -> str:
    """The category in the user's language; an unknown code (from a newer place) as is."""
    source = _CATEGORIES.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def status_label(code: str) -> str:
    source = _STATUSES.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def categories() -> list[tuple[str, str]]:
    """(code, label) of every category, in the order of the enum."""
    return [(code, category_label(code)) for code in _CATEGORIES]


def selectable_statuses() -> list[tuple[str, str]]:
    """(code, label) of the statuses a host filters on; erased members are not listed as a choice."""
    return [(code, status_label(code)) for code in (MemberStatus.ACTIVE.value, MemberStatus.INACTIVE.value)]
