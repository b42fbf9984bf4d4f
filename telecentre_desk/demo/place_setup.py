"""The demo place itself: identity, catalogue, rooms and desks, closures."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from telecentre_desk.db.models import Desk, PlaceClosure, Space, SpaceKind
from telecentre_desk.demo import identifiers
from telecentre_desk.demo.closures import Closure
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans

PLACE_CODE = "FLO"
ACTOR = "demo"
# Made-up digits; the check digits are computed so that validation accepts them.
_SIREN = identifiers.luhn_complete("78431952")
OPENING_HOURS = "mon-fri 08:30-18:30; sat 09:00-12:30"

PLACE_DETAILS: dict[str, str] = {
    "name": "Télécentre de Florac",
    "legal_name": "SoLozère Florac",
    "legal_form": "Association loi 1901",
    "address": "2 place de l'Ancienne Gare",
    "postcode": "48400",
    "city": "Florac Trois Rivières",
    "siret": identifiers.siret(_SIREN, 1),
    "vat_number": identifiers.vat_number(_SIREN),
    "vat_regime": "standard",
    "iban": identifiers.french_iban("42559", "10000", "08012345678"),
    "bic": "CCOPFRPPXXX",
    "email": "accueil.florac@example.org",
    "phone": "04 66 45 00 00",
    "timezone": "Europe/Paris",
    "opening_hours": OPENING_HOURS,
}


@dataclass(frozen=True, slots=True)
class PlanSpec:
    code: str
    name: str
    kind: str
    price: str  # euros HT as a person types it; the service turns it into cents
    units: int | None = None
    description: str | None = None


RESIDENT, FLEX, CARNET, DAY, HALF_DAY, ROOM, PRINT = (
    "RESIDENT", "FLEX", "CARNET-10", "DAY", "HALF-DAY", "ROOM-HOUR", "PRINT")

PLANS: tuple[PlanSpec, ...] = (
    PlanSpec(RESIDENT, "Résident (poste fixe)", "monthly", "180.00",
             description="Un poste attitré, accès aux heures d'ouverture"),
    PlanSpec(FLEX, "Nomade mensuel", "monthly", "110.00", description="Un poste libre chaque jour ouvert"),
    PlanSpec(CARNET, "Carnet 10 jours", "carnet", "100.00", units=10,
             description="10 journées, sans date limite"),
    PlanSpec(DAY, "Journée", "day", "12.00"),
    PlanSpec(HALF_DAY, "Demi-journée", "halfday", "7.00"),
    PlanSpec(ROOM, "Salle de réunion (heure)", "room_hour", "12.00"),
    PlanSpec(PRINT, "Impression (page)", "extra", "0.15"),
)

# (name, kind, capacity, desk prefix, desks): an open space, two offices, a meeting room, a phone box.
SPACES: tuple[tuple[str, SpaceKind, int, str, int], ...] = (
    ("Open space", SpaceKind.OPEN_SPACE, 10, "OS", 10),
    ("Bureau Mont Lozère", SpaceKind.PRIVATE_OFFICE, 2, "ML", 2),
    ("Bureau Causse Méjean", SpaceKind.PRIVATE_OFFICE, 1, "CM", 1),
    ("Salle Tarnon", SpaceKind.MEETING_ROOM, 8, "", 0),
    ("Cabine téléphonique", SpaceKind.PHONE_BOX, 1, "", 0),
)


def create_place(session: Session) -> int:
    """Set the place up through the service (so every identifier is validated); returns its id."""
    places.init_place(session, code=PLACE_CODE, actor=ACTOR, **PLACE_DETAILS)
    place_id = places.local_place_row(session).id
    assert place_id is not None  # flushed by init_place
    return place_id


def create_plans(session: Session) -> int:
    for spec in PLANS:
        plans.add_plan(session, code=spec.code, name=spec.name, kind=spec.kind, price=spec.price,
                       units=spec.units, description=spec.description, actor=ACTOR)
    return len(PLANS)


def create_spaces(session: Session, place_id: int) -> tuple[int, list[Desk]]:
    """Rooms and desks, as rows (no service exists for them yet); returns (spaces, desks).

    Office desks come first in the list, so the first residents get the private offices.
    """
    office_desks: list[Desk] = []
    open_desks: list[Desk] = []
    for name, kind, capacity, prefix, desk_count in SPACES:
        space = Space(place_id=place_id, origin=PLACE_CODE, name=name, kind=kind.value, capacity=capacity)
        session.add(space)
        session.flush()
        assert space.id is not None
        desks = [Desk(space_id=space.id, origin=PLACE_CODE, name=f"{prefix}-{n:02d}")
                 for n in range(1, desk_count + 1)]
        (open_desks if kind == SpaceKind.OPEN_SPACE else office_desks).extend(desks)
    desks = office_desks + open_desks
    session.add_all(desks)
    session.flush()
    return len(SPACES), desks


def assign_desks(session: Session, desks: list[Desk], member_ids: list[int]) -> dict[int, int]:
    """Give each resident a fixed desk, in order; returns member id -> desk id."""
    assigned: dict[int, int] = {}
    for desk, member_id in zip(desks, member_ids, strict=False):
        desk.fixed_member_id = member_id
        assigned[member_id] = desk.id  # type: ignore[assignment]
    session.add_all(desks)
    session.flush()
    return assigned


def create_closures(session: Session, place_id: int, closures: list[Closure]) -> int:
    session.add_all([PlaceClosure(place_id=place_id, origin=PLACE_CODE, start_date=c.start, end_date=c.end,
                                  label=c.label) for c in closures])
    session.flush()
    return len(closures)
