"""The gallery: people, their face templates and the access-event log, in one SQLite file.

- :mod:`.schema`: tables, migrations (``PRAGMA user_version``), SQLite errors in plain words;
- :mod:`.database`: the connection, nesting transactions, blob encryption, settings;
- :mod:`.people`: people and templates; :mod:`.negatives`: faces marked "not this person";
- :mod:`.events`: the event log (with the probe crops that can be marked);
- :mod:`.tokens`: the REST API's bearer tokens, hashed;
- :mod:`.records`: the typed values that go in and come out.
"""

from __future__ import annotations

from faceapp.core.gallery.events import EventLog
from faceapp.core.gallery.negatives import NegativeStore
from faceapp.core.gallery.people import PeopleStore, decode_crop, encode_crop
from faceapp.core.gallery.records import NewTemplate, Person, PersonDetails, TemplateSet, utcnow
from faceapp.core.gallery.tokens import TokenStore


class Gallery(PeopleStore, NegativeStore, EventLog, TokenStore):
    """One gallery file: people, templates and negatives, the event log, settings and the
    API's tokens."""


__all__ = [
    "Gallery",
    "NewTemplate",
    "Person",
    "PersonDetails",
    "TemplateSet",
    "decode_crop",
    "encode_crop",
    "utcnow",
]
