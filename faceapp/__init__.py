"""EdgeFace door kiosk.

``faceapp.core`` is the headless recognition pipeline (no Qt); ``faceapp.cli`` the command line;
the Qt application sits on top of the core and adds only display and input.
"""

__version__ = "0.1.0"
