"""The right-of-access export as a PDF a member can read: French, section by section, 0600."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from telecentre_desk.common import clock
from telecentre_desk.common.money import format_eur
from telecentre_desk.common.private_files import save
from telecentre_desk.members.categories import FRENCH_LABELS

ACCENT = colors.Color(0.11, 0.37, 0.33)
VISITS_SHOWN = 400  # the JSON has them all; the PDF stays readable

_IDENTITY_LABELS = (("number", "Numéro"), ("last_name", "Nom"), ("first_name", "Prénom"), ("email", "E-mail"),
                    ("phone", "Téléphone"), ("category", "Catégorie"), ("company_name", "Société"),
                    ("siren", "SIREN"), ("address", "Adresse"), ("postcode", "Code postal"), ("city", "Ville"),
                    ("status", "Statut"), ("joined_on", "Inscrit le"), ("notes", "Notes"), ("id", "Identifiant"))
_STATUS = {"active": "actif", "inactive": "inactif", "erased": "données effacées", "revoked": "révoqué",
           "superseded": "remplacé", "draft": "brouillon", "issued": "émise", "confirmed": "confirmée",
           "cancelled": "annulée", "in": "arrivée", "out": "départ", "sent": "envoyé", "queued": "en attente",
           "failed": "échec", "invoice": "facture", "credit_note": "avoir"}


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {"title": ParagraphStyle("t", parent=base["Title"], textColor=ACCENT, fontSize=17, spaceAfter=4),
            "h2": ParagraphStyle("h", parent=base["Heading2"], textColor=ACCENT, fontSize=12, spaceBefore=10),
            "body": ParagraphStyle("b", parent=base["BodyText"], fontSize=9, leading=12),
            "cell": ParagraphStyle("c", parent=base["BodyText"], fontSize=7.5, leading=9),
            "small": ParagraphStyle("s", parent=base["BodyText"], fontSize=8, leading=10, textColor=colors.grey)}


_ZONE = {"tz": clock.zone("Europe/Paris")}  # set by render_pdf to the place's zone


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and value in _STATUS:
        return _STATUS[value]
    text = str(value).replace("\u202f", "\u00a0")  # Helvetica has no narrow no-break space
    if len(text) >= 19 and text[4] == "-" and text[10] in " T":  # a UTC instant: the place's local time
        try:
            local = clock.ts_parse(text[:26].replace("T", " ").split("+")[0]).astimezone(_ZONE["tz"])
        except ValueError:
            return text
        return f"{local:%d/%m/%Y %H:%M}"
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    return text


def _table(headers: list[str], rows: list[list[Any]], styles: dict, widths: list[float]) -> Table:
    cell = styles["cell"]
    data = [[Paragraph(f"<b>{escape(h)}</b>", cell) for h in headers]]
    data += [[Paragraph(escape(_text(v)), cell) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.94, 0.93)),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _section(story: list, title: str, headers: list[str], rows: list[list[Any]], styles: dict,
             widths: list[float], *, empty: str = "Aucune donnée.") -> None:
    story.append(Paragraph(escape(title), styles["h2"]))
    if rows:
        story.append(_table(headers, rows, styles, widths))
    else:
        story.append(Paragraph(empty, styles["body"]))


def render_pdf(data: dict[str, Any]) -> bytes:
    styles = _styles()
    ident = dict(data["identity"])
    ident["category"] = FRENCH_LABELS.get(ident.get("category"), ident.get("category"))
    controller = data["controller"]
    _ZONE["tz"] = clock.zone(controller.get("timezone") or "Europe/Paris")
    story: list = [
        Paragraph("Vos données personnelles", styles["title"]),
        Paragraph(escape(f"Droit d'accès (article 15 du RGPD) — {controller['name']}, "
                         f"export du {_text(data['exported_at'])}"), styles["body"]),
        Paragraph("Ce document reprend tout ce que le lieu conserve à votre sujet. Le même contenu existe "
                  "au format JSON pour une machine. Pour rectifier ou effacer vos données, adressez-vous à "
                  f"l'accueil{' ou à ' + escape(controller['email']) if controller.get('email') else ''}.",
                  styles["body"]),
        Spacer(1, 4 * mm),
    ]
    _section(story, "Identité et coordonnées", ["Donnée", "Valeur"],
             [[label, ident.get(key)] for key, label in _IDENTITY_LABELS], styles, [40, 130])
    _section(story, "Formules", ["Formule", "Du", "Au", "Demi-journées restantes"],
             [[f"{s['plan_name']} ({s['plan_code']})", s["start_date"], s["end_date"] or "en cours",
               s["remaining_half_days"]] for s in data["subscriptions"]], styles, [80, 30, 30, 30])
    _section(story, "Badges", ["N° de série", "Statut", "Émis le", "Révoqué le"],
             [[b["serial"], b["status"], b["issued_at"], b["revoked_at"]] for b in data["badges"]], styles,
             [30, 40, 50, 50])
    story.append(Paragraph("Le code du badge n'est jamais conservé : seule une empreinte (SHA-256) permet de le "
                           "vérifier.", styles["small"]))
    visits = data["visits"]
    _section(story, f"Passages ({len(visits)})", ["Date et heure", "Sens", "Source", "Lieu", "Poste"],
             [[v["ts"], v["direction"], v["source"], v["place"], v["desk"]] for v in visits[-VISITS_SHOWN:]],
             styles, [50, 25, 30, 25, 40])
    if len(visits) > VISITS_SHOWN:
        story.append(Paragraph(f"Les {VISITS_SHOWN} derniers passages sont listés ; le fichier JSON les contient "
                               "tous.", styles["small"]))
    _section(story, "Présence par jour", ["Jour", "Arrivées", "Minutes"],
             [[d["day"], d["visits"], d["minutes"]] for d in data["presence_days"][-VISITS_SHOWN:]], styles,
             [40, 30, 30])
    retention = data.get("retention") or {}
    story.append(Paragraph(
        f"Les passages de plus de {retention.get('raw_scans_kept_months', 3)} mois sont effacés. La présence par "
        "jour des mois facturés et réglés entre les lieux est remplacée par des comptes anonymes (par jour, heure "
        "et catégorie) : elle n'est plus conservée à votre nom et n'apparaît donc pas ici"
        + (f" (mois concernés : {escape(', '.join(retention['presence_aggregated_months']))})."
           if retention.get("presence_aggregated_months") else "."), styles["small"]))
    _section(story, "Passages dans les autres lieux du réseau", ["Lieu", "Jour", "Arrivées", "Minutes"],
             [[d["place_code"], d["day"], d["visits"], d["minutes"]] for d in data["network_days"]], styles,
             [30, 40, 30, 30])
    _section(story, "Réservations", ["Début", "Fin", "Salle", "Poste", "Statut", "Note"],
             [[b["starts_at"], b["ends_at"], b["space"], b["desk"], b["status"], b["note"]] for b in data["bookings"]],
             styles, [32, 32, 32, 22, 22, 30])
    _section(story, "Factures et avoirs", ["Numéro", "Type", "Statut", "Date", "Période", "Total TTC"],
             [[i["number"] or "brouillon", i["kind"], i["status"], i["issue_date"],
               f"{_text(i['period_start'])} – {_text(i['period_end'])}", format_eur(i["total_incl_vat_cents"])]
              for i in data["invoices"]], styles, [32, 20, 20, 25, 45, 28])
    _section(story, "Paiements", ["Date", "Montant", "Moyen", "Référence", "Facture"],
             [[p["paid_on"], format_eur(p["amount_cents"]), p["method"], p["reference"], p["invoice"]]
              for p in data["payments"]], styles, [25, 28, 25, 55, 35])
    _section(story, "Factures envoyées par e-mail", ["Destinataire", "Objet", "Statut", "Envoyé le"],
             [[e["recipient"], e["subject"], e["status"], e["sent_at"]] for e in data["emails"]], styles,
             [45, 70, 20, 35])
    _section(story, "Journal des opérations vous concernant", ["Date", "Par", "Opération", "Détails"],
             [[a["at"], a["actor"], a["action"], ", ".join(f"{k}: {v}" for k, v in a["details"].items())]
              for a in data["audit"]], styles, [32, 22, 35, 81])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title="Vos données personnelles", author=controller["name"])
    doc.build(story)
    return buffer.getvalue()


def write_pdf(data: dict[str, Any], path: Path) -> Path:
    return save(Path(path), render_pdf(data))
