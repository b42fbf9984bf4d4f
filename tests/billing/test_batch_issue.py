"""Issuing drafts one transaction each: a stop between two invoices, or a refused one, leaves no gap."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import batch, drafts
from telecentre_desk.billing.listing import month_draft_ids
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import AuditEntry, Invoice, InvoiceSeries
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places import service as places

NOVEMBER = Month(2026, 11)


@pytest.fixture
def draft_ids(billing: Engine) -> list[int]:
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)
        return month_draft_ids(dbapi(session), NOVEMBER)  # five members have something in November


def states(engine: Engine) -> list[tuple[str | None, str]]:
    with unit_of_work(engine) as session:
        return [(i.number, i.status) for i in session.exec(select(Invoice).order_by(Invoice.id)).all()]


def test_all_issued_in_the_order_given(billing: Engine, draft_ids: list[int]) -> None:
    seen: list[tuple[int, int]] = []
    result = batch.issue_each(billing, draft_ids, progress=lambda done, total: seen.append((done, total)) or True)
    assert result.numbers == [f"FLO-2026-{n:04d}" for n in range(1, 6)] and not result.cancelled
    assert seen == [(n, 5) for n in range(6)]
    with unit_of_work(billing) as session:
        assert [session.get(Invoice, pk).number for pk in draft_ids] == result.numbers
        assert len(session.exec(select(AuditEntry).where(AuditEntry.action == "invoice.issue")).all()) == 5


def test_a_stop_keeps_what_was_issued_and_leaves_the_rest_drafts(billing: Engine, draft_ids: list[int]) -> None:
    result = batch.issue_each(billing, draft_ids, progress=lambda done, _total: done < 2)
    assert (result.done, result.total, result.cancelled) == (2, 5, True)
    assert states(billing) == [("FLO-2026-0001", "issued"), ("FLO-2026-0002", "issued")] + [(None, "draft")] * 3
    # Going on later continues the series where it stopped.
    rest = batch.issue_each(billing, month_draft_ids_now(billing))
    assert rest.numbers == ["FLO-2026-0003", "FLO-2026-0004", "FLO-2026-0005"]


def month_draft_ids_now(engine: Engine) -> list[int]:
    with unit_of_work(engine) as session:
        return month_draft_ids(dbapi(session), NOVEMBER)


def test_a_refused_draft_stops_the_batch_and_names_what_was_issued(billing: Engine, draft_ids: list[int]) -> None:
    batch.issue_each(billing, draft_ids[:1])
    with pytest.raises(ValidationError, match="FLO-2026-0001 is issued") as caught:
        batch.issue_each(billing, [draft_ids[1], draft_ids[0], draft_ids[2]])
    assert caught.value.details["issued"] == ["FLO-2026-0002"]
    with unit_of_work(billing) as session:
        places.edit_place(session, legal_form=None)
    with pytest.raises(ValidationError, match="the legal form") as caught:
        batch.issue_each(billing, draft_ids[2:])
    assert caught.value.details["issued"] == []
    with unit_of_work(billing) as session:
        series = session.exec(select(InvoiceSeries).where(InvoiceSeries.kind == "invoice")).one()
    assert series.last_number == 2  # a refused issue took no number
