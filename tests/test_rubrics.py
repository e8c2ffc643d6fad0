"""The five shipped rubrics: they load, their maxima match the seeds' stated points at every level,
criterion IDs follow DESIGN §4 and the wording is the seed's."""

import re
from pathlib import Path

import pytest

from ipdocs.rubric import list_rubrics

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# Indicator maxima as each seed states them (seed 000 附件2, 001 指标体系, 003 考核表, 004 评分表).
STATED = {
    "wujiang-2023": {"1": 11, "2": 7, "3": 6, "4": 2, "5": 3, "6": 8, "7": 18, "8": 12, "9": 2, "10": 4,
                     "11": 4, "12": 11, "13": 4, "14": 5, "15": 3, "16": 8, "17": 2, "18": 10},
    "xinyang-2021": {"1": 8, "2": 6, "3": 6, "4": 6, "5": 6, "6": 8, "7": 9, "8": 4, "9": 6, "10": 7,
                     "11": 9, "12": 2, "13": 4, "14": 8, "15": 2, "16": 9, "17": 2, "18": 2, "19": 3,
                     "20": 2, "21": 1, "22": 3, "23": 3, "24": 2, "25": 1, "26": 1},
    "market-standard": {"1": 3, "2": 2, "3": 2, "4": 14, "5": 2, "6": 4, "7": 2, "8": 6, "9": 4, "10": 4,
                        "11": 6, "12": 2, "13": 2, "14": 2, "15": 2, "16": 2, "17": 3, "18": 3, "19": 3,
                        "20": 3, "21": 2, "22": 6, "23": 2, "24": 3, "25": 3, "26": 4, "27": 2, "28": 3,
                        "29": 2, "30": 2, "bonus-1": 6, "bonus-2": 4, "deduct-1": 5, "deduct-2": 5},
    "hubei-2019": {"1": 7, "2": 3, "3": 2, "4": 1, "5": 1.5, "6": 1.5, "7": 2, "8": 6, "9": 5, "10": 3,
                   "11": 3, "12": 3, "13": 6, "14": 3, "15": 3, "16": 3, "17": 1, "18": 2, "19": 2,
                   "20": 20, "21": 6, "22": 6, "23": 8, "24": 1, "25": 2, "26": 4, "27": 4, "28": 2,
                   "29": 100},
}

# Section levels with the points the seeds print beside them.
STATED_SECTIONS = {
    "wujiang-2023": {"整体组织实施情况": 29, "重点工作推进情况": 71, "强化知识产权保护工作组织落实": 11,
                     "推动知识产权保护工作机制顺畅运行": 13, "支撑保障工作开展": 5,
                     "提高知识产权保护工作法治化水平，推动严保护重点工作": 48,
                     "强化知识产权全链条保护，构建大保护工作格局": 15,
                     "深化保护工作机制改革，推动快保护机制建设": 5, "健全涉外沟通合作，推动同保护重点工作": 3,
                     "工作进展及成效情况": 10, "发生负面影响事件情况": 10},
    "xinyang-2021": {"研究部署": 20, "机制建设": 20, "资源配备保障": 19, "重点工作": 41,
                     "区域内知识产权保护工作取得突出进展或积极成效": 10,
                     "区域内发生知识产权相关的重大侵权违法案件或事件，导致严重后果，造成恶劣影响": 10},
    "market-standard": {"知识产权保护体系建立及运行情况": 51, "知识产权保护管理能力提升情况": 28,
                        "知识产权保护意识提升情况及工作成效": 21, "制度建设情况": 21,
                        "日常工作机制运行情况": 22, "配合主管部门开展知识产权执法或调查活动情况": 8,
                        "方案制定落实情况": 6, "工作机构和人员配备情况": 11, "工作经费": 5,
                        "市场主办方对商户的指导情况": 6, "知识产权保护宣传工作开展情况": 8,
                        "各项报告的提交及工作落实情况": 4, "知识产权保护培训工作开展情况": 5,
                        "知识产权侵权行为及假冒知识产权行为发生情况": 2, "知识产权纠纷投诉受理处理情况": 2,
                        "创新举措与突出成效": 10, "减分指标": 10},
}

# Where the rubric's wording departs from the extracted seed text, and why.
NOT_VERBATIM = {("xinyang-2021", "10.1"): "the extract reads '规范性文件 and 政策' (artefact); 和 is used"}


@pytest.fixture(scope="module")
def shipped():
    return {r.id: r for r in list_rubrics()}


def test_all_five_seeds_have_a_rubric(shipped):
    assert sorted(shipped) == ["hubei-2019", "market-standard", "wujiang-2023", "xinyang-2021", "yongning-2023"]
    assert sorted(r.seed for r in shipped.values()) == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("rubric_id", ["wujiang-2023", "xinyang-2021", "market-standard"])
def test_county_and_market_schemes_are_100_plus_10_minus_10(shipped, rubric_id):
    totals = shipped[rubric_id].to_json()["totals"]
    assert totals == {"base": 100, "bonus": 10, "deduction": 10}


def test_hubei_totals_107_with_top_up_bonus_and_100_deduction(shipped):
    shown = shipped["hubei-2019"].to_json()
    assert shown["totals"] == {"base": 107, "bonus": 4, "deduction": 100}
    assert shown["total_cap"] == 107
    assert [(c["name"], c["weight"]) for c in shown["composite"]] == [
        ("自我评价", 0.2), ("部门考核", 0.4), ("平时工作信息报送", 0.4)]


@pytest.mark.parametrize("rubric_id", sorted(STATED))
def test_indicator_maxima_match_the_seed(shipped, rubric_id):
    shown = shipped[rubric_id].to_json()
    assert {i["id"]: i["max"] for i in shown["indicators"]} == STATED[rubric_id]


@pytest.mark.parametrize("rubric_id", sorted(STATED_SECTIONS))
def test_section_points_match_the_seed(shipped, rubric_id):
    found = {}

    def walk(sections):
        for s in sections:
            if s.points is not None:
                found[s.title] = s.points
            walk(s.sections)

    for part in shipped[rubric_id].parts:
        walk(part.sections)
    assert found == STATED_SECTIONS[rubric_id]


def test_criterion_ids_follow_the_seed_numbering(shipped):
    ids = lambda rid, ind: [c["id"] for i in shipped[rid].to_json()["indicators"] if i["id"] == ind  # noqa: E731
                            for c in i["criteria"]]
    assert ids("wujiang-2023", "12") == [f"12.{n}" for n in range(1, 8)]
    assert ids("wujiang-2023", "16") == [f"16.{n}" for n in range(1, 9)]
    assert ids("hubei-2019", "8") == [f"8.{n}" for n in range(1, 8)]
    assert ids("hubei-2019", "11") == [f"11.{n}" for n in range(1, 13)]
    assert ids("hubei-2019", "20") == [f"20.{n}" for n in range(1, 9)]
    assert ids("xinyang-2021", "1") == ["1.1", "1.2", "1.3"]
    assert ids("market-standard", "bonus-1") == ["bonus-1.1"]
    assert ids("market-standard", "deduct-2") == ["deduct-2.1"]
    assert ids("yongning-2023", "4") == ["4.1", "4.2", "4.3"]


def test_show_json_has_the_contract_shape(shipped):
    shown = shipped["wujiang-2023"].to_json()
    assert {"id", "title", "totals", "grades", "indicators"} <= set(shown)
    assert shown["grades"] == []                                       # seed 000 states no grade thresholds
    assert shipped["xinyang-2021"].to_json()["grades"] == [{"name": "优秀", "min": 90}, {"name": "良好", "min": 80},
                                                           {"name": "一般", "min": 0}]     # seed 001 三个层级
    for ind in shown["indicators"]:
        assert ind["part"] in ("base", "bonus", "deduction") and ind["max"] > 0
        for c in ind["criteria"]:
            assert set(c) >= {"id", "text", "kind", "max"} and c["max"] > 0
    deduction = [i for i in shown["indicators"] if i["part"] == "deduction"]
    assert [(i["id"], i["max"]) for i in deduction] == [("18", 10)]
    # 16: eight clauses worth 16 in all, capped at the indicator's 8 (each clause's own cap shown).
    ind16 = next(i for i in shown["indicators"] if i["id"] == "16")
    assert sum(c["max"] for c in ind16["criteria"]) == 16 and ind16["max"] == 8


def test_wording_is_the_seed_text(shipped):
    def norm(text):
        return re.sub(r"\s+", "", text)

    seeds = {p.name[:3]: norm(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}
    assert len(seeds) == 5, f"the five seed texts are expected in {SEEDS} (shared/ beside the checkout)"
    for r in shipped.values():
        for c in r.criteria.values():
            if (r.id, c.id) in NOT_VERBATIM:
                continue
            assert norm(c.text) in seeds[r.seed], f"{r.id} {c.id} is not the seed's wording"


def test_units_and_evidence_come_from_the_seed(shipped):
    ind = next(i for i in shipped["wujiang-2023"].indicators if i.id == "5")
    assert ind.lead_units == ["区财政局"] and ind.cooperating_units == ["区市场监管局"]
    assert "具体金额" in ind.evidence
    c = shipped["wujiang-2023"].criteria["8.6"]
    assert c.lead_unit == "区宣传部（区版权局）"
    assert shipped["xinyang-2021"].time_rules[0]["after"] == "2019-11-01"
    assert shipped["yongning-2023"].period == ("2023-01-01", "2023-11-30")
