#!/usr/bin/env bash
# The full test suite, on a fresh machine too (installs what it needs first), then the wheel check: a wheel
# installed into a fresh venv must give the same `ipdocs run` outputs as the editable install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/bootstrap.sh"
cd "$root"
.venv/bin/ruff check ipdocs flows tests bench scripts templates
# Two workers (pytest-xdist), a test file per worker at a time: the suite uses both cores.
.venv/bin/python -m pytest -q -n 2 --dist loadfile "$@"
bash scripts/check_wheel.sh
