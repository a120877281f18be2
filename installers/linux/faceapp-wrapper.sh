#!/bin/sh
# /usr/bin/faceapp: the packaged kiosk in /opt (a wrapper keeps the bundle's own paths intact).
exec /opt/edgeface-kiosk/faceapp "$@"
