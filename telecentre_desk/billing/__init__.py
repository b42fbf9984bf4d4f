"""Invoicing: monthly drafts, issue with a continuous series, credit notes, payments."""
