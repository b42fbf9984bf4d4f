"""Storage: SQLModel tables, the engine with its pragmas, migrations and the unit of work."""
