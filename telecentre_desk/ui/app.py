"""Start the window: QApplication, translators, crash handling, database, first-run setup, main window.

Called by the composition root (``telecentre_desk.__main__``) once paths and logging are set up.
Nothing here runs at import time.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSettings, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from telecentre_desk import __version__, transactions
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.common.errors import DeskError
from telecentre_desk.paths import APP_AUTHOR, APP_NAME, AppPaths
from telecentre_desk.ui import crash, dialogs, i18n, probe, single_instance
from telecentre_desk.ui.icons import icon
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    # The names decide where QSettings keeps the remembered window state.
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    return app


def run_gui(paths: AppPaths, *, argv: list[str], environ: Mapping[str, str] | None = None) -> int:
    """Run the desktop app until its window closes; return the process exit code."""
    environ = os.environ if environ is None else environ
    app = _application(argv)
    previous_handler = qInstallMessageHandler(crash.forward_qt_message)
    previous_hook = crash.install_excepthook(paths.log_dir)
    language = i18n.choose_language(environ)
    translations = i18n.install(app, language)
    # The core's messages (errors shown in the forms) follow the same choice as the widgets.
    previous_language = core_i18n.set_language(language)
    try:
        return _run(app, paths, probing=probe.probe_requested(environ))
    finally:
        # Put the process back as it was: tests run the app many times in one QApplication.
        core_i18n.set_language(previous_language)
        translations.remove(app)
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _cannot_open(paths: AppPaths, exc: DeskError) -> int:
    logger.error("cannot open %s: %s", paths.db, exc.message)
    text = QCoreApplication.translate("App", "Télécentre Desk cannot open its database:\n%1\n\n%2")
    title = QCoreApplication.translate("App", "Cannot open the database")
    dialogs.show_error(None, title, text.replace("%1", str(paths.db)).replace("%2", exc.message))
    return EXIT_FAILED


def _open_store(paths: AppPaths, *, probing: bool) -> Store | int:
    """The Store, ready for the main window; or the exit code when the user cannot go on."""
    paths.ensure_dirs()
    read_connection = transactions.quick_read_connection(paths.db)
    if read_connection is not None:
        # The usual start: a current database with its place. The first screen paints from plain SQL
        # and SQLAlchemy loads afterwards (docs/architecture.md, "Fast start").
        return Store(db_path=paths.db, read_connection=read_connection)
    from telecentre_desk.backup import service as backups
    from telecentre_desk.places import service as places

    store = Store(transactions.open_engine(paths.db, before_upgrade=backups.backup_if_chosen))  # the full path
    has_place = store.query(lambda s: places.find_local(s) is not None)
    if has_place is None:
        store.close()
        return EXIT_FAILED
    if not has_place:
        if probing:
            print("telecentre-desk: the startup probe needs a database with a place "
                  "(run 'telecentre-desk demo' first)", file=sys.stderr)
            store.close()
            return EXIT_FAILED
        from telecentre_desk.ui.places.place_dialog import PlaceDialog

        setup = PlaceDialog(store)
        if setup.exec() != QDialog.DialogCode.Accepted:
            logger.info("first-run setup cancelled")
            store.close()
            return EXIT_OK
    return store


def _run(app: QApplication, paths: AppPaths, *, probing: bool) -> int:
    # One window per database (issue 13): a second start brings the first window forward. The startup probe
    # (benchmarks) is left out: it must measure a real start even while a host's window is open.
    instance = None
    if not probing:
        if single_instance.forward_to_running(paths.db):
            logger.info("%s is already open in another window: brought forward", paths.db)
            print(QCoreApplication.translate("App", "Télécentre Desk already has this database open in another "
                                             "window: it was brought forward."), file=sys.stderr)
            return EXIT_OK
        instance = single_instance.SingleInstance(paths.db)
        instance.listen()
    try:
        return _run_window(app, paths, probing=probing, instance=instance)
    finally:
        if instance is not None:
            instance.close()


def _bring_forward(window: QWidget) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _run_window(app: QApplication, paths: AppPaths, *, probing: bool,
                instance: single_instance.SingleInstance | None) -> int:
    try:
        store = _open_store(paths, probing=probing)
    except DeskError as exc:
        return _cannot_open(paths, exc)
    if isinstance(store, int):
        return store
    try:
        window = MainWindow(store, db_path=paths.db, settings_store=QSettings(), badge_key=paths.badge_key,
                            secret_files=paths.secret_files,
                            first_screen="members" if probing else None, remember_state=not probing)
        if instance is not None:
            instance.activation_requested.connect(lambda: _bring_forward(window))
        if probing:
            probe.FirstPaintProbe(window.members_screen.table.viewport())
        else:
            probe.after_first_paint(window, store.warm_up)
            from telecentre_desk.ui.privacy.auto_purge import AutoPurge

            window.auto_purge = AutoPurge(store, window)  # RGPD retention: scan events purged once a day
        window.show()
        try:
            return app.exec()
        finally:
            if getattr(window, "auto_purge", None) is not None:
                window.auto_purge.stop()
            # The probe quits with the window still up: close it, the QApplication outlives this run (tests).
            window.close()
            window.deleteLater()
    finally:
        store.close()
