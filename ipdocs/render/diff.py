"""`ipdocs diff`: what changed between two renders kept in out/history/ — the report's text per criterion, the
scores, the catalogue's evidence items — as Chinese lines for a coordinator."""

from __future__ import annotations

import difflib

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign
from ipdocs.render.history import Record, renders

WHAT = ("text", "scores", "evidence")


def pick(campaign: Campaign, old: int | None, new: int | None) -> tuple[Record, Record]:
    """Renders number `old` and `new` (default: the last two)."""
    found = {r.sequence: r for r in renders(campaign)}
    order = sorted(found)
    if len(order) < 2 and (old is None or new is None):
        raise IpdocsError(f"{campaign.out / 'history'}：只有{len(order)}次生成记录，至少两次才能比较；"
                          "请先运行 ipdocs render")
    new = order[-1] if new is None else new
    old = max((n for n in order if n < new), default=order[0]) if old is None else old
    for n in (old, new):
        if n not in found:
            raise IpdocsError(f"--from/--to：没有第{n}次生成记录，应为 {'、'.join(map(str, order))} 之一")
    return found[old], found[new]


def _text(old: Record, new: Record) -> list[str]:
    lines = []
    for document in sorted(set(old.regions) | set(new.regions)):
        before, after = old.regions.get(document, {}), new.regions.get(document, {})
        for key in [*after, *(k for k in before if k not in after)]:
            a = before.get(key, {}).get("written", [])
            b = after.get(key, {}).get("written", [])
            if a == b:
                continue
            name = new.labels.get(key) or old.labels.get(key) or key
            lines.append(f"〔{name}〕叙述有变化：")
            for change in difflib.ndiff(a, b):
                if change[0] in "+-":
                    lines.append(f"  {'新增' if change[0] == '+' else '删除'}：{change[2:]}")
    return lines


def _scores(old: Record, new: Record) -> list[str]:
    a, b = old.scores, new.scores
    lines = [f"{title}：{a.get(k) or '—'}分 → {b.get(k) or '—'}分"
             for k, title in (("total", "总分"), ("base", "基础指标"), ("bonus", "加分项"), ("deduction", "扣分项"))
             if a.get(k) != b.get(k)]
    if a.get("grade") != b.get("grade"):
        lines.append(f"等次：{a.get('grade') or '—'} → {b.get('grade') or '—'}")
    ai, bi = a.get("indicators", {}), b.get("indicators", {})
    lines += [f"指标{new.labels.get(i, i)}：{ai.get(i, '—')}分 → {bi.get(i, '—')}分"
              for i in [*bi, *(k for k in ai if k not in bi)] if ai.get(i) != bi.get(i)]
    return lines


def _evidence(old: Record, new: Record) -> list[str]:
    lines = []
    for heading in [*new.evidence, *(h for h in old.evidence if h not in new.evidence)]:
        a, b = old.evidence.get(heading, []), new.evidence.get(heading, [])
        strip = [e.split(".", 1)[-1] for e in a], [e.split(".", 1)[-1] for e in b]  # renumbered items are the same
        added = [e for e in b if e.split(".", 1)[-1] not in strip[0]]
        removed = [e for e in a if e.split(".", 1)[-1] not in strip[1]]
        if added or removed:
            lines.append(f"〔{heading}〕")
            lines += [f"  新增：{e}" for e in added] + [f"  删除：{e}" for e in removed]
    return lines


def diff_lines(old: Record, new: Record, what: tuple[str, ...] = WHAT) -> list[str]:
    """The changes from render `old` to render `new`, section by section; a section without changes says so."""
    sections = {"text": ("自评报告叙述", _text), "scores": ("得分", _scores), "evidence": ("佐证材料", _evidence)}
    lines = [f"第{old.sequence}次生成 → 第{new.sequence}次生成"]
    for key in what:
        title, compare = sections[key]
        found = compare(old, new)
        lines.append(f"【{title}】" + ("" if found else "无变化"))
        lines += found
    return lines
