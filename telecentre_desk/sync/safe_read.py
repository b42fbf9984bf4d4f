"""Reading a file of the shared folder as if anyone could have written it (anyone can).

Only a regular file is read: a symbolic link (to ``/dev/zero``, to a file outside the folder), a FIFO
(which would block for ever), a device or a folder is refused. The size is checked against the limit
before a byte is read, and no more than the limit is ever read, whatever the file does meanwhile.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from telecentre_desk.common.i18n import _

_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class UnsafeFile(Exception):  # noqa: N818 - reads as what it is
    """The file is not one the sync reads; the message says why."""


def read_regular(path: Path, *, max_bytes: int, exact: int | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes`` (exactly ``exact`` when given)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise UnsafeFile(_("cannot be read (it is missing)")) from None
    except OSError as exc:
        raise UnsafeFile(_("cannot be read ({reason})").format(reason=exc.strerror or exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(_("is not a plain file (a link, a pipe or a device): not read"))
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise UnsafeFile(_("cannot be read ({reason})").format(reason=exc.strerror or exc)) from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())  # the file opened, not the name checked before
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(_("is not a plain file (a link, a pipe or a device): not read"))
        _check_size(info.st_size, max_bytes, exact)
        data = fh.read(max_bytes + 1)
    _check_size(len(data), max_bytes, exact)
    return data


def _check_size(size: int, max_bytes: int, exact: int | None) -> None:
    if exact is not None and size != exact:
        raise UnsafeFile(_("does not match its checksum in the manifest: {size} bytes where it says {expected} "
                           "(truncated, edited or still being copied)").format(size=size, expected=exact))
    if size > max_bytes:
        raise UnsafeFile(_("is larger than {limit} bytes: not read").format(limit=max_bytes))
