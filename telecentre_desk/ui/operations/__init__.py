"""The window's one background runner (runner.py), what a write touched (changes.py) and the status-bar
progress (progress.py). See docs/architecture.md, "Background work"."""

from __future__ import annotations

from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.runner import Job, Operation, Progress, Runner, Ticket

__all__ = ["Job", "OpChanges", "Operation", "Progress", "Runner", "Ticket"]
