"""Telling a window start from a command without loading the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from telecentre_desk.options import gui_arguments


@pytest.mark.parametrize("argv", [[], ["--db", "x.sqlite"], ["--data-dir", "d", "-v"], ["--db=x.sqlite"]])
def test_no_command_means_the_window(argv: list[str]) -> None:
    args = gui_arguments(argv)
    assert args is not None
    assert args.db == ("x.sqlite" if any("x.sqlite" in a for a in argv) else None)


@pytest.mark.parametrize("argv", [["member", "list"], ["--db", "x", "scan", "TD1"], ["--version"], ["-h"],
                                  ["--db"], ["--bogus"]])
def test_commands_help_and_errors_go_to_the_full_parser(argv: list[str]) -> None:
    assert gui_arguments(argv) is None


def test_the_window_path_does_not_import_the_cli() -> None:
    code = ("import sys; from telecentre_desk import options; options.gui_arguments([]); "
            "import telecentre_desk.__main__; "
            "heavy = ('telecentre_desk.cli', 'reportlab', 'qrcode'); "
            "sys.exit(1 if any(m.startswith(heavy) for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
