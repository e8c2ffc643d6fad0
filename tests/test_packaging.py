"""ipdocs as an installable package: flows and the shipped rubrics, templates and fonts come with it and are
found with importlib.resources; a coordinator's own rubrics and templates folders come first.
(The wheel itself, installed in a fresh venv and run on the sample campaign: scripts/check_wheel.sh.)"""

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.resources import files
from pathlib import Path

import docx
import pytest
import yaml
from conftest import copy_sample

from ipdocs.base import resources
from ipdocs.base.errors import IpdocsError
from ipdocs.campaign import load_campaign
from ipdocs.render import render_template
from ipdocs.rubric import list_rubrics, load_rubric

ROOT = Path(__file__).resolve().parents[1]
DATA = {"rubrics": "*.yaml", "templates": "*.docx", "fonts": "*.conf"}


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_is_in_the_wheel_list():
    """packages is a list (the data packages cannot be discovered): a new subpackage must be added to it."""
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for top in ("ipdocs", "flows")
               for p in (ROOT / top).rglob("__init__.py") if "__pycache__" not in p.parts}
    data = {f"ipdocs._data.{kind}" for kind in DATA}
    assert set(_setuptools()["packages"]) == on_disk | data
    assert _setuptools()["package-dir"] == {f"ipdocs._data.{kind}": kind for kind in DATA}


def test_shipped_data_found_with_importlib_resources():
    for kind, pattern in DATA.items():
        folder = files(f"ipdocs._data.{kind}")
        assert Path(str(folder)).resolve() == (ROOT / kind).resolve()  # the editable install maps the repo's
        assert resources.shipped(kind) == folder
        assert sorted(p.name for p in folder.glob(pattern)) == sorted(p.name for p in (ROOT / kind).glob(pattern))
    assert resources.fontconfig().is_file()
    assert {"report.docx", "report-hubei.docx", "catalogue.docx", "score-table.docx"} <= {
        p.name for p in resources.shipped("templates").glob("*.docx")}


def test_no_path_tricks_in_the_package():
    tricks = re.compile(r"sys\.path|parents\[")
    found = [f"{p.relative_to(ROOT)}:{n}" for top in ("ipdocs", "flows") for p in sorted((ROOT / top).rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if tricks.search(line)]
    assert found == []


# --- a coordinator's own rubrics ----------------------------------------------------------------------

def _own_rubric(folder: Path, rubric_id: str, title: str) -> Path:
    doc = yaml.safe_load((ROOT / "rubrics" / "wujiang-2023.yaml").read_text(encoding="utf-8"))
    doc["id"], doc["title"] = rubric_id, title
    folder.mkdir(exist_ok=True)
    path = folder / f"{rubric_id}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_own_rubrics_first_then_shipped(tmp_path, monkeypatch):
    own = tmp_path / "细则"
    _own_rubric(own, "wujiang-2023", "本地修订的武江细则")
    _own_rubric(own, "jiangbei-2024", "江北区2024年考核细则")
    monkeypatch.setenv(resources.RUBRICS_ENV, str(own))
    assert load_rubric("wujiang-2023").title == "本地修订的武江细则"
    assert load_rubric("jiangbei-2024").source == str(own / "jiangbei-2024.yaml")
    assert load_rubric("xinyang-2021").source == str(resources.shipped("rubrics") / "xinyang-2021.yaml")
    ids = [r.id for r in list_rubrics()]
    assert ids == sorted(ids) and "jiangbei-2024" in ids and "hubei-2019" in ids
    with pytest.raises(IpdocsError, match="找不到评分细则：nanshan-2024（已有：.*jiangbei-2024"):
        load_rubric("nanshan-2024")


def test_own_rubrics_folder_must_exist(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.RUBRICS_ENV, str(tmp_path / "没有"))
    with pytest.raises(IpdocsError, match="找不到评分细则文件夹.*没有"):
        load_rubric("wujiang-2023")


def test_rubrics_option_on_the_command_line(tmp_path):
    _own_rubric(tmp_path / "rubrics", "jiangbei-2024", "江北区2024年考核细则")
    env = {"COLUMNS": "200", "PATH": "/usr/bin:/bin"}
    shown = subprocess.run([sys.executable, "-m", "ipdocs", "--rubrics", "rubrics", "rubric", "show", "jiangbei-2024",
                            "--json"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert shown.returncode == 0, shown.stderr
    assert '"title": "江北区2024年考核细则"' in shown.stdout
    missing = subprocess.run([sys.executable, "-m", "ipdocs", "rubric", "show", "jiangbei-2024"],
                             capture_output=True, text=True, cwd=tmp_path, env=env)
    assert missing.returncode == 1 and "找不到评分细则：jiangbei-2024" in missing.stderr


# --- a coordinator's own templates --------------------------------------------------------------------

def test_own_templates_first_then_shipped(tmp_path):
    folder = copy_sample(tmp_path, inbox=False)
    doc = yaml.safe_load((folder / "campaign.yaml").read_text(encoding="utf-8"))
    doc["templates"] = "我的模板"
    (folder / "campaign.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    own = folder / "我的模板"
    own.mkdir()
    mine = docx.Document()
    mine.add_paragraph("本单位自己的评分表：{{ title }}")
    mine.save(str(own / "score-table.docx"))
    campaign = load_campaign(folder)
    assert getattr(campaign, "templates_dir", None) == own

    made = render_template("score-table.docx", {"title": "武江区"}, tmp_path / "out" / "a.docx", campaign, "评分表")
    assert [p.text for p in docx.Document(str(made)).paragraphs] == ["本单位自己的评分表：武江区"]
    assert resources.template("catalogue.docx", own) == resources.shipped("templates") / "catalogue.docx"
    with pytest.raises(IpdocsError, match="找不到 Word 模板：report-x.docx（已查找：.*我的模板"):
        resources.template("report-x.docx", own)


# --- the wheel ----------------------------------------------------------------------------------------

def test_wheel_carries_flows_and_data(tmp_path):
    src = tmp_path / "src"  # a copy: setuptools writes build/ and *.egg-info beside the sources
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src)
    for name in ("ipdocs", "flows", *DATA):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"),
                            str(src)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    names = set(zipfile.ZipFile(next((tmp_path / "dist").glob("ipdocs-*.whl"))).namelist())
    expected = {f"ipdocs/_data/{kind}/{p.name}" for kind, pattern in DATA.items() for p in (ROOT / kind).glob(pattern)}
    expected |= {p.relative_to(ROOT).as_posix() for top in ("ipdocs", "flows") for p in (ROOT / top).rglob("*")
                 if p.suffix in (".py", ".json", ".yaml") and "__pycache__" not in p.parts}
    assert expected <= names
    assert not any(n.startswith(("tests/", "sample_inputs/", "rubrics/", "templates/", "fonts/")) for n in names)
