"""Collect the GUI's strings into the ``.ts`` files and compile them to ``.qm``.

``python -m faceapp.gui.i18n.update [--check]``: with ``--check`` nothing is written and the
exit status says whether the files are up to date (a missing or unfinished translation, or a
``.qm`` older than its ``.ts``, is reported).

Qt's ``lupdate`` reads Python, but not strings that reach ``QCoreApplication.translate``
through a helper function with a fixed context, as all of ours do; so the strings are
collected here from the syntax tree (the literal first argument of every ``tr(...)`` and
``N_(...)`` call in the GUI, and of every ``Reason(...)`` below ``faceapp``: the core's reasons,
which the GUI says through ``said``), and the files written are ordinary Qt Linguist ``.ts``
files that ``pyside6-lrelease`` compiles.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from faceapp.gui.i18n import CONTEXT, FOLDER, LANGUAGES, qm_path, ts_path

SOURCES = FOLDER.parent  # faceapp/gui


def collect(root: Path = SOURCES) -> dict[str, str]:
    """Every translatable string of the GUI and of the reasons below it -> where it is first
    used (file:line)."""
    found: dict[str, str] = {}
    for path in sorted(root.parent.rglob("*.py")):
        markers = ("tr", "N_", "Reason") if path.is_relative_to(root) else ("Reason",)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in markers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(root.parent.parent).as_posix()}:{node.lineno}"
                found.setdefault(node.args[0].value, where)
    return found


def read_ts(path: Path) -> dict[str, str]:
    """source -> translation ("" when unfinished) of a .ts file."""
    if not path.exists():
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        t = msg.find("translation")
        done = t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished")
        out[msg.findtext("source")] = (t.text or "") if done else ""
    return out


def ts_text(code: str, strings: dict[str, str], translated: dict[str, str]) -> str:
    ts = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    ctx = ET.SubElement(ts, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source in sorted(strings):
        msg = ET.SubElement(ctx, "message")
        file, line = strings[source].rsplit(":", 1)
        ET.SubElement(msg, "location", filename=file, line=line)
        ET.SubElement(msg, "source").text = source
        t = ET.SubElement(msg, "translation")
        if translated.get(source):
            t.text = translated[source]
        else:
            t.set("type", "unfinished")
    ET.indent(ts)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(ts, encoding="unicode")
        + "\n"
    )


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(exe).exists():
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return exe


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def problems() -> list[str]:
    """What is out of step: strings missing or unfinished in a .ts, stale .qm files."""
    strings = collect()
    out = []
    for code in LANGUAGES:
        if code == "en":
            continue
        have = read_ts(ts_path(code))
        missing = [s for s in strings if not have.get(s)]
        if missing:
            out.append(f"{ts_path(code).name}: {len(missing)} untranslated, e.g. {missing[0]!r}")
        extra = [s for s in have if s not in strings]
        if extra:
            out.append(f"{ts_path(code).name}: {len(extra)} no longer used, e.g. {extra[0]!r}")
        if not qm_path(code).exists():
            out.append(f"{qm_path(code).name} missing")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m faceapp.gui.i18n.update",
        description="Collect the GUI's strings into the .ts files and compile the .qm files.",
    )
    p.add_argument("--check", action="store_true", help="only report what is out of step")
    args = p.parse_args(argv)
    if args.check:
        issues = problems()
        print("\n".join(issues) or "translations up to date")
        return 1 if issues else 0
    strings = collect()
    for code in LANGUAGES:
        if code == "en":
            continue
        have = read_ts(ts_path(code))
        ts_path(code).write_text(ts_text(code, strings, have), encoding="utf-8")
        compile_qm(ts_path(code), qm_path(code))
        done = sum(1 for s in strings if have.get(s))
        print(f"{ts_path(code).name}: {done} of {len(strings)} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
