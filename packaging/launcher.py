"""The frozen program's entry point: the same ``main`` as the ``telecentre-desk`` console script.

Without a command it opens the window; with one (``demo``, ``invoice pdf``...) it is the CLI.
"""

import multiprocessing
import sys

from telecentre_desk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # billing/batch_pdf.py spawns PDF helpers: the frozen exe must serve them
    sys.exit(main())
