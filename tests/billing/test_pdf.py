"""The invoice PDF: every mention French law wants, per VAT regime and kind of customer; fonts embedded."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from telecentre_desk.billing import corrections, drafts, issue
from telecentre_desk.billing.document import InvoiceDocument, load_document
from telecentre_desk.billing.month import Month
from telecentre_desk.billing.pdf import render_pdf
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places

TODAY = dt.date(2026, 11, 26)
EXEMPT = "Exonération de TVA, article 261-7-1° du CGI"


def issued(engine: Engine, *, regime: str = "standard", business: bool = False, also: str | None = None) -> list[str]:
    """November 2026 issued for the fixture's members under ``regime``; Marie (0001) a business if asked."""
    with unit_of_work(engine) as session:
        places.edit_place(session, vat_regime=regime, iban="FR7630006000011234567890189", bic="AGRIFRPP848",
                          vat_exemption_text=EXEMPT if regime == "exempt" else None)
        if business:
            members.edit_member(session, "1", company_name="Atelier Causse SARL", siren="732829320",
                                address="4 rue du Pêcher", postcode="48400", city="Florac-Trois-Rivières")
        if also:  # a second business customer, for the sample pages
            members.edit_member(session, also, company_name="Studio Cévennes", siren="552100554",
                                address="Le Bourg", postcode="48160", city="Le Collet-de-Dèze")
    with unit_of_work(engine) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(engine) as session:
        return issue.issue_month(session, dt.date(2026, 11, 1))


def document(engine: Engine, number: str) -> InvoiceDocument:
    with unit_of_work(engine) as session:
        return load_document(dbapi(session), number, today=TODAY)


def pdf_text(data: bytes) -> str:
    # Whitespace collapsed: table cells come out one per line, amounts hold no-break spaces.
    raw = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", raw)


def test_standard_business_invoice_carries_every_mention(billing: Engine) -> None:
    numbers = issued(billing, business=True)
    doc = document(billing, numbers[0])
    text = pdf_text(render_pdf(doc))
    for mention in ("FACTURE", "N° FLO-2026-0001", "Date d'émission : 26/11/2026", "SoLozère Florac",
                    "Association loi 1901", "2 place de l'Ancienne Gare, 48400 Florac", "SIRET 732 829 320 00074",
                    "N° TVA intracommunautaire FR40303265045", "Atelier Causse SARL", "SIREN 732829320",
                    "4 rue du Pêcher", "Période : du 01/11/2026 au 30/11/2026", "Échéance : 26/12/2026",
                    "Résident mois", "180,00 €", "Base HT TVA 20 %", "TVA 20 % 36,00 €", "Total TTC 216,00 €",
                    "trois fois le taux d'intérêt légal", "Indemnité forfaitaire pour frais de recouvrement : 40 €",
                    "IBAN FR76 3000 6000 0112 3456 7890 189", "BIC AGRIFRPP848"):
        assert mention in text, mention
    assert "293 B" not in text


def test_consumer_invoice_has_no_business_terms(billing: Engine) -> None:
    numbers = issued(billing)
    text = pdf_text(render_pdf(document(billing, numbers[0])))
    assert "Marie Test" in text and "Total TTC 216,00 €" in text
    assert "SIREN" not in text and "40 €" not in text and "Pénalités" not in text


def test_franchise_says_293_b_and_shows_no_vat_number(billing: Engine) -> None:
    numbers = issued(billing, regime="franchise", business=True)
    text = pdf_text(render_pdf(document(billing, numbers[0])))
    assert "TVA non applicable, article 293 B du CGI" in text
    assert "FR40303265045" not in text and "Base HT TVA" not in text
    assert "Net à payer 180,00 €" in text and "TTC" not in text
    assert "Indemnité forfaitaire pour frais de recouvrement : 40 €" in text


def test_exempt_prints_the_places_wording(billing: Engine) -> None:
    numbers = issued(billing, regime="exempt")
    text = pdf_text(render_pdf(document(billing, numbers[0])))
    assert EXEMPT in text and "293 B" not in text and "Net à payer 180,00 €" in text


def test_usage_note_of_a_monthly_invoice_is_printed(billing: Engine) -> None:
    numbers = issued(billing)
    chloe = next(n for n in numbers if document(billing, n).info.member_name.startswith("Chloé"))
    doc = document(billing, chloe)
    assert doc.info.note
    assert doc.info.note.split("\n")[0][:30] in pdf_text(render_pdf(doc))


def test_credit_note_says_avoir_and_names_the_original(billing: Engine) -> None:
    numbers = issued(billing)
    with unit_of_work(billing) as session:
        note = corrections.credit(session, numbers[0], reason="doublon", amount="60")
        number = note.number
    text = pdf_text(render_pdf(document(billing, number)))
    assert "AVOIR" in text and number in text
    assert "facture FLO-2026-0001 du 26/11/2026" in text and text.count("FLO-2026-0001 du") == 1
    assert "Montant de l'avoir TTC 60,00 €" in text and "Pénalités" not in text


def test_fonts_are_embedded_and_helvetica_never_used(billing: Engine) -> None:
    data = render_pdf(document(billing, issued(billing, business=True)[0]))
    fonts = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.append(font)
            assert "Helvetica" not in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert len(fonts) >= 2  # regular and bold
    assert b"Helvetica" not in data


def test_a_draft_has_no_pdf(billing: Engine) -> None:
    with unit_of_work(billing) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(billing) as session:
        uid = dbapi(session).execute("SELECT uid FROM invoice LIMIT 1").fetchone()[0]
    with pytest.raises(ValidationError, match="draft"):
        document(billing, uid)


def test_write_to_a_file(billing: Engine, tmp_path: Path) -> None:
    from telecentre_desk.billing.pdf import write_invoice_pdf

    out = write_invoice_pdf(document(billing, issued(billing)[0]), tmp_path / "f.pdf")
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("regime", "mention"), [("standard", "TVA 20"), ("franchise", "293 B du CGI"),
                                                 ("exempt", EXEMPT)])
def test_sample_pages(billing: Engine, tmp_path: Path, regime: str, mention: str) -> None:
    """One business invoice per regime; ``TD_INVOICE_SAMPLES=DIR`` also keeps them (the docs' screenshots)."""
    import os

    from pypdf import PdfReader

    numbers = issued(billing, regime=regime, business=True, also="5")
    chloe = next(n for n in numbers if document(billing, n).info.member_name.startswith("Chloé"))
    target = Path(os.environ.get("TD_INVOICE_SAMPLES") or tmp_path)
    out = target / f"invoice_{regime}.pdf"
    out.write_bytes(render_pdf(document(billing, chloe)))
    text = PdfReader(out).pages[0].extract_text()
    assert mention in text
    assert "Indemnité forfaitaire pour frais de recouvrement" in text  # a business customer
