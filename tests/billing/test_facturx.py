"""Factur-X: our CII XML passes the factur-x package's XSD check, its totals are the invoice's, PDF/A-3 parts."""

from __future__ import annotations

import io
from decimal import Decimal

import facturx
import pikepdf
import pytest
from lxml import etree
from sqlalchemy import Engine

from telecentre_desk.billing import corrections
from telecentre_desk.billing.facturx import NS, build_xml, render_facturx
from telecentre_desk.db.uow import unit_of_work

from .test_pdf import document, issued


def _xml_of(pdf: bytes) -> etree._Element:
    name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    assert name == "factur-x.xml"
    return etree.fromstring(xml)


def _text(root: etree._Element, path: str) -> list[str]:
    return [node.text for node in root.iterfind(path, NS)]


SUM = ".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"


@pytest.mark.parametrize(("regime", "category", "code"), [("standard", "S", None),
                                                          ("franchise", "E", "VATEX-FR-FRANCHISE"),
                                                          ("exempt", "E", "VATEX-EU-132")])
def test_xml_passes_the_xsd_and_matches_the_invoice(billing: Engine, regime: str, category: str,
                                                    code: str | None) -> None:
    for number in issued(billing, regime=regime, business=True):
        doc = document(billing, number)
        xml = build_xml(doc)
        assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
        assert facturx.get_level(etree.fromstring(xml)) == "en16931"
        root = etree.fromstring(xml)
        info = doc.info
        assert _text(root, "rsm:ExchangedDocument/ram:ID") == [number]
        assert _text(root, "rsm:ExchangedDocument/ram:TypeCode") == ["380"]
        money = {tag: Decimal(_text(root, SUM + tag)[0]) for tag in
                 ("LineTotalAmount", "TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount", "DuePayableAmount")}
        assert money["LineTotalAmount"] == money["TaxBasisTotalAmount"] == Decimal(info.total_excl_vat_cents) / 100
        assert money["TaxTotalAmount"] == Decimal(info.vat_cents) / 100
        assert money["GrandTotalAmount"] == money["DuePayableAmount"] == Decimal(info.total_incl_vat_cents) / 100
        lines = sum(Decimal(t) for t in _text(root, ".//ram:SpecifiedTradeSettlementLineMonetarySummation/"
                                                    "ram:LineTotalAmount"))
        assert lines == money["LineTotalAmount"]
        taxes = root.findall(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", NS)
        assert [t.findtext("ram:CategoryCode", namespaces=NS) for t in taxes] == [category] * len(taxes)
        assert [t.findtext("ram:ExemptionReasonCode", namespaces=NS) for t in taxes] == [code] * len(taxes)
        assert sum(Decimal(t.findtext("ram:CalculatedAmount", namespaces=NS)) for t in taxes) == \
            money["TaxTotalAmount"]
        if regime == "standard":
            assert _text(root, ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/"
                               "ram:RateApplicablePercent") == ["20.00"]


def test_business_buyer_siren_and_seller_ids(billing: Engine) -> None:
    root = etree.fromstring(build_xml(document(billing, issued(billing, business=True)[0])))
    assert _text(root, ".//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID") == ["732829320"]
    assert _text(root, ".//ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID") == ["732829320"]
    assert _text(root, ".//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID") == ["FR40303265045"]
    assert _text(root, ".//ram:IBANID") == ["FR7630006000011234567890189"]


def test_credit_note_is_381_and_refers_to_the_invoice(billing: Engine) -> None:
    numbers = issued(billing)
    with unit_of_work(billing) as session:
        number = corrections.credit(session, numbers[0], reason="doublon").number
    pdf = render_facturx(document(billing, number))
    root = _xml_of(pdf)
    assert _text(root, "rsm:ExchangedDocument/ram:TypeCode") == ["381"]
    assert _text(root, ".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == [numbers[0]]
    assert _text(root, SUM + "GrandTotalAmount") == ["216.00"]


def test_the_pdf_is_pdfa3_with_output_intent_xmp_and_embedded_fonts(billing: Engine) -> None:
    pdf = render_facturx(document(billing, issued(billing, regime="franchise", business=True)[0]))
    root = _xml_of(pdf)
    assert _text(root, SUM + "TaxTotalAmount") == ["0.00"]
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        [intent] = doc.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and len(intent.DestOutputProfile.read_bytes()) > 0
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
        assert "factur-x.xml" in doc.attachments
        for font in doc.pages[0].Resources.Font.values():
            assert "Helvetica" not in str(font.BaseFont)
    assert b"Helvetica" not in pdf
