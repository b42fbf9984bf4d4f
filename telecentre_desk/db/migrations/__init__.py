"""Alembic migrations, run by the app at start (see telecentre_desk/db/migrate.py)."""
