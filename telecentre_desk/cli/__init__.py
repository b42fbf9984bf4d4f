"""The command line: the same services as the GUI, JSON out with ``--json``.

Exit codes: 0 success, 2 usage error (argparse), 1 any other error, with a one-line message on
stderr and never a traceback: an unexpected exception is logged with its traceback in the log file
and reported as one line naming that file (``cli/failures.py``).
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from telecentre_desk import __version__
from telecentre_desk.app_logging import LOG_FILE
from telecentre_desk.cli import (
    backup_cmds,
    badge_cmds,
    booking_cmds,
    demo_cmd,
    desk_cmds,
    failures,
    fiscal_cmds,
    invoice_cmds,
    mail_cmds,
    member_cmds,
    place_cmds,
    plan_cmds,
    privacy_cmds,
    report_cmds,
    sale_cmds,
    space_cmds,
    sync_cmds,
)
from telecentre_desk.cli.args import DeskArgumentParser, path_error
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.options import add_global_options
from telecentre_desk.paths import AppPaths

logger = logging.getLogger(__name__)

COMMAND_MODULES = (place_cmds, plan_cmds, member_cmds, badge_cmds, desk_cmds, space_cmds, booking_cmds,
                   invoice_cmds, fiscal_cmds, mail_cmds, sale_cmds, report_cmds, sync_cmds, privacy_cmds, demo_cmd,
                   backup_cmds)


def build_parser() -> argparse.ArgumentParser:
    # --json and the paths may stand before or after the command: every subparser has them too.
    # SUPPRESS keeps a subparser's unset default from hiding a value given before the command.
    common = DeskArgumentParser(add_help=False)
    add_global_options(common, suppress_defaults=True)
    parser = DeskArgumentParser(
        prog="telecentre-desk", parents=[common],
        description="Front desk of a shared workplace. Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"telecentre-desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to the console")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run the parsed command; any failure becomes a one-line message and exit code 1."""
    ctx = CommandContext(args=args, paths=paths)
    try:
        refused = path_error(args)  # before any work: the database is not even opened
        if refused is not None:
            raise refused
        # A handler may return 1 after printing a full report (sync: some exports were refused).
        return args.handler(ctx) or 0
    except BrokenPipeError:  # `telecentre-desk member list | head`
        return 0
    except Exception as exc:
        return failures.report(exc, as_json=ctx.as_json, log_file=paths.log_dir / LOG_FILE,
                               command=_command_name(args), db_path=paths.db)
    finally:
        try:
            ctx.close()
        except Exception:
            logger.exception("closing the database failed")


def _command_name(args: argparse.Namespace) -> str:
    return " ".join(str(part) for part in (args.command, getattr(args, "action", None)) if part)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    for name, default in (("json", False), ("db", None), ("data_dir", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args
