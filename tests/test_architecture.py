"""The core never imports Qt; imports point down the layers (pyproject's import-linter contracts)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "telecentre_desk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_imports(path: Path) -> list[str]:
    """``line: module`` for every Qt import in a file, top-level or inside a function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        found += [f"{path.name}:{node.lineno} {name}" for name in names if name.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_import_outside_the_ui_package() -> None:
    # Walks every module, including ones added later that the import-linter contract does not list.
    core_files = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "ui"]
    assert len(core_files) > 20
    assert [hit for path in core_files for hit in qt_imports(path)] == []


def test_the_scan_catches_a_qt_import_hidden_in_a_function(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef f():\n    from PySide6.QtCore import QObject\n")
    assert qt_imports(bad) == ["bad.py:4 PySide6.QtCore"]


def test_import_linter_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 kept, 0 broken" in result.stdout
