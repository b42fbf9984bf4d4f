"""The composition root: arguments, paths, logging, then the CLI command or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from telecentre_desk import app_logging, options, paths
from telecentre_desk.common import i18n
from telecentre_desk.common.errors import DeskError


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Before anything can fail: the core's messages are translated when raised. The window refines
    # the choice with Qt's view of the system locale (ui/app.py); the CLI keeps this one.
    i18n.set_language(i18n.language_from_environ(os.environ))
    args = options.gui_arguments(argv)
    if args is None:  # a command, or --help/--version: the full CLI (imported only then)
        from telecentre_desk import cli

        args = cli.parse(argv)
    else:
        args.command = None
    try:
        app_paths = paths.resolve(db=args.db, data_dir=args.data_dir)
    except DeskError as exc:
        print(f"telecentre-desk: error: {exc.message}", file=sys.stderr)
        return 1
    app_logging.configure(app_paths.log_dir, verbose=args.verbose)
    if args.command is not None:
        from telecentre_desk import cli

        return cli.run_command(args, app_paths)
    # Qt is imported only here, so that the CLI starts fast and runs without a display.
    from telecentre_desk.ui.app import run_gui

    return run_gui(app_paths, argv=sys.argv[:1])


if __name__ == "__main__":
    # A frozen Windows build starts billing/batch_pdf's helper processes through this same executable.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
