#!/usr/bin/env bash
# Build EdgeFace kiosk.app and a .dmg on macOS (needs Xcode command-line tools for iconutil
# and hdiutil):  installers/macos/build_app.sh [OUT]
#
# PyInstaller's one-folder bundle is wrapped in a standard .app: Contents/MacOS holds the
# bundle, Contents/Resources the icon, Info.plist asks for camera access. The .app's
# --self-test must pass before the .dmg is made. Autostart: System Settings > General >
# Login Items > add "EdgeFace kiosk".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)
cd "$ROOT"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
PY=${FACEAPP_BUILD_PYTHON:-python3}
"$PY" -m pip install -q "$ROOT" "pyinstaller>=6,<7"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/bundle" --workpath "$OUT/pyinstaller-work" installers/faceapp.spec

APP="$OUT/EdgeFace kiosk.app"
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R "$OUT/bundle/edgeface-kiosk/." "$APP/Contents/MacOS/"
ICONSET="$OUT/edgeface-kiosk.iconset"
mkdir -p "$ICONSET"
for s in 16 32 64 128 256 512; do
  sips -z $s $s assets/icons/edgeface-kiosk.png --out "$ICONSET/icon_${s}x${s}.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o "$APP/Contents/Resources/edgeface-kiosk.icns"
sed "s/@VERSION@/$VERSION/g" installers/macos/Info.plist.in > "$APP/Contents/Info.plist"

echo "== self-test of the app"
"$APP/Contents/MacOS/faceapp" --self-test

DMG="$OUT/edgeface-kiosk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "EdgeFace kiosk" -srcfolder "$APP" -ov -format UDZO "$DMG"
du -sh "$APP" "$DMG"
