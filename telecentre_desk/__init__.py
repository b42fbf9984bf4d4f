"""Télécentre Desk: the front desk of a rural shared workplace, fully offline."""

__version__ = "0.1.0"
