"""Days the demo place is closed: French public holidays, a summer week, the year-end break."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Closure:
    start: dt.date
    end: dt.date  # last closed day, included
    label: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (Meeus/Jones/Butcher): three holidays hang on it."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def public_holidays(year: int) -> list[tuple[dt.date, str]]:
    """The eleven French public holidays (Alsace-Moselle's two extra days do not apply in Lozère)."""
    easter = easter_sunday(year)
    return sorted([
        (dt.date(year, 1, 1), "Jour de l'an"),
        (easter + ONE_DAY, "Lundi de Pâques"),
        (dt.date(year, 5, 1), "Fête du Travail"),
        (dt.date(year, 5, 8), "Victoire 1945"),
        (easter + 39 * ONE_DAY, "Ascension"),
        (easter + 50 * ONE_DAY, "Lundi de Pentecôte"),
        (dt.date(year, 7, 14), "Fête nationale"),
        (dt.date(year, 8, 15), "Assomption"),
        (dt.date(year, 11, 1), "Toussaint"),
        (dt.date(year, 11, 11), "Armistice 1918"),
        (dt.date(year, 12, 25), "Noël"),
    ])


def yearly_closures(year: int) -> list[Closure]:
    """One year of closures, without a holiday that a longer break already covers."""
    assumption = dt.date(year, 8, 15)
    summer_monday = assumption - dt.timedelta(days=assumption.weekday())
    breaks = [
        Closure(summer_monday, summer_monday + 5 * ONE_DAY, "Fermeture estivale"),
        Closure(dt.date(year, 12, 24), dt.date(year, 12, 31), "Fermeture de fin d'année"),
    ]
    holidays = [Closure(day, day, f"Jour férié : {label}") for day, label in public_holidays(year)
                if not any(b.covers(day) for b in breaks)]
    return sorted(breaks + holidays, key=lambda c: c.start)


def closures_between(first: dt.date, last: dt.date) -> list[Closure]:
    """Every closure that touches the days from ``first`` to ``last``."""
    return [c for year in range(first.year, last.year + 1) for c in yearly_closures(year)
            if c.end >= first and c.start <= last]
