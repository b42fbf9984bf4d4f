"""Setting up the place once, editing it, and the errors a host can meet."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.db.models import AuditEntry, Place
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places


def test_no_place_yet_says_what_to_do(engine: Engine) -> None:
    with unit_of_work(engine) as session, pytest.raises(NotFoundError, match="place init"):
        places.local_place(session)


def test_init_stores_the_identity_and_defaults(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        info = places.init_place(session, code="flo", name="Télécentre de Florac", siret="73282932000074",
                                 iban="FR76 3000 6000 0112 3456 7890 189", bic="AGRIFRPP")
    assert info.code == "FLO"
    assert info.opening_hours == "mon-fri 08:00-19:00"
    assert info.timezone == "Europe/Paris"
    assert info.vat_regime == "standard"
    with unit_of_work(engine) as session:
        row = session.exec(select(Place)).one()
        assert (row.is_local, row.origin, row.iban) == (True, "FLO", "FR7630006000011234567890189")
        assert row.created_at.tzinfo is not None
        assert [a.action for a in session.exec(select(AuditEntry)).all()] == ["place.init"]


def test_a_database_runs_one_place(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session, pytest.raises(ConflictError, match="already runs place FLO"):
        places.init_place(session, code="MEN", name="Mende")


@pytest.mark.parametrize(("field", "value"), [
    ("siret", "12345678901234"), ("iban", "FR00 1234"), ("bic", "XX"), ("vat_regime", "reduced"),
    ("timezone", "Europe/Florac"), ("opening_hours", "every day"), ("email", "accueil@"),
    ("vat_number", "FR00123456789"),
])
def test_invalid_fields_leave_nothing_written(engine: Engine, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as err, unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Florac", **{field: value})
    assert err.value.field == field
    with unit_of_work(engine) as session:
        assert session.exec(select(Place)).all() == []


def test_edit_changes_only_what_is_given_and_is_audited(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        info = places.edit_place(session, vat_regime="franchise", opening_hours="mon-fri 09:00-17:00")
    assert (info.vat_regime, info.opening_hours, info.siret) == ("franchise", "mon-fri 09:00-17:00",
                                                                   "73282932000074")
    with unit_of_work(place_engine) as session:
        last = session.exec(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.action == "place.edit"
        assert '"vat_regime": "franchise"' in last.details


def test_optional_fields_can_be_cleared_but_required_ones_cannot(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        assert places.edit_place(session, legal_form="").legal_form is None
    with pytest.raises(ValidationError, match="name"), unit_of_work(place_engine) as session:
        places.edit_place(session, name="  ")
