"""One clause of a scheme → a rule (the `rule:` mapping of rubric YAML), from its wording alone.

Recognised: 每…得/加/扣…分 (per event, per category), 最高/最多/封顶/不超过/上限 (caps), 首次…, tiers on a
rate (…以上得…, 超过/不足…), 完成目标任务得满分 / 每超…加… / 每少…扣… (target), 同比增长 (growth), 排名/排序
(ranking), 每下降…扣 (decline), 得X分…每…扣Y分，扣完为止 (points less events), 直接扣 (penalty),
不得分, 一票否决 / 不列入优秀 (veto), 专家打分/视情 (judged), alternatives (choice). Anything else that
names points is a flag. Every guess beyond the wording is returned as a TODO for the writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

N = r"(\d+(?:\.\d+)?)"


def any_of(*words: str) -> re.Pattern:
    return re.compile("|".join(words))


# points given, taken, capped
GAIN = re.compile(rf"(?:得|加|计)\s*{N}\s*分")
LOSS = re.compile(rf"(?:扣|减)(?!完)[^\d，。；,;完]{{0,10}}?{N}\s*分")
CAP = re.compile(rf"(?:最多|最高|封顶|不超过|上限为?|合计|累计|总计)[^，。；,;]*?(?:得|加|扣|减)?\s*{N}\s*分|"
                 rf"(?:加分|扣分|得分)?在\s*{N}\s*分以上的?[，,]?按\s*{N}\s*分计|扣完\s*{N}\s*分为止|扣分?\s*{N}\s*分为止")
# what a clause is about
PERCENT = re.compile(rf"{N}\s*[%％]")
SCORING = re.compile(rf"(?:得|加|扣|减|计)\s*{N}\s*分|(?:扣|减)(?!完)[^\d，。；,;完]{{1,10}}?{N}\s*分"
                     rf"|不得分|得满分|[（(]\s*{N}\s*分\s*[）)]|专家打分|视情")  # text that scores at all
VETO = any_of("一票否决", "不列入优秀", "不得评为优秀", "不能评为优秀", r"取消.{0,6}优秀")
JUDGED = any_of("专家打分", "专家评审", "视情", "酌情", "综合评定", "综合评价")
QUALITY = any_of("成效", "亮点", "突破", "情况", "水平", "质量", "效果", "成绩")  # judged, not a condition
TARGET = any_of("目标任务", "任务目标", "目标值", "完成率", "完成年度目标", r"完成.{0,8}目标")
GROWTH = any_of("同比增长", "较上年增长", "比上年增长", "增长率", "增幅", "同比下降", "较上年下降")
RANK = any_of("排名", "排序", "名次", "位次")
# steps of a target or a decline
EXCESS = re.compile(rf"每超(?:过|出|额)?\s*{N}\s*([^\d，。；,;加得]{{0,4}}?)[，,]?\s*(?:加|得)\s*{N}\s*分")
SHORT = re.compile(rf"每(?:少|低于目标|差)\s*{N}\s*([^\d，。；,;扣减]{{0,4}}?)[，,]?\s*(?:扣|减)\s*{N}\s*分")
STEP_DOWN = re.compile(rf"每(?:下降|低|减少)\s*{N}\s*(?:[%％]|个百分点)[，,]?\s*(?:扣|减)\s*{N}\s*分")
EACH = re.compile(r"每(?!季度|半年|年|月|周|季|万人)")  # 每季度报送…得1分 is one condition, not a count
KINDS_OF = re.compile(r"每(?:一|个)?(?:类型|类|领域|种)")  # 每一类型得1分: a count of distinct kinds
THRESHOLD = re.compile(rf"(?:达到)?\s*{N}\s*(?:[%％]|家|件|个|项|次|人)(?:及|或)?以上|达到\s*{N}\s*[%％]"
                       rf"|不少于\s*{N}\s*(?:家|件|个|项|次|人|篇)")
PHRASE = re.compile(rf"得\s*{N}\s*分的\s*{N}\s*[%％]|(?:得|加|扣|减|计)\s*{N}\s*分|不得分|得满分"
                    rf"|得\s*{N}\s*[%％]\s*(?:的)?分")


@dataclass
class Drafted:
    rule: dict
    todos: list[str] = field(default_factory=list)
    veto: str | None = None

    @property
    def gain(self) -> Decimal | None:
        """The most the rule can give (None: no cap) — the drafter's arithmetic, not the engine's."""
        r = self.rule
        kind = r["kind"]
        if kind in ("flag", "points_less_events", "decline", "quota"):
            return r["points"]
        if kind in ("judged",):
            return r["max"]
        if kind in ("per_occurrence", "per_category"):
            return r.get("max")
        if kind == "choice":
            return max(o["points"] for o in r["options"])
        if kind == "tiers":
            return max(t["points"] for t in r["tiers"])
        if kind in ("target", "growth"):
            extra = r.get("excess") or r.get("step")
            if extra is not None and extra.get("max") is None:
                return None
            base = r.get("points") or max((t.get("points", 0) for t in r.get("tiers", [])), default=Decimal(0))
            return base + (extra["max"] if extra else 0)
        if kind == "ranking":
            return r.get("points") or max(t["points"] for t in r["tiers"])
        return Decimal(0)

    @property
    def loss(self) -> Decimal | None:
        r = self.rule
        if r["kind"] == "deduct_per_event":
            return r.get("max")
        return Decimal(0)


def _d(text: str) -> Decimal:
    return Decimal(text)


def _cap(text: str) -> Decimal | None:
    m = CAP.search(text)
    if not m:
        return None
    values = [g for g in m.groups() if g]
    return _d(values[-1])


def _label(piece: str) -> str:
    """The condition of one scoring phrase, as the scheme words it: "被市级媒体报道的，每件得1分" → 被市级媒体报道."""
    head = PHRASE.split(piece)[0].strip("，,；;。 ")
    segments = [s for s in re.split(r"[，,]", head) if s.strip()]
    while len(segments) > 1 and re.match(r"^\s*(?:每|则|即|可)", segments[-1]):
        segments.pop()  # "…的，每起" → the condition, not the counting word
    head = "，".join(segments)
    if len(head) > 40:
        head = segments[0] if len(segments[0]) <= 40 else head[:40]
    head = re.sub(r"^(?:[（(]?\d+[）)]|[，,；;。\s]|否则|其中)+|[，,；;。\s]+$", "", head)
    head = re.sub(r"的$", "", head.strip())
    return head or piece[:24]


CAP_START = re.compile(r"^[，,。；;\s]*(?:本项|该项|此项)?(?:合计|累计|总计)?(?:最多|最高|封顶|不超过|上限)")


def _pieces(text: str) -> list[str]:
    """The scoring phrases of a clause, each with the words leading to it."""
    out, start = [], 0
    for m in PHRASE.finditer(text):
        piece = text[start:m.end()]
        if out and CAP_START.match(piece):
            out[-1] += piece  # a cap, not another case
        else:
            out.append(piece)
        start = m.end()
    return out


CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def arabic(text: str) -> str:
    """第三 → 第3, 前十 → 前10 (places and counts up to 10)."""
    return re.sub(r"(?<=[第前至])([一二三四五六七八九十])(?![一二三四五六七八九十])",
                  lambda m: str(CN_DIGITS[m.group(1)]), text)


def _bounds(piece: str) -> dict:
    """A tier's range from its wording (ratios: 90% → 0.9)."""
    m = PERCENT.search(piece)
    if (re.search(r"全部|100\s*[%％]\s*(?:的|，|,)|完成[^，。；]{0,10}目标任务|得满分", piece)
            and not re.search(r"不足|低于|以下", piece) and not (m and m.group(1) != "100")):
        return {"at_least": Decimal(1)}
    if not m:
        return {}
    value = _d(m.group(1)) / 100
    after = piece[m.end():m.end() + 4]
    before = piece[max(0, m.start() - 4):m.start()]
    if "以上" in after or "及以上" in after or re.search(r"不低于|达到|不少于", before):
        return {"at_least": value}
    if re.search(r"超过|高于|大于", before):
        return {"above": value}
    if "以下" in after or re.search(r"不足|低于|小于|未达到", before):
        return {"below": value}
    return {"at_least": value}


def _count_bounds(piece: str) -> dict:
    """"新增用标企业1家以上" → at least 1 (a count, not a ratio)."""
    m = re.search(rf"{N}\s*(?:家|件|个|项|次|人|篇)(?:及|或)?以上|不少于\s*{N}", piece)
    return {"at_least": _d(m.group(1) or m.group(2))} if m else {}


def _points_of(piece: str, full: Decimal | None) -> Decimal:
    if "不得分" in piece:
        return Decimal(0)
    if "满分" in piece and full is not None:
        return full
    m = re.search(rf"得\s*{N}\s*[%％]\s*(?:的)?分", piece)
    if m and full is not None:
        return full * _d(m.group(1)) / 100
    m = re.search(rf"(?:得|加|计|扣|减)\s*{N}\s*分", piece)
    return _d(m.group(1)) if m else Decimal(0)


def _measure(text: str, fallback: str) -> str:
    m = re.search(r"(?:完成)?(?:年度)?([\u4e00-\u9fff]{2,12}?(?:率|量|数|额|排名|排序))", text)
    return m.group(1) if m else fallback


def draft_rule(text: str, part: str, indicator_max: Decimal | None, scored: bool = True, title: str = "") -> Drafted:
    """The rule a clause's wording states; `indicator_max` fills in 满分 and unstated caps, the indicator's
    `title` names the measure when the clause does not."""
    veto = text if VETO.search(text) else None
    if not scored:
        return Drafted({"kind": "requirement"})
    cap = _cap(text)
    uncapped = CAP.sub("", text)  # "合计最多得3分" is a cap, not points per case
    gains = [(_d(m.group(1)), m) for m in GAIN.finditer(uncapped) if _d(m.group(1)) > 0]
    losses = [(_d(m.group(1)), m) for m in LOSS.finditer(uncapped) if _d(m.group(1)) > 0]
    if re.search(r"直接扣|一经发现.{0,4}扣", text) and losses:
        return Drafted({"kind": "penalty", "points": losses[0][0]},
                       ["罚则按总分直接扣减处理（不受扣分项上限限制），请核对"], veto)
    if part == "deduction" or losses and not gains and not re.search(r"得满分|不得分", text):
        return _deduction(text, part, losses, cap, indicator_max, veto)
    full = gains[0][0] if gains else indicator_max
    if GROWTH.search(text) and PERCENT.search(text):
        return _growth(text, full, veto, title)
    if RANK.search(text) and re.search(r"第\s*\d+|前\s*\d+|末位|居前", arabic(text)):
        return _ranking(text, full, veto, title)
    if TARGET.search(text) and (re.search(r"满分|以上|\d\s*[%％]", text) or EXCESS.search(text)
                                or SHORT.search(text)):
        return _target(text, full, indicator_max, veto, title)
    down = STEP_DOWN.search(text)
    if down and gains:
        rule = {"kind": "decline", "points": gains[0][0], "step": _d(down.group(1)) / 100,
                "per_step": _d(down.group(2))}
        return Drafted(rule, ["“与上年之比”按事实填写（如 0.85 表示85%），请核对起扣点"], veto)
    if gains and losses and re.search(r"每.{0,12}(?:扣|减)", text):
        return Drafted({"kind": "points_less_events", "points": gains[0][0], "per_event": losses[0][0]}, [], veto)
    pieces = [p for p in _pieces(text) if _points_of(p, full) or PERCENT.search(p)]  # 不得分 is no case
    if not gains and not re.search(r"得满分", text):
        points = indicator_max
        m = re.search(rf"[（(]\s*{N}\s*分\s*[）)]", text)
        if m:
            points = _d(m.group(1))
        if points is None or points == 0:
            return Drafted({"kind": "requirement"}, ["条款未写明分值，按不计分要点起草"], veto)
        if JUDGED.search(text) or QUALITY.search(text):
            return Drafted({"kind": "judged", "max": points}, [] if JUDGED.search(text) else [
                "条款只写分值，按评定打分起草（评定其成效）"], veto)
        return Drafted({"kind": "flag", "points": points}, ["条款只写分值，按满足条件得分起草"], veto)
    if len(pieces) >= 2 and (PERCENT.search(text) or re.search(r"全部.{0,10}得", text)):
        return _tiers(text, pieces, full, veto)
    if len(pieces) >= 2 and (EACH.search(text) or len(gains) >= 2 and not _alternatives(pieces)):
        return _categories(text, pieces, cap, veto)
    if len(pieces) >= 2:
        options = [{"label": _label(p), "points": _points_of(p, full)} for p in pieces]
        return Drafted({"kind": "choice", "options": _unique(options)}, ["各情形互斥（只选一种），请核对"], veto)
    if KINDS_OF.search(text) and len(gains) == 1:
        return _kinds(text, gains[0][0], cap, veto)
    if len(pieces) == 1 and not EACH.search(text) and THRESHOLD.search(text):
        return _tiers(text, pieces, full, veto)
    if EACH.search(text):
        rule = {"kind": "per_occurrence", "points": gains[-1][0]}
        first = re.search(rf"(?:首次|第一次|首个)[^，。；]*?得\s*{N}\s*分", text)
        if first and len(gains) >= 2:
            rule = {"kind": "per_occurrence", "first": _d(first.group(1)), "points": gains[-1][0]}
        if cap is not None:
            rule["max"] = cap
        return Drafted(rule, [] if cap is not None else ["条款未写上限，仅受指标分值限制"], veto)
    if len(gains) >= 2 and cap is not None:  # 首次得a分，在此基础上每增加…加b分，最多c分
        return Drafted({"kind": "per_occurrence", "first": gains[0][0], "points": gains[1][0], "max": cap}, [], veto)
    return Drafted({"kind": "flag", "points": gains[0][0]}, [], veto)


def _alternatives(pieces: list[str]) -> bool:
    """Later phrases that name the other case of the first (以其他名义…, 非主要负责人…, 兼职…)."""
    return any(re.search(r"其他|非|兼职|否则|或未|未明确|仅", p) for p in pieces[1:])


def _unique(options: list[dict]) -> list[dict]:
    seen: dict[str, int] = {}
    for o in options:
        n = seen.get(o["label"], 0)
        seen[o["label"]] = n + 1
        if n:
            o["label"] = f"{o['label']}（{n + 1}）"
    return options


def _deduction(text, part, losses, cap, indicator_max, veto) -> Drafted:
    todos = []
    categories = re.search(rf"{N}\s*分或\s*{N}\s*分", text)
    if categories:  # 每一起扣…25分或50分
        rule = {"kind": "deduct_per_event", "categories": [{"label": "第一类", "points": _d(categories.group(1))},
                                                           {"label": "第二类", "points": _d(categories.group(2))}]}
        todos.append("按类别扣分：请把“第一类”“第二类”改为条款中的事件类别名称")
    elif not losses:
        points = indicator_max or Decimal(0)
        m = re.search(rf"{N}\s*分", text)
        if m:
            points = _d(m.group(1))
        rule = {"kind": "deduct_per_event", "points": points}
        todos.append("条款未写明每起扣分，按一次扣除起草")
    else:
        rule = {"kind": "deduct_per_event", "points": losses[0][0]}
    if cap is not None:
        rule["max"] = cap
    elif not EACH.search(text) and "points" in rule:
        rule["max"] = rule["points"]  # "…的，扣3分": once, however many events
    elif part == "deduction" and indicator_max:
        rule["max"] = indicator_max
        todos.append("条款未写扣分上限，按指标分值起草")
    return Drafted(rule, todos, veto)


def _kinds(text: str, points: Decimal, cap, veto) -> Drafted:
    """"按照专利、商标、著作权等不同类型，每一类型得1分，最多得3分": one category per kind the clause names."""
    m = re.search(r"([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)等", text)
    labels = [re.sub(r"^(?:按照|按|包括|涵盖|含|如|即|对)", "", w) for w in m.group(1).split("、")] if m else []
    if len(labels) < 2:
        return Drafted({"kind": "per_occurrence", "points": points, **({"max": cap} if cap is not None else {})},
                       [], veto)
    rule = {"kind": "per_category", "categories": [{"label": label, "points": points, "max_count": 1}
                                                   for label in _unique_labels(labels)]}
    if cap is not None:
        rule["max"] = cap
    return Drafted(rule, ["类别取自条款列举的类型（“等”表示可能还有其他类型），请核对"], veto)


def _unique_labels(labels: list[str]) -> list[str]:
    return list(dict.fromkeys(labels))


def _tiers(text: str, pieces: list[str], full, veto) -> Drafted:
    tiers = []
    for p in pieces:
        bounds = _bounds(p) or _count_bounds(p)
        tier = {**bounds, "points": _points_of(p, full), "text": _label(p)}
        if not bounds and tier["points"] == 0 and tiers:
            tier = {"points": Decimal(0), "text": _label(p)}  # the rest
        tiers.append(tier)
    percent = bool(PERCENT.search(text))
    return Drafted({"kind": "tiers", "measure": _measure(text, "完成比率" if percent else "数量"), "percent": percent,
                    "tiers": tiers}, ["档次界限按原文推断（“以上”含本数，“不足”不含），请核对"], veto)


def _categories(text, pieces, cap, veto) -> Drafted:
    cats = []
    for p in pieces:
        points = _points_of(p, None)
        if re.search(r"扣|减", PHRASE.search(p).group(0)):
            points = -points
        cat = {"label": _label(p), "points": points}
        if not EACH.search(p):
            cat["max_count"] = 1
        if points != 0:
            cats.append(cat)
    todos = []
    rule = {"kind": "per_category", "categories": _unique(cats) or [{"label": _label(text), "points": Decimal(1)}]}
    if cap is not None:
        rule["max"] = cap
    if any("max_count" not in c for c in rule["categories"]) and cap is None:
        todos.append("条款未写上限，仅受指标分值限制")
    todos.append("类别名称取自条款原文，事实文件按此名称计数，请核对")
    return Drafted(rule, todos, veto)


def _steps(m) -> dict:
    return {"per": _d(m.group(1)), "points": _d(m.group(3))}


def _target(text, full, indicator_max, veto, title) -> Drafted:
    rule: dict = {"kind": "target", "measure": _measure(title, "") or _measure(text, "") or title or "目标任务完成量"}
    excess, short = EXCESS.search(text), SHORT.search(text)
    unit = (excess or short).group(2).strip() if excess or short else ""
    if unit:
        rule["unit"] = unit
    base_gain = re.search(rf"(?:完成|达到)[^。；]{{0,24}}?(?:得满分|得\s*{N}\s*分)", text)
    if base_gain or indicator_max is not None and not (excess and text.find("每超") < 6):
        points = _d(base_gain.group(1)) if base_gain and base_gain.group(1) else indicator_max
        if points is not None:
            rule["points"] = points
    tiers = []
    for p in _pieces(text):
        if "每超" in p or "每少" in p:
            continue
        bounds = _bounds(p)
        if not bounds:
            continue
        tier = {**bounds, "text": _label(p)}
        pct = re.search(rf"得\s*{N}\s*[%％]|得[^，。；]{{0,8}}的\s*{N}\s*[%％]", p)
        if pct:
            tier["share"] = _d(pct.group(1) or pct.group(2)) / 100
        elif "满分" in p or bounds == {"at_least": Decimal(1)}:
            tier["share"] = Decimal(1)
        else:
            tier["points"] = _points_of(p, rule.get("points"))
        tiers.append(tier)
    if tiers and not (len(tiers) == 1 and tiers[0].get("share") == 1 and tiers[0].get("at_least") == 1):
        rule["tiers"] = tiers  # one "完成目标任务得满分" tier is what target does without tiers
    if excess:
        rule["excess"] = _steps(excess)
        m = re.search(rf"(?:最多|最高|封顶|不超过)\s*加?\s*{N}\s*分", text[excess.end():])
        if m:
            rule["excess"]["max"] = _d(m.group(1))
    if short:
        rule["shortfall"] = _steps(short)
    todos = ["目标数按事实 {target, actual} 或 campaign.yaml 填写；档次为完成率（实际÷目标），请核对"]
    if re.search(r"逆向|越低越好|控制在", text):
        rule["reverse"] = True
    return Drafted(rule, todos, veto)


def _growth(text, full, veto, title) -> Drafted:
    rule: dict = {"kind": "growth", "measure": _measure(text, "") or _measure(title, "") or title or "较上年增长量",
                  "points": full}
    tiers = []
    for p in _pieces(text):
        bounds = _bounds(p)
        if not bounds:
            continue
        if re.search(r"下降", p):
            bounds = {k: -v for k, v in bounds.items()}
        tier = {**bounds, "text": _label(p)}
        pct = re.search(rf"得\s*{N}\s*[%％]", p)
        if pct:
            tier["share"] = _d(pct.group(1)) / 100
        elif "满分" in p:
            tier["share"] = Decimal(1)
        else:
            tier["points"] = _points_of(p, full)
        tiers.append(tier)
    rule["tiers"] = tiers or [{"above": Decimal(0), "share": Decimal(1), "text": "同比增长"}]
    rule["previous_zero"] = "top"
    return Drafted(rule, ["上年为0时按最高档（previous_zero: top）起草，原文未写明，请核对",
                          "档次为增长率（本年−上年）÷上年，请核对"], veto)


def _ranking(text, full, veto, title) -> Drafted:
    tiers = []
    for words in _pieces(text):
        p = arabic(words)
        first = re.search(r"第一|第1(?!\d)", p)
        top = re.search(r"前\s*(\d+)\s*(?:名|位)?(?![\d%％])", p)
        share = re.search(rf"前\s*{N}\s*[%％]", p)
        between = re.search(r"第\s*(\d+)\s*(?:名|位)?\s*至\s*第?\s*(\d+)", p)
        if share:
            bounds = {"top_share": _d(share.group(1)) / 100}
        elif between:
            bounds = {"at_most": _d(between.group(2))}
        elif top:
            bounds = {"at_most": _d(top.group(1))}
        elif first:
            bounds = {"at_most": Decimal(1)}
        else:
            bounds = {}
        tiers.append({**bounds, "points": _points_of(p, full), "text": _label(words)})
    rule = {"kind": "ranking", "measure": title or _measure(text, "排名"), "points": full, "tiers": tiers}
    return Drafted(rule, ["名次档次按原文推断，事实写 {rank: 名次, of: 参评总数}，请核对"], veto)
