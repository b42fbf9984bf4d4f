"""Factur-X: the invoice's PDF as PDF/A-3 carrying its EN 16931 CII XML (``factur-x.xml``).

We build the XML ourselves (lxml) from the same frozen document as the PDF, so both always say the
same thing. Akretion's ``factur-x`` package checks it against the XSD and embeds it with the PDF/A-3
XMP; it writes no OutputIntent, which PDF/A wants, so pikepdf adds an sRGB one (the colours we draw
are plain RGB). Fonts are already embedded by ``billing/pdf.py``.

VAT categories: ``S`` with its rate when VAT-liable; ``E`` at 0 otherwise, with VATEX-FR-FRANCHISE for
the *franchise en base* and VATEX-EU-132 (public-interest activities, which covers exempt associations)
with the place's own wording when ``exempt``.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import facturx
import pikepdf
from lxml import etree
from PIL import ImageCms

from telecentre_desk.billing.document import InvoiceDocument
from telecentre_desk.billing.mentions import (
    METHOD_CODES,
    NO_DISCOUNT,
    NO_PENALTIES_PRIVATE,
    NO_RECOVERY_PRIVATE,
    PENALTIES,
    RECOVERY,
    TRANSFER,
    VAT_ON_DEBITS,
    paid_words,
    rcs_text,
)
from telecentre_desk.billing.pdf import FRANCHISE, render_pdf, write_file

NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}
EN16931 = "urn:cen.eu:en16931:2017"
TYPE_CODE = {"invoice": "380", "credit_note": "381"}  # UNTDID 1001: commercial invoice, credit note
SIRENE = "0002"  # ISO 6523 scheme of SIREN numbers
SIRET = "0009"  # ISO 6523 scheme of SIRET numbers (BT-29, seller identifier)
ANNUAIRE = "0225"  # electronic address in the French e-invoicing directory (BT-34, BT-49)
# BT-23, the French billing framework (BR-FR-08): S1 services; S2 services already paid.
SERVICES, SERVICES_PAID = "S1", "S2"
PRODUCER = "Télécentre Desk"  # the PDF's Info /Producer and XMP pdf:Producer, the same (PDF/A)


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    prefix, name = tag.split(":")
    node = etree.SubElement(parent, f"{{{NS[prefix]}}}{name}", attrs)
    if text is not None:
        node.text = text
    return node


def _amount(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def _date(parent: etree._Element, tag: str, day: dt.date, kind: str = "udt") -> None:
    _el(_el(parent, tag), f"{kind}:DateTimeString", f"{day:%Y%m%d}", format="102")


def _category(doc: InvoiceDocument, rate_bp: int) -> tuple[str, str | None, str | None]:
    """(category, exemption reason text, exemption reason code) of a rate under the seller's regime."""
    if doc.regime == "franchise":
        return "E", FRANCHISE, "VATEX-FR-FRANCHISE"
    if doc.regime == "exempt":
        return "E", doc.seller.get("vat_exemption_text") or "Exonération de TVA", "VATEX-EU-132"
    return ("S" if rate_bp else "Z"), None, None


def _rate(rate_bp: int) -> str:
    return f"{Decimal(rate_bp) / 100:.2f}"


def _party(parent: etree._Element, tag: str, *, name: str, siren: str | None, address: str | None,
           postcode: str | None, city: str | None, vat_number: str | None = None, siret: str | None = None,
           legal_info: str | None = None, endpoint: tuple[str, str] | None = None, tax_id: str | None = None) -> None:
    # Element order is the CII schema's: GlobalID, Name, Description, SpecifiedLegalOrganization,
    # PostalTradeAddress, URIUniversalCommunication, SpecifiedTaxRegistration.
    party = _el(parent, tag)
    if siret:
        _el(party, "ram:GlobalID", siret, schemeID=SIRET)
    _el(party, "ram:Name", name)
    if legal_info:
        _el(party, "ram:Description", legal_info)
    if siren:
        _el(_el(party, "ram:SpecifiedLegalOrganization"), "ram:ID", siren, schemeID=SIRENE)
    postal = _el(party, "ram:PostalTradeAddress")
    if postcode:
        _el(postal, "ram:PostcodeCode", postcode)
    if address:
        _el(postal, "ram:LineOne", address)
    if city:
        _el(postal, "ram:CityName", city)
    _el(postal, "ram:CountryID", "FR")
    if endpoint:
        _el(_el(party, "ram:URIUniversalCommunication"), "ram:URIID", endpoint[1], schemeID=endpoint[0])
    if vat_number:
        _el(_el(party, "ram:SpecifiedTaxRegistration"), "ram:ID", vat_number, schemeID="VA")
    elif tax_id:  # BT-32: a seller without an intra-EU VAT number (franchise) is known by its SIREN (BR-E-02)
        _el(_el(party, "ram:SpecifiedTaxRegistration"), "ram:ID", tax_id, schemeID="FC")


def _line(parent: etree._Element, doc: InvoiceDocument, line) -> None:
    item = _el(parent, "ram:IncludedSupplyChainTradeLineItem")
    _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.position))
    _el(_el(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)
    price = _el(_el(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
    _el(price, "ram:ChargeAmount", _amount(line.unit_price_cents))
    _el(_el(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", f"{line.quantity:.3f}",
        unitCode=line.unit_code)
    settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
    tax = _el(settlement, "ram:ApplicableTradeTax")
    _el(tax, "ram:TypeCode", "VAT")
    _el(tax, "ram:CategoryCode", _category(doc, line.vat_rate_bp)[0])
    _el(tax, "ram:RateApplicablePercent", _rate(line.vat_rate_bp))
    summation = _el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _el(summation, "ram:LineTotalAmount", _amount(line.total_excl_vat_cents))


def _payment_means(settlement: etree._Element, doc: InvoiceDocument) -> None:
    """BG-16: the means actually used when paid at the desk, else a SEPA transfer to the place's IBAN."""
    iban = (doc.seller.get("iban") or "").replace(" ", "")
    codes = [METHOD_CODES.get(m, "1") for m in doc.paid_methods] if doc.paid_at_issue else ([TRANSFER] if iban else [])
    for code in dict.fromkeys(codes):
        if code == TRANSFER and not iban:
            code = "1"  # a transfer to an account the invoice cannot name: 30 and 58 must carry it (BR-61)
        means = _el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _el(means, "ram:TypeCode", code)
        if code == TRANSFER:
            _el(_el(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID", iban)
            if doc.seller.get("bic"):
                _el(_el(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", doc.seller["bic"])


def _notes(header: etree._Element, doc: InvoiceDocument) -> None:
    """BG-1: the note, then the legal mentions coded as the French CTC rules want (BR-FR-05, one each)."""
    def note(content: str, code: str | None = None) -> None:
        node = _el(header, "ram:IncludedNote")
        _el(node, "ram:Content", content)
        if code:
            _el(node, "ram:SubjectCode", code)

    if doc.info.note:
        note(doc.info.note)
    note(RECOVERY if doc.business else NO_RECOVERY_PRIVATE, "PMT")
    note(PENALTIES if doc.business else NO_PENALTIES_PRIVATE, "PMD")
    note(NO_DISCOUNT, "AAB")
    if doc.regime == "standard" and doc.seller.get("vat_on_debits"):
        note(VAT_ON_DEBITS, "TXD")


def _delivery(trade: etree._Element, doc: InvoiceDocument) -> None:
    """BG-13: when the service was delivered (the period's last day; a desk sale's day), never left empty."""
    delivery = _el(trade, "ram:ApplicableHeaderTradeDelivery")
    day = doc.info.period_end or doc.info.issue_date
    event = _el(delivery, "ram:ActualDeliverySupplyChainEvent")
    _date(event, "ram:OccurrenceDateTime", day)


def _seller_endpoint(seller: dict) -> tuple[str, str] | None:
    address = seller.get("e_invoicing_address") or (seller.get("siret") or "")[:9]
    return (ANNUAIRE, address) if address else None


def _buyer_endpoint(buyer: dict) -> tuple[str, str] | None:
    if buyer.get("e_invoicing_address"):
        return ANNUAIRE, buyer["e_invoicing_address"]
    if buyer.get("siren"):
        return ANNUAIRE, buyer["siren"]  # the directory's default address of a company: its SIREN
    if buyer.get("email"):
        return "EM", buyer["email"]
    return None


def _settlement(trade: etree._Element, doc: InvoiceDocument) -> None:
    info = doc.info
    settlement = _el(trade, "ram:ApplicableHeaderTradeSettlement")
    _el(settlement, "ram:PaymentReference", info.number)
    _el(settlement, "ram:InvoiceCurrencyCode", "EUR")
    if not doc.is_credit_note:
        _payment_means(settlement, doc)
    vats = doc.vat_by_rate()
    for rate, net in doc.net_by_rate().items():
        category, reason, code = _category(doc, rate)
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:CalculatedAmount", _amount(vats[rate]))
        _el(tax, "ram:TypeCode", "VAT")
        if reason:
            _el(tax, "ram:ExemptionReason", reason)
        _el(tax, "ram:BasisAmount", _amount(net))
        _el(tax, "ram:CategoryCode", category)
        if code:
            _el(tax, "ram:ExemptionReasonCode", code)
        _el(tax, "ram:RateApplicablePercent", _rate(rate))
    if info.period_start and info.period_end:
        period = _el(settlement, "ram:BillingSpecifiedPeriod")
        _date(period, "ram:StartDateTime", info.period_start)
        _date(period, "ram:EndDateTime", info.period_end)
    if info.due_date and not doc.is_credit_note:
        terms = _el(settlement, "ram:SpecifiedTradePaymentTerms")
        _el(terms, "ram:Description", f"Payée le {info.issue_date:%d/%m/%Y} ({paid_words(doc.paid_methods)})"
            if doc.paid_at_issue else "Paiement à réception, au plus tard à l'échéance")
        _date(terms, "ram:DueDateDateTime", info.due_date)
    total = _el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(total, "ram:LineTotalAmount", _amount(info.total_excl_vat_cents))
    _el(total, "ram:TaxBasisTotalAmount", _amount(info.total_excl_vat_cents))
    _el(total, "ram:TaxTotalAmount", _amount(info.vat_cents), currencyID="EUR")
    _el(total, "ram:GrandTotalAmount", _amount(info.total_incl_vat_cents))
    if doc.prepaid_cents and not doc.is_credit_note:
        _el(total, "ram:TotalPrepaidAmount", _amount(doc.prepaid_cents))  # BT-113
    _el(total, "ram:DuePayableAmount", _amount(doc.due_cents))
    if doc.is_credit_note and doc.credited_number:
        ref = _el(settlement, "ram:InvoiceReferencedDocument")
        _el(ref, "ram:IssuerAssignedID", doc.credited_number)
        if doc.credited_date:
            _date(ref, "ram:FormattedIssueDateTime", doc.credited_date, kind="qdt")


def build_xml(doc: InvoiceDocument) -> bytes:
    """The EN 16931 (COMFORT) CII XML of an issued invoice or credit note."""
    info, seller, buyer = doc.info, doc.seller, doc.buyer
    root = etree.Element(f"{{{NS['rsm']}}}CrossIndustryInvoice", nsmap=NS)
    context = _el(root, "rsm:ExchangedDocumentContext")
    process = SERVICES_PAID if doc.paid_at_issue else SERVICES
    _el(_el(context, "ram:BusinessProcessSpecifiedDocumentContextParameter"), "ram:ID", process)
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", EN16931)
    header = _el(root, "rsm:ExchangedDocument")
    _el(header, "ram:ID", info.number)
    _el(header, "ram:TypeCode", TYPE_CODE[info.kind])
    _date(header, "ram:IssueDateTime", info.issue_date)
    _notes(header, doc)
    trade = _el(root, "rsm:SupplyChainTradeTransaction")
    for line in info.lines:
        _line(trade, doc, line)
    agreement = _el(trade, "ram:ApplicableHeaderTradeAgreement")
    siren = (seller.get("siret") or "")[:9]  # a SIRET is the SIREN and the establishment's 5 digits
    legal = ", ".join(filter(None, (seller.get("legal_form"), rcs_text(seller))))
    _party(agreement, "ram:SellerTradeParty", name=seller.get("legal_name") or "", siren=siren,
           address=seller.get("address"), postcode=seller.get("postcode"), city=seller.get("city"),
           vat_number=seller.get("vat_number"), siret=seller.get("siret"),
           legal_info=legal or None, endpoint=_seller_endpoint(seller), tax_id=siren or None)
    _party(agreement, "ram:BuyerTradeParty", name=buyer.get("company") or buyer.get("name") or "",
           siren=buyer.get("siren"), address=buyer.get("address"), postcode=buyer.get("postcode"),
           city=buyer.get("city"), vat_number=buyer.get("vat_number"), endpoint=_buyer_endpoint(buyer))
    _delivery(trade, doc)
    _settlement(trade, doc)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _srgb_output_intent(data: bytes, keywords: str) -> bytes:
    """Add the OutputIntent PDF/A wants, and make the Info dictionary and the XMP agree (producer, keywords)."""
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        # PDF/A: Info /Producer and XMP pdf:Producer must be equal; factur-x leaves reportlab's in Info.
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["pdf:Producer"] = PRODUCER
            meta["pdf:Keywords"] = keywords
        pdf.docinfo[pikepdf.Name.Producer] = PRODUCER
        pdf.docinfo[pikepdf.Name.Keywords] = keywords
        profile = pikepdf.Stream(pdf, icc)
        profile["/N"] = 3
        intent = pikepdf.Dictionary(Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
                                    OutputConditionIdentifier="sRGB IEC61966-2.1", Info="sRGB IEC61966-2.1",
                                    DestOutputProfile=profile)
        pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
        pdf.save(out)
    return out.getvalue()


def render_facturx(doc: InvoiceDocument) -> bytes:
    """The invoice PDF with its XML embedded and checked against the XSD (raises if it is not valid)."""
    kind = "Avoir" if doc.is_credit_note else "Facture"
    seller = doc.seller.get("legal_name") or ""
    metadata = {"author": seller, "keywords": f"Factur-X, {kind}, {doc.info.number}, {seller}",
                "title": f"{kind} {doc.info.number}",
                "subject": f"{kind} {doc.info.number} du {doc.info.issue_date:%d/%m/%Y} émise par {seller}"}
    data = facturx.generate_from_binary(render_pdf(doc), build_xml(doc), flavor="factur-x", level="en16931",
                                        check_xsd=True, pdf_metadata=metadata, lang="fr-FR")
    return _srgb_output_intent(data, metadata["keywords"])


def write_facturx(doc: InvoiceDocument, path: Path) -> Path:
    return write_file(path, render_facturx(doc))
