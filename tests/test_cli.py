"""The `ipdocs` command end to end, as a coordinator runs it."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_inputs" / "wujiang-2023" / "facts.yaml"


def ipdocs(*args):
    return subprocess.run([sys.executable, "-m", "ipdocs", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})


def test_rubric_list_names_every_shipped_rubric():
    out = ipdocs("rubric", "list")
    assert out.returncode == 0
    for rid in ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"):
        assert rid in out.stdout


def test_rubric_show_json_and_table():
    shown = json.loads(ipdocs("rubric", "show", "xinyang-2021", "--json").stdout)
    assert shown["id"] == "xinyang-2021" and shown["totals"] == {"base": 100, "bonus": 10, "deduction": 10}
    choice = next(c for i in shown["indicators"] for c in i["criteria"] if c["id"] == "2.3")
    assert choice["kind"] == "choice" and "以其他名义印发" in choice["labels"]
    table = ipdocs("rubric", "show", "xinyang-2021").stdout
    assert "以其他名义印发" in table and "优秀 ≥ 90分" in table


def test_score_json_is_the_contract():
    out = ipdocs("score", "wujiang-2023", SAMPLE, "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    contract = {"total", "base", "bonus", "deduction", "grade", "excellent_eligible", "indicators", "criteria"}
    assert contract <= set(result)
    assert (result["total"], result["grade"], result["deduction"]) == (85.45, None, -1)
    assert set(result["criteria"]["3.2"]) >= {"score", "max", "reason"}
    assert set(result["indicators"]["12"]) >= {"score", "max"}


def test_score_table_shows_reasons_and_totals():
    out = ipdocs("score", "wujiang-2023", SAMPLE)
    assert out.returncode == 0
    assert "总分 85.45 分" in out.stdout and "等次" not in out.stdout     # seed 000 defines no grades
    assert "18.2：发生1起" in out.stdout


def test_bad_fact_is_one_chinese_line_without_traceback(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text('"1.1": 3\n', encoding="utf-8")
    out = ipdocs("score", "wujiang-2023", facts)
    assert out.returncode == 1
    assert out.stderr.strip() == f"错误：{facts}：事实 1.1：给出的是 3；应为 true 或 false"  # the file is named
    debug = ipdocs("--debug", "score", "wujiang-2023", facts)
    assert "Traceback" in debug.stderr or "FactError" in debug.stderr


def test_rubric_check_reports_file_and_id(tmp_path):
    doc = yaml.safe_load((ROOT / "rubrics" / "market-standard.yaml").read_text(encoding="utf-8"))
    doc["parts"][0]["sections"][0]["sections"][0]["indicators"][0]["max"] = 4  # 相关协议签订情况 3 → 4
    bad = tmp_path / "market.yaml"
    bad.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = ipdocs("rubric", "check", bad)
    assert out.returncode == 1
    assert "market.yaml：指标 1：各准则最多只能得3分，达不到标明的4分" in out.stderr
    assert "market.yaml：“制度建设情况”标明21分，所含指标合计22分，不一致" in out.stderr
    good = ipdocs("rubric", "check", ROOT / "rubrics" / "hubei-2019.yaml")
    assert good.returncode == 0 and "校验通过" in good.stdout


def test_campaign_check_and_distribute(tmp_path):
    folder = tmp_path / "yongning"
    folder.mkdir()
    doc = yaml.safe_load((ROOT / "sample_inputs" / "yongning-2023" / "campaign.yaml").read_text(encoding="utf-8"))
    (folder / "campaign.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    ok = ipdocs("campaign", "check", folder)
    assert ok.returncode == 0 and "检查通过" in ok.stdout and "12条准则均有牵头单位" in ok.stdout
    made = ipdocs("distribute", folder)
    assert made.returncode == 0 and "已生成 7 个单位的任务包，共 24 个文件" in made.stdout
    assert (folder / "out" / "distribute" / "县财政局" / "县财政局-任务通知.docx").is_file()
    doc["assignments"][6]["lead"] = "县法院"
    (folder / "campaign.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    bad = ipdocs("campaign", "check", folder)
    assert bad.returncode == 1
    assert bad.stderr.strip() == f"错误：{folder / 'campaign.yaml'}：assignments[6].lead：单位“县法院”不在 units 中"


def test_campaign_init_then_check(tmp_path):
    made = ipdocs("campaign", "init", "--rubric", "wujiang-2023", tmp_path / "c")
    assert made.returncode == 0 and "已创建" in made.stdout
    checked = ipdocs("campaign", "check", tmp_path / "c")
    assert checked.returncode == 0 and "提示：区市场监管局 的分管领导尚未填写" in checked.stdout
    schema = json.loads(ipdocs("campaign", "schema").stdout)
    for name in ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"):
        path = ROOT / "sample_inputs" / name / "campaign.yaml"
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


def test_collect_status_and_remind_commands(tmp_path):
    import shutil

    folder = tmp_path / "wujiang-2023"
    folder.mkdir()
    shutil.copy(ROOT / "sample_inputs" / "wujiang-2023" / "campaign.yaml", folder)
    shutil.copytree(ROOT / "sample_inputs" / "wujiang-2023" / "inbox", folder / "inbox")
    got = ipdocs("collect", folder)
    assert got.returncode == 0, got.stderr
    assert "收取完成：新收文件40个（其中转换1个），隔离1个，解开压缩包1个，已收过跳过0个" in got.stdout
    assert "已隔离：区农业农村局/2023-12-05 1200 报送/8.1-02 专项行动总结（加密）.pdf：PDF 已加密" in got.stdout
    assert "报送情况（2023-12-16 09:00）" in got.stdout and "逾期报送" in got.stdout
    again = ipdocs("collect", folder)
    assert "新收文件0个" in again.stdout and "已收过跳过41个" in again.stdout
    early = ipdocs("status", folder, "--at", "2023-12-01 09:00")
    assert early.returncode == 0 and "待报送" in early.stdout
    reminded = ipdocs("remind", folder, "--at", "2023-12-03")
    assert reminded.returncode == 0 and "份催报提醒" in reminded.stdout
    assert (folder / "out" / "remind" / "20231203-0000" / "区府办-催报提醒.docx").is_file()
    bad = ipdocs("status", folder, "--at", "12月3日")
    assert bad.returncode == 1 and "--at：时间 '12月3日' 无效" in bad.stderr


def test_usage_errors_exit_2():
    assert ipdocs("score").returncode == 2


def test_published_schema_validates_every_shipped_rubric():
    schema = json.loads(ipdocs("rubric", "schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
