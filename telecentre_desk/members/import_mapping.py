"""Which column of a members' spreadsheet holds which field: guessed from the header, overridable.

A header is matched whole after ``header_key`` (case, accents and punctuation ignored), against the
French and English names below; ``Statut`` and the like are recognised (they help find the header row)
but never imported: an import does not change a member's status.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.spreadsheet import header_key

# The fields an import can fill, in the order the preview offers them.
FIELDS = ("number", "last_name", "first_name", "email", "phone", "category", "company_name", "siren", "address",
          "postcode", "city", "joined_on", "notes")

NAMES: dict[str, tuple[str, ...]] = {
    "number": ("N°", "No", "Num", "Numéro", "Numero adhérent", "N° adhérent", "No adhérent", "Numéro de membre",
               "N° de membre", "Number", "Member number", "Member no"),
    "last_name": ("Nom", "Nom de famille", "Nom d'usage", "Last name", "Lastname", "Surname", "Family name"),
    "first_name": ("Prénom", "Prenoms", "Prénoms", "First name", "Firstname", "Given name"),
    "email": ("E-mail", "Email", "Mail", "Courriel", "Adresse e-mail", "Adresse mail", "Adresse électronique",
              "Email address", "E-mail address"),
    "phone": ("Téléphone", "Tél", "Tel", "Portable", "Mobile", "Téléphone portable", "N° de téléphone", "Phone",
              "Phone number", "Telephone"),
    "category": ("Catégorie", "Categorie de membre", "Type de membre", "Profil", "Category"),
    "company_name": ("Société", "Entreprise", "Raison sociale", "Structure", "Organisme", "Company",
                     "Company name"),
    "siren": ("SIREN", "N° SIREN", "Numéro SIREN", "SIRET", "N° SIRET", "Numéro SIRET"),
    "address": ("Adresse", "Adresse postale", "Rue", "Address", "Street"),
    "postcode": ("Code postal", "CP", "Postcode", "Postal code", "Zip", "Zip code"),
    "city": ("Ville", "Commune", "Localité", "City", "Town"),
    "joined_on": ("Date d'adhésion", "Adhésion", "Date adhésion", "Date d'inscription", "Inscription",
                  "Membre depuis", "Date d'entrée", "Joined", "Joined on", "Member since"),
    "notes": ("Notes", "Note", "Remarques", "Remarque", "Commentaire", "Commentaires", "Observations", "Comments"),
}
# Known to find the header row, never imported.
IGNORED_NAMES = ("Statut", "Status", "État", "Formule", "Abonnement", "Plan")

_BY_KEY: dict[str, str] = {header_key(name): field for field, names in NAMES.items() for name in names}
_FIELD_WORDS: dict[str, str] = {**{f: f for f in FIELDS}, "company": "company_name", "joined": "joined_on",
                                "ignore": "", "-": "", "": ""}


def known_headers() -> list[str]:
    """Every column name the import knows (to find the separator and the header row)."""
    return [name for names in NAMES.values() for name in names] + list(IGNORED_NAMES)


def column_letter(index: int) -> str:
    """A, B, ... Z, AA, AB: how the spreadsheet names column ``index`` (from 0)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


def column_label(header: Sequence[str], index: int) -> str:
    """The column as the user named it, or its letter when its header cell is empty."""
    text = header[index] if index < len(header) else ""
    return text or _("column {letter}").format(letter=column_letter(index))


def guess_mapping(header: Sequence[str]) -> list[str | None]:
    """The field of each column (None: not imported); a field goes to the first column that names it."""
    mapping: list[str | None] = []
    for cell in header:
        field = _BY_KEY.get(header_key(cell))
        mapping.append(field if field not in mapping else None)
    return mapping


def parse_overrides(items: Sequence[str]) -> list[tuple[str, str]]:
    """``["Courriel perso=email,Tél=ignore"]`` -> [("Courriel perso", "email"), ("Tél", "ignore")].

    Raises:
        ValidationError: a pair without ``=``.
    """
    pairs = []
    for item in items:
        for part in item.split(","):
            if not part.strip():
                continue
            column, sep, field = part.rpartition("=")
            if not sep or not column.strip():
                raise ValidationError(_("--mapping: {value!r} is not COLUMN=FIELD").format(value=part.strip()),
                                      field="mapping")
            pairs.append((column.strip(), field.strip()))
    return pairs


def apply_overrides(header: Sequence[str], mapping: Sequence[str | None],
                    overrides: Sequence[tuple[str, str]]) -> list[str | None]:
    """The mapping with the user's choices: a column named by its header (any spelling) or its letter,
    a field by its name (``email``, ``last_name``...) or ``ignore``. A field given to a column is taken
    from the column that had it.

    Raises:
        ValidationError: a column or a field that does not exist.
    """
    result = list(mapping) + [None] * (len(header) - len(mapping))
    letters = {column_letter(i): i for i in range(len(header))}
    for column, field_word in overrides:
        index = next((i for i, h in enumerate(header) if header_key(h) == header_key(column) and h), None)
        if index is None:
            index = letters.get(column.upper())
        if index is None:
            raise ValidationError(_("--mapping: no column {column!r} in the file (columns: {columns})").format(
                column=column, columns=", ".join(column_label(header, i) for i in range(len(header)))),
                field="mapping")
        word = field_word.strip().lower()
        field = _FIELD_WORDS.get(word if word == "-" else word.replace("-", "_").replace(" ", "_"))
        if field is None:
            raise ValidationError(_("--mapping: {field!r} is not a member field (one of: {fields}, ignore)").format(
                field=field_word, fields=", ".join(FIELDS)), field="mapping")
        if field:
            result = [None if f == field else f for f in result]
        result[index] = field or None
    return result


def mapping_problems(header: Sequence[str], mapping: Sequence[str | None]) -> list[str]:
    """What makes a mapping unusable: nothing mapped, a field twice, no way to tell members apart."""
    mapped = [f for f in mapping if f]
    problems = []
    if not mapped:
        return [_("no column is a member field: choose the field of each column")]
    for field in dict.fromkeys(f for f in mapped if mapped.count(f) > 1):
        columns = [column_label(header, i) for i, f in enumerate(mapping) if f == field]
        problems.append(_("{field} comes from more than one column ({columns})").format(
            field=field, columns=", ".join(columns)))
    if not {"number", "email", "last_name"} & set(mapped):
        problems.append(_("no column for the number, the email or the last name: members cannot be told apart"))
    return problems
