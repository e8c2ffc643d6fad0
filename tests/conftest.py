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


def _tree_cpu() -> float:
    """CPU seconds (user + system) of this process, its live descendants and the children each has reaped."""
    import psutil

    total = 0.0
    me = psutil.Process()
    for proc in [me, *me.children(recursive=True)]:
        try:
            t = proc.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """With IPDOCS_TEST_CPU_LOG=<folder>, each test's CPU seconds (setup, call and teardown; the process tree's)
    are appended to <folder>/<worker>.jsonl, for finding where the suite's CPU goes."""
    folder = os.environ.get("IPDOCS_TEST_CPU_LOG")
    if not folder:
        yield
        return
    before = _tree_cpu()
    yield
    spent = _tree_cpu() - before
    log = Path(folder) / f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.jsonl"
    with open(log, "a", encoding="utf-8") as out:
        out.write(json.dumps({"test": item.nodeid, "cpu": round(spent, 2)}) + "\n")


def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        try:
            name = item.path.relative_to(TESTS).as_posix()
        except ValueError:
            return len(LONGEST_FIRST)
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: each file's tests keep their order


# A watchdog around the shared server (below): it stops the server when the watched process (pytest-xdist's
# controller) is gone, killed or not; the controller stops it when the session ends (pytest_sessionfinish).
_WATCHDOG = """
import os, subprocess, sys, time
watched, server = int(sys.argv[1]), subprocess.Popen(sys.argv[2:])
try:
    while server.poll() is None:
        os.kill(watched, 0)  # ProcessLookupError once the controller is gone
        time.sleep(1)
finally:
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
"""
_SHARED_SERVER = "prefect-server.json"


def _start_shared_server(root: Path) -> str:
    """The API URL of the Prefect server the session's xdist workers share: started by the first worker that needs
    one (database in the session's temporary base), in a process group of its own so that it outlives that worker."""
    import subprocess
    import sys
    import time
    import urllib.request

    from flows.server import free_port

    record = root / _SHARED_SERVER
    with open(root / f"{_SHARED_SERVER}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if record.is_file():
            return json.loads(record.read_text(encoding="utf-8"))["api_url"]
        port = free_port()
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
               "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{root / 'prefect-test.db'}"}
        env.pop("PREFECT_API_URL", None)
        import prefect

        server = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(os.getppid()), sys.executable, "-m", "uvicorn", "--app-dir",
             str(prefect.__module_path__.parent), "--factory", "prefect.server.api.server:create_app",
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL, start_new_session=True)
        url = f"http://127.0.0.1:{port}/api"
        deadline = time.monotonic() + 600  # a machine loaded by other jobs can take minutes
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(f"the shared Prefect server did not start (exit {server.poll()})")
            time.sleep(0.2)
        _keep_empty_database(root / "prefect-test.db", root / _EMPTY_DATABASE)
        record.write_text(json.dumps({"api_url": url, "pgid": server.pid}), encoding="utf-8")
        return url


_EMPTY_DATABASE = "prefect-empty.db"


def _keep_empty_database(live: Path, copy: Path) -> None:
    """A copy of the shared server's database as its start left it (migrated, nothing of any test in it yet: no
    worker knows the server's address before the record is written), for `empty_prefect_home`."""
    import sqlite3

    with sqlite3.connect(live) as source, sqlite3.connect(copy.with_suffix(".tmp")) as target:
        source.backup(target)  # a consistent copy of a database in use, its write-ahead log included
    source.close()
    target.close()
    copy.with_suffix(".tmp").replace(copy)


@pytest.fixture
def empty_prefect_home(tmp_path, tmp_path_factory):
    """A PREFECT_HOME of the test's own for a server it starts: its database a copy of an empty, migrated one where
    the session has one (its shared server's start), so that server skips the database migrations (measured: a
    start costs ~13 CPU-s on a new database, ~5 on a migrated one); else none, and the server creates it."""
    home = tmp_path / "prefect"
    home.mkdir()
    empty = tmp_path_factory.getbasetemp().parent / _EMPTY_DATABASE
    if os.environ.get("PYTEST_XDIST_WORKER") and empty.is_file():
        shutil.copyfile(empty, home / "prefect.db")
    return home


def pytest_sessionfinish(session):
    """The controller of an xdist run stops the server its workers shared (its whole process group)."""
    import signal

    base = getattr(getattr(session.config, "_tmp_path_factory", None), "_basetemp", None)
    if os.environ.get("PYTEST_XDIST_WORKER") or base is None:
        return
    record = Path(base) / _SHARED_SERVER
    if record.is_file():
        try:
            os.killpg(json.loads(record.read_text(encoding="utf-8"))["pgid"], signal.SIGTERM)
        except ProcessLookupError:
            pass


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A temporary Prefect server (each start costs ~20–30 CPU-seconds, DESIGN §6), for every test that runs flows
    in-process or points a subprocess at it (PREFECT_API_URL.value()): one per test session — under pytest-xdist
    one the workers share, else prefect_test_harness's."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        from prefect.testing.utilities import prefect_test_harness

        with prefect_test_harness(server_startup_timeout=600):  # a machine loaded by other jobs can take minutes
            yield
        return
    import contextlib

    import prefect.context
    import prefect.settings
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    url = _start_shared_server(tmp_path_factory.getbasetemp().parent)
    with contextlib.ExitStack() as stack:  # as prefect_test_harness points this process at its server
        stack.enter_context(prefect.settings.temporary_settings(updates={prefect.settings.PREFECT_API_URL: url}))
        stack.enter_context(prefect.context._temporary_global_settings_context(prefect.context.get_settings_context()))
        yield
        APILogWorker.drain_all()  # what this process still sends, before the server may go
        EventsWorker.drain_all()


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
