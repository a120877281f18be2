"""The access-event log as CSV: one writer for ``faceapp events --csv`` and the admin's export."""

from __future__ import annotations

import csv
from typing import TextIO

#: Columns of an exported event, in order (the snapshot image itself is never exported).
EVENT_FIELDS = [
    "id",
    "ts",
    "kind",
    "decision",
    "person_id",
    "person_name",
    "score",
    "liveness",
    "source",
    "details",
    "has_snapshot",
]


def write_events_csv(rows: list[dict], out: TextIO) -> int:
    """Write event rows (as :meth:`Gallery.events` returns them); returns the row count."""
    w = csv.DictWriter(out, fieldnames=EVENT_FIELDS, extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return len(rows)
