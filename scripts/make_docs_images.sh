#!/usr/bin/env bash
# Pictures of real output for docs/: page 1 of each sample campaign's self-evaluation report
# (docs/report-<campaign>.png, all five seeds), and seed 000's first report pages and catalogue page
# (docs/report-page-NN.png, docs/catalogue-page-1.png). Each campaign runs on a scratch copy of its
# campaign.yaml, facts.yaml and inbox (sample_inputs/ is left as it is): collect, extract, reconcile, render.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ipdocs="$root/.venv/bin/ipdocs"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for sample in wujiang-2023 xinyang-2021 yongning-2023 market-standard hubei-2019; do
  folder="$scratch/$sample"
  mkdir -p "$folder"
  cp "$root/sample_inputs/$sample/campaign.yaml" "$root/sample_inputs/$sample/facts.yaml" "$folder/"
  cp -r "$root/sample_inputs/$sample/inbox" "$folder/inbox"
  # "now" is the campaign's as_of, else its last deadline (every delivery is in by then)
  at=$(grep -o 'due: "[^"]*"' "$folder/campaign.yaml" | sort | tail -1 | cut -d'"' -f2)
  grep -q '^as_of:' "$folder/campaign.yaml" && at=$(grep '^as_of:' "$folder/campaign.yaml" | cut -d'"' -f2)
  "$ipdocs" collect "$folder" --at "$at" > /dev/null
  "$ipdocs" extract "$folder" > /dev/null
  "$ipdocs" reconcile "$folder" > /dev/null
  "$ipdocs" render "$folder" > /dev/null
  report=$(ls "$folder"/out/submit/1.*自评报告.pdf)
  pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$report" "$root/docs/report-$sample"
  if [ "$sample" = wujiang-2023 ]; then
    pdftoppm -r 60 -png -f 1 -l 2 "$report" "$root/docs/report-page"
    pdftoppm -r 60 -png -f 1 -l 1 "$(ls "$folder"/out/submit/2.*目录清单.pdf)" "$root/docs/catalogue-page"
  fi
done
ls "$root"/docs/*.png
