"""What closing months costs the sync: the bytes of the export that follows (closed months' counts and the
presence days that are gone), and of the export after it (issue 14).

Data: ``demo --members 150 --months 36`` in a temporary folder; every month before 2026-09 closed with
``privacy/aggregate.close_month`` (as the purge does once they are invoiced and settled).

Run:  .venv/bin/python bench/sync_closed_months.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from telecentre_desk.db.migrate import open_database
from telecentre_desk.privacy.aggregate import close_month
from telecentre_desk.sync import service as sync
from telecentre_desk.sync import store


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db, shared = Path(folder) / "demo.sqlite", Path(folder) / "shared"
        shared.mkdir()
        subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(db), "demo", "--members", "150",
                        "--months", "36"], check=True, capture_output=True)
        engine = open_database(db)
        try:
            start = time.perf_counter()
            first = sync.export(engine, shared)
            print(f"export before closing: {sum(f.size for f in first.files)} bytes, "
                  f"{time.perf_counter() - start:.2f} s")
            with sync.raw_connection(engine) as conn:
                place_id = conn.execute("SELECT id FROM place WHERE is_local").fetchone()[0]
                months = sorted({d[:7] for (d,) in conn.execute("SELECT day FROM visit_day")} - {""})
                closing = [m for m in months if m < "2026-09"]
                for month in closing:
                    with store.transaction(conn) as cur:
                        close_month(cur, place_id=place_id, month=month)
            start = time.perf_counter()
            after = sync.export(engine, shared)
            closed = [f for f in after.files if f.logical.startswith("closed")]
            print(f"{len(closing)} months closed; next export: {sum(f.size for f in after.files)} bytes "
                  f"({time.perf_counter() - start:.2f} s), of which closed months' counts "
                  f"{sum(f.size for f in closed)} bytes in {sum(f.rows for f in closed)} rows")
            again = sync.export(engine, shared)
            print(f"the export after, nothing changed: {sum(f.size for f in again.files)} bytes")
        finally:
            engine.dispose()


if __name__ == "__main__":
    main()
