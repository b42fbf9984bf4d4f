"""The shared folder, remembered per database: two places' databases on one PC may sync through two folders."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from telecentre_desk.ui.settings import Setting


def shared_folder_setting(db_path: Path) -> Setting[str]:
    """The setting of the database at ``db_path`` (its resolved path, hashed: a path is no settings key)."""
    digest = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return Setting(f"network/shared_folder/{digest}", "", str)


def read_shared_folder(settings: QSettings, db_path: Path) -> str:
    return shared_folder_setting(db_path).read(settings)


def write_shared_folder(settings: QSettings, db_path: Path, folder: str) -> None:
    shared_folder_setting(db_path).write(settings, folder)


def choose_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    """Which folder to sync through; None when the host cancels. Tests patch this function."""
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None
