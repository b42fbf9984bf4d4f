"""Issue many drafts, each in its own transaction, and stop cleanly between two of them when asked.

Each draft is issued in its own unit of work (``BEGIN IMMEDIATE``: number, freeze and audit
together), so a stop, a crash or a refused draft leaves every invoice either issued with its number
or still a draft, and the series continuous: the numbers given are exactly the invoices issued.
Short transactions also let the front desk record scans between two invoices. ``issue_month``
(billing/issue.py) stays the one-transaction form the CLI uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine

from telecentre_desk.billing.draft_edit import draft_by_id
from telecentre_desk.billing.issue import issue
from telecentre_desk.common.errors import DeskError
from telecentre_desk.db.uow import unit_of_work

Progress = Callable[[int, int], bool]  # (done, total) -> keep going? (as billing/drafts.py)


@dataclass
class BatchResult:
    total: int
    numbers: list[str] = field(default_factory=list)  # given, in order
    cancelled: bool = False

    @property
    def done(self) -> int:
        return len(self.numbers)


def issue_each(engine: Engine, invoice_ids: Sequence[int], *, actor: str = "cli",
               progress: Progress | None = None) -> BatchResult:
    """Issue the drafts ``invoice_ids`` in this order, one transaction each.

    ``progress`` is asked before each draft and may stop the batch there. A refused draft (an
    expected error, e.g. the place's identity incomplete) stops the batch: the error is raised with
    the invoices issued before it kept, as ``error.details["issued"]``.
    """
    result = BatchResult(total=len(invoice_ids))
    for done, invoice_id in enumerate(invoice_ids):
        if progress is not None and not progress(done, result.total):
            result.cancelled = True
            return result
        try:
            with unit_of_work(engine) as session:
                number = issue(session, draft_by_id(session, invoice_id), actor=actor).number
        except DeskError as exc:
            exc.details["issued"] = list(result.numbers)
            raise
        result.numbers.append(number)
    if progress is not None:
        progress(result.total, result.total)
    return result
