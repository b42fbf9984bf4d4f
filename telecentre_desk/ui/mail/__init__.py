"""Invoices by e-mail in the window: the SMTP settings, the outbox's log, and the actions screens add."""
