"""The core's messages in French or English: the language choice, real messages, placeholders that survive."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common import clock, i18n, money, validation
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.places import opening_hours

NB = "\u00a0"  # French: a no-break space before a colon and inside « »


@pytest.mark.parametrize(("environ", "system", "expected"), [
    ({}, "C", "en"),
    ({"LANG": "fr_FR.UTF-8"}, "C", "fr"),
    ({"LANG": "fr_CA.UTF-8"}, "C", "fr"),
    ({"LANG": "en_GB.UTF-8"}, "fr_FR", "en"),
    ({"LANG": "frr_DE.UTF-8"}, "C", "en"),  # North Frisian is not French
    ({"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "C", "en"),  # LC_ALL wins
    ({"LC_MESSAGES": "fr_BE.UTF-8", "LANG": "de_DE.UTF-8"}, "C", "fr"),
    ({"LC_ALL": "", "LANG": "fr_FR@euro"}, "C", "fr"),  # an empty variable counts as unset
    ({}, "French_France", "fr"),  # Windows sets no variable: the process locale decides
    ({"TELECENTRE_DESK_LANG": "fr", "LANG": "en_US.UTF-8"}, "C", "fr"),
    ({"TELECENTRE_DESK_LANG": " EN ", "LANG": "fr_FR.UTF-8"}, "C", "en"),
    ({"TELECENTRE_DESK_LANG": "klingon", "LANG": "fr_FR.UTF-8"}, "C", "fr"),
])
def test_the_cli_language_follows_the_environment(environ: dict[str, str], system: str, expected: str) -> None:
    assert i18n.language_from_environ(environ, system_locale=system) == expected


def test_set_language_returns_the_previous_one_and_refuses_unknown_ones() -> None:
    assert i18n.set_language("fr") == "en"
    assert i18n.current_language() == "fr"
    assert i18n.set_language("en") == "fr"
    with pytest.raises(ValueError, match="de"):
        i18n.set_language("de")
    assert i18n.current_language() == "en"


def test_the_catalogue_is_a_package_resource() -> None:
    assert i18n.catalogue("fr").gettext("wrong check digit") == "clé de contrôle erronée"


def test_a_bad_siren_in_french_and_in_english() -> None:
    with pytest.raises(ValidationError) as english:
        validation.siren("123456789")
    assert english.value.message == "siren: '123456789' is not a valid SIREN (wrong check digit)"
    i18n.set_language("fr")
    with pytest.raises(ValidationError) as french:
        validation.siren("123456789")
    assert french.value.message == f"siren{NB}: «{NB}123456789{NB}» n’est pas un SIREN valide (clé de contrôle erronée)"
    assert french.value.field == "siren"  # the window places the message by this key, in any language


@pytest.mark.parametrize(("fn", "value", "english", "french"), [
    (validation.siren, "12345678", "(9 digits expected)", "(9 chiffres attendus)"),
    (validation.siret, "7328293200007A", "(digits only)", "(chiffres uniquement)"),
    (validation.vat_number, "FR41303265045", "(wrong check digit)", "(clé de contrôle erronée)"),
    (validation.iban, "ZZ6630006000011234567890189", "(unknown country code)", "(code pays inconnu)"),
    (validation.bic, "AGRI", "(8 or 11 characters expected)", "(8 ou 11 caractères attendus)"),
    (validation.iban, "FR7630006000011234567890188", "(wrong check digit)", "(clé de contrôle erronée)"),
    (validation.email, "marie.dupont.example.fr", "(the @ is missing)", "(il manque l’arobase)"),
    (validation.email, "marie dupont@example.fr", "(no spaces allowed)", "(pas d’espace dans une adresse)"),
])
def test_our_own_short_reasons_replace_the_libraries_english(fn, value: str, english: str, french: str) -> None:
    with pytest.raises(ValidationError) as err:
        fn(value)
    assert err.value.message.endswith(english)
    i18n.set_language("fr")
    with pytest.raises(ValidationError) as err:
        fn(value)
    assert err.value.message.endswith(french)


def test_an_email_without_a_clear_reason_gets_none() -> None:
    i18n.set_language("fr")
    with pytest.raises(ValidationError) as err:
        validation.email("marie@example..fr")
    assert err.value.message == f"email{NB}: «{NB}marie@example..fr{NB}» n’est pas une adresse e-mail valide"


def test_french_amounts_dates_and_hours() -> None:
    i18n.set_language("fr")
    with pytest.raises(ValidationError) as err:
        money.parse_amount("douze", field="price")
    assert err.value.message == (f"price{NB}: «{NB}douze{NB}» n’est pas un montant en euros "
                                 "(écrivez 12,50 ou 12.50)")
    with pytest.raises(ValidationError) as err:
        clock.parse_date("31/02/2026", field="start")
    assert "n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)" in err.value.message
    with pytest.raises(ValidationError) as err:
        opening_hours.parse("lun-ven 08:00-12:00,11:00-18:00")
    assert err.value.message == (f"horaires «{NB}lun-ven 08:00-12:00,11:00-18:00{NB}»{NB}: deux plages se chevauchent "
                                 f"le lundi (écrivez par exemple «{NB}lun-ven 08:00-19:00; sam 09:00-12:30{NB}»)")


def test_plural_forms_follow_french_rules() -> None:
    singular = "the upgrade would break {count} reference; nothing was changed"
    plural = "the upgrade would break {count} references; nothing was changed"
    i18n.set_language("fr")
    # French: 0 and 1 take the singular.
    assert [i18n.ngettext(singular, plural, n).format(count=n).split(" ;")[0].split("\u202f;")[0]
            for n in (0, 1, 2)] == ["la mise à jour casserait 0 référence", "la mise à jour casserait 1 référence",
                                    "la mise à jour casserait 2 références"]
    i18n.set_language("en")
    assert i18n.ngettext(singular, plural, 0).format(count=0).startswith("the upgrade would break 0 references")


# Values without braces or quotes, so that finding one in a message proves its placeholder was filled.
_VALUES = st.text(alphabet=string.ascii_letters + string.digits + "éèàçÉ-_./ ", min_size=1, max_size=20).filter(
    lambda text: text.strip() == text)
_REFUSING = ((validation.place_code, "code"), (validation.plan_code, "code"), (clock.parse_date, "date"),
             (money.parse_rate, "vat_rate"), (money.parse_amount, "amount"))


def _refusal(fn, value: str) -> ValidationError | None:
    try:
        fn(value)
    except ValidationError as err:
        return err
    return None  # some random values are valid (a rate of "5", a code "AB")


@given(value=_VALUES, language=st.sampled_from(i18n.LANGUAGES))
def test_placeholders_survive_translation_in_real_messages(value: str, language: str) -> None:
    i18n.set_language(language)
    for fn, field in _REFUSING:
        err = _refusal(fn, value)
        if err is not None:
            assert value in err.message
            assert err.message.startswith(field)
            assert err.field == field
            assert "{" not in err.message
