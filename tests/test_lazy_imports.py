"""A rerun that finds nothing new costs seconds (issue 16): `ipdocs run` and the flows import no Word, Excel, PDF or
template library before a stage needs one, and the no-change path of the stages (collect, status, reconcile,
gather) needs none — the status page and the reconciliation files are written again only when what they show
changed. Each pass runs in a fresh interpreter, as `ipdocs run` does."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import copy_sample
from intake_files import pdf_bytes, write

from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect
from ipdocs.intake.report import write_status
from ipdocs.intake.status import campaign_status

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("docx", "docxtpl", "openpyxl", "pdfplumber", "pypdfium2", "jinja2", "PIL", "numpy", "fastapi")

STAGES = """
import json, sys
from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect
from ipdocs.intake.report import write_status
from ipdocs.intake.status import campaign_status
from ipdocs.reconcile import reconcile, write_reconciliation
from ipdocs.render.content import gather
from ipdocs.render.fingerprint import render_key

c = load_campaign(sys.argv[1])
m = c.moment()
collected = collect(c, m)
_, written = write_status(campaign_status(c, m))
write_reconciliation(c, reconcile(c, extract=False))
render_key(gather(c), True)
print(json.dumps({"stored": collected.counts["stored"], "status_written": written,
                  "imported": sorted(h for h in sys.argv[2].split(",") if h in sys.modules)}))
"""


def _python(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_cli_and_the_flows_import_no_document_library():
    """What `ipdocs run` imports before its flow starts, and what `serve` imports for its deployments."""
    out = _python("-c", "import sys, ipdocs.cli, flows.pipeline, flows.schedules; "
                        f"print(' '.join(h for h in {HEAVY!r} if h in sys.modules))")
    assert out.split() == []


def _pdf_only_campaign(tmp_path: Path) -> Path:
    """The Wujiang sample's campaign.yaml with two units' deliveries of plain PDFs (no unit forms: those are Word
    and Excel files that a rerun reads)."""
    folder = copy_sample(tmp_path, inbox=False)
    for unit in ("区市场监管局", "区法院"):
        write(folder / "inbox" / unit / "2023-12-10 1000 报送" / "会议纪要.pdf", pdf_bytes(2))
    return folder


def test_a_rerun_with_nothing_new_reads_and_writes_no_document(tmp_path):
    folder = _pdf_only_campaign(tmp_path)
    status_page = folder / "out" / "status" / "status.html"
    first = json.loads(_python("-c", STAGES, str(folder), ",".join(HEAVY)))
    assert first["stored"] == 2 and first["status_written"]
    assert {"openpyxl", "jinja2", "pypdfium2"} <= set(first["imported"])  # new files: checked, pages written
    written = {p: p.stat().st_mtime_ns for p in [status_page, *(folder / "out" / "reconcile").iterdir()]}

    again = json.loads(_python("-c", STAGES, str(folder), ",".join(HEAVY)))
    assert again == {"stored": 0, "status_written": False, "imported": []}
    assert {p: p.stat().st_mtime_ns for p in written} == written  # nothing rewritten


def test_the_status_page_is_written_again_when_what_it_shows_changed(tmp_path):
    folder = _pdf_only_campaign(tmp_path)
    campaign = load_campaign(folder)
    moment = campaign.moment()
    collect(campaign, moment)
    (html, xlsx), written = write_status(campaign_status(campaign, moment))
    assert written and html.name == "status.html" and xlsx.name == "status.xlsx"
    original = html.read_bytes()
    assert write_status(campaign_status(campaign, moment))[1] is False

    html.write_text("edited by hand", encoding="utf-8")  # a page someone changed is put back
    assert write_status(campaign_status(campaign, moment))[1] is True and html.read_bytes() == original

    later = campaign.moment(moment.replace(day=moment.day + 1))  # another moment: lateness may have changed
    assert write_status(campaign_status(campaign, later))[1] is True
    assert write_status(campaign_status(campaign, moment))[1] is True and html.read_bytes() == original

    write(folder / "inbox" / "区法院" / "2023-12-11 0900 补报" / "补充材料.pdf", pdf_bytes(1))  # a late file
    collect(campaign, moment)
    assert write_status(campaign_status(campaign, moment))[1] is True and html.read_bytes() != original
