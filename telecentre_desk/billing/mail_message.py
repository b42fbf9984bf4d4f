"""The e-mail that carries an issued invoice: subject, a short French letter, the PDF attached.

French whatever the UI language, like the PDF itself: it goes to the place's customers. The PDF is
rendered when the message is built (an issued invoice is frozen, so the bytes are those of any
reprint); Factur-X by default, so that a business customer's software can read it.
"""

from __future__ import annotations

import datetime as dt
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from telecentre_desk.billing.document import InvoiceDocument
from telecentre_desk.billing.mail_settings import SmtpSettings
from telecentre_desk.common.money import format_eur


def kind_word(is_credit_note: bool) -> str:
    return "Avoir" if is_credit_note else "Facture"


def subject_for(number: str, place_name: str, *, is_credit_note: bool = False) -> str:
    return f"{kind_word(is_credit_note)} {number} — {place_name}"


def attachment_name(doc: InvoiceDocument) -> str:
    return f"{kind_word(doc.is_credit_note)}-{doc.info.number}.pdf"


def _greeting(doc: InvoiceDocument) -> str:
    name = str(doc.buyer.get("name") or "").strip()
    return f"Bonjour {name}," if name else "Bonjour,"


def body_for(doc: InvoiceDocument) -> str:
    info = doc.info
    seller = doc.seller
    taxed = doc.regime == "standard"
    amount = format_eur(info.total_incl_vat_cents) + (" TTC" if taxed else "")
    issued = f"{info.issue_date:%d/%m/%Y}" if info.issue_date else ""
    lines = [_greeting(doc), ""]
    if doc.is_credit_note:
        lines.append(f"Veuillez trouver ci-joint l'avoir {info.number} du {issued}, d'un montant de {amount}"
                     + (f", sur la facture {doc.credited_number}." if doc.credited_number else "."))
    else:
        lines.append(f"Veuillez trouver ci-joint la facture {info.number} du {issued}, d'un montant de {amount}.")
        if info.status == "paid":
            lines.append("Elle est déjà réglée : merci.")
        else:
            due = f" avant le {info.due_date:%d/%m/%Y}" if info.due_date else ""
            lines.append(f"Merci de la régler{due}.")
            if seller.get("iban"):
                bic = f" (BIC {seller['bic']})" if seller.get("bic") else ""
                lines.append(f"Par virement : IBAN {seller['iban']}{bic}, en indiquant le numéro de la facture.")
    lines += ["", "Pour toute question, répondez simplement à ce message.", "", "Bien cordialement,",
              str(seller.get("name") or seller.get("legal_name") or "")]
    address = " ".join(str(seller.get(k) or "") for k in ("address", "postcode", "city")).strip()
    for extra in (address, seller.get("phone")):
        if extra:
            lines.append(str(extra))
    return "\n".join(lines) + "\n"


def render_attachment(doc: InvoiceDocument, kind: str) -> bytes:
    # reportlab, lxml and pikepdf load only when a message is built.
    if kind == "pdf":
        from telecentre_desk.billing.pdf import render_pdf

        return render_pdf(doc)
    from telecentre_desk.billing.facturx import render_facturx

    return render_facturx(doc)


def build_message(doc: InvoiceDocument, *, settings: SmtpSettings, recipient: str, subject: str,
                  message_id: str, when: dt.datetime, pdf: bytes | None = None) -> EmailMessage:
    msg = EmailMessage()
    place_name = str(doc.seller.get("name") or "")
    msg["From"] = Address(display_name=place_name, addr_spec=settings.sender) if place_name else settings.sender
    msg["To"] = recipient
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    msg.set_content(body_for(doc))
    data = pdf if pdf is not None else render_attachment(doc, settings.attachment)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=attachment_name(doc))
    return msg


def build_test_message(settings: SmtpSettings, *, recipient: str, place_name: str, when: dt.datetime,
                       message_id: str) -> EmailMessage:
    """What "Send a test message" sends: proof that the server, the account and the sender work."""
    msg = EmailMessage()
    msg["From"] = Address(display_name=place_name, addr_spec=settings.sender) if place_name else settings.sender
    msg["To"] = recipient
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Subject"] = f"Message d'essai — {place_name}".strip(" —")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    msg.set_content("Bonjour,\n\nCe message d'essai montre que Télécentre Desk peut envoyer les factures "
                    f"de {place_name or 'votre lieu'} par courriel.\n")
    return msg
