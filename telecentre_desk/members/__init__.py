"""Members of the place: register, find, edit, deactivate."""
