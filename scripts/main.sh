#!/usr/bin/env bash
# The main job on the sample campaign (Wujiang 2023, seed 000). Until the whole pipeline exists it runs
# the stages built so far: distribution of every unit's pack, collection of the sample inbox (status page,
# reminders), extraction of facts from the evidence and reconciliation with the claims, the documents for
# the assessors (report, catalogue, scoring table as DOCX/PDF/XLSX), the USB
# bundle, and the score sheet of the sample self-evaluation.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/bootstrap.sh"
cd "$root"
.venv/bin/ipdocs campaign check sample_inputs/wujiang-2023
.venv/bin/ipdocs distribute sample_inputs/wujiang-2023
.venv/bin/ipdocs collect sample_inputs/wujiang-2023
.venv/bin/ipdocs remind sample_inputs/wujiang-2023
.venv/bin/ipdocs extract sample_inputs/wujiang-2023
.venv/bin/ipdocs reconcile sample_inputs/wujiang-2023
.venv/bin/ipdocs render sample_inputs/wujiang-2023
.venv/bin/ipdocs lint-docx sample_inputs/wujiang-2023/out/submit/*.docx
.venv/bin/ipdocs bundle sample_inputs/wujiang-2023
mkdir -p out
.venv/bin/ipdocs score wujiang-2023 sample_inputs/wujiang-2023/facts.yaml
.venv/bin/ipdocs score wujiang-2023 sample_inputs/wujiang-2023/facts.yaml --json > out/wujiang-2023-score.json
echo "评分结果已写入 out/wujiang-2023-score.json"
