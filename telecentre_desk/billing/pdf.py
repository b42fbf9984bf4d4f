"""An issued invoice or credit note as a one-document A4 PDF carrying every mention French law wants.

Printed text is French whatever the UI language: an invoice is a legal document for a French
administration (like the lines' wording, ``billing/month.py``). Fonts are embedded: Bitstream Vera,
which ships inside reportlab itself, so a fresh machine has it; it is also the canvas' initial font,
so Helvetica (not embeddable, forbidden in PDF/A) is never pulled in.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from telecentre_desk.billing.document import InvoiceDocument
from telecentre_desk.billing.mentions import (
    NO_DISCOUNT,
    OPERATION,
    PENALTIES,
    RECOVERY,
    VAT_ON_DEBITS,
    paid_words,
    rcs_text,
)
from telecentre_desk.common import private_files
from telecentre_desk.common.money import format_eur, format_rate

FONT, BOLD = "TDVera", "TDVera-Bold"
_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
INK = colors.HexColor("#1f3a4d")
PALE = colors.HexColor("#eef3f6")
FRANCHISE = "TVA non applicable, article 293 B du CGI"


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(_FONT_DIR / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(_FONT_DIR / "VeraBd.ttf")))
    # So that <b> in a Paragraph picks the embedded bold face, never Helvetica-Bold.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def eur(cents: int) -> str:
    # Vera has no narrow no-break space (U+202F): a plain no-break space keeps the digits together.
    return format_eur(cents).replace("\u202f", "\u00a0")


def day(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def qty(value: object) -> str:
    text = f"{value:f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text).replace(".", ",")


def text(value: object) -> str:
    """User text made safe for a Paragraph's mini-markup."""
    return escape(str(value or "")).replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9.5)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.seller = ParagraphStyle("seller", fontName=BOLD, fontSize=15, leading=18, textColor=INK)
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21, alignment=TA_RIGHT,
                                    textColor=INK)
        self.head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10, textColor=INK)


def _table(rows: list, widths: list[float], style: list, **kw: object) -> Table:
    """A Table whose cells all use the embedded font: reportlab sets a cell's font (Helvetica by default)
    even around Paragraphs, which would pull Helvetica into the PDF."""
    table = Table(rows, colWidths=widths, **kw)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *style]))
    return table


def _seller_block(doc: InvoiceDocument, st: _Styles) -> list:
    s = doc.seller
    rows = [f"{text(s.get('legal_name'))} — {text(s.get('legal_form'))}",
            f"{text(s.get('address'))}, {text(s.get('postcode'))} {text(s.get('city'))}",
            f"SIRET {text(_siret(s.get('siret')))}"]
    legal = rcs_text(s)
    if legal:
        rows.append(text(legal))
    if doc.regime == "standard" and s.get("vat_number"):
        rows.append(f"N° TVA intracommunautaire {text(s.get('vat_number'))}")
    contact = " · ".join(text(s[k]) for k in ("email", "phone") if s.get(k))
    if contact:
        rows.append(contact)
    return [Paragraph(text(s.get("name") or s.get("legal_name")), st.seller), Paragraph("<br/>".join(rows), st.body)]


def _siret(value: str | None) -> str:
    digits = value or ""
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}" if len(digits) == 14 else digits


def _facts(doc: InvoiceDocument, st: _Styles) -> list:
    info = doc.info
    title = "AVOIR" if doc.is_credit_note else "FACTURE"
    facts = [f"<b>N° {text(info.number)}</b>", f"Date d'émission : {day(info.issue_date)}"]
    if info.period_start and info.period_end:
        facts.append(f"Période : du {day(info.period_start)} au {day(info.period_end)}")
    if doc.paid_at_issue:
        facts.append(f"<b>Payée le {day(info.issue_date)} ({text(paid_words(doc.paid_methods))})</b>")
    elif not doc.is_credit_note and info.due_date:
        facts.append(f"Échéance : {day(info.due_date)}")
    facts.append(f"Client n° {text(info.member_number)}")
    return [Paragraph(title, st.title), Paragraph("<br/>".join(facts), st.right)]


def _buyer_block(doc: InvoiceDocument, st: _Styles) -> Paragraph:
    b = doc.buyer
    rows = ["<b>Client</b>" if doc.is_credit_note else "<b>Facturé à</b>"]
    if b.get("company"):
        rows.append(f"<b>{text(b['company'])}</b>")
        rows.append(f"à l'attention de {text(b.get('name'))}")
    else:
        rows.append(f"<b>{text(b.get('name'))}</b>")
    if b.get("address"):
        rows.append(text(b["address"]))
    if b.get("postcode") or b.get("city"):
        rows.append(f"{text(b.get('postcode'))} {text(b.get('city'))}".strip())
    if b.get("siren"):
        rows.append(f"SIREN {text(b['siren'])}")
    if b.get("vat_number"):
        rows.append(f"N° TVA {text(b['vat_number'])}")
    return Paragraph("<br/>".join(rows), st.body)


def _lines_table(doc: InvoiceDocument, st: _Styles) -> Table:
    with_vat = doc.regime == "standard"
    head = ["Désignation", "Qté", "Prix unitaire HT", *(["TVA"] if with_vat else []), "Montant HT"]
    rows: list[list] = [[Paragraph(h, st.head) for h in head]]
    for line in doc.info.lines:
        rows.append([Paragraph(text(line.description), st.body), qty(line.quantity), eur(line.unit_price_cents),
                     *([format_rate(line.vat_rate_bp)] if with_vat else []), eur(line.total_excl_vat_cents)])
    widths = [84 * mm, 14 * mm, 32 * mm, *([14 * mm] if with_vat else []), 26 * mm]
    if not with_vat:
        widths[0] += 14 * mm
    return _table(rows, widths, [
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8d3da")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ], repeatRows=1)


def _totals_table(doc: InvoiceDocument) -> Table:
    info = doc.info
    rows: list[list[str]] = [["Total HT", eur(info.total_excl_vat_cents)]]
    if doc.regime == "standard":
        nets, vats = doc.net_by_rate(), doc.vat_by_rate()
        for rate, net in nets.items():
            rows.append([f"Base HT TVA {format_rate(rate)}", eur(net)])
            rows.append([f"TVA {format_rate(rate)}", eur(vats[rate])])
        rows.append(["Total TVA", eur(info.vat_cents)])
        last = "Total TTC"
    else:
        last = "Net à payer"  # no VAT: a "TTC" total would suggest VAT was charged
    if doc.is_credit_note:
        last = f"Montant de l'avoir {'TTC' if doc.regime == 'standard' else ''}".strip()
    rows.append([last, eur(info.total_incl_vat_cents)])
    if doc.paid_at_issue:
        rows.append(["Déjà payé", eur(doc.prepaid_cents)])
        rows.append(["Reste à payer", eur(doc.due_cents)])
    return _table(rows, [46 * mm, 30 * mm], [
        ("FONT", (0, -1), (-1, -1), BOLD, 10.5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), PALE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        *([("FONT", (0, -3), (-1, -3), BOLD, 10.5)] if doc.paid_at_issue else []),
    ], hAlign="RIGHT")


def _mentions(doc: InvoiceDocument, st: _Styles) -> list:
    """The VAT mention, the note, payment details and, for businesses, the late-payment terms."""
    out: list = []
    if doc.regime == "franchise":
        out.append(Paragraph(f"<b>{FRANCHISE}</b>", st.body))
    elif doc.regime == "exempt":
        out.append(Paragraph(f"<b>{text(doc.seller.get('vat_exemption_text'))}</b>", st.body))
    # The note of a credit note (billing/corrections.py) already names the original: say it once.
    if doc.is_credit_note and doc.credited_number and doc.credited_number not in (doc.info.note or ""):
        out.append(Paragraph(f"Avoir se rapportant à la facture n° <b>{text(doc.credited_number)}</b> du "
                             f"{day(doc.credited_date)}.", st.body))
    if doc.info.note:
        out.append(Paragraph(text(doc.info.note), st.body))
    reform = [f"Catégorie de l'opération : {OPERATION}."]
    if doc.regime == "standard" and doc.seller.get("vat_on_debits"):
        reform.append(f"{VAT_ON_DEBITS}.")
    out.append(Paragraph(" ".join(reform), st.body))
    out.append(Spacer(1, 4 * mm))
    if doc.paid_at_issue:
        paid = (f"<b>Payée le {day(doc.info.issue_date)} ({text(paid_words(doc.paid_methods))})</b> : "
                f"{eur(doc.prepaid_cents)} reçus, reste à payer {eur(doc.due_cents)}.")
        out.append(Paragraph(paid, st.body))
    elif not doc.is_credit_note:
        terms = [f"<b>Conditions de paiement</b> : à réception, au plus tard le {day(doc.info.due_date)}. "
                 f"Référence à rappeler : {text(doc.info.number)}."]
        iban, bic = doc.seller.get("iban"), doc.seller.get("bic")
        if iban:
            terms.append(f"Virement : IBAN {text(_spaced(iban))}" + (f" · BIC {text(bic)}" if bic else ""))
        out.append(Paragraph("<br/>".join(terms), st.body))
    if not doc.is_credit_note and doc.business:
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(f"{PENALTIES}<br/>{RECOVERY}<br/>{NO_DISCOUNT}", st.small))
    return out


def _spaced(iban: str) -> str:
    compact = iban.replace(" ", "")
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def _story(doc: InvoiceDocument) -> list:
    st = _Styles()
    header = _table([[_seller_block(doc, st), _facts(doc, st)]], [105 * mm, 65 * mm],
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    buyer = _table([["", _buyer_block(doc, st)]], [95 * mm, 75 * mm],
                   [("BOX", (1, 0), (1, 0), 0.5, colors.HexColor("#9fb1bd")), ("LEFTPADDING", (1, 0), (1, 0), 8),
                    ("TOPPADDING", (1, 0), (1, 0), 6), ("BOTTOMPADDING", (1, 0), (1, 0), 8)])
    return [header, Spacer(1, 8 * mm), buyer, Spacer(1, 10 * mm), _lines_table(doc, st), Spacer(1, 5 * mm),
            _totals_table(doc), Spacer(1, 8 * mm), *_mentions(doc, st)]


def _footer(doc: InvoiceDocument):
    s = doc.seller
    legal = (f"{s.get('legal_name') or ''} · {s.get('legal_form') or ''} · {s.get('address') or ''}, "
             f"{s.get('postcode') or ''} {s.get('city') or ''}")
    ids = f"SIRET {_siret(s.get('siret'))}"
    if doc.regime == "standard" and s.get("vat_number"):
        ids += f" · N° TVA {s['vat_number']}"

    def draw(canvas, template) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#5a6b76"))
        canvas.setStrokeColor(colors.HexColor("#c8d3da"))
        canvas.line(20 * mm, 17 * mm, 190 * mm, 17 * mm)
        canvas.drawCentredString(105 * mm, 13 * mm, legal)
        canvas.drawCentredString(105 * mm, 9.5 * mm, f"{ids} · {doc.info.number} · page {template.page}")
        canvas.restoreState()
    return draw


def render_pdf(doc: InvoiceDocument) -> bytes:
    register_fonts()
    out = io.BytesIO()
    kind = "Avoir" if doc.is_credit_note else "Facture"
    template = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                 bottomMargin=22 * mm, title=f"{kind} {doc.info.number}",
                                 author=str(doc.seller.get("legal_name") or ""), lang="fr-FR",
                                 initialFontName=FONT, creator="Télécentre Desk")
    footer = _footer(doc)
    template.build(_story(doc), onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def write_file(path: Path, data: bytes) -> Path:
    """An invoice holds the buyer's identity: 0600, through an exclusive temporary file then renamed, so a
    full disk or a crash never leaves half an invoice under its name (``common/private_files.save``)."""
    return private_files.save(Path(path), data)


def write_invoice_pdf(doc: InvoiceDocument, path: Path) -> Path:
    return write_file(path, render_pdf(doc))
