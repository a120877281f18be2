"""The settings panel's Benchmark page: runs :mod:`faceapp.bench.engine` and shows its figures.

The page adds display only - a table, two small charts, a progress bar with cancel, exports,
and a "Use this model" button that hands the chosen model to whoever switches the kiosk.
"""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from faceapp.bench.engine import BenchSettings, Cancelled, run_benchmark, save_results, to_csv_rows
from faceapp.gui.gc_thread import keep_until_done
from faceapp.gui.text import N_, error_text, tr

# Plain headers for installers; the measure behind each is in its tooltip.
COLUMNS = [
    (N_("Model"), N_("The model's name")),
    (N_("Kind"), N_("Number format: full precision (32-bit float) or compact (8-bit integers)")),
    (N_("Size (MB)"), N_("Size of the model file")),
    (N_("Start-up (ms)"), N_("Time to load the model")),
    (N_("Memory (MB)"), N_("Most memory a process used to load and run the model")),
    (N_("Time per face (ms)"), N_("Typical time to recognise one face (median)")),
    (N_("Slow case (ms)"), N_("95 of 100 faces take at most this long (95th percentile)")),
    (N_("Worst case (ms)"), N_("99 of 100 faces take at most this long (99th percentile)")),
    (N_("Faces per second"), N_("Faces recognised per second in batches of 32")),
    (N_("Accuracy"), N_("Pairs of photos told apart correctly (needs a pairs file)")),
    (N_("Speed vs current"), N_("Time per face relative to the running model: below 1 is faster")),
]
PALETTE = ["#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828"]


class _Runner(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # result dict
    failed = Signal(str)


class ChartWidget(QWidget):
    """Left: latency median / p95 / p99 per model. Right: accuracy against latency."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(120)  # fits a 480-line panel; grows with the window
        self.models: list[dict] = []
        self.key = ""

    def set_result(self, result: dict) -> None:
        self.models = result["models"]
        self.key = next(iter(self.models[0]["latency"])) if self.models else ""
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fafafa"))
        if not self.models:
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Run a benchmark to see charts")
            )
            return
        w, h = self.width(), self.height()
        left = QRectF(50, 25, w / 2 - 80, h - 60)
        right = QRectF(w / 2 + 50, 25, w / 2 - 80, h - 60)
        lat = [m["latency"][self.key] for m in self.models]
        top = max(x["p99_ms"] for x in lat) * 1.15
        p.drawText(
            QRectF(left.left(), 2, left.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            tr("Time per face, ms ({key}): typical, slow and worst case").format(key=self.key),
        )
        p.drawRect(left)
        bw = left.width() / max(1, len(lat))
        for i, (m, x) in enumerate(zip(self.models, lat, strict=True)):
            color = QColor(PALETTE[i % len(PALETTE)])
            cx = left.left() + bw * (i + 0.5)

            def y(v: float) -> float:
                return left.bottom() - v / top * left.height()

            p.fillRect(
                QRectF(
                    cx - bw * 0.3, y(x["median_ms"]), bw * 0.6, left.bottom() - y(x["median_ms"])
                ),
                color,
            )
            p.setPen(QPen(color.darker(), 2))
            p.drawLine(QPointF(cx, y(x["median_ms"])), QPointF(cx, y(x["p99_ms"])))
            p.drawLine(
                QPointF(cx - bw * 0.15, y(x["p95_ms"])), QPointF(cx + bw * 0.15, y(x["p95_ms"]))
            )
            p.drawLine(
                QPointF(cx - bw * 0.1, y(x["p99_ms"])), QPointF(cx + bw * 0.1, y(x["p99_ms"]))
            )
            p.setPen(QColor("#212121"))
            name = p.fontMetrics().elidedText(m["name"], Qt.TextElideMode.ElideMiddle, int(bw))
            p.drawText(
                QRectF(cx - bw / 2, left.bottom() + 2, bw, 18), Qt.AlignmentFlag.AlignCenter, name
            )
        p.drawText(QRectF(2, left.top() - 6, 46, 14), Qt.AlignmentFlag.AlignRight, f"{top:.1f}")
        p.drawText(
            QRectF(right.left(), 2, right.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            tr("Accuracy against time per face"),
        )
        p.drawRect(right)
        pts = [
            (x["median_ms"], m["accuracy"]["accuracy_mean"])
            for m, x in zip(self.models, lat, strict=True)
            if m.get("accuracy")
        ]
        if not pts:
            p.drawText(right, Qt.AlignmentFlag.AlignCenter, tr("Choose a pairs file for accuracy"))
            return
        xmax = max(a for a, _ in pts) * 1.2
        ymin = min(b for _, b in pts) - 0.02
        for i, (a, b) in enumerate(pts):
            color = QColor(PALETTE[i % len(PALETTE)])
            px = right.left() + a / xmax * right.width()
            py = right.bottom() - (b - ymin) / (1.0 - ymin) * right.height()
            p.setBrush(color)
            p.setPen(color.darker())
            p.drawEllipse(QPointF(px, py), 6, 6)
            p.drawText(QPointF(px + 8, py - 4), f"{100 * b:.1f} %")


class BenchPanel(QWidget):
    """Benchmark page. ``model_chosen(path)`` is emitted by "Use this model"."""

    model_chosen = Signal(str)
    finished = Signal(object)

    def __init__(
        self,
        models: list[str],
        settings: BenchSettings | None = None,
        current: str | None = None,
        results_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.models, self.current, self.results_dir = models, current, results_dir
        self.settings = settings or BenchSettings()
        self.result: dict | None = None
        self._cancel = threading.Event()
        self.runs = QSpinBox(minimum=10, maximum=5000, value=self.settings.runs)
        self.run_btn = QPushButton(tr("Run benchmark"))
        self.cancel_btn = QPushButton(tr("Cancel"), enabled=False)
        self.use_btn = QPushButton(tr("Use this model"), enabled=False)
        self.csv_btn = QPushButton(tr("Export CSV"), enabled=False)
        self.json_btn = QPushButton(tr("Export JSON"), enabled=False)
        self.pairs_btn = QPushButton(tr("Pairs file..."))
        self.pairs_btn.setToolTip(
            tr(
                "A pairs.txt in LFW's format, with the photos in an images/ folder beside it, "
                "for verification accuracy"
            )
        )
        self.progress = QProgressBar(minimum=0, maximum=1000)
        self.status = QLabel(
            tr(
                "{n} model(s) installed. Timings are taken on this machine, interleaved "
                "between models."
            ).format(n=len(models))
        )
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(name) for name, _ in COLUMNS])
        for col, (_, tip) in enumerate(COLUMNS):
            self.table.horizontalHeaderItem(col).setToolTip(tr(tip))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(
            lambda: self.use_btn.setEnabled(bool(self.table.selectedItems()))
        )
        self.chart = ChartWidget()
        bar = QHBoxLayout()  # two rows, so that the page fits an 800 px panel in any language
        bar.addWidget(QLabel(tr("Runs per model:")))
        bar.addWidget(self.runs)
        for b in (self.pairs_btn, self.run_btn, self.cancel_btn):
            bar.addWidget(b)
        bar.addStretch(1)
        results = QHBoxLayout()
        results.addStretch(1)
        for b in (self.csv_btn, self.json_btn, self.use_btn):
            results.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        lay.addLayout(results)
        lay.addWidget(self.chart, 1)
        self.run_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.pairs_btn.clicked.connect(lambda: self.choose_pairs())
        self.use_btn.clicked.connect(self._use)
        self.csv_btn.clicked.connect(lambda: self.export_csv())
        self.json_btn.clicked.connect(lambda: self.export_json())
        self._runner = _Runner()
        self._runner.progress.connect(self._on_progress)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)

    def choose_pairs(self, path: str | None = None) -> bool:
        """Point the accuracy column at a pairs file; its photos are in ``images/`` beside
        it, or in a folder the user picks."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Pairs file"), "", tr("Pairs (*.txt)"))
            if not path:
                return False
        images = Path(path).parent / "images"
        if not images.is_dir():
            folder = QFileDialog.getExistingDirectory(self, tr("Folder of the pairs' photos"))
            if not folder:
                return False
            images = Path(folder)
        self.settings.pairs, self.settings.pair_images = str(path), str(images)
        self.pairs_btn.setText(tr("Pairs: {name}").format(name=Path(path).name))
        return True

    def cancel(self) -> None:
        """Stop a running benchmark at the next measurement (window closed, user cancel)."""
        self._cancel.set()

    def start(self) -> None:
        self._cancel.clear()
        self.settings.runs = self.runs.value()
        self.run_btn.setEnabled(False)
        self.cancel_btn.setEnabled(True)
        self.progress.setValue(0)

        def progress(fraction: float, text: str) -> None:
            if self._cancel.is_set():
                raise Cancelled
            self._runner.progress.emit(fraction, text)

        def work() -> None:
            try:
                res = run_benchmark(self.models, self.settings, self.current, progress)
            except Cancelled:
                self._runner.failed.emit("cancelled")
            except Exception as e:  # noqa: BLE001 - shown in the panel, never a crash
                self._runner.failed.emit(error_text(e))
            else:
                self._runner.finished.emit(res)

        thread = threading.Thread(target=work, name="benchmark", daemon=True)
        thread.start()
        keep_until_done(self, thread)  # a closed panel is not freed on the benchmark's thread

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(text)

    def _on_failed(self, why: str) -> None:
        self.run_btn.setEnabled(True)
        self.cancel_btn.setEnabled(False)
        self.status.setText(tr("Benchmark stopped: {why}").format(why=why))

    def _on_finished(self, result: dict) -> None:
        self.result = result
        self.run_btn.setEnabled(True)
        self.cancel_btn.setEnabled(False)
        for b in (self.csv_btn, self.json_btn):
            b.setEnabled(True)
        self.progress.setValue(1000)
        saved = save_results(result, self.results_dir) if self.results_dir else None
        m = result["machine"]
        self.status.setText(
            tr("Measured {date} on {cpu} ({n} cores)").format(
                date=result["date"], cpu=m["cpu"], n=m["cores"]
            )
            + ("; " + tr("saved as {name}").format(name=saved.name) if saved else "")
        )
        self.fill(result)
        self.chart.set_result(result)
        self.finished.emit(result)

    def fill(self, result: dict) -> None:
        models = result["models"]
        self.table.setRowCount(len(models))
        key = next(iter(models[0]["latency"])) if models else ""
        for r, m in enumerate(models):
            lat = m["latency"].get(key, {})
            tp = max(
                (v for k, v in m["throughput"].items() if k.startswith("batch=32")), default=None
            )
            acc = m.get("accuracy")
            cells = [
                m["name"],
                tr("full precision") if m["quantization"] == "fp32" else tr("compact (8-bit)"),
                f"{m['file_mb']:.2f}",
                f"{m['load_ms']:.0f}",
                "" if m["peak_rss_mb"] is None else f"{m['peak_rss_mb']:.0f}",
                f"{lat.get('median_ms', 0):.2f}",
                f"{lat.get('p95_ms', 0):.2f}",
                f"{lat.get('p99_ms', 0):.2f}",
                "" if tp is None else f"{tp:.0f}",
                "" if not acc else f"{100 * acc['accuracy_mean']:.2f} %",
                "" if m["ratio_to_current"] is None else f"{m['ratio_to_current']:.2f}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(Qt.ItemDataRole.UserRole, m["path"])
                if c == 1:  # the technical name, for support
                    item.setToolTip(m["quantization"])
                self.table.setItem(r, c, item)

    def _use(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.model_chosen.emit(items[0].data(Qt.ItemDataRole.UserRole))

    def export_csv(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        path = path or QFileDialog.getSaveFileName(self, tr("Export CSV"), "benchmark.csv")[0]
        if path:
            rows = to_csv_rows(self.result)
            with open(path, "w", newline="") as f:
                w = csv.DictWriter(f, fieldnames=sorted({k for r in rows for k in r}))
                w.writeheader()
                w.writerows(rows)
        return path

    def export_json(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        path = path or QFileDialog.getSaveFileName(self, tr("Export JSON"), "benchmark.json")[0]
        if path:
            Path(path).write_text(json.dumps(self.result, indent=1))
        return path
