"""The badge's QR code: alphanumeric mode, error correction M, version 6 at most, 4-module quiet zone."""

from __future__ import annotations

import io
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from telecentre_desk.common import private_files
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _

MAX_VERSION = 6
QUIET_ZONE = 4


def qr_matrix(payload: str) -> list[list[bool]]:
    """Module matrix including the quiet zone (True = dark)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    code.add_data(payload)
    code.make(fit=True)
    if code.version > MAX_VERSION:  # pragma: no cover - our payloads are version 3
        raise DeskError(_("badge payload needs QR version {version}, more than {maximum}").format(
            version=code.version, maximum=MAX_VERSION))
    return code.get_matrix()


def write_png(payload: str, path: Path, *, module_px: int = 12) -> None:
    """A PNG of the code alone (quiet zone included), e.g. for a badge printed elsewhere."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=module_px)
    code.add_data(payload)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    private_files.save(path, buffer.getvalue())  # whoever holds the code gets in: 0600
