"""The options every invocation understands, parsed without loading any command (fast GUI start).

``telecentre-desk [--db PATH] [--data-dir DIR] [-v]`` with no command opens the window: that path
must not import the CLI's commands, which pull in PDF, QR and validation libraries (~0.4 s).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

# Arguments that need the full parser: help and version print from it.
_FULL_PARSER_FLAGS = {"-h", "--help", "--version"}


def add_global_options(parser: argparse.ArgumentParser, *, suppress_defaults: bool) -> None:
    """--json and the paths; SUPPRESS lets a subcommand's copy not hide a value given before it."""
    default = argparse.SUPPRESS if suppress_defaults else None
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress_defaults else False,
                        help="machine-readable output")
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="database file (default: TELECENTRE_DESK_DB, then the user data folder)")
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="folder for the database and logs")


class _MalformedError(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    """Reports a malformed option by raising, without printing: the full parser explains it in one line."""

    def error(self, message: str):  # type: ignore[override]
        raise _MalformedError(message)


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` names no command (the window opens), else None."""
    if _FULL_PARSER_FLAGS & set(argv):
        return None
    parser = _QuietParser(add_help=False)
    add_global_options(parser, suppress_defaults=False)
    parser.add_argument("-v", "--verbose", action="store_true")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except (_MalformedError, SystemExit):  # a malformed option: let the full parser explain it
        return None
    return None if rest else args
