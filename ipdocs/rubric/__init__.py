"""Rubrics as data and the scoring engine (DESIGN §3: pure, no I/O beyond reading rubric files)."""

from ipdocs.rubric.engine import ScoreSheet, score
from ipdocs.rubric.load import list_rubrics, load_facts, load_rubric, parse_rubric, rubric_path
from ipdocs.rubric.model import Criterion, Indicator, Rubric
from ipdocs.rubric.rules import RULE_KINDS

__all__ = [
    "RULE_KINDS", "Criterion", "Indicator", "Rubric", "ScoreSheet", "list_rubrics", "load_facts",
    "load_rubric", "parse_rubric", "rubric_path", "score",
]
