"""Rooms and desks: describing the place, the floor plan, who sits where."""
