"""Rows of a scheme → indicators (number, title, points, part, section) and the rule text of each.

A table with a header row is read by its columns (序号, 考核指标/三级指标, 分值, 评分标准/考核要点/指标说明,
支撑材料 …; the columns left of the title are category levels). A column-wrapped extract with no column
positions is read block by block: "N.标题（M分）" starts indicator N, "N.k …" is its clause k.
Rule text that sits in no indicator's row (a table whose columns slipped in extraction) is kept in reading
order; clauses.py gives it to the indicators whose points it fills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ipdocs.rubric.draft.phrases import SCORING, any_of
from ipdocs.rubric.draft.read import Scheme

NUM = r"(\d+(?:\.\d+)?)"
# numbering: "3.标题（6分）" an indicator with its points, "3.…" one without, "3.2 …" clause 2 of indicator 3
HEADER = re.compile(rf"(?:^|(?<=\s))(\d{{1,2}})\s*[.．、]\s*(?!\d)(.+?)[。.]?\s*[（(]\s*[-－]?\s*{NUM}\s*分\s*[）)]")
NUMBERED = re.compile(r"^(\d{1,2})\s*[.．、]\s*(?!\d)(.+)$")
EXPLICIT = re.compile(r"^(\d{1,2})[.．](\d{1,2})(?!\d)\s*(.+)$")
# a category: "（29分）" its points, "一、" its number
POINTS_NOTE = re.compile(rf"[（(]\s*[-－]?\s*{NUM}\s*分\s*[）)]")
SECTION_NO = re.compile(r"^([一二三四五六七八九十]+)[、.．]\s*")
# part banners
BONUS = any_of("加分项", "加分指标", "加分事项")
DEDUCT = any_of("扣分项", "扣分指标", "减分项", "减分指标", "负面影响", r"[（(]\s*[-－]\s*\d+\s*分")
BASE = any_of("基础指标", "基本指标", "基础分值")

TABLE_WORDS = ("考核指标", "考核内容", "考核要点", "评分标准", "分值", "指标说明", "序号", "考核重点")
ROLE_WORDS = [  # (role, pattern, priority: lower wins for the rule column)
    ("id", re.compile(r"^序号$|^编号$"), 0),
    ("points", re.compile(r"^(?:分值|分数|标准分|满分|分值（分）)$"), 0),
    ("score", re.compile(r"得分|扣分原因|自评"), 0),
    ("evidence", re.compile(r"支撑材料|佐证材料|材料说明|考核方式"), 0),
    ("unit", re.compile(r"单位$|牵头|配合|责任"), 0),
    ("rule", re.compile(r"评分标准|评分细则|计分方法|评分办法|考核标准|评分方法"), 1),
    ("rule", re.compile(r"考核要点"), 2),
    ("rule", re.compile(r"指标说明|指标内容|考核细则"), 3),
]


@dataclass
class Block:
    """Rule text in reading order; `anchor` is the indicator of the same table row, if any."""

    text: str
    anchor: RawIndicator | None
    explicit: str | None = None  # criterion number the scheme prints ("1.2")
    after: RawIndicator | None = None  # the last indicator before it in reading order


@dataclass
class RawIndicator:
    id: str
    title: str
    max: Decimal | None
    part: str
    section: str
    section_points: Decimal | None
    header: str  # the cell as printed (a clause itself when the table has no rule column for it)
    evidence: str = ""
    part_stated: bool = False  # part named by a banner or the points cell, not inferred
    notes: list[str] = field(default_factory=list)


@dataclass
class Layout:
    indicators: list[RawIndicator] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    part_points: dict[str, Decimal] = field(default_factory=dict)  # as the banners state them
    scored: bool = True


def part_word(text: str) -> str | None:
    if BONUS.search(text):
        return "bonus"
    if DEDUCT.search(text):
        return "deduction"
    if BASE.search(text):
        return "base"
    return None


def _points(text: str) -> Decimal | None:
    m = POINTS_NOTE.search(text) or re.search(rf"{NUM}\s*分", text)
    return Decimal(m.group(1)) if m else None


def _strip_points(text: str) -> str:
    return POINTS_NOTE.sub("", SECTION_NO.sub("", text)).strip(" 。.")


def _roles(row: list[str]) -> dict[int, str] | None:
    """Column roles of a header row, or None when the row is not a header."""
    roles: dict[int, str] = {}
    rule_at: tuple[int, int] | None = None
    titles: list[int] = []
    for i, raw in enumerate(row):
        cell = re.sub(r"[（(]\d+项[）)]", "", raw).strip()
        if not cell or len(cell) > 12:
            continue
        for role, pattern, priority in ROLE_WORDS:
            if pattern.search(cell):
                if role == "rule":
                    if rule_at is None or priority < rule_at[1]:
                        rule_at = (i, priority)
                else:
                    roles.setdefault(i, role)
                break
        else:
            if "指标" in cell or cell in ("考核内容", "考核项目", "考核事项", "考核重点", "考核类别", "类别", "项目"):
                titles.append(i)
    if rule_at is not None:
        roles[rule_at[0]] = "rule"
    titles = [i for i in titles if i not in roles]
    if not titles or "rule" not in roles.values() and "points" not in roles.values():
        return None
    # the deepest 指标 level is the indicator; 考核内容 only when no 指标 column exists
    named = [i for i in titles if "指标" in row[i]]
    title = max(named) if named else max(titles)
    if "rule" not in roles.values() and row[title].startswith("考核内容"):
        return None
    roles[title] = "title"
    for i in titles:
        if i < title:
            roles[i] = "section"
    for i, cell in enumerate(row):
        if i not in roles and cell in ("考核内容", "考核要求") and "rule" not in roles.values():
            roles[i] = "rule"
    return roles


class _Blocks(list):
    """Blocks remember the indicator they follow."""

    def __init__(self, reader):
        super().__init__()
        self.reader = reader

    def append(self, block: Block) -> None:
        block.after = self.reader.current
        super().append(block)


class _Reader:
    def __init__(self):
        self.out = Layout()
        self.out.blocks = _Blocks(self)
        self.part = "base"
        self.section = ""
        self.section_points: Decimal | None = None
        self.seen: set[tuple[str, str]] = set()

    @property
    def current(self) -> RawIndicator | None:
        return self.out.indicators[-1] if self.out.indicators else None

    def next_id(self) -> int:
        ids = [int(i.id) for i in self.out.indicators if i.id.isdigit() and i.part == self.part]
        if not ids and self.part != "base":  # a bonus table may go on counting or start again at 1
            ids = [int(i.id) for i in self.out.indicators if i.id.isdigit()]
        return max(ids, default=0) + 1

    def banner(self, text: str) -> bool:
        """A part banner (加分项 10分) or a category (一、… / 研究部署（20分）); True when it was one."""
        if not text or len(text) > 60 or NUMBERED.match(text) or EXPLICIT.match(text):
            return False
        word = part_word(text)
        if word and len(text) <= 20:
            if word != self.part:
                self.section, self.section_points = "", None
            self.part = word
            points = _points(text)
            if points is not None:
                self.out.part_points.setdefault(word, points)
            return True
        if POINTS_NOTE.search(text) and not re.search(r"[得加扣减]\s*\d", text) or SECTION_NO.match(text):
            if word == "deduction":
                self.part = word
            self.section, self.section_points = _strip_points(text), _points(text)
            return True
        return False

    def add(self, number: str, title: str, points: Decimal | None, header: str,
            stated_part: str | None = None) -> RawIndicator | None:
        part = stated_part or self.part
        if (part, number) in self.seen:  # a summary table repeating the indicators
            return None
        self.seen.add((part, number))
        ind = RawIndicator(number, title, points, part, self.section, self.section_points, header,
                           part_stated=stated_part is not None or part != "base")
        self.out.indicators.append(ind)
        return ind

    def headers(self, text: str) -> list[RawIndicator]:
        found = []
        for m in HEADER.finditer(text):
            ind = self.add(m.group(1), _strip_points(m.group(2)), Decimal(m.group(3)), m.group(0).strip())
            if ind is not None:
                found.append(ind)
        return found

    # --- a table read by its columns
    def row(self, cells: list[str], roles: dict[int, str]) -> None:
        by = {role: [cells[i] for i in sorted(roles) if roles[i] == role and i < len(cells)]
              for role in set(roles.values())}
        filled = [c for c in cells if c]
        if filled and len(set(filled)) == 1 and self.banner(filled[0]):
            return
        for cell in by.get("section", []):
            if cell and cell != self.section:
                self.banner(cell) or self._section(cell)
        title = next(iter(by.get("title", [])), "")
        number = next((c for c in by.get("id", []) if re.fullmatch(r"\d{1,3}", c)), "")
        points_cell = next(iter(by.get("points", [])), "")
        rule = next(iter(by.get("rule", [])), "")
        stated = part_word(points_cell) if points_cell else None
        value = re.fullmatch(r"[-－]?\s*" + NUM + r"\s*分?", points_cell)
        points = Decimal(value.group(1)) if value else None
        if points_cell.strip().startswith(("-", "－")) and stated is None:
            stated = "deduction"
        new: list[RawIndicator] = []
        if title and self.banner(title):
            title = ""
        if title:
            headers = list(HEADER.finditer(title))
            if len(headers) > 1 or headers and not number:
                new = self.headers(title)
            elif number or NUMBERED.match(title) and (not SCORING.search(title)
                                                      or int(NUMBERED.match(title).group(1)) == self.next_id()):
                m = NUMBERED.match(title)
                ident = number or m.group(1)
                text = m.group(2) if m and not number else title
                if points is None and _points(text) is not None and POINTS_NOTE.search(text):
                    points = _points(text)
                ind = self.add(ident, _strip_points(text), points, title, stated)
                new = [ind] if ind else []
            elif SCORING.search(title):  # a clause slipped into the title column
                self.out.blocks.append(Block(title, None))
        elif number and rule:
            ind = self.add(number, "", points, "", stated)
            new = [ind] if ind else []
        if new:
            evidence = next(iter(by.get("evidence", [])), "")
            for ind in new:
                ind.evidence = evidence if len(new) == 1 else ""
        if rule:
            self.out.blocks.append(Block(rule, new[-1] if len(new) == 1 else None))
        elif not new:  # a page-split row: rule text under the wrong column
            for cell in cells:
                if cell not in by.get("section", []) and SCORING.search(cell) and cell != title:
                    self.out.blocks.append(Block(cell, None))

    def _section(self, cell: str) -> None:
        self.section, self.section_points = _strip_points(cell), _points(cell)

    # --- a column-wrapped extract, one block at a time
    def block(self, text: str) -> None:
        text = re.sub(r"^(\d)\s+(\d)(?=\s*[.．])", r"\1\2", text)  # "1 1 .知识…" wrapped in extraction
        text = re.sub(r"^(\d{1,2})\s+(?=[.．]\D)", r"\1", text)
        explicit = EXPLICIT.match(text)
        cur = self.current
        if cur is not None and not explicit:  # "区司法局12.2 加强…": the next clause glued to a contacts cell
            numbered = sum(b.anchor is cur and b.explicit is not None for b in self.out.blocks)
            glued = re.search(rf"(?:(?<![.．\d])|(?<=\d{{7}})){re.escape(cur.id)}[.．]{numbered + 1}(?!\d)\s*"
                              rf"(?=[\u4e00-\u9fff])", text)  # (?<=\d{{7}}): after a telephone number
            if numbered and glued and glued.start() > 0:
                self.block(text[glued.start():])
                return
        if explicit and cur is not None and explicit.group(1) == cur.id and not any(
                b.explicit == f"{cur.id}.{explicit.group(2)}" for b in self.out.blocks):
            self.out.blocks.append(Block(explicit.group(3), cur, f"{cur.id}.{explicit.group(2)}"))
            return
        m = NUMBERED.match(text)
        if m and int(m.group(1)) == self.next_id():
            head = HEADER.match(text)
            if head:
                new = self.headers(head.group(0))
                rest = text[head.end():].lstrip(" 。.：:")
                if new and rest:  # "1.组织领导（5分）。成立……得3分；……" — the rule follows the title
                    self.out.blocks.append(Block(rest, new[-1]))
                return
            if not text.endswith("。") and (SCORING.search(text) or len(text) <= 60):
                self.add(m.group(1), _strip_points(m.group(2)), None, text)
                return
        if self.banner(text):
            return
        if cur is None:
            return
        numbered = sum(b.anchor is cur and b.explicit is not None for b in self.out.blocks)
        if m and not HEADER.match(text) and int(m.group(1)) == numbered + 1:  # "1.…": the scheme numbers clauses
            self.out.blocks.append(Block(m.group(2), cur, f"{cur.id}.{m.group(1)}"))
        elif SCORING.search(text):
            last = self.out.blocks[-1] if self.out.blocks else None
            if last and last.anchor is cur and last.explicit and not SCORING.search(last.text):
                last.text += text  # a clause cut by a page break: "…的，得" + "5分。"
            else:
                self.out.blocks.append(Block(text, None))


def _align(cells: list[str], roles: dict[int, str], width: int) -> list[str]:
    """A row with fewer cells than the header lost some in extraction (a merged cell, a slipped column):
    place its cells where the number, title and rule columns read best."""

    def fit(row: list[str]) -> int:
        score = 0
        for i, role in roles.items():
            cell = row[i]
            if role == "id" and re.fullmatch(r"\d{1,3}", cell):
                score += 2
            elif role == "title" and cell:
                score += 2 if HEADER.search(cell) or NUMBERED.match(cell) else -2 if SCORING.search(cell) else 0
            elif role == "rule" and SCORING.search(cell):
                score += 1
        return score

    options = [[""] * k + cells + [""] * (width - len(cells) - k) for k in range(width - len(cells) + 1)]
    return max(options, key=fit)  # the first of equals: cells lost at the end


def read_layout(scheme: Scheme) -> Layout:
    reader = _Reader()
    roles: dict[int, str] | None = None
    width = 0
    started = False  # outside tables, blocks count only from the indicator table's header on
    pending: list[str] = []  # a header row cut in two by a blank line in the extract
    for cells in scheme.rows:
        found = None
        if pending and len(cells) > 1:
            joined = pending[:-1] + [pending[-1] + cells[0]] + cells[1:] if cells[0].startswith(("（", "(")) \
                else pending + cells
            found = _roles(joined)
            cells = joined if found is not None else cells
        if found is None and scheme.tabular and len(cells) > 1:
            found = _roles(cells)
        pending = cells if found is None and sum(bool(re.search(r"指标|序号", c)) for c in cells) >= 2 else []
        if found is not None:
            roles, width, started = found, len(cells), True
            continue
        if roles is not None and 1 < len(cells) <= width:
            reader.row(_align(cells, roles, width), roles)
        else:
            if reader.out.indicators and len(cells) == 1 and re.match(r"^附件\s*\d", cells[0]):
                break  # the next attachment (a contacts form, a score sheet repeating the indicators)
            for cell in cells:
                started = started or sum(word in cell for word in TABLE_WORDS) >= 2 or bool(
                    HEADER.match(cell) or SECTION_NO.match(cell) and POINTS_NOTE.search(cell))
                if cell and started:
                    reader.block(cell)
    out = reader.out
    out.scored = any(SCORING.search(b.text) for b in out.blocks) or any(i.max for i in out.indicators)
    kept = []
    for block in out.blocks:  # in a scored table, text that names no points is evidence or contacts
        if not out.scored or SCORING.search(block.text):
            kept.append(block)
        elif block.anchor is not None and not block.anchor.evidence and not block.explicit:
            block.anchor.evidence = block.text
    out.blocks = kept
    return out
