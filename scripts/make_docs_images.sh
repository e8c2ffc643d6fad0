#!/usr/bin/env bash
# Pictures of real output for docs/: the first pages of the sample campaign's rendered self-evaluation
# report (run after scripts/main.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
report=$(ls "$root"/sample_inputs/wujiang-2023/out/submit/1.*自评报告.pdf)
pdftoppm -r 60 -png -f 1 -l 2 "$report" "$root/docs/report-page"
catalogue=$(ls "$root"/sample_inputs/wujiang-2023/out/submit/2.*目录清单.pdf)
pdftoppm -r 60 -png -f 1 -l 1 "$catalogue" "$root/docs/catalogue-page"
ls "$root"/docs/*.png
