"""Who the demo members are: identity, category, when they joined or left, how often they come.

Profiles are drawn first, in memory, from the seeded generator; registering them goes through the
members service afterwards so that the same validation as at the desk applies.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from telecentre_desk.common.enums import MemberCategory
from telecentre_desk.demo import identifiers, names
from telecentre_desk.demo.place_setup import CARNET, FLEX, RESIDENT

# Shares of the categories; freelancers take what is left (the largest group in the network).
CATEGORY_SHARES: tuple[tuple[MemberCategory, float], ...] = (
    (MemberCategory.EMPLOYEE, 0.22),
    (MemberCategory.JOBSEEKER, 0.12),
    (MemberCategory.STUDENT, 0.08),
    (MemberCategory.ASSOCIATION, 0.07),
    (MemberCategory.COMPANY, 0.05),
)
REGULAR_SHARE = 0.40  # the domain brief: 40% come every workday
CARNET_SHARE = 0.10  # and about one in ten holds a carnet
INACTIVE_SHARE = 0.08
# Share of members who join during the history: a few over months, most over ten years.
NEWCOMERS_MIN, NEWCOMERS_MAX, NEWCOMERS_PER_YEAR = 0.1, 0.6, 0.05

DateSpans = tuple[tuple[dt.date, dt.date], ...]


@dataclass(slots=True)
class Profile:
    first_name: str
    last_name: str
    category: MemberCategory
    joined_on: dt.date
    regular: bool
    plan: str | None  # RESIDENT, FLEX, CARNET or None (pays day passes)
    p_weekday: float  # chance of coming on an open weekday
    p_saturday: float
    half_day_share: float
    absences: DateSpans = ()
    left_on: dt.date | None = None
    fields: dict[str, str] | None = None  # what the members service receives


def _share(count: int, fraction: float) -> int:
    return int(count * fraction + 0.5)


def _categories(count: int, rng: random.Random) -> list[MemberCategory]:
    drawn = [cat for cat, fraction in CATEGORY_SHARES for _ in range(_share(count, fraction))][:count]
    drawn += [MemberCategory.FREELANCER] * (count - len(drawn))
    rng.shuffle(drawn)
    return drawn


def _summer_absences(first: dt.date, last: dt.date, rng: random.Random) -> DateSpans:
    """Two weeks or so off each summer: regulars are not there every single workday."""
    out = []
    for year in range(first.year, last.year + 1):
        start = dt.date(year, 7, 1) + dt.timedelta(days=rng.randint(0, 50))
        out.append((start, start + dt.timedelta(days=rng.randint(9, 16))))
    return tuple(out)


def _contact_fields(profile: Profile, rng: random.Random, used_emails: set[str]) -> dict[str, str]:
    fields: dict[str, str] = {"first_name": profile.first_name, "last_name": profile.last_name,
                              "category": profile.category.value}
    email = identifiers.email(profile.first_name, profile.last_name, rng)
    suffix = 2
    while email in used_emails:  # two people may fold to the same ASCII name
        email = identifiers.email(profile.first_name, profile.last_name, rng, suffix=str(suffix))
        suffix += 1
    used_emails.add(email)
    fields["email"] = email
    if rng.random() < 0.9:
        fields["phone"] = identifiers.mobile_phone(rng)
    # Every invoice shows the customer's address (CGI ann. II art. 242 nonies A): members give theirs.
    rng.random()  # kept: the draw that once left some addresses out, so the rest of the demo stays the same
    city, postcode = rng.choice(names.VILLAGES)
    fields.update(address=f"{rng.randint(1, 40)} {rng.choice(names.STREETS)}", postcode=postcode, city=city)
    if profile.category == MemberCategory.COMPANY:
        fields.update(company_name=rng.choice(names.COMPANIES), siren=identifiers.random_siren(rng))
    elif profile.category == MemberCategory.ASSOCIATION:
        fields["company_name"] = rng.choice(names.ASSOCIATIONS)
        if rng.random() < 0.5:  # many small associations never asked for a SIREN
            fields["siren"] = identifiers.random_siren(rng)
    if rng.random() < 0.1:
        fields["notes"] = rng.choice(names.NOTES)
    return fields


def draw_profiles(count: int, *, first_day: dt.date, today: dt.date, resident_desks: int,
                  rng: random.Random) -> list[Profile]:
    """``count`` profiles in joining order (so member numbers grow with seniority)."""
    pairs = rng.sample(range(len(names.FIRST_NAMES) * len(names.LAST_NAMES)), count)
    categories = _categories(count, rng)
    order = list(range(count))
    rng.shuffle(order)
    regulars = set(order[:_share(count, REGULAR_SHARE)])
    carnets = set(order[len(regulars):len(regulars) + _share(count, CARNET_SHARE)])
    span_days = max((today - first_day).days, 1)
    newcomers = min(NEWCOMERS_MAX, NEWCOMERS_MIN + NEWCOMERS_PER_YEAR * span_days / 365)
    profiles: list[Profile] = []
    for index in range(count):
        first, last = divmod(pairs[index], len(names.LAST_NAMES))
        if rng.random() < newcomers:
            joined = first_day + dt.timedelta(days=rng.randint(0, span_days))
        else:
            joined = first_day - dt.timedelta(days=rng.randint(0, 3 * 365))
        regular = index in regulars
        if regular:
            plan: str | None = RESIDENT if rng.random() < 0.5 else FLEX
            p_weekday, p_saturday, half = rng.uniform(0.7, 0.95), rng.uniform(0.0, 0.15), 0.15
        else:
            plan = CARNET if index in carnets else (FLEX if rng.random() < 0.25 else None)
            p_weekday, p_saturday, half = rng.uniform(0.05, 0.4), rng.uniform(0.0, 0.3), 0.4
        profiles.append(Profile(
            first_name=names.FIRST_NAMES[first], last_name=names.LAST_NAMES[last], category=categories[index],
            joined_on=joined, regular=regular, plan=plan, p_weekday=p_weekday, p_saturday=p_saturday,
            half_day_share=half,
            absences=_summer_absences(max(joined, first_day), today, rng) if regular else ()))
    _cap_residents(profiles, resident_desks)
    _mark_leavers(profiles, today, rng)
    profiles.sort(key=lambda p: p.joined_on)  # stable: equal days keep the drawing order
    used_emails: set[str] = set()
    for profile in profiles:
        profile.fields = _contact_fields(profile, rng, used_emails)
    return profiles


def _cap_residents(profiles: list[Profile], desks: int) -> None:
    """A resident has a fixed desk: no more residents than desks, the others go flexible."""
    residents = [p for p in profiles if p.plan == RESIDENT]
    for profile in residents[desks:]:
        profile.plan = FLEX


def _mark_leavers(profiles: list[Profile], today: dt.date, rng: random.Random) -> None:
    """A few members left at some point; residents stay, so no desk is held by someone gone."""
    candidates = [p for p in profiles if p.plan != RESIDENT and (today - p.joined_on).days > 60]
    for profile in rng.sample(candidates, min(len(candidates), _share(len(profiles), INACTIVE_SHARE))):
        stayed = rng.randint(30, (today - profile.joined_on).days - 1)
        profile.left_on = profile.joined_on + dt.timedelta(days=stayed)
