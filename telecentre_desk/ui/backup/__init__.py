"""The backups in the window: settings, the daily backup and its warning, restore (core: telecentre_desk.backup)."""
