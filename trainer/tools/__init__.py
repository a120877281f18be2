"""Small utilities that make project assets from data (documented in the assets' README)."""
