"""Rubrics as data and the scoring engine (DESIGN §3: pure, no I/O beyond reading rubric and facts files).

spec.py declares the rubric file and kinds.py its rule kinds (pydantic: validation and the published
schema); facts.py the shape of each kind's fact and the facts file; scoring.py how a fact becomes points;
load.py the checks a schema cannot express; model.py the loaded rubric; engine.py the score sheet; check.py the
warnings and # TODOs `rubric check` lists.
"""

from ipdocs.rubric.engine import ScoreSheet, score
from ipdocs.rubric.facts import load_facts
from ipdocs.rubric.kinds import RULE_KINDS
from ipdocs.rubric.load import list_rubrics, load_rubric, parse_rubric, rubric_path
from ipdocs.rubric.model import Criterion, Indicator, Rubric

__all__ = [
    "RULE_KINDS", "Criterion", "Indicator", "Rubric", "ScoreSheet", "list_rubrics", "load_facts",
    "load_rubric", "parse_rubric", "rubric_path", "score",
]
