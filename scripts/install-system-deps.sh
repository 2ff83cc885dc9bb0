#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests and the app need (Qt's runtime libraries, poppler for
# rendering PDFs to PNG in checks). Does nothing when they are already there; needs root or sudo otherwise.
set -euo pipefail
packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils)
python=${PYTHON:-python3}
# Debian and Ubuntu ship venv (ensurepip) as a package of its own
if ! "$python" -c "import ensurepip" >/dev/null 2>&1; then
  ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  packages+=("python3-venv" "python${ver}-venv")
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Mangler systempakker: ${missing[*]} (installér dem med systemets pakkehåndtering)" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installerer systempakker: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
