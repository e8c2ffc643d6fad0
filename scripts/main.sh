#!/usr/bin/env bash
# The main job on the sample campaign (Wujiang 2023, seed 000): every unit's pack is distributed, then the
# whole pipeline runs once through Prefect (collect → extract and reconcile → render → bundle), then the
# reminders, the GB/T 9704 check of the documents for the assessors, and the score sheet.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/bootstrap.sh"
cd "$root"
campaign=sample_inputs/wujiang-2023
.venv/bin/ipdocs campaign check "$campaign"
.venv/bin/ipdocs distribute "$campaign"
.venv/bin/ipdocs run "$campaign"
.venv/bin/ipdocs remind "$campaign"
.venv/bin/ipdocs lint-docx "$campaign"/out/submit/*.docx
mkdir -p out
.venv/bin/ipdocs score wujiang-2023 "$campaign/facts.yaml"
.venv/bin/ipdocs score wujiang-2023 "$campaign/facts.yaml" --json > out/wujiang-2023-score.json
echo "评分结果已写入 out/wujiang-2023-score.json"
