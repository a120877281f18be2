#!/bin/sh
# Started at every graphical login by /etc/xdg/autostart/edgeface-kiosk.desktop; it opens the
# kiosk full screen only for members of the "edgeface-kiosk" group (the door's kiosk account:
# `sudo adduser kiosk edgeface-kiosk`), so other users of the machine are left alone.
id -nG | tr ' ' '\n' | grep -qx edgeface-kiosk || exit 0
exec /opt/edgeface-kiosk/faceapp
