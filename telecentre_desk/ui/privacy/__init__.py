"""RGPD actions in the window: a member's data export and erasure."""
