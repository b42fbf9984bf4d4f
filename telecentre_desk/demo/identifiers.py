"""Checksummed French identifiers and contact details made up for the demo.

The numbers are built from arbitrary digits with the real check rules (Luhn for SIREN/SIRET,
the VAT key, the RIB key and mod 97 for IBAN), so the services' validation accepts them.
"""

from __future__ import annotations

import random
import unicodedata

from stdnum import iban as std_iban
from stdnum import luhn

EMAIL_DOMAINS = ("example.fr", "example.org")


def luhn_complete(digits: str) -> str:
    """``digits`` followed by its Luhn check digit."""
    return digits + luhn.calc_check_digit(digits)


def random_siren(rng: random.Random) -> str:
    """A Luhn-valid SIREN; the first digit is never 0 (as for real companies)."""
    return luhn_complete(str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7)))


def siret(siren: str, establishment: int) -> str:
    """The SIRET of an establishment (NIC ``establishment``, 4 digits + key) of ``siren``."""
    return luhn_complete(f"{siren}{establishment:04d}")


def vat_number(siren: str) -> str:
    """The French intra-EU VAT number: FR, the 2-digit key, the SIREN."""
    return f"FR{int(siren + '12') % 97:02d}{siren}"


def french_iban(bank: str, branch: str, account: str) -> str:
    """A French IBAN from the RIB parts (5, 5 and 11 digits), with the RIB key and IBAN check."""
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    return f"FR{std_iban.calc_check_digits('FR00' + bban)}{bban}"


def ascii_slug(text: str) -> str:
    """``N'Diaye`` -> ``ndiaye``, ``de La Rochette`` -> ``de-la-rochette``: safe in an e-mail."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    plain = plain.lower().replace("'", "").replace("’", "")
    return "-".join(plain.split())


def email(first_name: str, last_name: str, rng: random.Random, *, suffix: str = "") -> str:
    """``prenom.nom@example.fr`` (only the reserved example domains)."""
    return f"{ascii_slug(first_name)}.{ascii_slug(last_name)}{suffix}@{rng.choice(EMAIL_DOMAINS)}"


def mobile_phone(rng: random.Random) -> str:
    """A French mobile number written as people do: ``06 12 34 56 78``."""
    return "06 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
