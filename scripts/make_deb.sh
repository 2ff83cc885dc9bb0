#!/usr/bin/env bash
# The bundle (dist/Drøftelse, made by `make bundle`) as a Debian package, installed like any desktop app:
#   /opt/droeftelse/…                          the bundle
#   /usr/bin/droeftelse                        a link to its program
#   /usr/share/applications/droeftelse.desktop the menu entry: icon, and the files it opens on a double-click
#   /usr/share/mime/packages/droeftelse.xml    what a meeting file and a returned sheet are
#   /usr/share/icons/hicolor/…/droeftelse.png  the icon in every size
# The packages it depends on are the ones that hold the system libraries the bundle links and does not carry
# (found with ldd and dpkg -S on this Debian 12 build machine). Writes dist/droeftelse_<version>_<arch>.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="dist/Drøftelse"
[ -x "$bundle/droeftelse" ] || { echo "Bundtet findes ikke: kør 'make bundle' først" >&2; exit 1; }
version=$(grep -m1 '^version' pyproject.toml | cut -d'"' -f2)
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
chmod 755 "$root"  # the package's "/" (mktemp makes it private)
trap 'rm -rf "$root"' EXIT
install -d "$root/opt/droeftelse" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
  "$root/DEBIAN"
cp -a "$bundle/." "$root/opt/droeftelse/"
ln -s /opt/droeftelse/droeftelse "$root/usr/bin/droeftelse"
install -m 644 packaging/linux/droeftelse.desktop "$root/usr/share/applications/droeftelse.desktop"
install -m 644 packaging/linux/droeftelse-mime.xml "$root/usr/share/mime/packages/droeftelse.xml"
for png in resources/icons/droeftelse-*.png; do
  size=$(basename "$png" .png | cut -d- -f2)
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/droeftelse.png"
done
install -D -m 644 resources/icons/droeftelse.svg "$root/usr/share/icons/hicolor/scalable/apps/droeftelse.svg"
# the system libraries the bundle needs: those ldd finds outside the bundle, with the bundle's own folders first
internal="$root/opt/droeftelse/_internal"
search=$(find "$internal" -type d -printf '%p:' )
libs=$(find "$root/opt/droeftelse" -type f \( -name '*.so*' -o -name droeftelse \) -print0 |
  LD_LIBRARY_PATH="$search" xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' |
  grep -v "^$root" | sort -u)
missing=$(find "$root/opt/droeftelse" -type f -name '*.so*' -print0 |
  LD_LIBRARY_PATH="$search" xargs -0 ldd 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
[ -z "$missing" ] || { echo "Bundtet mangler biblioteker, som intet pakke her har: $missing" >&2; exit 1; }
packages=""
for lib in $libs; do
  real=$(readlink -f "$lib")
  owner=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null ||
    dpkg -S "${real#/usr}" 2>/dev/null || true)
  [ -n "$owner" ] || { echo "Ingen pakke har $lib" >&2; exit 1; }
  packages+="${owner%%:*}"$'\n'
done
# packages that only a build machine has in that form: the :amd64 suffix is dropped above; libc6 is there always
depends=$(printf '%s' "$packages" | sed 's/,.*//' | sort -u | grep -v '^$' | paste -sd, | sed 's/,/, /g')
# besides the libraries: the freedesktop databases that read the menu entry and the MIME type (their triggers run)
# and the bundled fontconfig's configuration and one font for the window (any desktop has them; a bare system not)
depends="$depends, shared-mime-info, desktop-file-utils, hicolor-icon-theme, fontconfig-config, fonts-dejavu-core"
size=$(du -sk "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: droeftelse
Version: $version
Architecture: $arch
Maintainer: Drøftelse <droeftelse@localhost>
Installed-Size: $size
Depends: $depends
Section: office
Priority: optional
Description: Drøftelse – AMO's kompetencedrøftelse og arbejdsmiljødrøftelse
 Kør arbejdsmiljøudvalgets kompetencedrøftelse og årlige arbejdsmiljødrøftelse
 trin for trin, og udskriv handleplan, referat og mappen til Arbejdstilsynet.
CONTROL
out="dist/droeftelse_${version}_${arch}.deb"
rm -f "$out"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out" >/dev/null
echo "$out"
