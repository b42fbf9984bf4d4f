"""Files that appear whole or not at all: written under a temporary name, flushed to disk, renamed."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path


def write_bytes(path: Path, data: bytes, *, flush_folder: bool = True) -> str:
    """Write ``data`` atomically; return its SHA-256 (hex). Several files written in a row may leave
    the folder's own flush to one ``sync_folder`` call after the last."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if flush_folder:
        sync_folder(path.parent)
    return hashlib.sha256(data).hexdigest()


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
