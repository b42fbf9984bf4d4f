"""Network sync by CSV files between the places (docs/sync-format.md)."""
