"""Alembic migrations, run by the app at start (see telecentre_desk/db/migrate.py)."""

# The newest revision in versions/, known without importing Alembic (~65 ms) so that an up-to-date
# database opens fast; tests/db/test_migrations.py checks it against Alembic's own head.
HEAD_REVISION = "0014_network_closed_counts"
