"""All Qt code lives here: windows, screens, table models, workers."""
