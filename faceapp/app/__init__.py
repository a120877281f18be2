"""The application layer: what every front end (GUI, CLI, a future API) calls.

- :mod:`.system`: builds the running kiosk from a config and applies changed settings to it;
- :mod:`.admin`: admin actions, each audited in the same transaction as its change;
- :mod:`.audit`: the names of those events; :mod:`.frameloop`: source -> handler;
- :mod:`.models`: where installed models are found.

It imports the core and :mod:`faceapp.config`; nothing in :mod:`faceapp.core` imports it.
"""
