import shutil
from pathlib import Path

import pytest

from ipdocs.campaign import load_campaign
from ipdocs.rubric import load_rubric, score
from ipdocs.rubric.scoring import evaluate

SAMPLES = Path(__file__).resolve().parents[1] / "sample_inputs"


@pytest.fixture(scope="session")
def rubric():
    cache = {}

    def get(rubric_id):
        if rubric_id not in cache:
            cache[rubric_id] = load_rubric(rubric_id)
        return cache[rubric_id]

    return get


def best_fact(rule):
    """A fact that earns a rule its most points and loses none (used to build full-marks scenarios)."""
    kind = rule.kind
    if kind in ("flag", "requirement"):
        return True
    if kind == "penalty":
        return False
    if kind == "per_occurrence":
        return 99
    if kind == "per_category":
        return {c.label: 99 for c in rule.categories if c.points > 0}
    if kind == "choice":
        return max(rule.options, key=lambda o: o.points).label
    if kind == "judged":
        return rule.max
    if kind == "tiers":
        for value in (1, 0, 1_000_000, 60, 2, 0.3):
            if evaluate(rule, "t", value).gain == rule.max_gain:
                return value
        raise AssertionError(f"no best value for tiers {rule.measure}")
    if kind == "decline":
        return 1.0
    if kind == "quota":
        return {rule.band_by: 1000, rule.measure: 999, rule.growth: True}
    if kind in ("deduct_per_event", "points_less_events"):
        return 0
    raise AssertionError(kind)


def full_facts(rubric, part=None):
    return {c.id: best_fact(c.rule) for ind in rubric.indicators for c in ind.criteria
            if part is None or ind.part == part}


@pytest.fixture
def sheet(rubric):
    """score(rubric_id, facts) as the JSON of DESIGN §4, for comparing with hand-computed numbers."""

    def run(rubric_id, facts):
        return score(rubric(rubric_id), facts).to_json()

    return run


def copy_sample(tmp_path, name: str = "wujiang-2023", inbox: bool = True) -> Path:
    """A writable copy of a sample campaign: campaign.yaml, facts.yaml where it has one, and its inbox."""
    folder = tmp_path / name
    folder.mkdir()
    for f in ("campaign.yaml", "facts.yaml"):
        if (SAMPLES / name / f).exists():
            shutil.copy(SAMPLES / name / f, folder)
    if inbox and (SAMPLES / name / "inbox").exists():
        shutil.copytree(SAMPLES / name / "inbox", folder / "inbox")
    return folder


@pytest.fixture
def campaign(tmp_path):
    """A writable copy of the Wujiang 2023 sample campaign without its inbox."""
    return load_campaign(copy_sample(tmp_path, inbox=False))
