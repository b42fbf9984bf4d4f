"""One PDF per issued invoice of a month, into a folder or into memory, rendered on every core.

Rendering is pure-Python CPU work (reportlab, about 7 ms an invoice), so threads would not help and
processes do: this process renders beside ``cores - 1`` spawned helpers, taking slices of the month
from the same queue. The parent reads the month's documents in a handful of queries
(``document.month_documents``) and hands the helpers slices of them: frozen dataclasses of plain
values, which pickle. So the helpers need no database (nothing to lock or reopen; an in-memory
database works too), and the ``spawn`` start method, the only one Windows has, is used on every
platform: the path tested here is the one a Windows desk runs. A small batch renders in this process
alone, where starting a helper (a fresh interpreter importing reportlab, about 0.2 s) costs more than
it saves.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from telecentre_desk.billing import pdf
from telecentre_desk.billing.document import InvoiceDocument, month_documents
from telecentre_desk.billing.month import Month
from telecentre_desk.common import private_files
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Below this many invoices one process is as fast: measured on two idle cores, two processes tie with
# one at 40 invoices, are 1.3x faster at 60 and 1.6x at 166 (a 300-member month; bench/invoice_month.py).
MIN_PARALLEL = 60
# Invoices per task: small enough for a live progress bar and a prompt cancel, and for the two
# cores to end together; large enough that sending the tasks costs nothing next to rendering them.
CHUNK = 8

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass
class BatchResult:
    total: int  # invoices the month had to render
    workers: int  # processes that rendered (1: this one)
    files: dict[str, Path] = field(default_factory=dict)  # number -> file written (with a folder)
    pdfs: dict[str, bytes] = field(default_factory=dict)  # number -> PDF (without a folder)
    cancelled: bool = False

    @property
    def done(self) -> int:
        return len(self.files) + len(self.pdfs)


def file_name(number: str) -> str:
    """``FLO-2026-0042.pdf``; anything but letters, digits, ``_.-`` becomes ``_``."""
    return _UNSAFE.sub("_", number) + ".pdf"


def render_chunk(docs: Sequence[InvoiceDocument], folder: str | None,
                 facturx: bool = False) -> list[tuple[str, bytes | str]]:
    """Render (and, with a folder, write) a slice of the month; runs in a helper or in this process."""
    if facturx:
        from telecentre_desk.billing.facturx import render_facturx as render  # lxml, pikepdf: only when asked
    else:
        render = pdf.render_pdf
    out: list[tuple[str, bytes | str]] = []
    for doc in docs:
        data = render(doc)
        number = str(doc.info.number)
        if folder is None:
            out.append((number, data))
        else:
            out.append((number, str(pdf.write_file(Path(folder) / file_name(number), data))))
    return out


def worker_count(invoices: int, workers: int | None = None) -> int:
    """How many processes render, this one included: one per core for a large batch (``workers`` caps
    it), this process alone for a small one or a single core."""
    cores = workers if workers is not None else (os.cpu_count() or 1)
    if cores <= 1 or invoices < MIN_PARALLEL:
        return 1
    return max(1, min(cores, -(-invoices // CHUNK)))


def render_documents(docs: Sequence[InvoiceDocument], *, folder: Path | None = None, facturx: bool = False,
                     workers: int | None = None, progress: Progress | None = None) -> BatchResult:
    """One PDF (Factur-X with ``facturx``) per document, into ``folder`` (``NUMBER.pdf``, each written
    whole or not at all) or into memory.

    ``progress(done, total)`` is called as slices finish; returning False stops the batch: slices not
    started are dropped, those being rendered finish, and the result lists what was written.
    """
    if folder is not None:
        try:
            private_files.create_dirs(folder)
        except OSError as exc:
            raise DeskError(_("cannot write {path} ({reason})").format(path=folder, reason=exc.strerror)) from exc
    result = BatchResult(total=len(docs), workers=worker_count(len(docs), workers))
    # Alone, this process reports (and may stop) after every invoice; helpers get slices.
    size = 1 if result.workers == 1 else CHUNK
    chunks = [docs[i:i + size] for i in range(0, len(docs), size)]
    target = None if folder is None else str(folder)
    if result.workers == 1:
        for chunk in chunks:
            if progress is not None and not progress(result.done, result.total):
                result.cancelled = True
                break
            _collect(result, render_chunk(chunk, target, facturx))
    else:
        _render_in_pool(result, chunks, target, facturx, progress)
    if progress is not None and not result.cancelled:
        progress(result.done, result.total)
    return result


def _render_in_pool(result: BatchResult, chunks: list[Sequence[InvoiceDocument]], target: str | None,
                    facturx: bool, progress: Progress | None) -> None:
    """This process renders too, beside ``workers - 1`` spawned helpers: it is warm already, and it
    starts at once while the helpers are still importing reportlab."""
    waiting = list(reversed(chunks))
    helpers = result.workers - 1
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(helpers, mp_context=context, initializer=pdf.register_fonts) as pool:
        pending: set[Future] = set()
        while waiting or pending:
            # Two slices per helper handed out ahead, no more: a stop then waits for those alone.
            while waiting and len(pending) < 2 * helpers:
                pending.add(pool.submit(render_chunk, waiting.pop(), target, facturx))
            if waiting:
                _collect(result, render_chunk(waiting.pop(), target, facturx))
                done, pending = wait(pending, timeout=0)  # what the helpers finished meanwhile
            else:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                _collect(result, future.result())  # a helper's error is raised here, in the caller
            if (waiting or pending) and progress is not None and not progress(result.done, result.total):
                result.cancelled = True
                # The slices already given out finish (a process cannot be stopped mid-file): list them.
                for future in pending:
                    _collect(result, future.result())
                return


def _collect(result: BatchResult, rendered: list[tuple[str, bytes | str]]) -> None:
    for number, value in rendered:
        if isinstance(value, bytes):
            result.pdfs[number] = value
        else:
            result.files[number] = Path(value)


def render_month(engine: Engine, month: Month, *, today: dt.date, folder: Path | None = None, facturx: bool = False,
                 workers: int | None = None, progress: Progress | None = None) -> BatchResult:
    """Every issued invoice of ``month`` as its own PDF (credit notes are printed one by one).

    The documents are read in a short deferred transaction, then rendered with the database let go:
    a second of rendering never holds the write lock the desk's scans need.
    """
    # Imported here: every worker imports this module, and has no use for the ORM (0.3 s more to start).
    from telecentre_desk.db.engine import read_only
    from telecentre_desk.db.uow import dbapi, unit_of_work

    with unit_of_work(read_only(engine)) as session:
        docs = month_documents(dbapi(session), month, today=today)
    return render_documents(docs, folder=folder, facturx=facturx, workers=workers, progress=progress)
