"""User-facing text helpers: translation hook and local-time display of stored UTC times."""

from __future__ import annotations

import datetime as dt

from faceapp.core.errors import FaceAppError, Reason, is_list_of_text
from faceapp.gui.i18n import CONTEXT, LANGUAGES, qm_path


def tr(text: str) -> str:
    """Every user-facing string goes through here: Qt's translator for the chosen language
    (``faceapp/gui/i18n``), in the one context ``faceapp``; the English source otherwise."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def said(text: str) -> str:
    """A message from the core in the chosen language: a :class:`~faceapp.core.errors.Reason`
    by its translated template with its values said the same way (a list joined with "; "),
    any other string through :func:`tr` (unchanged when the catalogue does not have it). A
    translation whose placeholders do not fit gives the English text rather than nothing."""
    if not isinstance(text, Reason):
        return tr(text) if text else text
    values = {k: _said_value(v) for k, v in text.values.items()}
    try:
        return tr(text.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def _said_value(value: object) -> object:
    if is_list_of_text(value):
        return "; ".join(said(v) for v in value)
    return said(value) if isinstance(value, str) else value


def error_text(e: BaseException) -> str:
    """What went wrong, in the chosen language where the core said it as a reason."""
    return said(e.text) if isinstance(e, FaceAppError) else str(e)


def N_(text: str) -> str:  # noqa: N802 - gettext's name for the marker
    """Marks a string for translation where it is defined (a table of labels) and translated
    later by :func:`tr`; returns it unchanged."""
    return text


def number(n: int) -> str:
    """A whole number the way the chosen language writes it (1,000 / 1.000 / 1 000); English
    until a language is chosen, whatever the machine's locale (a "C" locale writes 1000)."""
    from PySide6.QtCore import QLocale

    return QLocale(_language[0]).toString(int(n))


_language = ["en_US"]  # the locale of the language in use, for numbers
_installed: list = []  # the QTranslator in use (kept alive: Qt does not own it)


def set_language(code: str | None) -> str:
    """Use language ``code`` ("de", "fr", ...; "" or None: the system's) for every later
    :func:`tr`; returns the code in use ("en" when there is no translation for it). Widgets
    built before keep their text: the caller rebuilds what is on screen."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    want = (code or QLocale.system().name()).split("_")[0].lower()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if want == "en" or want not in LANGUAGES or app is None:
        _language[0] = "en_US"
        return "en"
    t = QTranslator()
    if not t.load(str(qm_path(want))):
        return "en"
    app.installTranslator(t)
    _installed.append(t)
    qt = QTranslator()  # Qt's own words: Yes/No, Save/Cancel, Next/Back
    if qt.load(f"qtbase_{want}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _language[0] = want
    return want


def local_time(iso: str | None, seconds: bool = False) -> str:
    """A stored ISO time (UTC when it has no zone) as local "YYYY-MM-DD HH:MM[:SS]"."""
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if len(iso) == 10:  # a plain date stays a date
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
