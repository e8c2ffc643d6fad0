"""Rule text → clauses (criteria) with IDs, given to the indicators they belong to.

A block the scheme numbers itself ((1)…(2)…, ①②, or "1.2" beside it) keeps that numbering (DESIGN §4);
otherwise it splits at 。/； into phrases that each award or deduct points (a cap such as "共3分" or a
bracketed condition stays with the phrase before it; alternatives whose points cannot add up stay
together). Rule text outside any indicator's row is given out in reading order: each indicator takes
clauses until their points reach its own, when that explains the table better than rows do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ipdocs.rubric.draft.phrases import PHRASE, SCORING, Drafted, draft_rule
from ipdocs.rubric.draft.rows import Layout, RawIndicator

ENUM = re.compile(r"[（(]\s*(\d{1,2})\s*[)）]|([①-⑳])")
MERGE_BACK = re.compile(r"^[（(]?(?:共|合计|总计|以上|此项|该项|其中|注|最多|最高|累计|扣完)"
                        r"|^[（(][^）)]*[）)][。；;]?$")
CONTINUES = re.compile(r"^(?:以其他|其他|否则|在此基础上|超过部分|未[^，,]{0,10}的?[，,]\s*(?:不得分|得0分)|"
                       r"[^，,]{0,16}(?:不足|低于)\s*\d)")


@dataclass
class Clause:
    id: str
    text: str
    drafted: Drafted


@dataclass
class Indicator:
    raw: RawIndicator
    clauses: list[Clause] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)

    @property
    def reach(self) -> Decimal | None:
        """What its clauses add up to (None when one is uncapped)."""
        total = Decimal(0)
        for c in self.clauses:
            value = c.drafted.loss if self.raw.part == "deduction" else c.drafted.gain
            if value is None:
                return None
            if c.drafted.rule["kind"] == "penalty":
                continue
            total += value
        return total


def _points(text: str) -> Decimal:
    return sum((Decimal(m.group(1)) for m in re.finditer(r"(?:得|加|扣|减)\s*(\d+(?:\.\d+)?)\s*分", text)),
               Decimal(0))


def enumerated(text: str) -> list[tuple[str, str]] | None:
    """(number, text) of a block the scheme numbers (1)(2)… — None when it does not, or when fewer than two
    of the numbered items award points (a list of conditions inside one clause)."""
    marks = list(ENUM.finditer(text))
    numbered, expected = [], 1
    for m in marks:
        value = int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("①") + 1
        if value == expected:
            numbered.append(m)
            expected += 1
    if len(numbered) < 2:
        return None
    items = []
    for i, m in enumerate(numbered):
        end = numbered[i + 1].start() if i + 1 < len(numbered) else len(text)
        items.append((str(i + 1), text[m.end():end].strip(" ;；。") + ("。" if text[m.end():end].rstrip().endswith("。")
                                                                       else "")))
    if sum(bool(SCORING.search(t)) for _, t in items) < 2:
        return None
    head = text[:numbered[0].start()].strip()
    if head and SCORING.search(head):
        return None
    return items


def sentences(text: str, indicator_max: Decimal | None) -> list[str]:
    """Scoring phrases of an unnumbered block, each one clause."""
    parts = [p for p in re.split(r"(?<=[。；;])", text) if p.strip()]
    out: list[str] = []
    pending = ""
    for p in parts:
        p = p.strip()
        if out and (MERGE_BACK.search(p) or CONTINUES.search(p) or _same_rule(out[-1], p)
                    or not PHRASE.search(p) and not pending and re.match(r"^[（(]", p)):
            out[-1] += p
        elif not PHRASE.search(p):
            pending += p
        else:
            out.append(pending + p)
            pending = ""
    if pending:
        if out:
            out[-1] += pending
        else:
            out.append(pending)
    out = [q for p in out for q in _independent(p)]
    # alternatives: "主要负责人任组长的，得3分；非主要负责人任组长的，得2分" cannot both count
    while indicator_max is not None and len(out) > 1 and sum(map(_points, out)) > indicator_max:
        pairs = [i for i in range(len(out) - 1) if 0 < _points(out[i + 1]) < _points(out[i])
                 and (_prefix(out[i], out[i + 1]) >= 2 or re.search(r"其他|非|兼职|或未|仅", out[i + 1]))]
        if not pairs:
            break
        i = pairs[0]
        out[i:i + 2] = [out[i] + out[i + 1]]
    return out


LEVELS = re.compile(r"[%％]|排名|排序|名次|目标任务|增长|全部")


def _same_rule(before: str, piece: str) -> bool:
    """A phrase that goes on with the rule before it: another tier of the same measure (完成90%以上的…,
    其余得5分, 不得分), the excess or shortfall steps of a target, or a category sharing the cap after it."""
    if LEVELS.search(before):
        if re.search(r"[%％]|排名|排序|名次|[第前][一二三四五六七八九十\d]|其余|其他|不得分|得0分", piece):
            return True
        if re.match(r"^\s*每(?:超|少|低|差|增长|下降|增加)", piece):
            return True
    return "每" in before and "每" in piece and not CAP_WORDS.search(before) and bool(CAP_WORDS.search(piece))


CAP_WORDS = re.compile(r"最多|最高|封顶|不超过|合计|累计")


def _independent(text: str) -> list[str]:
    """"转发通知得0.5分,开展执法活动得0.5分" — phrases that each award points on their own, one clause each
    (not when they share a cap, count events, form tiers or name alternatives)."""
    marks = list(re.finditer(r"(?:得|加)\s*\d+(?:\.\d+)?\s*分[，,]?", text))
    if len(marks) < 2 or LEVELS.search(text) or re.search(r"每|最多|最高|合计|共|率|其他|其余|非|不得分|扣|减|或",
                                                          text):
        return [text]
    cuts = [m.end() for m in marks[:-1]]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _fill_score(assigned: dict[int, list[str]], indicators: list[RawIndicator], scored: bool) -> int:
    good = 0
    for i, ind in enumerate(indicators):
        texts = assigned.get(i, [])
        if ind.max is None or not texts:
            continue
        drafted = [draft_rule(t, ind.part, ind.max, scored, ind.title) for t in texts]
        values = [d.loss if ind.part == "deduction" else d.gain for d in drafted]
        if None not in values and sum(values) == ind.max:
            good += 1
    return good


def assign(layout: Layout) -> list[Indicator]:
    """Every indicator with its clauses (IDs set), in the scheme's order."""
    inds = layout.indicators
    index = {id(ind): i for i, ind in enumerate(inds)}
    explicit: dict[int, list[tuple[str, str]]] = {}
    by_row: dict[int, list[str]] = {}
    loose = False  # rule text outside any indicator's row: the table's columns may have slipped
    for block in layout.blocks:
        owner = block.anchor or block.after
        if owner is None:
            continue
        i = index[id(owner)]
        if block.explicit:
            explicit.setdefault(i, []).append((block.explicit.split(".")[1], block.text))
            continue
        items = enumerated(block.text)
        if items is not None:
            explicit.setdefault(i, []).extend(items)
            continue
        pieces = sentences(block.text, owner.max if block.anchor is not None else None)
        by_row.setdefault(i, []).extend(pieces)
        loose = loose or block.anchor is None
    for i, raw in enumerate(inds):  # a header that is itself a clause comes first
        if i not in explicit and _header_clause(raw):
            by_row[i] = [_unnumbered(raw.header), *by_row.get(i, [])]
    if loose:  # try giving all unnumbered clauses out in reading order
        queue = [p for i in sorted(by_row) if not _header_clause(inds[i]) for p in by_row[i]]
        filled: dict[int, list[str]] = {}
        for i, ind in enumerate(inds):
            if i in explicit or ind.max is None or _header_clause(ind):
                continue
            total = Decimal(0)
            while queue and total < ind.max:
                d = draft_rule(queue[0], ind.part, ind.max, layout.scored, ind.title)
                value = d.loss if ind.part == "deduction" else d.gain
                if value is None or total + value > ind.max:
                    break
                filled.setdefault(i, []).append(queue.pop(0))
                total += value
        if not queue and _fill_score(filled, inds, layout.scored) > _fill_score(by_row, inds, layout.scored):
            by_row = {**{i: t for i, t in by_row.items() if _header_clause(inds[i])}, **filled}
    out = []
    for i, raw in enumerate(inds):
        ind = Indicator(raw)

        def rule(text: str, raw=raw) -> Drafted:
            return draft_rule(text, raw.part, raw.max, layout.scored, raw.title)

        if i in explicit:
            for number, text in explicit[i]:
                if any(c.id == f"{raw.id}.{number}" for c in ind.clauses):
                    continue  # the same number again in another column (evidence numbered like the clauses)
                ind.clauses.append(Clause(f"{raw.id}.{number}", text, rule(text)))
        elif by_row.get(i):
            for n, text in enumerate(by_row[i], 1):
                ind.clauses.append(Clause(f"{raw.id}.{n}", text, rule(text)))
        else:  # the title is the whole rule ("14. 调解和维权援助……（8分）", "22. ……的，扣3分")
            text = _unnumbered(raw.header) or raw.title
            ind.clauses.append(Clause(f"{raw.id}.1", text, rule(text)))
        out.append(ind)
    return out


def _unnumbered(header: str) -> str:
    """"14.调解……（8分）" → "调解……（8分）": the indicator's number is not part of its wording."""
    return re.sub(r"^\d{1,2}\s*[.．、]\s*", "", header)


def _header_clause(ind: RawIndicator) -> bool:
    """The header cell is itself a clause (a bonus or deduction row written as one sentence)."""
    return bool(re.search(r"(?:得|加|扣|减)\s*\d+(?:\.\d+)?\s*分", ind.header))
