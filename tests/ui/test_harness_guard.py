"""The harness's own guard (tests/conftest.py, tests/ui/conftest.py): what a UI test leaves behind fails it, named.

Run in a separate pytest process on sample tests, so that the faults they make on purpose never reach this one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SAMPLES = '''
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from telecentre_desk.ui.operations.runner import Operation

KEPT = []


def test_a_dialog_closed_but_kept(qtbot):
    dialog = QDialog()
    dialog.setWindowTitle("Kept dialog")
    dialog.show()
    dialog.close()
    KEPT.append(dialog)


def test_a_dialog_left_open(qtbot):
    dialog = QDialog()
    dialog.setWindowTitle("Open dialog")
    dialog.show()
    KEPT.append(dialog)


def test_a_job_left_running(store):
    store.runner.submit(Operation(kind="import", label="Importing members…",
                                  work=lambda ticket: threading.Event().wait(0.3)))


def test_an_exit_outside_exec(qtbot):
    QCoreApplication.exit(3)


def test_the_next_test_still_waits_and_is_delivered(qtbot):
    app = QCoreApplication.instance()
    with qtbot.waitSignal(app.applicationNameChanged, timeout=2000):
        app.setApplicationName("after the faults")
'''


def test_what_a_test_leaves_behind_fails_it_by_name_and_the_next_tests_start_clean(tmp_path: Path) -> None:
    (tmp_path / "test_samples.py").write_text(SAMPLES, encoding="utf-8")
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "-p", "tests.ui.conftest", "--rootdir", str(tmp_path), "-c", os.devnull, "-o", "qt_api=pyside6",
         str(tmp_path / "test_samples.py")],
        capture_output=True, text=True, env=environ, cwd=tmp_path, timeout=120, check=False)
    out = run.stdout
    assert ("left hidden but not deleted (qtbot.addWidget it, or deleteLater it once closed): QDialog 'Kept dialog'"
            in out)
    assert "left open after the test (close it, or qtbot.addWidget it): QDialog 'Open dialog'" in out
    assert "left running after the test" in out and "import job 'Importing members…'" in out
    assert "QCoreApplication.exit()/quit() reached the application outside its exec()" in out
    assert "4 errors" in out and "5 passed" in out, out
