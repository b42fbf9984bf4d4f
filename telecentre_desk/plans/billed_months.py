"""A subscription change may not reach into a month already invoiced to the member.

An issued invoice is frozen (French law, and the database's triggers): if a plan starts, ends or
changes on a day that a member's issued monthly invoice covers, that invoice would no longer say
what was due, and the next run could not correct it. The host issues a credit note first, then the
change is accepted and the month can be billed again. Sales at the desk are not concerned: each one
is billed by its own line (billing/sales.py).
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

# A monthly invoice covers a whole calendar month (a sale's invoice covers its day only); once credit
# notes cancel it whole, the month is back in the host's hands.
_ISSUED_MONTH = """
SELECT i.number, i.period_start FROM invoice AS i
WHERE i.member_id = ? AND i.kind = 'invoice' AND i.status = 'issued' AND i.deleted_at IS NULL
  AND i.period_end >= ?
  AND i.period_start = date(i.period_start, 'start of month')
  AND i.period_end = date(i.period_start, 'start of month', '+1 month', '-1 day')
  AND (SELECT COALESCE(SUM(c.total_incl_vat_cents), 0) FROM invoice AS c
       WHERE c.credited_invoice_id = i.id AND c.status = 'issued') < i.total_incl_vat_cents
ORDER BY i.period_start LIMIT 1
"""


def refuse_if_invoiced(session: Session, *, member_id: int, effective: dt.date) -> None:
    """Raise when the member has an issued monthly invoice for ``effective``'s month or a later one."""
    row = session.connection().exec_driver_sql(_ISSUED_MONTH, (member_id, effective.isoformat())).first()
    if row is None:
        return
    number, start = row[0], dt.date.fromisoformat(str(row[1]))
    raise ValidationError(_("a plan change dated {day} falls in {month}, already invoiced to this member on "
                            "{number}: issue a credit note for {number} first (telecentre-desk invoice credit "
                            "{number} --reason ...)").format(day=f"{effective:%d/%m/%Y}",
                                                             month=f"{start:%m/%Y}",
                                                             number=number), field="start")
