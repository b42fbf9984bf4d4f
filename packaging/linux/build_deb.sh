#!/usr/bin/env bash
# The .deb from the PyInstaller folder (build/dist/telecentre-desk): the bundle in /opt/telecentre-desk,
# /usr/bin/telecentre-desk, the menu entry, the icon, the AppStream metainfo, and Depends on the system
# libraries Qt's window links against (the same list `make run` checks: telecentre_desk/system_libs.py).
# Usage: packaging/linux/build_deb.sh [PYTHON]   (run from the repository root; `make package` does)
set -euo pipefail
python=${1:-.venv/bin/python}
bundle=build/dist/telecentre-desk
[ -x "$bundle/telecentre-desk" ] || { echo "build_deb: no bundle at $bundle (run PyInstaller first)" >&2; exit 1; }
version=$("$python" -c 'import telecentre_desk; print(telecentre_desk.__version__)')
arch=$(dpkg --print-architecture)
app_id=fr.solozere.TelecentreDesk
root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/metainfo"
cp -a "$bundle" "$root/opt/telecentre-desk"
ln -s /opt/telecentre-desk/telecentre-desk "$root/usr/bin/telecentre-desk"
install -m 0644 "resources/linux/$app_id.desktop" "$root/usr/share/applications/$app_id.desktop"
install -m 0644 "resources/linux/$app_id.metainfo.xml" "$root/usr/share/metainfo/$app_id.metainfo.xml"
install -m 0644 resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
depends=$("$python" -c 'from telecentre_desk import system_libs as s; print(", ".join(sorted(set(s.XCB_WINDOW_LIBS.values()))))')
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: telecentre-desk
Version: $version
Architecture: $arch
Maintainer: SoLozère <contact@example.org>
Installed-Size: $size
Depends: $depends
Section: misc
Priority: optional
Homepage: https://example.org/telecentre-desk
Description: front desk of a rural shared workplace
 Members, badges scanned at the door, desks and rooms, monthly invoices
 (Factur-X) and a network of places; works offline, backs itself up daily.
CONTROL
out=build/telecentre-desk_${version}_${arch}.deb  # gzip: fast to build on a small machine, read by every dpkg
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$out" >/dev/null
echo "$out"
