import fcntl
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

# No network here (DESIGN §6): keep Prefect from phoning home, in this process and in every one it starts.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from ipdocs.campaign import load_campaign  # noqa: E402
from ipdocs.campaign.model import Campaign  # noqa: E402
from ipdocs.rubric import load_rubric, score  # noqa: E402
from ipdocs.rubric.scoring import evaluate  # noqa: E402

TESTS = Path(__file__).resolve().parent
SAMPLES = TESTS.parent / "sample_inputs"

# The files that take longest (real Prefect servers and pipelines, LibreOffice, the sample campaigns' builds),
# longest first. scripts/test.sh runs `pytest -n 2 --dist loadfile --no-loadscope-reorder`: a worker takes the next
# file in this order whenever it is free, so the long files run side by side from the start and the two workers
# finish together on short ones (xdist's default order, most tests first, left the one-test files of real runs
# for the end, one worker running them while the other idled). Files not listed follow in their usual order.
LONGEST_FIRST = (
    "integration/test_flows.py", "test_layout_lint.py", "integration/test_seeds.py", "integration/test_serve.py",
    "integration/test_rerun_cost.py", "integration/test_serve_kill.py", "test_seed_crashes.py", "test_cli.py",
    "test_render.py", "test_kill.py", "integration/test_edits_survive.py", "test_cases.py", "test_bundle_gate.py",
    "test_distribute.py", "integration/test_flows_sigterm.py", "test_seed_documents_004_003.py", "test_reconcile.py",
    "test_status_truth.py", "test_narratives.py", "test_output.py", "test_packaging.py", "test_diff.py",
    "test_extract_pool.py", "test_extract_upright.py", "test_lazy_imports.py", "test_lock.py",
)


def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        try:
            name = item.path.relative_to(TESTS).as_posix()
        except ValueError:
            return len(LONGEST_FIRST)
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: each file's tests keep their order


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server per test process (each start costs ~10–30 s, DESIGN §6), for every test that
    runs flows in-process or points a subprocess at it (PREFECT_API_URL.value())."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=600):  # a machine loaded by other jobs can take minutes
        yield


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
