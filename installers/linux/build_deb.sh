#!/usr/bin/env bash
# Build the kiosk's one-folder bundle (PyInstaller) and a .deb from a checkout.
#
#   installers/linux/build_deb.sh [OUT]      (default OUT: dist/)
#
# Uses a build virtualenv with the kiosk alone (no torch); set FACEAPP_BUILD_PYTHON to a
# Python that already has the project installed to skip creating it. The bundle must pass its
# own --self-test before it is packaged.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)
cd "$ROOT"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)

PY=${FACEAPP_BUILD_PYTHON:-}
if [ -z "$PY" ]; then
  python3.11 -m venv "$OUT/build-venv"
  PY="$OUT/build-venv/bin/python"
  "$PY" -m pip install -q "$ROOT"
  # mediapipe pulls the GUI build of OpenCV, which carries Qt 5 for cv2.imshow; the kiosk
  # draws with PySide6, so the bundle takes the headless build of the same OpenCV (-30 MB).
  "$PY" -m pip uninstall -y -q opencv-contrib-python
  # (numpy stays below 2 with it: mediapipe is built against numpy 1, and the newest OpenCV
  # wheels would pull numpy 2 in)
  "$PY" -m pip install -q "opencv-contrib-python-headless<5" "numpy<2"
fi
"$PY" -m pip install -q "pyinstaller>=6,<7"

echo "== bundle"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/bundle" --workpath "$OUT/pyinstaller-work" installers/faceapp.spec
BUNDLE="$OUT/bundle/edgeface-kiosk"
echo "== self-test of the bundle"
FACEAPP_DATA_DIR=$(mktemp -d) "$BUNDLE/faceapp" --self-test
echo "== REST API of the bundle"
python3 installers/linux/api_smoke.py "$BUNDLE/faceapp"

echo "== .deb"
PKG="$OUT/deb/edgeface-kiosk_${VERSION}_${ARCH}"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/icons/hicolor/256x256/apps" "$PKG/etc/xdg/autostart" \
  "$PKG/usr/share/doc/edgeface-kiosk"
# Hard links, not a copy: the staging tree costs no disk beyond the bundle itself.
cp -al "$BUNDLE" "$PKG/opt/edgeface-kiosk"
install -m 755 installers/linux/faceapp-wrapper.sh "$PKG/usr/bin/faceapp"
install -m 755 installers/linux/kiosk-autostart.sh "$PKG/opt/edgeface-kiosk/kiosk-autostart.sh"
install -m 644 installers/linux/edgeface-kiosk.desktop "$PKG/usr/share/applications/"
install -m 644 installers/linux/edgeface-kiosk-autostart.desktop \
  "$PKG/etc/xdg/autostart/edgeface-kiosk.desktop"
install -m 644 assets/icons/edgeface-kiosk.png "$PKG/usr/share/icons/hicolor/256x256/apps/"
install -m 644 README.md "$PKG/usr/share/doc/edgeface-kiosk/README.md"
for f in postinst postrm; do install -m 755 "installers/linux/$f" "$PKG/DEBIAN/$f"; done
SIZE_KB=$(du -sk "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE_KB/" \
  installers/linux/control.in > "$PKG/DEBIAN/control"
echo "/etc/xdg/autostart/edgeface-kiosk.desktop" > "$PKG/DEBIAN/conffiles"
dpkg-deb --build --root-owner-group -Zxz "$PKG" "$OUT/edgeface-kiosk_${VERSION}_${ARCH}.deb"
rm -rf "$OUT/deb"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1)  deb: $(du -h "$OUT/edgeface-kiosk_${VERSION}_${ARCH}.deb" | cut -f1)"
