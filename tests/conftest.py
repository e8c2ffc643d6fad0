import fcntl
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from ipdocs.campaign import load_campaign
from ipdocs.campaign.model import Campaign
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


# --- the five sample campaigns, each run once per test session and shared read-only ------------------------

SAMPLE_NAMES = ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019")
_BUILT = "built.json"


@dataclass(frozen=True)
class BuiltSample:
    """A sample campaign as the pipeline's document stages leave it: distributed, collected, reminded and
    rendered (DOCX, XLSX and the PDFs) as of its as_of, else its last deadline. Shared by every test of the
    session: read it, never write to it (`writable_copy` gives a copy to change)."""
    campaign: Campaign
    distributed: list[Path]  # what distribute returned
    documents: list[Path]  # what render_documents returned, in its order
    pdfs: list[Path]  # what pdf_copies returned
    rendered: dict[str, str]  # document name → sha256 as render_documents wrote it (before any PDF correction)

    def writable_copy(self, tmp_path: Path) -> Campaign:
        folder = tmp_path / self.campaign.folder.name
        shutil.copytree(self.campaign.folder, folder)
        return load_campaign(folder)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build_sample(root: Path, name: str) -> None:
    from ipdocs.distribute import distribute
    from ipdocs.intake.collect import collect
    from ipdocs.intake.remind import write_reminders
    from ipdocs.intake.status import campaign_status
    from ipdocs.render import pdf_copies, render_documents
    from ipdocs.render.content import gather

    shutil.rmtree(root / name, ignore_errors=True)  # a build that failed half-way
    (root / name).mkdir(parents=True)
    campaign = load_campaign(copy_sample(root / name, name))
    at = campaign.as_of or max(d.due for d in campaign.deadlines)  # never today: the outputs stay the same
    distributed = distribute(campaign)
    collect(campaign, at)
    write_reminders(campaign_status(campaign, at), at)
    documents = render_documents(gather(campaign))
    rendered = {f.name: _sha256(f) for f in documents}
    pdfs = pdf_copies(documents, campaign)
    record = {"folder": str(campaign.folder), "distributed": [str(f) for f in distributed],
              "documents": [str(f) for f in documents],
              "pdfs": [str(f) for f in pdfs], "rendered": rendered}
    (root / name / _BUILT).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory):
    """built_sample(name) → BuiltSample. Each sample is built once per session: under pytest-xdist the workers
    share one folder (the session's temporary base) and a file lock, so the second worker waits for the first
    worker's build instead of making its own."""
    base = tmp_path_factory.getbasetemp()
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "built-samples"
    root.mkdir(exist_ok=True)
    loaded: dict[str, BuiltSample] = {}

    def get(name: str) -> BuiltSample:
        if name not in loaded:
            with open(root / f"{name}.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
                if not (root / name / _BUILT).is_file():
                    _build_sample(root, name)
            record = json.loads((root / name / _BUILT).read_text(encoding="utf-8"))
            loaded[name] = BuiltSample(load_campaign(Path(record["folder"])),
                                       *([Path(f) for f in record[k]] for k in ("distributed", "documents", "pdfs")),
                                       record["rendered"])
        return loaded[name]

    return get
