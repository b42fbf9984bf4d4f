"""Small pure helpers shared by every capability: money, time, ids, errors, validation."""
