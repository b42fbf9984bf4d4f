"""The floor plan: rooms and desks drawn and arranged by the host, each desk live (free, occupied, booked)."""
