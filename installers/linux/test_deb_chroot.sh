#!/usr/bin/env bash
# Install the .deb in a clean Debian chroot, as an installer would, and check it:
#   installers/linux/test_deb_chroot.sh DEB [CACHE]        (root; needs debootstrap, network)
#
# 1. apt installs the package and its dependencies (postinst runs the self-test);
# 2. the self-test passes again from /opt, run by a kiosk account through /usr/bin/faceapp;
# 3. that account's gallery survives `dpkg -r` and is gone after `dpkg -P`.
# The minimal Debian base is made once with debootstrap and kept as a tarball in CACHE.
set -euo pipefail
DEB=$(realpath "$1")
CACHE=${2:-$HOME/.cache/edgeface-chroot}
BASE="$CACHE/bookworm-minbase.tar"
mkdir -p "$CACHE"
if [ ! -f "$BASE" ]; then
  debootstrap --variant=minbase bookworm "$CACHE/base" http://deb.debian.org/debian
  tar -C "$CACHE/base" -cf "$BASE" .
  rm -rf "$CACHE/base"
fi
ROOTFS=$(mktemp -d /tmp/edgeface-chroot.XXXXXX)
cleanup() { umount -l "$ROOTFS/proc" 2>/dev/null || true; rm -rf "$ROOTFS"; }
trap cleanup EXIT
tar -C "$ROOTFS" -xf "$BASE"
mount -t proc proc "$ROOTFS/proc"
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
cp "$DEB" "$ROOTFS/tmp/"
in_root() { chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== install"
in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "/tmp/$(basename "$DEB")"
echo "== self-test from /opt as the kiosk account"
in_root useradd -m -G edgeface-kiosk kiosk
in_root su kiosk -c "faceapp --self-test"
in_root su kiosk -c "echo 2468 | faceapp set-pin"
GALLERY="$ROOTFS/home/kiosk/.local/share/edgeface-kiosk/gallery.db"
test -f "$GALLERY"
test -f "$ROOTFS/etc/xdg/autostart/edgeface-kiosk.desktop"
test -f "$ROOTFS/usr/share/applications/edgeface-kiosk.desktop"
echo "== remove keeps the gallery"
in_root dpkg -r edgeface-kiosk
test ! -e "$ROOTFS/opt/edgeface-kiosk/faceapp" && test -f "$GALLERY"
echo "== purge deletes it"
in_root dpkg -P edgeface-kiosk
test ! -e "$GALLERY"
echo "chroot check passed: $(basename "$DEB")"
