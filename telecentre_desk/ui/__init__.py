"""All Qt code lives here: windows, screens, table models, workers."""

from telecentre_desk.ui.qt_compat import fix_none_refcount, fix_signal_emit

# Before any signal is emitted, by the app, a test or a benchmark: PySide6 6.12.0's emit() wears
# away Python's True until the interpreter aborts (see qt_compat). A no-op on a fixed PySide6.
fix_signal_emit()
# The same release's void methods (update(), setText()...) wear None away the same way.
fix_none_refcount()
