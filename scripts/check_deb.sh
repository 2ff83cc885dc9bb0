#!/usr/bin/env bash
# The .deb (scripts/make_deb.sh) installed into a clean Debian 12 root, as a user's `apt install ./droeftelse….deb`
# does: dpkg -i, then apt-get -f install for what it depends on. Then the installed app starts there: its version,
# the demo meeting and a handleplan PDF, the window (offscreen), a meeting file handed to it as a double-click
# does; the menu entry validates, and the freedesktop databases know its MIME types and icon.
#
# Needs root (chroot) and debootstrap, and the Debian mirror once: the clean root is made by debootstrap the first
# time and cached in ~/.cache/droeftelse-tests/bookworm (DROEFTELSE_TEST_CACHE), each run works on a copy of it.
# Without root or debootstrap it says so and is skipped, unless DROEFTELSE_REQUIRE_DEB_CHECK=1 (CI) makes that
# a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls -t dist/droeftelse_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "Ingen .deb i dist/: kør 'make bundle' først" >&2; exit 1; }
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  exec sudo -E bash "$0" "$@"  # chroot and mount need root; a CI user with sudo has it
fi
if [ "$(id -u)" != 0 ] || ! command -v debootstrap >/dev/null; then
  echo "Installationen af $deb prøves ikke: det kræver root og debootstrap (apt-get install debootstrap)" >&2
  [ -z "${DROEFTELSE_REQUIRE_DEB_CHECK:-}" ] || exit 1
  exit 0
fi
started=$(date +%s)
cache=${DROEFTELSE_TEST_CACHE:-$HOME/.cache/droeftelse-tests}
base="$cache/bookworm"
if [ ! -e "$base/.made-by-check-deb" ]; then
  rm -rf "$base.partial"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$base.partial" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >/dev/null
  touch "$base.partial/.made-by-check-deb"
  rm -rf "$base"
  mv "$base.partial" "$base"
fi
work=$(mktemp -d)
root="$work/root"
cleanup() {
  for m in "$root/proc" "$root/dev/pts" "$root/dev"; do mountpoint -q "$m" && umount -l "$m"; done
  rm -rf "$work"
}
trap cleanup EXIT
cp -a "$base" "$root"  # the cached root stays clean: every run starts from the same fresh system
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/droeftelse.deb"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/hjem LANG=C.UTF-8 \
  LANGUAGE=da DEBIAN_FRONTEND=noninteractive "$@"; }
log="$work/apt.log"
in_root apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
in_root dpkg -i /tmp/droeftelse.deb >"$log" 2>&1 || true  # its dependencies are not there yet
in_root apt-get -f install -y -qq --no-install-recommends >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
in_root dpkg -s droeftelse | grep -q '^Status: install ok installed' || { echo ".deb blev ikke installeret" >&2; exit 1; }
installed=$(( $(date +%s) - started ))

version=$(grep -m1 '^version' pyproject.toml | cut -d'"' -f2)
in_root droeftelse --version | grep -qx "Drøftelse $version" || { echo "Den installerede app starter ikke" >&2; exit 1; }
mkdir -p "$root/tmp/hjem"
meeting=$(in_root droeftelse --db /tmp/hjem/udvalg.sqlite demo)
in_root droeftelse --db /tmp/hjem/udvalg.sqlite handleplan "$meeting" --pdf /tmp/hjem/handleplan.pdf >/dev/null
head -c 5 "$root/tmp/hjem/handleplan.pdf" | grep -q '%PDF-' || { echo "Ingen handleplan fra den installerede app" >&2; exit 1; }
in_root env QT_QPA_PLATFORM=offscreen DROEFTELSE_QUIT_AFTER_START=1 timeout 180 droeftelse --db /tmp/hjem/udvalg.sqlite
# a meeting file double-clicked: the menu entry's command line, %f replaced by the file
in_root droeftelse --db /tmp/hjem/udvalg.sqlite export "$meeting" --json /tmp/hjem/Møde.json >/dev/null
exec_line=$(grep -m1 '^Exec=' "$root/usr/share/applications/droeftelse.desktop" | cut -d= -f2-)
[ "$exec_line" = "droeftelse %f" ] || { echo "Menupunktets Exec er uventet: $exec_line" >&2; exit 1; }
in_root env QT_QPA_PLATFORM=offscreen DROEFTELSE_QUIT_AFTER_START=1 timeout 180 \
  droeftelse --db /tmp/hjem/udvalg.sqlite /tmp/hjem/Møde.json
# read in as a new meeting: its handleplan can be made
in_root droeftelse --db /tmp/hjem/udvalg.sqlite handleplan $((meeting + 1)) --pdf /tmp/hjem/ny.pdf >/dev/null ||
  { echo "Mødefilen, der blev åbnet som ved et dobbeltklik, blev ikke indlæst" >&2; exit 1; }

# the desktop knows it: a valid menu entry, the MIME types in the databases their triggers rebuilt, the icon
in_root desktop-file-validate /usr/share/applications/droeftelse.desktop
grep -q 'application/x-droeftelse-meeting=.*droeftelse.desktop' "$root/usr/share/applications/mimeinfo.cache"
grep -q 'application/x-droeftelse-sheet=.*droeftelse.desktop' "$root/usr/share/applications/mimeinfo.cache"
grep -q 'application/x-droeftelse-meeting:\*.droeftelse.json' "$root/usr/share/mime/globs2"
grep -q 'application/x-droeftelse-sheet:forberedelsesark\*.pdf' "$root/usr/share/mime/globs2"
grep -aq 'application/x-droeftelse-meeting' "$root/usr/share/mime/magic"
[ -f "$root/usr/share/icons/hicolor/256x256/apps/droeftelse.png" ]
[ -f "$root/usr/share/icons/hicolor/scalable/apps/droeftelse.svg" ]
# and it leaves as it came
in_root dpkg --purge droeftelse >/dev/null
[ ! -e "$root/opt/droeftelse" ] && [ ! -e "$root/usr/bin/droeftelse" ] || { echo "Afinstallation efterlod filer" >&2; exit 1; }
echo "Pakken virker: $deb installeret i et rent Debian 12 på ${installed} s (i alt $(( $(date +%s) - started )) s)"
