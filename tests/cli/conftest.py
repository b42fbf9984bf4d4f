"""``shell``: runs ``telecentre-desk`` in-process on one database, as a script would, logs under tmp."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from telecentre_desk.__main__ import main
from telecentre_desk.common import clock


class Shell:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = tmp_path / "desk.sqlite"
        self.data_dir = tmp_path / "data"
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        """(exit code, stdout, stderr) of one command."""
        code = main(["--db", str(self.db), "--data-dir", str(self.data_dir), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    @staticmethod
    @contextlib.contextmanager
    def now(iso: str) -> Iterator[None]:
        """Commands run as if it were ``iso`` (a scan is refused ahead of the clock: replay days in order)."""
        before = clock.now()
        moment = dt.datetime.fromisoformat(iso)
        clock.set_clock(lambda: moment)
        try:
            yield
        finally:
            clock.set_clock(lambda: before)

    def json(self, *args: str):
        """The command's --json output; the command must succeed."""
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def shell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Shell:
    return Shell(tmp_path, capsys)
