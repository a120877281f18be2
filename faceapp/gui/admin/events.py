"""Events page: the access log with filters, snapshot thumbnails, CSV export and retention."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from faceapp.app.admin import AdminService
from faceapp.core.errors import FaceAppError
from faceapp.core.events_export import write_events_csv
from faceapp.gui.kiosk import AMBER, GREEN, RED
from faceapp.gui.qtimage import jpeg_pixmap
from faceapp.gui.text import N_, error_text, local_time, tr
from faceapp.gui.words import event_words, kind_words

COLUMNS = [
    N_("Time"),
    N_("Event"),
    N_("Decision"),
    N_("Person"),
    N_("Score"),
    N_("Liveness"),
    N_("Snapshot"),
]
DECISIONS = ["", "granted", "denied", "unknown", "spoof"]
COLORS = {"granted": GREEN, "denied": RED, "unknown": RED, "spoof": AMBER}
SHOWN = 1000  # rows shown; the export has all


class EventsPage(QWidget):
    def __init__(self, admin: AdminService, retention_days: int = 90) -> None:
        super().__init__()
        self.admin = admin
        self.gallery = admin.gallery
        self.rows: list[dict] = []
        self.decision = QComboBox()
        for d in DECISIONS:
            self.decision.addItem(event_words(d) if d else tr("all decisions"), d)
        self.person = QLineEdit(placeholderText=tr("Person"))
        self.person.setClearButtonEnabled(True)
        self.use_since = QCheckBox(tr("Since"))
        self.since = QDateEdit(QDate.currentDate().addDays(-7), calendarPopup=True, enabled=False)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.refresh_btn = QPushButton(tr("Refresh"))
        self.export_btn = QPushButton(tr("Export CSV..."))
        self.retention = QSpinBox(minimum=0, maximum=3650, value=retention_days)
        self.retention.setSuffix(tr(" days"))
        self.retention.setSpecialValueText(tr("(choose)"))
        self.retention.setToolTip(tr("Automatic deletion is set under Settings"))
        self.prune_btn = QPushButton(tr("Delete now"))
        self.wrong_btn = QPushButton(tr("Not this person..."))
        self.wrong_btn.setToolTip(
            tr("The door took this face for someone it was not: keep that face out as them")
        )
        self.wrong_btn.setEnabled(False)
        self.status = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(48, 48))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.decision)
        filters.addWidget(self.person, 1)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.refresh_btn)
        filters.addWidget(self.export_btn)
        bottom = QHBoxLayout()
        bottom.addWidget(self.wrong_btn)
        bottom.addSpacing(24)
        bottom.addWidget(QLabel(tr("Delete events older than")))
        bottom.addWidget(self.retention)
        bottom.addWidget(self.prune_btn)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        self.use_since.toggled.connect(self.since.setEnabled)
        for signal in (
            self.decision.currentIndexChanged,
            self.person.textChanged,
            self.use_since.toggled,
            self.since.dateChanged,
        ):
            signal.connect(self.refresh)
        self.refresh_btn.clicked.connect(self.refresh)
        self.export_btn.clicked.connect(lambda: self.export_csv())
        self.prune_btn.clicked.connect(self.prune)
        self.wrong_btn.clicked.connect(self.mark_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # new events appear by themselves while the page is on screen
        self.auto = QTimer(self, interval=3000, timeout=self._poll)
        self._newest = -1
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.auto.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.auto.stop()
        super().hideEvent(event)

    def _poll(self) -> None:
        try:
            newest = self.gallery.last_event_id()
        except FaceAppError:
            return  # a locked gallery: the next tick tries again
        if newest != self._newest:
            self.refresh()

    def _filters(self) -> dict:
        since = None
        if self.use_since.isChecked():
            day = self.since.date()
            local = dt.datetime(day.year(), day.month(), day.day()).astimezone()
            since = local.astimezone(dt.UTC).isoformat(timespec="milliseconds")
        return {
            "since": since,
            "decision": self.decision.currentData() or None,
            "person": self.person.text().strip() or None,
        }

    def refresh(self) -> None:
        try:
            self._newest = self.gallery.last_event_id()
            self.rows = self.gallery.events(**self._filters(), limit=SHOWN)
        except FaceAppError as e:
            self.status.setText(error_text(e))
            return
        self.table.setRowCount(len(self.rows))
        for row, e in enumerate(self.rows):
            codes = [None, e["kind"], e["decision"], None, None, e["liveness"]]
            near = _near_miss(e)
            cells = [
                local_time(e["ts"], seconds=True),
                kind_words(e["kind"]),
                event_words(e["decision"]),
                e["person_name"] or (tr("close to {name}").format(name=near) if near else ""),
                "" if e["score"] is None else f"{e['score']:.3f}",
                e["liveness"] or "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if codes[col]:  # the stored code, for support and for scripts driving the page
                    item.setData(Qt.ItemDataRole.UserRole, codes[col])
                    item.setToolTip(codes[col])
                if col == 2 and e["decision"] in COLORS:
                    item.setForeground(QColor(COLORS[e["decision"]]))
                self.table.setItem(row, col, item)
            snap = QTableWidgetItem()
            if e["has_snapshot"]:
                data = self.gallery.snapshot(e["id"])
                pix = jpeg_pixmap(data, 48) if data else None
                if pix is not None:
                    snap.setIcon(QIcon(pix))
                    self.table.setRowHeight(row, 52)
            self.table.setItem(row, 6, snap)
        more = " " + tr("(newest {n} shown)").format(n=SHOWN) if len(self.rows) >= SHOWN else ""
        self.status.setText(tr("{n} events").format(n=len(self.rows)) + more)

    def selected(self) -> dict | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        e = self.selected()
        self.wrong_btn.setEnabled(
            e is not None and bool(e["has_probe"]) and bool(e["person_name"] or _near_miss(e))
        )

    def confirm(self, text: str) -> bool:
        """Ask before marking (a separate method so scripted use can answer)."""
        from faceapp.gui.ask import ask

        return ask(self, text)

    def mark_selected(self) -> bool:
        """ "This was not Ada": the selected grant's (or near miss's) face is kept out as Ada
        from now on; Ada herself still gets in."""
        e = self.selected()
        if e is None:
            return False
        name = e["person_name"] or _near_miss(e)
        if not self.confirm(
            tr(
                "Was this not {name}? This face will be refused as {name} from now on; "
                "{name} still gets in. The mark can be removed on {name}'s page."
            ).format(name=name)
        ):
            return False
        try:
            self.admin.mark_not_person(e["id"])
        except FaceAppError as err:
            self.status.setText(str(err))
            return False
        self.status.setText(tr("Marked: this face is no longer let in as {name}").format(name=name))
        return True

    def export_csv(self, path: str | None = None) -> str | None:
        """All events matching the filters (not only those shown) to a CSV file."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export events"), "events.csv", "CSV (*.csv)"
            )
            if not path:
                return None
        try:
            rows = self.gallery.events(**self._filters())
            with open(path, "w", newline="", encoding="utf-8") as f:
                n = write_events_csv(rows, f)
        except (OSError, FaceAppError) as e:
            self.status.setText(tr("Export failed: {why}").format(why=e))
            return None
        self.status.setText(tr("{n} events exported").format(n=n))
        return path

    def prune(self) -> int:
        try:
            n = self.admin.prune_events(self.retention.value())
        except FaceAppError as e:
            self.status.setText(error_text(e))
            return 0
        self.refresh()
        self.status.setText(tr("{n} old events deleted").format(n=n))
        return n


def _near_miss(event: dict) -> str | None:
    """The person an unknown face came close to (kept so it can be marked), if any."""
    import json

    if event["kind"] != "access" or event["person_name"]:
        return None
    return json.loads(event["details"] or "{}").get("candidate")
