"""Every way a command can fail, as one line on stderr and exit code 1.

Expected errors (:class:`DeskError`) print their message. A file the command reads or writes that the
system refuses (missing, permissions, a full disk) is expected too: it prints the file and the reason. A
database failure that escaped a unit of work gets the same explanations as inside one. Anything else is
a bug: its traceback goes to the log file and the person reads one line naming that file.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from telecentre_desk.app_logging import FILE_ONLY
from telecentre_desk.cli.args import one_line
from telecentre_desk.cli.output import emit_json
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.db.uow import disk_full_error, explain_operational

logger = logging.getLogger(__name__)

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def explain(exc: BaseException, *, db_path: Path | None = None) -> DeskError | None:
    """The expected error ``exc`` stands for, or None when it is a bug."""
    if isinstance(exc, DeskError):
        # "cannot write x.pdf (No space left on device)": the person must read that the disk is full.
        cause = exc.__cause__
        if isinstance(cause, OSError) and cause.errno in _DISK_FULL:
            return disk_full_error()
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL:
            return disk_full_error()
        name = exc.filename if exc.filename is not None else ""
        if exc.strerror:
            return DeskError(_("{path}: {reason}").format(path=name, reason=exc.strerror) if name else exc.strerror)
        return None
    if isinstance(exc, DBAPIError | sqlite3.Error):
        return explain_operational(exc, db_path=db_path)
    return None


def report(exc: BaseException, *, as_json: bool, log_file: Path, command: str, db_path: Path | None = None) -> int:
    """Print ``exc`` as one line (and as JSON with ``--json``); return the exit code, 1."""
    error = explain(exc, db_path=db_path)
    if error is None:
        logger.error("unexpected error in %r", command, exc_info=exc, extra={FILE_ONLY: True})
        error = DeskError(_("unexpected error ({kind}); the details are in {log}").format(
            kind=type(exc).__name__, log=log_file), details={"log": str(log_file)})
    else:
        logger.info("command failed (%s): %s", command, error_for_log(error))  # no quotes: the log filter masks them
    message = one_line(error.message)
    if as_json:
        emit_json({"error": message, **error.details})
    print(f"telecentre-desk: error: {message}", file=sys.stderr)
    return 1
