"""The legal wording an invoice carries, shared by its PDF and its Factur-X XML so both say the same.

C. com. L441-9 (late penalties, the 40 € recovery indemnity, discount terms: business customers),
the 2026-2027 e-invoicing reform's new mentions (category of the operation: a coworking place sells
services; the VAT-on-debits option when the place chose it), and how an invoice paid at the desk was paid.
"""

from __future__ import annotations

PENALTIES = "Pénalités de retard : trois fois le taux d'intérêt légal, exigibles dès le lendemain de l'échéance."
RECOVERY = "Indemnité forfaitaire pour frais de recouvrement : 40 €."
NO_DISCOUNT = "Pas d'escompte pour paiement anticipé."
NO_RECOVERY_PRIVATE = "Pas d'indemnité forfaitaire de recouvrement : client non professionnel."
NO_PENALTIES_PRIVATE = "Pas de pénalités de retard contractuelles : client non professionnel."
OPERATION = "Prestation de services"  # catégorie de l'opération (CGI art. 242 nonies A, from the reform)
VAT_ON_DEBITS = "Option pour le paiement de la taxe d'après les débits"

# The payment means a customer used (French words for the PDF) and UNTDID 4461 codes for BT-81.
METHOD_WORDS = {"cash": "espèces", "card": "carte bancaire", "cheque": "chèque", "transfer": "virement",
                "debit": "prélèvement"}
METHOD_CODES = {"cash": "10", "cheque": "20", "transfer": "58", "card": "48", "debit": "49"}
TRANSFER = "58"  # SEPA credit transfer: what an unpaid invoice asks for when the place gave its IBAN


def paid_words(methods: tuple[str, ...]) -> str:
    return ", ".join(METHOD_WORDS.get(m, m) for m in methods)


def rcs_text(seller: dict) -> str | None:
    """"SCIC SAS à capital variable au capital de variable — RCS Mende 732 829 320", as C. com. R123-237 asks."""
    parts = []
    capital = seller.get("share_capital")
    if capital:
        parts.append(f"Capital social : {capital}" if not capital.lower().startswith("variable")
                     else "Capital variable")
    siren = (seller.get("siret") or "")[:9]
    if seller.get("rcs_city") and siren:
        parts.append(f"RCS {seller['rcs_city']} {siren[:3]} {siren[3:6]} {siren[6:]}")
    return " · ".join(parts) or None
