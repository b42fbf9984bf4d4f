"""The information notice to post at the entrance and at the desk (RGPD art. 13), A4, in French.

Filled from the place's identity and its retention settings, so what the notice says is what the
app does (docs/rgpd.md is the record of processing it summarises).
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlmodel import Session

from telecentre_desk.common.private_files import write_private
from telecentre_desk.db.uow import dbapi
from telecentre_desk.places.service import local_place_row
from telecentre_desk.privacy import settings as privacy_settings

ACCENT = colors.Color(0.11, 0.37, 0.33)


def _rows(retention_months: int) -> list[tuple[str, str, str, str]]:
    return [
        ("Accès et présence (badge QR, accueil)", "Exécution du contrat d'adhésion",
         "numéro de membre, heures d'arrivée et de départ, poste occupé",
         f"passages bruts : {retention_months} mois ; présence par jour : le temps de facturer et de "
         "produire les statistiques annuelles"),
        ("Adhésion et relation avec les membres", "Exécution du contrat",
         "nom, prénom, coordonnées, catégorie, société, formule, badges",
         "pendant l'adhésion ; revue après une longue inactivité, puis effacement"),
        ("Facturation et paiements", "Obligation légale (Code de commerce L123-22)",
         "identité de l'acheteur figée sur la facture, montants, paiements", "10 ans, puis anonymisation"),
        ("Réservations de salles et de postes", "Exécution du contrat", "réservations, notes",
         "pendant l'adhésion"),
        ("Statistiques pour les financeurs", "Intérêt légitime (rendre compte de l'activité)",
         "chiffres agrégés, jamais nominatifs", "selon les conventions de financement"),
        ("Réseau des lieux (passages dans un autre lieu)", "Exécution du contrat",
         "prénom, initiale du nom, catégorie, statut, passages par jour", "comme ci-dessus, dans chaque lieu"),
    ]


def render(place_name: str, controller: str, contact: str, retention_months: int) -> bytes:
    base = getSampleStyleSheet()
    title = ParagraphStyle("t", parent=base["Title"], textColor=ACCENT, fontSize=20, spaceAfter=6)
    body = ParagraphStyle("b", parent=base["BodyText"], fontSize=10.5, leading=14)
    cell = ParagraphStyle("c", parent=base["BodyText"], fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=base["Heading2"], textColor=ACCENT, fontSize=13, spaceBefore=8)
    table = Table([[Paragraph(f"<b>{h}</b>", cell) for h in ("Traitement", "Base légale", "Données",
                                                            "Durée de conservation")]]
                  + [[Paragraph(escape(c), cell) for c in row] for row in _rows(retention_months)],
                  colWidths=[42 * mm, 35 * mm, 50 * mm, 47 * mm], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.94, 0.93)),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Vos données personnelles", title),
        Paragraph(escape(f"{place_name} utilise un logiciel d'accueil qui enregistre vos passages (badge QR) "
                         "pour gérer les accès, facturer vos formules et établir des statistiques anonymes. "
                         "Aucune photo ni donnée biométrique n'est prise à l'entrée."), body),
        Paragraph("Qui est responsable ?", head),
        Paragraph(escape(f"{controller}. Contact : {contact}."), body),
        Paragraph("Quoi, pourquoi, combien de temps ?", head),
        table,
        Paragraph("Qui y a accès ?", head),
        Paragraph("L'équipe d'accueil et de gestion du lieu ; le comptable et les autorités pour les factures ; "
                  "les autres lieux du réseau pour vos passages chez eux (prénom et initiale seulement). "
                  "Les financeurs ne reçoivent que des chiffres agrégés.", body),
        Paragraph("Vos droits", head),
        Paragraph(escape("Vous pouvez demander à l'accueil une copie de vos données (export complet), leur "
                         "rectification ou leur effacement (les factures émises restent conservées 10 ans, "
                         "comme la loi l'impose), et vous opposer à un traitement ou en demander la limitation. "
                         f"Écrivez à : {contact}. Si vous estimez vos droits non respectés, vous pouvez adresser "
                         "une réclamation à la CNIL (www.cnil.fr)."), body),
        Spacer(1, 4 * mm),
        Paragraph(escape(privacy_settings.CNIL_REFERENCE) + ".", cell),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=14 * mm, title="Vos données personnelles", author=controller).build(story)
    return buffer.getvalue()


def write_notice(session: Session, path: Path) -> Path:
    place = local_place_row(session)
    chosen = privacy_settings.load(dbapi(session), place.id)
    controller = ", ".join(filter(None, (place.legal_name or place.name, place.legal_form, place.address,
                                         " ".join(filter(None, (place.postcode, place.city))))))
    contact = place.email or "l'accueil du lieu"
    return write_private(Path(path), render(place.name, controller, contact, chosen.retention_months))
