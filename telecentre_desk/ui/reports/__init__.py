"""The today dashboard (Bilans)."""
