#!/usr/bin/env bash
# The full test suite, on a fresh machine too (installs what it needs first), and the wheel check: a wheel
# installed into a fresh venv must give the same `ipdocs run` outputs as the editable install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/bootstrap.sh"
cd "$root"
.venv/bin/ruff check ipdocs flows tests bench scripts templates

# The wheel check runs alongside pytest: it spends much of its time waiting (on pip building the wheel and
# installing it into a fresh venv, on its `ipdocs run`s' servers and LibreOffice), time in which pytest has the
# cores. Its lines are printed after pytest's; either failing fails the whole.
wheel_log="$(mktemp "${TMPDIR:-/tmp}/ipdocs-wheel-check.XXXXXX")"
wheel_pid=""
stop_wheel_check() {
  # interrupted before the wheel check finished: its process group (started under set -m) goes too
  [ -z "$wheel_pid" ] || kill -- "-$wheel_pid" 2>/dev/null || true
  rm -f "$wheel_log"
}
trap stop_wheel_check EXIT
set -m
bash scripts/check_wheel.sh </dev/null >"$wheel_log" 2>&1 &
wheel_pid=$!
set +m

# Two workers (pytest-xdist), a test file per worker at a time, the longest files first (tests/conftest.py's
# LONGEST_FIRST, kept in that order by --no-loadscope-reorder) so that both workers finish together.
pytest_status=0
.venv/bin/python -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder "$@" || pytest_status=$?

wheel_status=0
wait "$wheel_pid" || wheel_status=$?
wheel_pid=""
cat "$wheel_log" >&2
if [ "$pytest_status" -ne 0 ]; then
  exit "$pytest_status"
fi
exit "$wheel_status"
