#!/usr/bin/env bash
# Prepare a machine for ipdocs: Debian packages (LibreOffice for legacy Office formats and PDF, CJK
# fonts, poppler) and a project venv with the package and its pinned dependencies.
# Idempotent and quiet when everything is already there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Fonts: the free faces the mandated ones map to in PDF output (fonts/ipdocs-fonts.conf, DESIGN §6).
debian_packages=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-arphic-uming
                 fonts-arphic-ukai fonts-liberation2)
missing=()
for pkg in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[ipdocs] 安装系统软件包：${missing[*]}（首次需要几分钟）" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  apt_log="$(mktemp)"
  if ! { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    tail -n 20 "$apt_log" >&2
    echo "[ipdocs] 系统软件包安装失败（完整日志：$apt_log）" >&2
    exit 1
  fi
fi
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
