#!/usr/bin/env bash
# The main job on the sample input. Until the pipeline exists this scores the Wujiang 2023
# sample self-evaluation facts against the seed 000 rubric and writes the score sheet JSON.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/bootstrap.sh"
cd "$root"
mkdir -p out
.venv/bin/ipdocs score wujiang-2023 sample_inputs/wujiang-2023/facts.yaml
.venv/bin/ipdocs score wujiang-2023 sample_inputs/wujiang-2023/facts.yaml --json > out/wujiang-2023-score.json
echo "评分结果已写入 out/wujiang-2023-score.json"
