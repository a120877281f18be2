"""The kiosk's translations: Qt Linguist sources (``faceapp_<lang>.ts``) compiled to ``.qm``.

Every user-visible string of the GUI goes through :func:`faceapp.gui.text.tr` (or is marked
with :func:`faceapp.gui.text.N_` where it is translated later, as in tables of words), in the
one context ``faceapp``. ``python -m faceapp.gui.i18n.update`` collects those strings into
the ``.ts`` files (keeping what is translated, marking new strings unfinished, dropping
strings no longer used) and compiles them with Qt's ``pyside6-lrelease``; a translator edits
the ``.ts`` files in Qt Linguist. A test keeps the sources, the ``.ts`` files and the
``.qm`` files in step.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
CONTEXT = "faceapp"
#: Languages with a translation, by code, in their own words (English is the source).
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}


def qm_path(code: str) -> Path:
    return FOLDER / f"faceapp_{code}.qm"


def ts_path(code: str) -> Path:
    return FOLDER / f"faceapp_{code}.ts"
