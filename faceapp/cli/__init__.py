"""Command line: ``faceapp`` (kiosk and admin commands)."""
