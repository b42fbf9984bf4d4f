"""Read models that gather several capabilities for the host: the today dashboard (Bilans)."""
