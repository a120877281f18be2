"""Errors that the kiosk reports to a person in one line.

Every failure that comes from outside (a file, a camera, a model, the database) is raised as a
:class:`FaceAppError` subclass naming *what* failed and *why*, so the CLI and the GUI can show
it without a traceback and scripts can branch on the exit code.

The reasons a person meets at the kiosk are :class:`Reason` strings: English wherever a string
goes (the CLI, the log, the event log), and carrying the template and values they were made
from, so that the GUI says them in its own language (``faceapp.gui.text.said``; the core
imports no Qt). Their templates are collected for the translations from ``Reason("...")``
calls (``faceapp/gui/i18n/update.py``).
"""

from __future__ import annotations


class Reason(str):
    """An English message made from ``template.format(**values)`` that remembers both.

    A value may itself be a reason (said in the reader's language too) or a list of strings
    or reasons (joined with "; "); any other value is put in as ``format`` puts it."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Reason:
        self = super().__new__(cls, template.format(**{k: _plain(v) for k, v in values.items()}))
        self.template, self.values = template, values
        return self

    def __reduce__(self):  # pickled and copied as the plain English text
        return str, (str(self),)


def is_list_of_text(value: object) -> bool:
    """Whether a reason's value is a list that it joins with "; "."""
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def _plain(value: object) -> object:
    return "; ".join(value) if is_list_of_text(value) else value


class FaceAppError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user, in English;
    ``err.text`` is the same as a :class:`Reason` a front end can translate."""

    exit_code = 10

    def __init__(self, reason: str, path: object | None = None) -> None:
        self.reason = reason
        self.path = None if path is None else str(path)
        self.text = (
            Reason("{path}: {reason}", path=self.path, reason=reason) if self.path else reason
        )
        super().__init__(str(self.text))


class ImageError(FaceAppError):
    """An image could not be read or is unusable (corrupt, truncated, too small or large)."""

    exit_code = 4


class NoFaceError(FaceAppError):
    """No usable face was found in an image."""

    exit_code = 3


class ModelError(FaceAppError):
    """A model file or model card is missing, unreadable or not what it claims to be."""

    exit_code = 6


class GalleryError(FaceAppError):
    """The gallery database cannot be opened or written (locked, read-only, not a database)."""

    exit_code = 5


class NotFoundError(GalleryError):
    """No such person, event or record in the gallery."""


class SourceError(FaceAppError):
    """A frame source (camera, stream, video, folder) cannot be opened or stopped delivering."""

    exit_code = 7


class ConfigError(FaceAppError):
    """A configuration value or file is invalid."""

    exit_code = 2


class DuplicateFaceError(GalleryError):
    """Enrollment refused: the face already matches enrolled people. ``matches`` holds
    ``(person, score)`` pairs so that each front end can word its own way out (a CLI flag, a
    check box)."""

    def __init__(self, matches: list) -> None:
        self.matches = matches
        who = ", ".join(f"{p.name} ({s:.2f})" for p, s in matches)
        super().__init__(Reason("this face already matches {who}; not enrolled", who=who))


class DataError(FaceAppError):
    """An input file of an evaluation or a benchmark (pairs list, image folder) is unusable."""

    exit_code = 2
