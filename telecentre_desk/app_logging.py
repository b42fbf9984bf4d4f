"""Logging configured once: a rotating file in the log folder, warnings and above on stderr.

The log file is created 0600 in a 0700 folder, whatever the umask, and every line goes through a
filter that removes e-mail addresses, phone numbers, badge codes and quoted values: the code logs
members by number and errors by kind (``common/redact.py``), the filter catches what slips through.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from telecentre_desk.common.private_files import FILE_MODE, private_dir
from telecentre_desk.common.redact import for_log

LOG_FILE = "telecentre-desk.log"
FILE_ONLY = "file_only"  # logger.error(..., extra={FILE_ONLY: True}): the log file, not the console


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message without personal data (see the module's docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = for_log(text)
        if clean != text:
            record.msg, record.args = clean, None
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Opens (and reopens at each rotation) its file 0600, not with the umask's mode."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0),
                     FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure(log_dir: Path, *, verbose: bool = False) -> Path | None:
    """Install the handlers; return the log file, or None when the folder is not writable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in [h for h in root.handlers if getattr(h, "_telecentre_desk", False)]:
        root.removeHandler(handler)  # configured again (tests, a second main()): replace only ours
        handler.close()
    console = logging.StreamHandler()
    console._telecentre_desk = True  # type: ignore[attr-defined]
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console.addFilter(PersonalDataFilter())
    # A record meant for the file only (a bug's traceback the CLI has already answered in one line).
    console.addFilter(lambda record: not getattr(record, FILE_ONLY, False))
    root.addHandler(console)
    path = log_dir / LOG_FILE
    try:
        private_dir(log_dir)
        file_handler = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        root.warning("cannot write the log file in %s (%s); logging to the console only", log_dir, exc)
        return None
    file_handler._telecentre_desk = True  # type: ignore[attr-defined]
    file_handler.addFilter(PersonalDataFilter())
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
