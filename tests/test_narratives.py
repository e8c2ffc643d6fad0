"""Issue 13: a narrative for every criterion that claims points, read back from the report DOCX as rendered.

Every sample campaign: under each claimed criterion the report has either the unit's own text (from its filled
self-evaluation form) or a draft marked 【待补充】; "本项未报送工作情况。" stands only where nothing was delivered
and nothing is claimed. Wujiang's figures are the seed's (seed 000: 3.2 每次0.5分最多2分, 8.6 每次0.5分最多1分,
8.7 每次0.5分最多1.5分, 18.2 每起扣1分) over the sample's facts.yaml and inbox."""

import re

import docx
import pytest

from ipdocs.extract.campaign import cache_folder, extract_one, keep, pending
from ipdocs.render import render_documents
from ipdocs.render.content import gather, label
from ipdocs.render.narrative import NOT_REPORTED, PENDING, criterion_narratives
from ipdocs.word import oxml

SAMPLES = ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019")


@pytest.fixture(scope="module")
def rendered(built_sample, tmp_path_factory):
    """Every sample collected and rendered (the session's shared samples); Wujiang's 8.1 notice also extracted,
    the only file under a claimed criterion whose unit wrote no narrative for it, and rendered again (a copy)."""
    found = {}
    for name in SAMPLES:
        sample = built_sample(name)
        campaign, documents = sample.campaign, sample.documents
        if name == "wujiang-2023":
            campaign = sample.writable_copy(tmp_path_factory.mktemp(name))
            _, todo = pending(campaign)
            job = next(j for j in todo.values() if j.name.startswith("8.1-"))
            keep(cache_folder(campaign), job, extract_one(job.path, job.kind))
            documents = render_documents(gather(campaign))
        sub = gather(campaign)
        report = next(f for f in documents if f.name.endswith("自评报告.docx"))
        found[name] = (campaign, sub, [t.strip() for t in oxml.body_texts(docx.Document(str(report)))])
    return found


def _claimed(sub, cid) -> bool:
    scored = sub.sheet.criteria[cid]
    return scored.score != 0 or bool(scored.done)


def _regions(campaign, texts) -> dict[str, list[str]]:
    """Criterion → the report's paragraphs under its heading, up to the next heading, score line or closing."""
    headings = {f"{label(campaign, c.id)} {c.text}": c.id for c in campaign.rubric.criteria.values()}
    regions, current = {}, None
    for text in texts:
        if text in headings:
            current = headings[text]
            regions[current] = []
        elif re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^以上为|^（[^）]*）$", text):
            current = None
        elif current and text:
            regions[current].append(text)
    return regions


def _unit_lines(sub, cid) -> list[str]:
    return [line.strip() for _, text in sub.narratives.get(cid, []) for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("name", [n for n in SAMPLES if n != "hubei-2019"])
def test_every_claimed_criterion_has_a_narrative_in_the_report(rendered, name):
    campaign, sub, texts = rendered[name]
    regions = _regions(campaign, texts)
    assert set(regions) >= {c for c in campaign.rubric.criteria if _claimed(sub, c)}
    claimed = 0
    for cid, paragraphs in regions.items():
        if _claimed(sub, cid):
            claimed += 1
            assert paragraphs and NOT_REPORTED not in paragraphs, cid
            assert not any("未报送" in p for p in paragraphs), (cid, paragraphs)
            own = _unit_lines(sub, cid)
            if own:  # the unit's text, its first line as written (a cooperating unit's line is prefixed)
                assert any(p.endswith(own[0]) for p in paragraphs), (cid, own[0], paragraphs)
            else:
                assert any(PENDING in p for p in paragraphs), (cid, paragraphs)
        elif not _unit_lines(sub, cid) and not [e for e in sub.evidence if e.criterion == cid]:
            assert paragraphs == [NOT_REPORTED], cid
    assert claimed >= 10


def test_hubei_items_with_claimed_points_all_have_a_work_line(rendered):
    campaign, sub, texts = rendered["hubei-2019"]
    silent_line = next(t for t in texts if t.startswith("第") and t.endswith("项考核内容未报送工作情况。"))
    silent = set(silent_line.removeprefix("第").removesuffix("项考核内容未报送工作情况。").split("、"))
    for ind in campaign.rubric.indicators:
        if ind.part == "deduction" and not any(_claimed(sub, c.id) for c in ind.criteria):
            continue
        number = label(campaign, ind.id)
        line = next((t for t in texts if t.startswith(f"{number}.{ind.title}。")), None)
        if any(_claimed(sub, c.id) for c in ind.criteria):
            assert line and number not in silent, number
            assert any(own and own[0] in line for own in (_unit_lines(sub, c.id) for c in ind.criteria)) \
                or PENDING in line, line
        else:
            assert line is None and number in silent, number


def test_wujiang_claims_beyond_evidence_say_so_beside_their_score(rendered):
    campaign, _, texts = rendered["wujiang-2023"]
    regions = _regions(campaign, texts)
    # facts.yaml claims 3 普法 activities (1.5分); the inbox documents two (4月26日 and 6月12日): 1分
    assert ("本项自评计3次、1.5分，现有佐证材料证实2次、1分。【待补充】请补充其余1次的开展情况及佐证材料。"
            in regions["3.2"])
    # 8.6: 2 actions claimed (1分), one 剑网 plan delivered (0.5分); 8.7: 4 claimed, capped at 1.5分, one summary
    assert any("自评计2次、1分" in p and "证实1次、0.5分" in p and PENDING in p for p in regions["8.6"])
    assert any("自评计4次、1.5分" in p and "证实1次、0.5分" in p and "其余3次" in p for p in regions["8.7"])
    # 2.2 claimed (true → 2分) with nothing delivered; 18.2: one case over the time limit, 每起扣1分
    assert regions["2.2"] == ["本项自评2分，区市场监管局尚未提交工作情况和佐证材料。"
                              "【待补充】请区市场监管局补充工作情况并提交佐证材料。"]
    assert regions["18.2"][0].startswith("本项自评扣1分（") and PENDING in regions["18.2"][0]
    # 8.3 亚运会专项行动 is claimed false and nothing was delivered
    assert regions["8.3"] == [NOT_REPORTED]


def test_wujiang_draft_states_what_the_notice_says(rendered):
    """8.1 has a file and no narrative: the draft comes from the notice (武农〔2023〕30号, 2023年5月6日, issued by
    the 农业农村局 as its header says), then what a person must add."""
    campaign, _, texts = rendered["wujiang-2023"]
    first, todo = _regions(campaign, texts)["8.1"]
    assert first == ("2023年5月6日，韶关市武江区农业农村局印发《关于开展农资商标侵权专项整治的通知》"
                     "（武农〔2023〕30号）。")
    assert todo.startswith(PENDING)


def test_the_mapping_for_edits_has_every_criterion_in_rubric_order(rendered):
    campaign, sub, texts = rendered["wujiang-2023"]
    narratives = criterion_narratives(sub)
    assert list(narratives) == list(campaign.rubric.criteria)
    regions = _regions(campaign, texts)
    assert all(regions[cid] == paragraphs for cid, paragraphs in narratives.items())
