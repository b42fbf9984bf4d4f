"""Where files go: overrides in the documented order, and a rotating log file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from telecentre_desk import app_logging, paths
from telecentre_desk.common.errors import DatabaseError


def test_precedence_db_option_then_environment_then_data_dir(tmp_path: Path) -> None:
    env = {paths.DB_ENV: str(tmp_path / "env.sqlite")}
    assert paths.resolve(db=tmp_path / "opt.sqlite", environ=env).db == tmp_path / "opt.sqlite"
    from_env = paths.resolve(environ=env, data_dir=tmp_path / "data")
    assert (from_env.db, from_env.db_overridden) == (tmp_path / "env.sqlite", True)
    default = paths.resolve(environ={}, data_dir=tmp_path / "data")
    assert default.db == tmp_path / "data" / paths.DB_FILENAME
    assert default.log_dir == tmp_path / "data" / "logs"
    assert default.db_overridden is False


def test_platform_folders_when_nothing_is_given() -> None:
    resolved = paths.resolve(environ={})
    assert resolved.db.name == paths.DB_FILENAME
    assert "telecentre-desk" in str(resolved.data_dir)


def test_default_folders_are_created_but_a_named_one_must_exist(tmp_path: Path) -> None:
    default = paths.resolve(environ={}, data_dir=tmp_path / "new" / "data")
    default.ensure_dirs()
    assert default.db.parent.is_dir()
    assert default.log_dir.is_dir()
    named = paths.resolve(db=tmp_path / "missing" / "desk.sqlite", environ={}, data_dir=tmp_path / "d")
    named.ensure_dirs()
    assert not (tmp_path / "missing").exists()


def test_a_folder_that_cannot_be_created_gets_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="cannot create the folder"):
        paths.resolve(environ={}, data_dir=blocker / "data").ensure_dirs()


def test_log_file_is_written_and_configuring_twice_keeps_one_handler(tmp_path: Path) -> None:
    log_file = app_logging.configure(tmp_path / "logs")
    app_logging.configure(tmp_path / "logs")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_telecentre_desk", False)]
    assert len(ours) == 2  # console + file, not four
    logging.getLogger("telecentre_desk.test").info("scan recorded")
    for handler in ours:
        handler.flush()
    assert "scan recorded" in log_file.read_text(encoding="utf-8")
