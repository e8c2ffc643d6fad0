"""The number a document shows for an indicator or criterion ID: the seed's own label.

IDs from the scheme's main table are the seed's numbers and show as they are (`3`, `3.2`). Where a scheme
restarts its numbering for its bonus or deduction table (seed 003), the ID carries a `bonus-`/`deduct-` prefix
for facts files only (DESIGN §4); documents show that table's name as the rubric gives it (the part's title,
seed 003: 加分指标, 减分指标) followed by the seed's own number: `bonus-1.1` → 加分指标1.1.
"""

from __future__ import annotations

from ipdocs.rubric.model import Rubric

PREFIXES = {"bonus": "bonus", "deduct": "deduction"}  # ID prefix → rubric part
DEFAULT_TITLES = {"bonus": "加分项", "deduction": "扣分项"}


def restarted(cid: str) -> tuple[str, str] | None:
    """(part, the seed's own number) of a prefixed ID, else None: `deduct-2.1` → ("deduction", "2.1")."""
    head, sep, rest = str(cid).partition("-")
    if sep and head in PREFIXES and rest:
        return PREFIXES[head], rest
    return None


def part_title(rubric: Rubric, part: str) -> str:
    """The seed's name for a part's table (the rubric's part title), else 加分项/扣分项."""
    return next((p.title for p in rubric.parts if p.part == part and p.title), DEFAULT_TITLES.get(part, ""))


def display_id(rubric: Rubric, cid: str) -> str:
    """`3.2` → 3.2; `bonus-1.1` → 加分指标1.1 (seed 003)."""
    found = restarted(cid)
    if found is None:
        return str(cid)
    part, number = found
    return f"{part_title(rubric, part)}{number}"


def display_text(rubric: Rubric, text: str) -> str:
    """`text` with every prefixed ID of the rubric replaced by its display number (longest IDs first)."""
    ids = [i for ind in rubric.indicators for i in (ind.id, *(c.id for c in ind.criteria)) if restarted(i)]
    for cid in sorted(ids, key=len, reverse=True):
        text = text.replace(cid, display_id(rubric, cid))
    return text
