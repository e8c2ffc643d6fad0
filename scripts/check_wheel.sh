#!/usr/bin/env bash
# The wheel is what coordinators install: build it from this tree, install it into a fresh venv outside the
# checkout, run `ipdocs run` on a copy of the sample campaign with it and with the editable install (.venv),
# both copies at the same absolute path, and compare every file under out/ byte for byte.
# Needs scripts/bootstrap.sh to have run; the wheel's declared dependencies are linked from .venv (which installed
# them from the package index), else installed from the index.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DO_NOT_TRACK=1 PREFECT_SERVER_ANALYTICS_ENABLED=false
unset PYTHONPATH
work="$(mktemp -d "${TMPDIR:-/tmp}/ipdocs-wheel.XXXXXX")"
editable_pid=""
cleanup() {
  # the editable run when the wheel failed: its process group (started under set -m), the ipdocs in it too
  [ -z "$editable_pid" ] || kill -- "-$editable_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export PREFECT_HOME="$work/prefect"  # a private Prefect database: other runs on this machine keep theirs
# and a temporary server of its own for each run: not one that pytest's tests (running alongside, scripts/test.sh)
# serve and stop meanwhile, nor a coordinator's
export IPDOCS_STATE_DIR="$work/state"
unset PREFECT_API_URL PREFECT_UI_API_URL
# Its first start creates that database; on a busy two-core CI machine this takes longer than Prefect's 20 s.
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="${PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS:-120}"
say() { echo "[wheel] $*" >&2; }

campaign="$work/campaign"  # one absolute path for both runs: outputs may name it
fresh_copy() {
  rm -rf "$campaign"
  mkdir "$campaign"
  tar -C "$root/sample_inputs/wujiang-2023" --exclude=./out --exclude=./store --exclude=./quarantine \
    --exclude=./ledger.sqlite -cf - . | tar -C "$campaign" -xf -
}
run() {  # $1: label, $2: the ipdocs program; outside the checkout, so nothing is imported from it by accident
  say "ipdocs run（$1），已用时 ${SECONDS} 秒…"
  fresh_copy
  if ! (cd "$work" && "$2" run "$campaign") >"$work/$1.log" 2>&1; then
    tail -n 30 "$work/$1.log" >&2
    say "ipdocs run 失败（$1）"
    exit 1
  fi
  mv "$campaign/out" "$work/out-$1"
}

# Build from a copy of what the wheel is made of (setuptools writes build/ and *.egg-info beside the sources),
# taken before the editable install's run starts, which then runs while the wheel is built and installed in a
# fresh venv (two cores).
mkdir "$work/src"
tar -C "$root" --exclude=__pycache__ -cf - pyproject.toml README.md ipdocs flows rubrics templates fonts \
  | tar -C "$work/src" -xf -
set -m  # the editable run in a process group of its own, so a failure below can stop all of it
run editable "$root/.venv/bin/ipdocs" </dev/null &
editable_pid=$!
set +m
"$root/.venv/bin/python" -m pip wheel -q --no-deps -w "$work/dist" "$work/src" >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; say "构建 wheel 失败"; exit 1; }
wheel=("$work"/dist/ipdocs-*.whl)
say "已构建 $(basename "${wheel[0]}")"
python="$("$root/.venv/bin/python" -c 'import sys; print(sys._base_executable)')"
"$python" -m venv "$work/venv"
# The wheel's dependencies are linked from .venv (scripts/link_dependencies.py: installing them from the index again
# cost ~40 CPU-s, a third of this check) and their versions checked (pip check); else installed from the index.
site="$("$work/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
if "$root/.venv/bin/python" "$root/scripts/link_dependencies.py" "${wheel[0]}" "$site" >"$work/link.log" 2>&1
then
  (cd "$work" && "$work/venv/bin/python" -m pip install -q --no-compile --no-deps "${wheel[0]}" \
    && "$work/venv/bin/python" -m pip check) >"$work/install.log" 2>&1 \
    || { tail -n 30 "$work/install.log" >&2; say "在新的虚拟环境中安装 wheel 失败"; exit 1; }
else
  say "依赖未能从 .venv 取得（$(tail -n 1 "$work/link.log")），改从软件包索引安装"
  rm -rf "$work/venv"
  "$python" -m venv "$work/venv"
  (cd "$work" && exec "$work/venv/bin/python" -m pip install -q --no-compile "${wheel[0]}") >"$work/install.log" 2>&1 \
    || { tail -n 30 "$work/install.log" >&2; say "在新的虚拟环境中安装 wheel 失败"; exit 1; }
fi
say "已安装到新的虚拟环境，等待可编辑安装的 ipdocs run…"
if ! wait "$editable_pid"; then
  editable_pid=""
  exit 1  # run() said why
fi
editable_pid=""
# The wheel's own files, not the checkout's: code, flows and the shipped rubrics, templates and fonts.
(cd "$work" && "$work/venv/bin/python" - "$work/venv" <<'EOF'
import sys
from importlib.resources import files
from pathlib import Path

import flows
import ipdocs

venv = Path(sys.argv[1]).resolve()
places = [Path(ipdocs.__file__), Path(flows.__file__)]
places += [Path(str(files(f"ipdocs._data.{kind}"))) for kind in ("rubrics", "templates", "fonts")]
stray = [str(p) for p in places if venv not in p.resolve().parents]
if stray:
    sys.exit(f"[wheel] wheel 安装没有使用自己的文件：{'、'.join(stray)}")
EOF
)
run wheel "$work/venv/bin/ipdocs"

# Every file under out/, both ways, the stages' skip records (.render-key.json, .bundle-key.json) included: their
# keys name the installed code and data relative to the package, so both installs must agree on them too.
(cd "$work/out-editable" && find . -type f | LC_ALL=C sort) >"$work/editable.files"
(cd "$work/out-wheel" && find . -type f | LC_ALL=C sort) >"$work/wheel.files"
problems=()
while IFS= read -r f; do problems+=("仅可编辑安装生成：${f#./}"); done \
  < <(LC_ALL=C comm -23 "$work/editable.files" "$work/wheel.files")
while IFS= read -r f; do problems+=("仅 wheel 安装生成：${f#./}"); done \
  < <(LC_ALL=C comm -13 "$work/editable.files" "$work/wheel.files")
same=0
while IFS= read -r f; do
  if cmp -s "$work/out-editable/$f" "$work/out-wheel/$f"; then
    same=$((same + 1))
  else
    problems+=("内容不同：${f#./}")
  fi
done < <(LC_ALL=C comm -12 "$work/editable.files" "$work/wheel.files")

if [ "${#problems[@]}" -gt 0 ]; then
  say "wheel 安装与可编辑安装的 ipdocs run 输出不一致（${#problems[@]} 处，另有 $same 个文件相同）："
  printf '  %s\n' "${problems[@]}" >&2
  kept="$(mktemp -d "${TMPDIR:-/tmp}/ipdocs-wheel-diff.XXXXXX")"
  mv "$work/out-editable" "$work/out-wheel" "$kept/"
  say "两次的输出保留在 $kept（out-editable、out-wheel），供比较"
  # the editable run reads the checkout as it is then; the wheel is what it was when the check started
  for part in pyproject.toml ipdocs flows rubrics templates fonts; do
    if ! diff -rq -x __pycache__ "$work/src/$part" "$root/$part" >/dev/null 2>&1; then
      say "注意：检查期间源码有改动（$part），可编辑安装运行的可能已是改动后的代码；请在源码不变时重新运行本检查"
      break
    fi
  done
  exit 1
fi
if [ "$same" -eq 0 ]; then
  say "ipdocs run 没有在 out/ 下生成任何文件"
  exit 1
fi
say "通过：wheel 安装与可编辑安装的 ipdocs run 输出一致（out/ 下 $same 个文件逐字节相同；用时 ${SECONDS} 秒）"
