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
from telecentre_desk.billing.pdf import FRANCHISE, render_pdf, write_file

NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}
EN16931 = "urn:cen.eu:en16931:2017"
TYPE_CODE = {"invoice": "380", "credit_note": "381"}  # UNTDID 1001: commercial invoice, credit note
SIRENE = "0002"  # ISO 6523 scheme of SIREN numbers


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
           postcode: str | None, city: str | None, vat_number: str | None = None) -> None:
    party = _el(parent, tag)
    _el(party, "ram:Name", name)
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
    if vat_number:
        _el(_el(party, "ram:SpecifiedTaxRegistration"), "ram:ID", vat_number, schemeID="VA")


def _line(parent: etree._Element, doc: InvoiceDocument, line) -> None:
    item = _el(parent, "ram:IncludedSupplyChainTradeLineItem")
    _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.position))
    _el(_el(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)
    price = _el(_el(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
    _el(price, "ram:ChargeAmount", _amount(line.unit_price_cents))
    _el(_el(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", f"{line.quantity:.3f}", unitCode="C62")
    settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
    tax = _el(settlement, "ram:ApplicableTradeTax")
    _el(tax, "ram:TypeCode", "VAT")
    _el(tax, "ram:CategoryCode", _category(doc, line.vat_rate_bp)[0])
    _el(tax, "ram:RateApplicablePercent", _rate(line.vat_rate_bp))
    summation = _el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _el(summation, "ram:LineTotalAmount", _amount(line.total_excl_vat_cents))


def _settlement(trade: etree._Element, doc: InvoiceDocument) -> None:
    info, seller = doc.info, doc.seller
    settlement = _el(trade, "ram:ApplicableHeaderTradeSettlement")
    _el(settlement, "ram:PaymentReference", info.number)
    _el(settlement, "ram:InvoiceCurrencyCode", "EUR")
    if seller.get("iban") and not doc.is_credit_note:
        means = _el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _el(means, "ram:TypeCode", "58")  # SEPA credit transfer
        _el(_el(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID", seller["iban"].replace(" ", ""))
        if seller.get("bic"):
            _el(_el(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", seller["bic"])
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
        _el(terms, "ram:Description", "Paiement à réception, au plus tard à l'échéance" + (
            ". Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de "
            "recouvrement : 40 €" if doc.business else ""))
        _date(terms, "ram:DueDateDateTime", info.due_date)
    total = _el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(total, "ram:LineTotalAmount", _amount(info.total_excl_vat_cents))
    _el(total, "ram:TaxBasisTotalAmount", _amount(info.total_excl_vat_cents))
    _el(total, "ram:TaxTotalAmount", _amount(info.vat_cents), currencyID="EUR")
    _el(total, "ram:GrandTotalAmount", _amount(info.total_incl_vat_cents))
    _el(total, "ram:DuePayableAmount", _amount(info.total_incl_vat_cents))
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
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", EN16931)
    header = _el(root, "rsm:ExchangedDocument")
    _el(header, "ram:ID", info.number)
    _el(header, "ram:TypeCode", TYPE_CODE[info.kind])
    _date(header, "ram:IssueDateTime", info.issue_date)
    if info.note:
        _el(_el(header, "ram:IncludedNote"), "ram:Content", info.note)
    trade = _el(root, "rsm:SupplyChainTradeTransaction")
    for line in info.lines:
        _line(trade, doc, line)
    agreement = _el(trade, "ram:ApplicableHeaderTradeAgreement")
    siren = (seller.get("siret") or "")[:9]  # a SIRET is the SIREN and the establishment's 5 digits
    _party(agreement, "ram:SellerTradeParty", name=seller.get("legal_name") or "", siren=siren,
           address=seller.get("address"), postcode=seller.get("postcode"), city=seller.get("city"),
           vat_number=seller.get("vat_number"))
    _party(agreement, "ram:BuyerTradeParty", name=buyer.get("company") or buyer.get("name") or "",
           siren=buyer.get("siren"), address=buyer.get("address"), postcode=buyer.get("postcode"),
           city=buyer.get("city"))
    _el(trade, "ram:ApplicableHeaderTradeDelivery")
    _settlement(trade, doc)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _srgb_output_intent(data: bytes) -> bytes:
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
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
    metadata = {"author": seller, "keywords": "Factur-X, facture", "title": f"{kind} {doc.info.number}",
                "subject": f"{kind} {doc.info.number} du {doc.info.issue_date:%d/%m/%Y} émise par {seller}"}
    data = facturx.generate_from_binary(render_pdf(doc), build_xml(doc), flavor="factur-x", level="en16931",
                                        check_xsd=True, pdf_metadata=metadata, lang="fr-FR")
    return _srgb_output_intent(data)


def write_facturx(doc: InvoiceDocument, path: Path) -> Path:
    return write_file(path, render_facturx(doc))
