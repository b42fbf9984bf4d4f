"""Identifiers people type: checked with their checksums, normalised, or refused clearly."""

from __future__ import annotations

import pytest

from telecentre_desk.common import validation
from telecentre_desk.common.errors import ValidationError


def test_valid_identifiers_are_normalised() -> None:
    assert validation.siren("732 829 320") == "732829320"
    assert validation.siret("732 829 320 00074") == "73282932000074"
    assert validation.vat_number("FR 40 303 265 045") == "FR40303265045"
    assert validation.iban("fr76 3000 6000 0112 3456 7890 189") == "FR7630006000011234567890189"
    assert validation.bic("agrifrpp") == "AGRIFRPP"
    assert validation.email("  Marie.Dupont@Example.fr ") == "Marie.Dupont@example.fr"
    assert validation.place_code(" flo ") == "FLO"


@pytest.mark.parametrize(("fn", "value", "field"), [
    (validation.siren, "123456789", "siren"),          # Luhn fails
    (validation.siren, "12345678", "siren"),           # too short
    (validation.siret, "73282932000075", "siret"),     # last digit changed
    (validation.vat_number, "FR41303265045", "vat_number"),
    (validation.iban, "FR7630006000011234567890188", "iban"),
    (validation.bic, "AGRI", "bic"),
    (validation.email, "marie dupont@example.fr", "email"),
    (validation.email, "marie@", "email"),
    (validation.place_code, "F", "code"),
    (validation.place_code, "1AB", "code"),
    (validation.plan_code, "bad code!", "code"),
])
def test_invalid_identifiers_name_their_field(fn, value: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        fn(value)
    assert err.value.field == field
    assert field in err.value.message


def test_required_text() -> None:
    assert validation.required_text("  Marie ", field="first_name") == "Marie"
    with pytest.raises(ValidationError, match="required"):
        validation.required_text("   ", field="first_name")
    with pytest.raises(ValidationError, match="at most 5"):
        validation.required_text("abcdef", field="x", max_length=5)
    assert validation.optional_text("  ", field="x") is None
