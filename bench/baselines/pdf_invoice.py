"""Bare reportlab invoices, one A4 page each: the floor ``bench/invoice_month.py`` compares the app's month with.

An invoice is a Platypus story: a title and the invoice's references, the member's address, a ten-line table,
the totals, an EPC (SEPA transfer) QR code drawn as vector rectangles from segno's matrix, and a footer drawn
on the page. ``run_variant`` times, for ``args.batch`` invoices: one file each (``batch_s``), one document of
them all (``one_doc_s``) and the pypdf merge of the single files (``merge_s``).

Variants: ``ttf`` embeds a TrueType face (DejaVu Sans when the system has it, else reportlab's own Vera), as
the app does; ``base14`` uses Helvetica, not embedded.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from types import SimpleNamespace

import reportlab
import segno
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")
REPORTLAB_FONTS = Path(reportlab.__file__).parent / "fonts"
LINES = [("Poste nomade, journée", 18.0), ("Bureau fixe, mois", 290.0), ("Salle de réunion, heure", 25.0),
         ("Cabine téléphonique, heure", 6.0), ("Impressions, 100 pages", 8.0), ("Casier, mois", 15.0),
         ("Carte café, 10", 12.0), ("Domiciliation, mois", 20.0), ("Espace événement, demi-journée", 180.0),
         ("Parking, jour", 7.5)]
PEOPLE = ["Zoë Müller", "Jérôme Lefèvre", "Ana Peña", "Søren Åberg", "Łukasz Żak", "Chloé Dubois"]
VARIANTS = {"ttf", "base14"}


def register_ttf() -> tuple[str, str, str]:
    """Register an embeddable regular + bold pair once; (regular name, bold name, folder of the files)."""
    if (SYSTEM_FONTS / "DejaVuSans.ttf").exists():
        folder, faces = SYSTEM_FONTS, (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"))
    else:
        folder, faces = REPORTLAB_FONTS, (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"))
    for name, filename in faces:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    regular, bold = faces[0][0], faces[1][0]
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return regular, bold, str(folder)


class Styles:
    def __init__(self, font: str, bold: str) -> None:
        self.font, self.bold = font, bold
        self.body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)


class VectorQR(Flowable):
    """A QR code as one filled path: each run of dark modules of a row is one rectangle."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = segno.make(payload, error="m", boost_error=False).matrix
        self.size = size

    def wrap(self, *_avail: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        quiet = 4
        module = self.size / (len(self.matrix) + 2 * quiet)
        path = self.canv.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.size - (r + quiet + 1) * module
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect((start + quiet) * module, y, (c - start) * module, module)
        self.canv.drawPath(path, stroke=0, fill=1)


def invoice(n: int) -> dict:
    rng = random.Random(n)
    lines = [(label, rng.randint(1, 2) if price >= 100 else rng.randint(1, 20), price) for label, price in LINES]
    net = round(sum(q * p for _, q, p in lines), 2)
    vat = round(net * 0.2, 2)
    return {"number": f"FAC-2025-11-{n:05d}", "date": "30/11/2025", "member": f"M{n % 300 + 1:04d}",
            "name": PEOPLE[n % len(PEOPLE)], "street": f"{rng.randint(1, 199)} rue de la Gare",
            "city": f"{rng.randint(10000, 95999)} Florac", "lines": lines, "net": net, "vat": vat, "total": net + vat}


def money(value: float) -> str:
    return f"{value:,.2f} €".replace(",", " ").replace(".", ",")


def story(inv: dict, st: Styles) -> list:
    head = Table([[Paragraph("Télécentre", st.title),
                   Paragraph(f"<b>FACTURE</b><br/>{inv['number']}<br/>Date : {inv['date']}<br/>Membre : "
                             f"{inv['member']}", st.right)]], colWidths=[110 * mm, 60 * mm])
    address = Paragraph(f"<b>Facturé à</b><br/>{inv['name']}<br/>{inv['street']}<br/>{inv['city']}", st.body)
    rows = [["Désignation", "Qté", "Prix unitaire", "Montant"]]
    rows += [[label, str(q), money(p), money(q * p)] for label, q, p in inv["lines"]]
    table = Table(rows, colWidths=[90 * mm, 20 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.font, 9.5), ("FONT", (0, 0), (-1, 0), st.bold, 9.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4f6f")),
                               ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    totals = Table([["Total HT", money(inv["net"])], ["TVA 20 %", money(inv["vat"])],
                    ["Total TTC", money(inv["total"])]], colWidths=[40 * mm, 30 * mm], hAlign="RIGHT")
    totals.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.font, 9.5), ("FONT", (0, -1), (-1, -1), st.bold, 11),
                                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
    epc = "\n".join(["BCD", "002", "1", "SCT", "", "Telecentre", "FR7630006000011234567890189",
                     f"EUR{inv['total']:.2f}", "", "", inv["number"]])
    pay = Table([[VectorQR(epc, 32 * mm), Paragraph(f"Payer par virement SEPA : scannez avec votre banque.<br/>"
                                                    f"Référence : {inv['number']}", st.small)]],
                colWidths=[38 * mm, 132 * mm], hAlign="LEFT")
    return [head, Spacer(1, 10 * mm), address, Spacer(1, 10 * mm), table, Spacer(1, 5 * mm), totals,
            Spacer(1, 12 * mm), pay]


def build(target: str, invoices: list[dict], st: Styles) -> None:
    def page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(st.font, 7.5)
        canvas.drawString(20 * mm, 12 * mm, "Télécentre · 1 place du Marché, 48400 Florac · SIRET 123 456 789 00012")
        canvas.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
        canvas.restoreState()

    flow: list = []
    for inv in invoices:
        flow += ([PageBreak()] if flow else []) + story(inv, st)
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title="Facture")
    doc.build(flow, onFirstPage=page, onLaterPages=page)


def run_variant(variant: str, st: Styles, args: SimpleNamespace, workdir: Path) -> dict:
    """Timings of ``args.batch`` invoices (files, one document, pypdf merge); ``args.single`` timed alone first."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    invoices = [invoice(n) for n in range(args.batch)]
    single = []
    for inv in invoices[:max(1, args.single)]:
        start = time.perf_counter()
        build(str(workdir / "single.pdf"), [inv], st)
        single.append((time.perf_counter() - start) * 1000)
    files = [str(workdir / f"{inv['number']}.pdf") for inv in invoices]
    start = time.perf_counter()
    for inv, name in zip(invoices, files, strict=True):
        build(name, [inv], st)
    batch_s = time.perf_counter() - start
    one = workdir / "all_in_one.pdf"
    start = time.perf_counter()
    build(str(one), invoices, st)
    one_doc_s = time.perf_counter() - start
    merged = workdir / "merged.pdf"
    start = time.perf_counter()
    writer = PdfWriter()
    for name in files:
        writer.append(name)
    writer.write(str(merged))
    merge_s = time.perf_counter() - start
    if not len(PdfReader(str(one)).pages) == len(PdfReader(str(merged)).pages) == args.batch:
        raise RuntimeError("the baseline's invoices are not one page each")
    return {"single_ms": statistics.median(single), "batch_s": batch_s, "one_doc_s": one_doc_s, "merge_s": merge_s,
            "single_kb": Path(files[0]).stat().st_size / 1024, "one_doc_mb": one.stat().st_size / 2**20,
            "merged_mb": merged.stat().st_size / 2**20}
