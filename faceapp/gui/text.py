"""User-facing text helpers: translation hook and local-time display of stored UTC times."""

from __future__ import annotations

import datetime as dt


def tr(text: str) -> str:
    """Every user-facing string goes through here, so a Qt translator can hook in later."""
    return text


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
