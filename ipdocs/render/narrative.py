"""The report's narrative for every criterion, as a mapping criterion ID → paragraphs.

Where units wrote one in their self-evaluation forms it is theirs (the lead unit first). Otherwise it is a
factual draft from the evidence linked to the criterion: one sentence per file, built only from what the file
and its register row say (title, 文号, issuing organ, date, outlet and level, case count), followed by a
【待补充】 line naming what a person must add. Where points are claimed beyond what the evidence shows, or with
nothing delivered, the narrative says so beside its mark, so no narrative contradicts its score.
"本项未报送工作情况。" stands only where nothing was delivered and nothing is claimed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import ZERO, fmt
from ipdocs.extract.cases import cases
from ipdocs.reconcile import UNCHECKABLE, evidenced_fact
from ipdocs.rubric.scoring import evaluate

PENDING = "【待补充】"
NEW_DRAFT = "【系统新生成，请核对】"  # beside a coordinator's edit when the data changed too (ipdocs.render.edits)
MARKS = (PENDING, NEW_DRAFT)  # any paragraph of the report holding one of these is an open item for the bundle gate
NOT_REPORTED = "本项未报送工作情况。"
TITLE_CUT = 24
TITLE_ENDINGS = ("通知", "意见", "方案", "办法", "细则", "纪要", "报告", "总结", "台账", "记录", "协议", "函", "清单",
                 "表", "决定", "规定", "批复", "机制", "制度", "活动", "情况", "通讯稿", "汇编", "）", ")", "”", "》")
ORGAN_ENDINGS = ("局", "部", "办公室", "院", "政府", "委员会", "公司", "厅", "委", "中心", "所", "办")


def _cn_date(iso: str | None) -> str:
    if not iso:
        return ""
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def _title(e) -> str:
    """The file's own title where extraction read it cleanly and whole, else the name the unit's register gives
    it; a title inside the title takes 〈〉."""
    title = re.sub(r"\s+", " ", str(e.facts.get("title") or "")).strip()
    cut = len(title) >= TITLE_CUT and not title.endswith(TITLE_ENDINGS)  # extraction stops at a fixed length
    title = title.split("｜", 1)[-1]  # 韶关日报｜headline
    if not title or cut or " " in title or re.search(r"[:：]|^[0-9a-f]{32,}$", title) or len(title) > 40:
        title = e.name
    return title.replace("《", "〈").replace("》", "〉")


def _organ(e) -> str:
    organ = str(e.facts.get("organ") or "").strip()
    if organ and not re.search(r"[\s:：0-9]", organ) and organ.endswith(ORGAN_ENDINGS):
        return organ
    return ""


def _day(e) -> str | None:
    """The day the file documents: a meeting's own date, else the register's date where the file shows it,
    else the file's first date (the earliest for minutes, which are signed after the meeting)."""
    found = e.facts
    meetings = sorted(m["date"] for m in found.get("meetings", []) if m.get("date"))
    dates = [d["iso"] for d in found.get("dates", [])]
    registered = e.date.isoformat() if isinstance(e.date, dt.date) else None
    if meetings:
        return meetings[0]
    if _minutes(found.get("doc_type") or e.type) and dates:
        return min(dates)
    if registered and (registered in dates or not dates):
        return registered
    return dates[0] if dates else None


def _minutes(kind: str | None) -> bool:
    """会议纪要 or 会议记录 (facts name minutes as titled; a unit's register may write either)."""
    return "纪要" in (kind or "") or "记录" in (kind or "")


def evidence_sentence(e) -> str:
    """One sentence stating what one evidence file shows, with nothing it does not say."""
    found, title, day = e.facts, _title(e), _cn_date(_day(e))
    kind = found.get("doc_type") or e.type or ""
    numbers = [d["text"] for d in found.get("doc_numbers", [])] or ([e.doc_number] if e.doc_number else [])
    when = f"{day}，" if day else ""
    listed = cases(found.get("tables", []))
    if listed:
        return f"《{e.name}》列明案件{len(listed)}件。"
    if found.get("tables"):
        rows = sum(len(t.get("rows", [])) for t in found["tables"])
        return f"《{e.name}》列明{rows}条记录。"
    media = found.get("media", [])
    if media:
        outlets = "、".join(dict.fromkeys(m["outlet"] + (f"（{m['level']}媒体）" if m["level"] != "其他" else "")
                                         for m in media))
        return f"{when}{outlets}刊发报道《{title}》。"
    if _minutes(kind):
        meeting = title.removesuffix("纪要").removesuffix("记录")
        attended = (found.get("attendance") or {}).get("count")
        people = f"，参会{attended}人" if attended else ""
        number = f"（会议纪要{numbers[0]}）" if numbers else ""
        if meeting.endswith("会议"):
            return f"{when}召开{meeting}{people}{number}。"
        return f"{when}形成《{title}》{number}{people}。"
    if kind == "照片":
        return f"另有{day}现场照片（{title}）。" if day else f"另有现场照片（{title}）。"
    if numbers:
        organ = _organ(e)
        verb = "发出" if kind == "函" else "印发"
        return f"{when}{organ}{verb}《{title}》（{numbers[0]}）。"
    return f"{e.unit}报送《{title}》" + (f"（{day}）" if day else "") + "。"


@dataclass
class Standing:
    """A criterion's claim against its evidence, as the narrative and the gate read it."""
    claimed: bool  # points claimed (or a deduction declared, or a checklist item reported done)
    points: Decimal
    files: int
    evidenced: Decimal | None  # points the linked evidence supports; None where files cannot show it
    gap: str  # what the narrative must say beside its mark; "" when claim and evidence agree


def _dated(e):
    """The evidence with the register's date standing in for the file's until extraction has read it (a 通讯稿
    and its photos, one activity, share their date)."""
    if e.facts.get("dates") or not isinstance(e.date, dt.date):
        return e
    return replace(e, facts={**e.facts, "dates": [{"iso": e.date.isoformat(), "text": "", "page": 0}]})


def standing(sub, cid: str) -> Standing:
    c = sub.campaign
    rule = c.rubric.criteria[cid].rule
    scored = sub.sheet.criteria[cid]
    claimed = scored.score != ZERO or bool(scored.done)
    items = [e for e in sub.evidence if e.criterion == cid]
    lead = _lead(sub, cid)
    points = f"自评{fmt(scored.score)}分" if c.rubric.scored else "自评为已完成"
    if not claimed or scored.score < ZERO:
        return Standing(claimed, scored.score, len(items), None, "")
    if not items:
        return Standing(True, scored.score, 0, ZERO, f"本项{points}，尚无佐证材料。{PENDING}请{lead}提交佐证材料。")
    if rule.kind in UNCHECKABLE or not c.rubric.scored:
        return Standing(True, scored.score, len(items), None, "")
    unread = any(not e.facts for e in items)  # not extracted yet: only a count of dated activities can be told
    value = None if unread and rule.kind != "per_occurrence" else evidenced_fact(c, cid, [_dated(e) for e in items])
    if value is None:
        return Standing(True, scored.score, len(items), None, "")
    try:
        got = evaluate(rule, cid, value).gain if value not in (False, 0, {}) else ZERO
    except IpdocsError:  # a shape the rule does not take: the claim cannot be checked from the files
        return Standing(True, scored.score, len(items), None, "")
    if got >= scored.score:
        return Standing(True, scored.score, len(items), got, "")
    claim = sub.claims.get(cid)
    if rule.kind == "per_occurrence" and isinstance(claim, int | list):
        count = len(claim) if isinstance(claim, list) else claim
        gap = (f"本项自评计{count}次、{fmt(scored.score)}分，现有佐证材料证实{value}次、{fmt(got)}分。"
               f"{PENDING}请补充其余{count - value}次的开展情况及佐证材料。")
    else:
        gap = f"本项{points}，现有佐证材料支撑{fmt(got)}分。{PENDING}请补充其余得分所依据的情况及佐证材料。"
    return Standing(True, scored.score, len(items), got, gap)


def _lead(sub, cid: str) -> str:
    assigned = sub.campaign.assignments.get(cid)
    return assigned.lead if assigned else "牵头单位"


def _from_units(sub, cid: str) -> list[str]:
    lead = _lead(sub, cid)
    paragraphs = []
    for unit, text in sub.narratives.get(cid, []):
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if unit != lead:
            lines[0] = f"（{unit}）{lines[0]}"
        paragraphs += lines
    return paragraphs


def _draft(sub, cid: str, state: Standing) -> list[str]:
    """A draft from the linked files: their sentences in date order, then what a person must add."""
    items = sorted((e for e in sub.evidence if e.criterion == cid), key=lambda e: (_day(e) or "9", e.name))
    text = "".join(dict.fromkeys(evidence_sentence(e) for e in items))
    lead = _lead(sub, cid)
    if state.gap:
        return [text, state.gap]
    if state.claimed:
        return [text, f"{PENDING}请{lead}补充本项工作的具体做法和成效。"]
    return [text, f"{PENDING}本项有佐证材料但未自评得分，请{lead}核对并补充工作情况。"]


def narrative(sub, cid: str) -> list[str]:
    state = standing(sub, cid)
    written = _from_units(sub, cid)
    if written:
        return written + ([state.gap] if state.gap else [])
    if state.files:
        return _draft(sub, cid, state)
    if not state.claimed:
        return [NOT_REPORTED]
    lead = _lead(sub, cid)
    if state.points < ZERO:
        reason = sub.sheet.criteria[cid].reason
        return [f"本项自评扣{fmt(-state.points)}分（{reason}）。{PENDING}请{lead}说明具体情况及整改措施。"]
    points = f"自评{fmt(state.points)}分" if sub.campaign.rubric.scored else "自评为已完成"
    return [f"本项{points}，{lead}尚未提交工作情况和佐证材料。{PENDING}请{lead}补充工作情况并提交佐证材料。"]


def criterion_narratives(sub) -> dict[str, list[str]]:
    """Criterion ID → the paragraphs the report prints under it, for every criterion in rubric order."""
    return {cid: narrative(sub, cid) for cid in sub.campaign.rubric.criteria}
