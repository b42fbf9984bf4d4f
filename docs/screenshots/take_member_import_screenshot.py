"""Regenerate member_import.png: the import dialog on a French Excel file with two mistakes, after "Check".

Run it under a real display server, e.g. with Xvfb::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb TELECENTRE_DESK_LANG=fr .venv/bin/python \
        docs/screenshots/take_member_import_screenshot.py

The demo database and the spreadsheet are made in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.ui import i18n
from telecentre_desk.ui.members.import_dialog import MemberImportDialog
from telecentre_desk.ui.store import Store

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from take_screenshots import save  # noqa: E402 - the folder's shared helper, found once the path is set

# What French Excel saves as "CSV (séparateur: point-virgule)": Windows-1252, ;, CRLF, a title line above.
SPREADSHEET = [
    "Adhérents 2027 — liste de l'accueil;;;;;;;",
    ";;;;;;;",
    "Nom;Prénom;Courriel;Téléphone;Catégorie;Société;SIREN;Date d'adhésion",
    "Garçon;Hélène;helene.garcon@example.fr;06 12 34 56 78;Demandeur d'emploi;;;02/03/2025",
    "Lefèvre;Loïc;loic.lefevre@example.fr;;Indépendant;Bois & Cévennes;732829320;15/09/2024",
    "Cœur;Noël;noel coeur@example.fr;04 66 45 01 02;Salarié en télétravail;;;12/01/2026",
    "",
    "Bœuf;Zoé;zoe.boeuf@example.fr;;Étudiante;;;31/02/2026",
    "Aïdi;Jérôme;jerome.aidi@example.fr;07 81 22 33 44;Association;Les Amis du Tarn;;04/11/2025",
]


def shoot(out: Path, folder: Path) -> None:
    db = folder / "telecentre-desk.sqlite"
    subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(db), "demo", "--members", "12"], check=True,
                   stdout=subprocess.DEVNULL)
    sheet = folder / "adhérents.csv"
    sheet.write_bytes("\r\n".join(SPREADSHEET).encode("cp1252") + b"\r\n")
    engine = open_database(db)
    dialog = MemberImportDialog(Store(engine), path=sheet)
    dialog.resize(1280, 640)
    dialog.show()
    dialog.check()
    save(dialog, out / "member_import.png")
    dialog.close()
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    language = i18n.choose_language(os.environ)
    translations = i18n.install(app, language)
    core_i18n.set_language(language)
    with tempfile.TemporaryDirectory() as folder:
        shoot(args.out, Path(folder))
    translations.remove(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
