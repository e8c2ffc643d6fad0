#!/usr/bin/env bash
# Prepare a machine for ipdocs: a project venv with the package and its pinned dependencies.
# Idempotent and quiet when everything is already there. Later stages add Debian packages here
# (LibreOffice, fonts) so that both README commands keep working on a fresh machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
stamp="$venv/.ipdocs-installed"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
  echo "[ipdocs] 创建虚拟环境 $venv" >&2
  "$python" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
  echo "[ipdocs] 安装依赖（首次需要几分钟）" >&2
  log="$venv/install.log"
  if ! { "$venv/bin/python" -m pip install --upgrade pip && "$venv/bin/python" -m pip install -e "$root[dev]"; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "[ipdocs] 依赖安装失败，完整日志见 $log" >&2
    exit 1
  fi
  touch "$stamp"
fi
export DO_NOT_TRACK=1 PREFECT_SERVER_ANALYTICS_ENABLED=false
