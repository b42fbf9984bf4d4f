"""Is the place ready to invoice? What French law requires on an invoice, said in words.

The seller's mentions (CGI ann. II art. 242 nonies A, C. com. L441-9 and R123-237): legal name and
form, head-office address, SIREN/SIRET, the VAT number when VAT is charged, the exemption wording when
it is not, and for a registered company its share capital and RCS city. Used by the setup dialog,
Place › Edit place details, and by issuing, which refuses before anything is numbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from telecentre_desk.common.i18n import _

# Legal forms registered at the RCS that must print capital and RCS city (not an association).
_COMPANY_FORM = re.compile(r"\b(SA|SAS|SASU|SARL|EURL|SNC|SCA|SCS|SCIC|SCOP|SEM|SPL|SELARL|SELAS)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Gap:
    field: str  # the form field to fill (for the "fix it" button), never shown to the host
    label: str  # what is missing, in words


def is_company(legal_form: str | None) -> bool:
    return bool(legal_form and _COMPANY_FORM.search(legal_form))


def _labels() -> dict[str, str]:
    return {
        "legal_name": _("the legal name (as registered)"),
        "legal_form": _("the legal form (e.g. Association loi 1901, SARL, SCIC SAS)"),
        "address": _("the head office's street address"),
        "postcode": _("the postcode"),
        "city": _("the city"),
        "siret": _("the SIRET number (14 digits)"),
        "vat_number": _("the intra-EU VAT number (FR and 11 characters), as VAT is charged"),
        "vat_exemption_text": _("the VAT exemption wording printed on invoices (e.g. TVA non applicable, "
                                "art. 261 du CGI)"),
        "share_capital": _("the share capital (a company prints it, e.g. 15 000 € or variable)"),
        "rcs_city": _("the RCS city of registration (a company prints it)"),
    }


def invoicing_gaps(place: Any) -> list[Gap]:
    """What the place (a PlaceInfo or the ORM row) lacks to issue a lawful invoice, in form order."""
    needed = ["legal_name", "legal_form", "address", "postcode", "city", "siret"]
    regime = getattr(place, "vat_regime", "standard")
    if regime == "standard":
        needed.append("vat_number")
    if regime == "exempt":
        needed.append("vat_exemption_text")
    if is_company(getattr(place, "legal_form", None)):
        needed += ["share_capital", "rcs_city"]
    labels = _labels()
    return [Gap(name, labels[name]) for name in needed if not getattr(place, name, None)]


def gaps_sentence(gaps: list[Gap]) -> str:
    """One sentence for an error message: what is missing and where to fill it in."""
    return _("the place cannot invoice yet; missing: {missing}. Fill them in Place › Edit place details.").format(
        missing="; ".join(gap.label for gap in gaps))
