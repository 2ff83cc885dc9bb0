#!/usr/bin/env bash
# `make run`: start Drøftelse on the default database. Until the wizard lands, this makes the demo meeting
# (a lived-in kompetencedrøftelse) and writes its handleplan as PDF and CSV, then says where they went.
set -euo pipefail
bin=.venv/bin
if "$bin/python" -c "import drøftelse.ui.app" 2>/dev/null; then
  exec "$bin/droeftelse" "$@"
fi
meeting=$("$bin/droeftelse" demo)
out="${OUT:-$PWD/out}"
mkdir -p "$out"
"$bin/droeftelse" handleplan "$meeting" --pdf "$out/handleplan-demo.pdf" --csv "$out/handleplan-demo.csv"
"$bin/droeftelse" list
