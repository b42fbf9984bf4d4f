"""Automatic backups into a folder the host chooses, restore, and the recovery of the key files (docs/backups.md)."""
