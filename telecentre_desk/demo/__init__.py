"""A realistic demo place for trying the app and for benchmarks."""
