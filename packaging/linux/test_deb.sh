#!/usr/bin/env bash
# Installs the .deb into a throw-away root (dpkg-deb -x: the package's files, nothing of this machine touched)
# and runs what a host would: --version, demo, invoice pdf --facturx, the window under Xvfb until it paints;
# then desktop-file-validate and appstreamcli validate on the installed files.
# Usage: packaging/linux/test_deb.sh build/telecentre-desk_*.deb [DISPLAY_NUMBER]
set -euo pipefail
deb=$1
display=":${2:-13}"
scratch=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
app="$root/opt/telecentre-desk/telecentre-desk"
[ "$(readlink "$root/usr/bin/telecentre-desk")" = /opt/telecentre-desk/telecentre-desk ] \
    || { echo "test_deb: /usr/bin/telecentre-desk does not point at the bundle" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q libxcb-cursor0 || { echo "test_deb: Depends lacks the xcb libraries" >&2; exit 1; }
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
mkdir -p "$HOME"
db="$scratch/desk.sqlite"
echo "== --version";  "$app" --version
echo "== demo";       "$app" --db "$db" demo --members 12 --months 3 >/dev/null && echo ok
month=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)  # the demo's history ends today: last month is whole
"$app" --db "$db" invoice run "$month" >/dev/null
"$app" --db "$db" invoice issue --month "$month" --all >/dev/null
number=$("$app" --db "$db" --json invoice list --month "$month" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["number"])')
echo "== invoice pdf $number --facturx"
"$app" --db "$db" invoice pdf "$number" --facturx --out "$scratch/invoice.pdf" >/dev/null
head -c 5 "$scratch/invoice.pdf" | grep -q '%PDF-' && grep -aq 'factur-x.xml' "$scratch/invoice.pdf" && echo "ok (Factur-X attached)"
echo "== window under Xvfb $display"
if [ ! -e "/tmp/.X11-unix/X${display#:}" ]; then
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
fi
DISPLAY=$display QT_QPA_PLATFORM=xcb TELECENTRE_DESK_STARTUP_PROBE=1 timeout 60 "$app" --db "$db" | grep -q '^READY ' \
    && echo "ok (painted)"
echo "== desktop-file-validate, appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/fr.solozere.TelecentreDesk.desktop" && echo "desktop ok"
appstreamcli validate --no-net "$root/usr/share/metainfo/fr.solozere.TelecentreDesk.metainfo.xml" >/dev/null && echo "metainfo ok"
echo "test_deb: all good"
