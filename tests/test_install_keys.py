"""The skip records' keys (out/.render-key.json, .bundle-key.json) are the same whether ipdocs runs from this
checkout (editable: rubrics/, templates/, fonts/ beside the package) or from a wheel (inside it, as
ipdocs._data.*), so scripts/check_wheel.sh compares those records byte for byte too."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ipdocs.base import resources
from ipdocs.render import fingerprint
from ipdocs.rubric import load_rubric

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import json
from ipdocs.base import resources
from ipdocs.render import fingerprint
from ipdocs.rubric import load_rubric
rubric = load_rubric("wujiang-2023")
print(json.dumps({"rubrics": str(resources.shipped("rubrics")), "source": rubric.source,
                  "code": fingerprint.code_version(), "rubric": fingerprint.digest(rubric),
                  "template": fingerprint.digest(resources.template("report.docx"))}))
"""


def _probe(env: dict, cwd: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=cwd, capture_output=True, text=True,
                         timeout=120, check=True)
    return json.loads(out.stdout)


def test_keys_are_the_same_from_the_checkout_and_from_the_wheels_layout(tmp_path):
    site = tmp_path / "site"  # the wheel's layout: the shipped data inside the package
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "ipdocs", site / "ipdocs", ignore=skip)
    for kind in ("rubrics", "templates", "fonts"):
        shutil.copytree(ROOT / kind, site / "ipdocs" / "_data" / kind, ignore=skip)
    env = {k: v for k, v in os.environ.items() if k != "IPDOCS_RUBRICS"}
    wheel = _probe({**env, "PYTHONPATH": str(site)}, tmp_path)
    editable = _probe(env, tmp_path)
    assert Path(wheel["rubrics"]) == site / "ipdocs" / "_data" / "rubrics"  # the copy was the one imported
    assert Path(editable["rubrics"]) == ROOT / "rubrics" == resources.shipped("rubrics")
    assert wheel["source"] != editable["source"]  # the rubric names its file by its absolute path …
    assert {k: wheel[k] for k in ("code", "rubric", "template")} == \
        {k: editable[k] for k in ("code", "rubric", "template")}  # … which no key depends on
    assert editable["rubric"] == fingerprint.digest(load_rubric("wujiang-2023"))
    assert fingerprint.plain(str(ROOT / "rubrics" / "wujiang-2023.yaml")) == "rubrics/wujiang-2023.yaml"
