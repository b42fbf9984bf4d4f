"""Occupancy: presence per member and day, and the indicators funders ask for."""
