"""PyInstaller runtime hook: mediapipe's ``solutions`` package imports matplotlib for its
drawing helpers, which the kiosk never calls. The bundle leaves matplotlib out (35 MB) and
gives that import an empty stand-in, so only a call to a drawing helper would fail."""

import sys
import types

try:
    import matplotlib  # noqa: F401 - present (e.g. a development run): use it
except ImportError:
    mpl = types.ModuleType("matplotlib")
    mpl.pyplot = types.ModuleType("matplotlib.pyplot")
    sys.modules["matplotlib"] = mpl
    sys.modules["matplotlib.pyplot"] = mpl.pyplot
