"""The app's icons and sounds: compiled into the package from the top-level ``resources/`` folder.

``make install`` and ``make package`` run ``pyside6-rcc resources/telecentre_desk.qrc`` into
``telecentre_desk/ui/_resources_rc.py`` (generated, not committed): the venv, the PyInstaller bundle and an
installed copy all read the same ``:/icons/...`` and ``:/sounds/...`` paths from memory. A checkout where it was
not generated (a plain ``pip install -e .``) reads the same files from ``resources/`` beside the package.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice

logger = logging.getLogger(__name__)

SOURCE = Path(__file__).resolve().parents[2] / "resources"  # the clone's sources


@cache
def compiled() -> bool:
    """True when the compiled resources are registered with Qt (importing the module registers them)."""
    try:
        importlib.import_module("telecentre_desk.ui._resources_rc")
    except ImportError:
        logger.info("compiled resources missing (run make install): reading %s", SOURCE)
        return False
    return True


def read_bytes(name: str) -> bytes:
    """The asset ``name`` (e.g. ``icons/app.svg``); OSError when there is none."""
    if compiled():
        resource = QFile(f":/{name}")
        if not resource.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FileNotFoundError(f":/{name}")
        try:
            return bytes(resource.readAll().data())
        finally:
            resource.close()
    return (SOURCE / name).read_bytes()


def as_file(name: str) -> Path:
    """A real file holding the asset, for APIs that want a path (QSoundEffect on every backend)."""
    if not compiled():
        return SOURCE / name
    data = read_bytes(name)
    folder = Path(tempfile.gettempdir()) / f"telecentre-desk-assets-{hashlib.sha256(data).hexdigest()[:12]}"
    path = folder / Path(name).name
    if not path.exists() or path.read_bytes() != data:
        folder.mkdir(exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
    return path
