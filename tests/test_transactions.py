"""The core's transactions as the window uses them: a write commits whole or not at all; a read never waits."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import Engine, text

from telecentre_desk import transactions
from telecentre_desk.common.errors import DeskError


@pytest.fixture
def engine(engine: Engine) -> Engine:
    transactions.write(engine, lambda session: session.execute(text("CREATE TABLE scratch (x INTEGER)")))
    return engine


def _count(engine: Engine) -> int:
    return transactions.read_rows(engine, lambda conn: conn.execute("SELECT count(*) FROM scratch").fetchone()[0])


def test_a_write_commits_and_a_failed_write_leaves_nothing(engine: Engine) -> None:
    before = _count(engine)

    def add_then_fail(session) -> None:
        session.execute(text("INSERT INTO scratch VALUES (1)"))
        raise DeskError("refused")

    with pytest.raises(DeskError):
        transactions.write(engine, add_then_fail)
    assert _count(engine) == before


def test_a_read_sees_the_last_commit_while_another_connection_holds_the_write_lock(engine: Engine) -> None:
    before = _count(engine)
    writer = sqlite3.connect(engine.url.database, timeout=0.1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO scratch VALUES (2)")
        assert _count(engine) == before  # answered at once, from the last committed state
    finally:
        writer.rollback()
        writer.close()
