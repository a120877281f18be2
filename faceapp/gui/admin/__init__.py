"""The admin area behind the PIN: enrollment wizard, people, events, settings, benchmark.

Each page drives :mod:`faceapp.core` through the kiosk controller and adds only display.
"""
