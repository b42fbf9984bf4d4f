"""Member categories in French words (spreadsheets, funders' reports) and back from what people type.

The window translates its own labels with Qt (ui/members/labels.py); files for French Excel and
reports for French funders are French whatever the desk's language, so their words live here.
"""

from __future__ import annotations

from telecentre_desk.common.enums import MemberCategory
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.text import fold

FRENCH_LABELS: dict[str, str] = {
    MemberCategory.FREELANCER.value: "Indépendant",
    MemberCategory.EMPLOYEE.value: "Salarié en télétravail",
    MemberCategory.JOBSEEKER.value: "Demandeur d'emploi",
    MemberCategory.STUDENT.value: "Étudiant",
    MemberCategory.ASSOCIATION.value: "Association",
    MemberCategory.COMPANY.value: "Entreprise",
    MemberCategory.OTHER.value: "Autre",
}

# Other words met in members' spreadsheets (feminine forms, English labels, common synonyms).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    MemberCategory.FREELANCER.value: ("independante", "freelance", "auto entrepreneur", "autoentrepreneur",
                                      "micro entrepreneur", "travailleur independant", "travailleuse independante"),
    MemberCategory.EMPLOYEE.value: ("salarie", "salariee", "salariee en teletravail", "teletravailleur",
                                    "teletravailleuse", "remote employee", "employee"),
    MemberCategory.JOBSEEKER.value: ("demandeuse d emploi", "demandeur d emploi", "chomeur", "chomeuse",
                                     "en recherche d emploi", "jobseeker", "job seeker"),
    MemberCategory.STUDENT.value: ("etudiante", "student"),
    MemberCategory.ASSOCIATION.value: ("asso",),
    MemberCategory.COMPANY.value: ("societe", "company"),
    MemberCategory.OTHER.value: ("other",),
}


def _key(text: str) -> str:
    plain = fold(text.replace("’", "'"))
    return " ".join(plain.replace("'", " ").replace("-", " ").split())


_BY_KEY: dict[str, str] = {}
for _code, _label in FRENCH_LABELS.items():
    for _word in (_code, _label, *_SYNONYMS.get(_code, ())):
        _BY_KEY[_key(_word)] = _code


def french_label(code: str) -> str:
    """The category in French; an unknown code (from a newer place) as is."""
    return FRENCH_LABELS.get(code, code)


def parse_category(text: str, *, field: str = "category") -> str:
    """The category code for a word in French or English, with or without accents (``Demandeur d'emploi``).

    Raises:
        ValidationError: a word that names no category; the message lists the French words.
    """
    code = _BY_KEY.get(_key(text))
    if code is None:
        raise ValidationError(_("{field}: {value!r} is not a category (one of: {choices})").format(
            field=field, value=text, choices=", ".join(FRENCH_LABELS.values())), field=field)
    return code
