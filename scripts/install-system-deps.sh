#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the app and the tests need. Does nothing when they are already there; needs
# root or sudo otherwise. Qt's libraries are asked of Qt itself: once .venv has PySide6, `ldd` on its modules and
# platform plugins (xcb, wayland, offscreen) lists what cannot be found, and drøftelse.ui.system_libraries names
# the package of each. So the Makefile runs this before .venv exists (for python3-venv) and again when PySide6 is in.
set -euo pipefail
python=${PYTHON:-python3}
venv=${VENV:-.venv}
# poppler-utils renders PDFs to PNG in checks; xvfb and xdotool are the screen and keyboard of the first-start test;
# postgresql gives the tests a throw-away server of their own (tests/pg_cluster.py: initdb in a temporary folder);
# debootstrap makes the clean Debian 12 the .deb is installed in by `make bundle` (scripts/check_deb.sh);
# chromium and its driver are the real browser the tests drive through the phone's pages (issue 30)
packages=(poppler-utils xvfb xdotool postgresql debootstrap chromium chromium-driver)
# Debian and Ubuntu ship venv (ensurepip) as a package of its own
if ! "$python" -c "import ensurepip" >/dev/null 2>&1; then
  ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  packages+=("python3-venv" "python${ver}-venv")
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# the packages whose libraries Qt's files cannot find (none asked before PySide6 is installed)
qt_lacks() {
  if "$venv/bin/python" -c "import drøftelse.ui.system_libraries" >/dev/null 2>&1; then
    "$venv/bin/python" -m drøftelse.ui.system_libraries
  fi
}
mapfile -t qt < <(qt_lacks)
missing+=("${qt[@]}")
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Mangler systempakker: ${missing[*]} (installér dem med systemets pakkehåndtering)" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installerer systempakker: ${missing[*]}"
if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
  echo "Systempakkerne ${missing[*]} mangler og kunne ikke installeres. Installér dem med:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
# asked again: a library still missing means the table in drøftelse.ui.system_libraries names the wrong package
mapfile -t qt < <(qt_lacks)
if [ ${#qt[@]} -gt 0 ]; then
  echo "Qt mangler stadig biblioteker fra: ${qt[*]}" >&2
  exit 1
fi
