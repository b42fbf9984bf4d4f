"""The place's details: the first-run setup and the edit dialog share one form."""
