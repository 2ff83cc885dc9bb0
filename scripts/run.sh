#!/usr/bin/env bash
# `make run`: start Drøftelse on the default database (or `make run ARGS="--db PATH"`).
set -euo pipefail
exec .venv/bin/droeftelse "$@"
