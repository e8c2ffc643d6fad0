"""The submitted documents of seed 004 (hubei-2019) and seed 003 (market-standard), and the grades of every scheme,
read as an assessor reads them beside the seed. Expectations are quoted from the seed texts."""

import re
import shutil
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from conftest import copy_sample, full_facts

from ipdocs.base.numbers import fmt
from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect
from ipdocs.render import render_documents
from ipdocs.render.content import gather
from ipdocs.rubric import load_rubric
from ipdocs.word import oxml

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
INTERNAL_ID = re.compile(r"(bonus|deduct)-\d")

# Seed 004 附件1, items 26–29 as the scheme numbers them (the ones relabelled before).
SEED_004_ITEMS = {26: "结合实际,创造性地开展工作情况", 27: "清理网上侵权假冒信息等工作情况",
                  28: "社会公众对打击侵权假冒工作成效的评价", 29: "确保不发生系统性区域性风险"}


def campaign_with(tmp_path, name, facts: dict | None):
    campaign = load_campaign(copy_sample(tmp_path, name, inbox=False))
    if facts is not None:
        (campaign.folder / "facts.yaml").write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    collect(campaign, campaign.moment())
    return campaign


def render(campaign, narratives: dict[str, str] | None = None) -> dict[str, Path]:
    sub = gather(campaign)
    for cid, text in (narratives or {}).items():
        sub.narratives[cid] = [(campaign.assignments[cid].lead, text)]
    return {f.name.split(".")[0] + f.suffix: f for f in render_documents(sub)}


def paragraphs(path) -> list[str]:
    """Each paragraph's text; a title's line break (between words, for layout) is not part of its text."""
    return [oxml.paragraph_text(p).replace("\n", "") for p in docx.Document(str(path)).paragraphs]


def all_text(path) -> str:
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    d = docx.Document(str(path))
    return "\n".join(paragraphs(path) + [c.text for t in d.tables for r in t.rows for c in r.cells])


def table_rows(path) -> list[list[str]]:
    """The rows of the document's tables, one table however layout splits it across pages."""
    return [[c.text for c in r.cells] for t in docx.Document(str(path)).tables for r in t.rows]


def between(text: list[str], start: str, end: str) -> list[str]:
    return text[text.index(start) + 1:text.index(end)]


# --- seed 004 ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hubei(tmp_path_factory):
    """Seed 004's own example (说明): 其它项得分为106分，该项加2分，则总考核分数为107分; one 重大 event under 29."""
    rubric = load_rubric("hubei-2019")
    facts = full_facts(rubric, part="base")
    facts.update({"1.1": False, "26.2": True, "29.1": {"重大突发事件": 1},
                  "composite": {"部门考核": 90, "平时工作信息报送": 80}})
    campaign = campaign_with(tmp_path_factory.mktemp("hubei"), "hubei-2019", facts)
    narratives = {"26.2": "出台贯彻落实《关于强化知识产权保护的意见》的实施方案。",
                  "27.1": "制定宣传报道工作方案并组织实施。", "28.1": "社会满意度调查排序居前60位。",
                  "1.2": "建立知识产权执法联络员制度。"}
    return campaign, render(campaign, narratives)


def test_004_title_is_the_seed_templates(hubei):
    campaign, files = hubei
    # 附件2: ××市州 2019 年 打击侵权假冒工作考核自评报告
    title = f"{campaign.assessee}2019年打击侵权假冒工作考核自评报告"
    text = paragraphs(files["1.docx"])
    assert title in text and not any("知识产权保护工作考核" in t for t in text)
    assert files["1.docx"].name == f"1.{title}.docx"
    assert f"{campaign.assessee}2019年打击侵权假冒工作考核评分表" in paragraphs(files["3.docx"])
    assert f"{campaign.assessee}2019年打击侵权假冒工作考核佐证材料目录清单" in "".join(paragraphs(files["2.docx"]))


def test_004_items_keep_the_schemes_numbers(hubei):
    _, files = hubei
    text = paragraphs(files["1.docx"])
    work = between(text, "（二）部署落实省领导小组关于打击侵权假冒工作情况", "二、工作亮点")
    numbered = {int(m.group(1)): line for line in work if (m := re.match(r"(\d+)\.", line))}
    assert set(numbered) >= {1, 26, 27, 28}
    for n in (26, 27, 28):
        assert numbered[n].startswith(f"{n}.{SEED_004_ITEMS[n]}。")
    assert numbered[1].startswith("1.开展商标专利行政执法工作情况。")
    # every item claims points here (full marks): none may read "未报送"; an item without a unit's report says
    # what its claim lacks beside a 【待补充】 mark (issue 13)
    assert not any("未报送工作情况" in t for t in work)
    assert "【待补充】" in numbered[2] and "尚未提交工作情况和佐证材料" in numbered[2]
    rows = table_rows(files["1.docx"])
    numbers = [r[0] for r in rows if r[0].isdigit()]
    assert numbers == [str(n) for n in range(1, 30)]                   # 附件1's items 1–29, in its order
    assert [r[:2] for r in rows if r[0] in ("26", "27", "28", "29")] == [[str(n), SEED_004_ITEMS[n]]
                                                                         for n in (26, 27, 28, 29)]


def test_004_no_line_repeats_and_no_boilerplate_overview(hubei):
    campaign, files = hubei
    text = [t for t in paragraphs(files["1.docx"]) if t.strip()]
    repeated = {t: n for t, n in Counter(text).items() if n > 1 and t != campaign.document.issuer}
    assert repeated == {}
    overview = between(text, "（一）打击侵权假冒工作总体情况", "（二）部署落实省领导小组关于打击侵权假冒工作情况")
    assert overview and all("现将自评情况报告如下" not in t for t in overview)
    assert any("29项" in t and "自评得分82分" in t for t in overview)  # what this campaign did, in its figures


def test_004_every_deduction_is_a_problem_and_highlights_equal_the_totals(hubei):
    _, files = hubei
    text = paragraphs(files["1.docx"])
    problems = between(text, "三、存在问题", "四、2020年工作打算")
    # 29: 发生重大突发事件的，每一起扣责任方所在市州25分
    assert any(t.startswith(f"29.{SEED_004_ITEMS[29]}：扣25分") for t in problems)
    assert any(t.startswith("1.开展商标专利行政执法工作情况：失1分") for t in problems)
    highlights = between(text, "二、工作亮点", "三、存在问题")
    # 说明: 其它项得分为106分，该项加2分，则总考核分数为107分 — item 26 counts 1 point
    assert any(t.startswith(f"26.{SEED_004_ITEMS[26]}：加1分") for t in highlights)
    assert not any("加2分" in t for t in highlights)
    summary = next(t for t in text if t.startswith("以上为"))
    assert "自评得分为82分" in summary and "加分项4分，自评1分" in summary and "自评扣25分" in summary


def test_004_composite_is_in_the_score_table(hubei):
    _, files = hubei
    # 自我评价占20%、部门考核和平时工作信息报送各占40%: 82×0.2 + 90×0.4 + 80×0.4 = 84.4
    rows = table_rows(files["3.docx"])
    by_name = {r[1]: r for r in rows}
    assert by_name["自我评价（占20%）"][3] == "82"
    assert by_name["部门考核（占40%）"][3] == "90"
    assert by_name["平时工作信息报送（占40%）"][3] == "80"
    assert by_name["综合得分"][3] == "84.4"
    ws = openpyxl.load_workbook(files["3.xlsx"]).active
    cells = {r[1].value: r for r in ws.iter_rows() if r[1].value}
    assert [cells[n][2].value for n in ("自我评价（占20%）", "部门考核（占40%）", "平时工作信息报送（占40%）")] == \
        [0.2, 0.4, 0.4]
    total_row = next(r for r in ws.iter_rows() if r[0].value == "总分")
    assert cells["自我评价（占20%）"][3].value == f"=D{total_row[0].row}"
    assert (cells["部门考核（占40%）"][3].value, cells["平时工作信息报送（占40%）"][3].value) == (90, 80)
    assert "ROUND(" in cells["综合得分"][3].value


def test_004_seeds_second_example_and_no_grade(tmp_path):
    # 说明: 如果该项加0.5分，则总考核分数为106.5分
    facts = full_facts(load_rubric("hubei-2019"), part="base")
    facts.update({"1.1": False, "26.1": {"党中央、国务院表彰": 1}})
    files = render(campaign_with(tmp_path, "hubei-2019", facts))
    text = paragraphs(files["1.docx"])
    assert any(t.startswith(f"26.{SEED_004_ITEMS[26]}：加0.5分") for t in between(text, "二、工作亮点", "三、存在问题"))
    assert "（总分107分，自评106.5分）" in text
    assert not any(g in all_text(f) for f in files.values() if f.suffix in (".docx", ".xlsx")
                   for g in ("等次", "良好"))                          # seed 004 defines no grades


# --- seed 003 ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def market(tmp_path_factory):
    facts = {"1.1": True, "bonus-1.1": 4, "bonus-2.1": 1, "deduct-1.1": 1}
    campaign = campaign_with(tmp_path_factory.mktemp("market"), "market-standard", facts)
    return campaign, render(campaign, {"bonus-1.1": "建立知识产权管理电子信息系统。"})


def test_003_no_internal_id_in_any_submitted_document(market):
    _, files = market
    for f in files.values():
        assert not INTERNAL_ID.search(all_text(f)), f.name


def test_003_bonus_and_deduction_tables_as_the_seed_presents_them(market):
    campaign, files = market
    text = paragraphs(files["1.docx"])
    assert f"{campaign.assessee}{campaign.year}年知识产权保护规范化市场考核自评报告" in text
    # 加分指标（10分）: 序号 1 创新举措, 2 突出成效; 减分指标（-10分）: 1 通报批评…, 2 知识产权侵权事件的数量
    bonus, deduction = text.index("十三、加分指标"), text.index("十四、减分指标")
    assert text[bonus + 1] == "（一）创新举措" and "（二）突出成效" in text[bonus:deduction]
    assert "（一）被国家、省、市知识产权管理部门通报批评数量" in text[deduction:]
    assert "（二）知识产权侵权事件的数量" in text[deduction:]
    assert not any(t.startswith(("（三十一）", "（三十二）", "（三十三）", "（三十四）")) for t in text)
    assert "加分指标1.1 材料审核，专家打分。" in text and "建立知识产权管理电子信息系统。" in text
    catalogue = paragraphs(files["2.docx"])
    assert "十三、加分指标" in catalogue and "（二）知识产权侵权事件的数量" in catalogue
    rows = table_rows(files["3.docx"])
    assert ["加分指标", "加分指标1.创新举措", "6", "4"] in [r[:4] for r in rows]
    assert ["减分指标", "减分指标1.被国家、省、市知识产权管理部门通报批评数量", "-5", "-2"] in [r[:4] for r in rows]


# --- grades (seed 000 and every scheme) ----------------------------------------------------------------

def seed_text(rubric) -> str:
    path = next(SEEDS.glob(f"{rubric.seed}_*.txt"))
    return re.sub(r"\s+", "", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("rid", ["wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019"])
def test_only_grades_the_seed_defines(rid):
    rubric = load_rubric(rid)
    text = seed_text(rubric)
    for g in rubric.grades:   # seed 001: 得分90分及以上的为优秀；得分80分及以上且不满90分的为良好；得分80分以下的为一般
        assert f"的为{g.name}" in text, g.name
        assert g.min == 0 or f"{fmt(g.min)}分及以上" in text
    if "的为优秀" not in text:
        assert rubric.grades == []


def test_000_documents_show_no_grade(built_sample):
    sample = built_sample("wujiang-2023")  # collected as of its as_of and rendered (the session's, read-only)
    campaign = sample.campaign
    files = {f.name.split(".")[0] + f.suffix: f for f in sample.documents}
    assert gather(campaign).sheet.grade is None
    for name in ("1.docx", "3.docx", "3.xlsx"):
        text = all_text(files[name])      # criterion texts may say 运行良好 or 不列入优秀等次; no total is graded
        assert not re.search(r"等次[：:]|（(优秀|良好|一般)）|总分.*(优秀|良好|一般)", text), name


def test_003_forms_notices_status_and_reminders_show_the_seeds_numbers(tmp_path, built_sample):
    """What units and the coordinator read — task notices, 分工表, forms, status, reminders — never shows bonus-1.1;
    the register shows 加分指标1.1 and reads it back as the criterion bonus-1.1."""
    from ipdocs.forms.register import read_register
    from ipdocs.intake.remind import write_reminders
    from ipdocs.intake.report import write_status_html, write_status_xlsx
    from ipdocs.intake.status import campaign_status

    campaign = campaign_with(tmp_path, "market-standard", None)
    # the packs as distribute writes them for this campaign.yaml: the session's shared sample's (read-only), the
    # register changed below taken as a copy
    made = list(built_sample("market-standard").distributed)
    status = campaign_status(campaign, campaign.moment())
    made += [write_status_html(status), write_status_xlsx(status), *write_reminders(status, campaign.moment())]
    for f in made:
        if f.suffix in (".docx", ".xlsx"):
            assert not INTERNAL_ID.search(all_text(f)), f.name
        elif f.suffix in (".txt", ".html"):
            assert not INTERNAL_ID.search(f.read_text(encoding="utf-8")), f.name
    register = next(f for f in made if f.name.endswith("佐证材料登记表.xlsx") and "加分指标1.1" in all_text(f))
    register = Path(shutil.copy(register, tmp_path / register.name))
    wb = openpyxl.load_workbook(register)
    wb["佐证材料登记表"].cell(3, 2, "加分指标1.1")
    wb["佐证材料登记表"].cell(3, 3, "市场知识产权管理电子信息系统建设方案")
    claims = next(r for r in wb["申报数量"].iter_rows(min_row=3) if r[0].value == "加分指标1.1")
    claims[4].value = 5
    wb.save(register)
    back = read_register(register, campaign.rubric)
    assert [r.criterion for r in back.rows] == ["bonus-1.1"] and back.facts(campaign.rubric) == {"bonus-1.1": 5}
