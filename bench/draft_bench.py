"""Draft benchmark: how much of a checked rubric `ipdocs rubric draft` reproduces, and how fast.

    .venv/bin/python bench/draft_bench.py [--misses]

Two sets, reported separately:
- **seeds**: the five seed scheme texts (sample_inputs/schemes/seed-00N.txt) against the shipped rubrics
  (rubrics/*.yaml, matched by their `seed`);
- **own**: our three scheme documents (DOCX with merged cells, a PDF made by LibreOffice from a DOCX, an XLSX
  with merged cells), made afresh by scripts/make_schemes.py into a temporary folder, against the
  hand-written rubrics in sample_inputs/schemes/expected/. They were written alongside the drafter: read
  their numbers as a regression check, not as accuracy on unseen schemes.

Measures (ipdocs.rubric.draft.compare): indicators = share of the rubric's indicators the draft has with the
same ID, maximum and part; kinds = share of its criteria the draft has with the same ID and rule kind.
Time: seconds per document for reading and drafting (YAML written), sequential.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ipdocs.rubric import list_rubrics, load_rubric  # noqa: E402
from ipdocs.rubric.draft import draft_rubric  # noqa: E402
from ipdocs.rubric.draft.compare import Accuracy, compare  # noqa: E402
from ipdocs.rubric.draft.write import to_yaml  # noqa: E402

SCHEMES = ROOT / "sample_inputs" / "schemes"
OWN = {"city-2024.docx": "city-2024", "county-2024.pdf": "county-2024", "park-2024.xlsx": "park-2024",
       "district-2024.pdf": "district-2024"}


def measure(path: Path, expected) -> tuple[Accuracy, float]:
    started = time.perf_counter()
    draft = draft_rubric(path)
    to_yaml(draft)
    return compare(draft, expected), time.perf_counter() - started


def report(title: str, rows: list[tuple[str, Accuracy, float]], misses: bool) -> None:
    print(f"\n{title}")
    print(f"{'document':<18}{'indicators':>14}{'kinds':>14}{'seconds':>10}")
    total = Accuracy()
    for name, acc, seconds in rows:
        total = total + acc
        print(f"{name:<18}{acc.indicators_right:>6}/{acc.indicators:<3}{acc.indicator_share:>5.0%}"
              f"{acc.kinds_right:>6}/{acc.criteria:<3}{acc.kind_share:>5.0%}{seconds:>10.2f}")
        if misses:
            for line in acc.misses:
                print(f"    {line}")
    mean = sum(s for *_, s in rows) / len(rows)
    print(f"{'all':<18}{total.indicators_right:>6}/{total.indicators:<3}{total.indicator_share:>5.0%}"
          f"{total.kinds_right:>6}/{total.criteria:<3}{total.kind_share:>5.0%}{mean:>10.2f} (mean)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each indicator or criterion missed")
    args = parser.parse_args()
    shipped = {r.seed: r for r in list_rubrics()}
    seeds = [(f"seed-00{n}", *measure(SCHEMES / f"seed-00{n}.txt", shipped[f"00{n}"])) for n in range(5)]
    report("seeds (shipped rubrics)", seeds, args.misses)
    spec = importlib.util.spec_from_file_location("make_schemes", ROOT / "scripts" / "make_schemes.py")
    make_schemes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_schemes)
    with tempfile.TemporaryDirectory() as tmp:
        made = {p.name: p for p in make_schemes.make(Path(tmp))}
        own = [(file, *measure(made[file], load_rubric(SCHEMES / "expected" / f"{name}.yaml")))
               for file, name in OWN.items()]
    report("own documents (hand-written rubrics)", own, args.misses)


if __name__ == "__main__":
    main()
