"""The layers stay as the README draws them: the core imports nothing above it, and no front
end reaches into the gallery's internals to change it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "faceapp"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_imports_nothing_above_it():
    bad = {
        f"{p.relative_to(ROOT)}: {m}"
        for p in (ROOT / "core").rglob("*.py")
        for m in _imports(p)
        if (m.startswith("faceapp") and not m.startswith("faceapp.core"))
        or m.split(".")[0] in ("PySide6", "torch", "trainer")
    }
    assert not bad, sorted(bad)


def test_front_ends_change_the_gallery_only_through_the_app_layer():
    """No front end calls a gallery's writing methods (``gallery.x(`` or ``g.x(``) itself."""
    writes = (
        "log_event(",
        "update_person(",
        "delete_person(",
        "enroll(",
        "set_setting(",
        "apply_retention(",
        "add_negative(",
        "delete_negative(",
        "create_token(",
        "revoke_token(",
    )
    bad = [
        f"{p.relative_to(ROOT)}: {w}"
        for front in ("gui", "cli", "api")
        for p in (ROOT / front).rglob("*.py")
        for w in writes
        if re.search(rf"\b(gallery|g)\.{re.escape(w)}", p.read_text(encoding="utf-8"))
    ]
    assert not bad, bad


def test_the_app_layer_imports_no_front_end():
    bad = {
        f"{p.relative_to(ROOT)}: {m}"
        for p in (ROOT / "app").rglob("*.py")
        for m in _imports(p)
        if m.split(".")[:2] in (["faceapp", "gui"], ["faceapp", "cli"], ["faceapp", "api"])
        or m.split(".")[0] == "PySide6"
    }
    assert not bad, sorted(bad)
