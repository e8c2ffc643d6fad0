"""The one order of indicator and criterion IDs (DESIGN §4): base before bonus before deduction, then part by
part with numbers compared as numbers (2 < 10, 11.2 < 11.10). Any ID sorts, number or not."""

from __future__ import annotations

import re

KINDS = {"bonus": 1, "deduct": 2}  # prefixes of a scheme's own bonus/deduction numbering (seed 003)


def id_key(cid: str) -> tuple:
    """Sort key of an indicator or criterion ID: `1.2` < `1.10` < `2` < `bonus-1.1` < `deduct-1`."""
    text = str(cid).strip()
    kind = 0
    head, sep, rest = text.partition("-")
    if sep and head.lower() in KINDS:
        kind, text = KINDS[head.lower()], rest
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\-]", text) if p != "")
    return (kind, parts)


def in_order(ids) -> list[str]:
    """IDs sorted by id_key."""
    return sorted(ids, key=id_key)
