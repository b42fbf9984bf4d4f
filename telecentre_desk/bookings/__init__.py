"""Bookings of rooms and desks: slots, days, weekly series, conflicts."""
