"""Kiosk mode: a full-screen check-in window for a comptoir with nobody at the desk."""
