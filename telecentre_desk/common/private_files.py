"""Files that hold personal data or secrets: created 0600, folders 0700, whatever the umask.

The one way the core writes such a file: ``save`` (invoice PDFs and Factur-X, badge sheets and PNGs,
FEC, archives, member and presence CSVs, the data export, the scan journal), ``append_private`` for
a journal, ``create_dirs`` for the folders it creates (docs/rgpd.md, *Files*).

Temporary files are created exclusively (``O_CREAT | O_EXCL | O_NOFOLLOW``) with a random name, so a
symlink or a file planted at the temporary path is never followed nor reused; the finished file then
replaces the target atomically (``os.replace``), so a reader never sees half a file. On Windows the
modes are ignored by the system: the files live under the user's profile (docs/rgpd.md).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents 0700 (whatever the umask); an existing ``path`` we own is
    narrowed to 0700. Existing parents (the user's home, a folder they chose) are left as they are."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        restrict(folder, DIR_MODE)
    restrict(path, DIR_MODE)
    return path


def restrict(path: Path, mode: int = FILE_MODE) -> None:
    """chmod when the file is ours and wider than ``mode`` (a shared folder we do not own is left alone)."""
    with contextlib.suppress(OSError):
        info = path.stat()
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return
        if stat.S_IMODE(info.st_mode) & ~mode:
            path.chmod(mode)


def create_exclusive(path: Path) -> int:
    """A new file at ``path`` opened for writing, 0600; fails if anything (a symlink too) is there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_BINARY", 0), FILE_MODE)
    if hasattr(os, "fchmod"):  # the umask can only narrow the mode; this makes it exactly 0600
        os.fchmod(fd, FILE_MODE)
    return fd


def temporary_beside(path: Path) -> tuple[Path, int]:
    """An exclusive, randomly named temporary file in ``path``'s folder."""
    for _attempt in range(20):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return candidate, create_exclusive(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(path)


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` as a 0600 file, atomically, through an exclusive temporary file."""
    path = Path(path)
    temporary, fd = temporary_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def create_dirs(path: Path) -> Path:
    """Create ``path`` and its missing parents 0700 whatever the umask; folders that exist (a folder the
    user chose) are left as they are."""
    path = Path(path)
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        if hasattr(os, "chmod") and os.name != "nt":
            folder.chmod(DIR_MODE)
    return path


def save(path: Path, data: bytes) -> Path:
    """``write_private`` with the app's error: a file that cannot be written is a ``DeskError`` saying why
    (folder missing, disk full, file open elsewhere), and no temporary file is left behind."""
    from telecentre_desk.common.errors import DeskError
    from telecentre_desk.common.i18n import _

    try:
        return write_private(Path(path), data)
    except OSError as exc:
        raise DeskError(_("cannot write {path} ({reason})").format(path=path, reason=exc.strerror or exc)) from exc


def append_private(path: Path, text: str) -> None:
    """Append to a journal: created 0600 if missing, never through a symlink, fsynced."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def is_private(path: Path) -> bool:
    """True when neither the group nor others may read or write the file (always True on Windows)."""
    if os.name == "nt":
        return True
    return not stat.S_IMODE(path.stat().st_mode) & 0o077
