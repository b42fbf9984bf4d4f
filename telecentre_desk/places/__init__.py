"""The place this desk runs: identity, legal details, opening hours, closures."""
