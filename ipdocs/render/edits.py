"""A coordinator's edits to out/submit/ are read back before each render and never overwritten silently.

The report's narratives sit in bookmarked regions keyed by criterion ID (bookmarks survive Word, WPS and
LibreOffice saves; LibreOffice 7.4 drops block content controls). Per region (`merge`): unchanged on disk → the
new text; edited and data unchanged → the edit; both changed → the edit, then the new draft marked NEW_DRAFT.
A file edited elsewhere (outside the regions, or any other generated document) is kept as it is and the new
render goes to out/review/ instead, with a notice. Score-table edits are read back as overrides with provenance
(score-overrides.yaml in the campaign folder) or refused with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import ZERO, dec, fmt
from ipdocs.base.yamlfile import read_yaml
from ipdocs.campaign.model import Campaign
from ipdocs.render.narrative import NEW_DRAFT
from ipdocs.rubric.engine import ScoreSheet, rescored_composite
from ipdocs.rubric.labels import display_id
from ipdocs.word import oxml

PREFIX = "ipdocs_"
OVERRIDES = "score-overrides.yaml"


# --- the merge rule ---------------------------------------------------------------------------------

@dataclass
class Merged:
    written: list[str]  # what goes into the document
    draft: list[str]  # the marked new draft appended to an edit (part of `written`), else []
    status: str  # new | kept | both | restored


def merge(on_disk: list[str] | None, generated: list[str] | None, draft: list[str] | None,
          new: list[str]) -> Merged:
    """One region: `on_disk` as the document holds it now (None: no such region), `generated` and `draft` as the
    last render generated and appended it (None: no earlier render), `new` as generated now."""
    if generated is None:
        return Merged(new, [], "new")
    if on_disk is None:  # the region was deleted whole: its bookmark went with it
        return Merged(new, [], "restored")
    body = on_disk[:-len(draft)] if draft and on_disk[-len(draft):] == draft else on_disk
    if body == generated:
        return Merged(new, [], "new")
    if new == generated:
        return Merged(on_disk, draft if body is not on_disk else [], "kept")
    marked = [f"{NEW_DRAFT}{p}" for p in new]
    return Merged(body + marked, marked, "both")


# --- regions of a report context --------------------------------------------------------------------

def region_name(key: str) -> str:
    return PREFIX + re.sub(r"[^0-9A-Za-z]", "_", key)


def context_regions(context: dict, campaign: Campaign) -> dict[str, tuple[str, list[str]]]:
    """Region key → (label, paragraphs) in document order: each criterion of the report's outline, or each
    indicator's line of 工作情况 in seed 004's five-part report."""
    rubric = campaign.rubric
    found: dict[str, tuple[str, list[str]]] = {}
    for s in context.get("sections", []):
        for ind in s["indicators"]:
            ids = [c.id for i in rubric.indicators if i.id == ind["id"] for c in i.criteria]
            for cid, c in zip(ids, ind["criteria"], strict=True):
                found[c.get("id", cid)] = (display_id(rubric, c.get("id", cid)), list(c["paragraphs"]))
    prefixes = {f"{display_id(rubric, i.id)}.{i.title}。": i.id for i in rubric.indicators}
    for line in context.get("work", []):
        key = next((k for p, k in prefixes.items() if line.startswith(p)), None)
        if key is not None:
            found[key] = (display_id(rubric, key), [line])
    return found


def with_regions(context: dict, campaign: Campaign, merged: dict[str, list[str]]) -> dict:
    """The context with each region's paragraphs replaced by `merged` (keys absent keep theirs)."""
    rubric = campaign.rubric
    sections = []
    for s in context.get("sections", []):
        indicators = []
        for ind in s["indicators"]:
            ids = [c.id for i in rubric.indicators if i.id == ind["id"] for c in i.criteria]
            criteria = [{**c, "paragraphs": merged.get(c.get("id", cid), c["paragraphs"])}
                        for cid, c in zip(ids, ind["criteria"], strict=True)]
            indicators.append({**ind, "criteria": criteria})
        sections.append({**s, "indicators": indicators})
    out = {**context, "sections": sections} if "sections" in context else dict(context)
    if "work" in context:
        keys = context_regions({"work": context["work"]}, campaign)
        by_line = {v[1][0]: k for k, v in keys.items()}
        out["work"] = [p for line in context["work"] for p in merged.get(by_line.get(line, ""), [line])]
    return out


def mark_regions(document, regions: dict[str, tuple[str, list[str]]]) -> list[str]:
    """Bookmark each region's paragraphs in a rendered Document, in order; the keys not found."""
    paragraphs = document.paragraphs
    texts = [oxml.paragraph_text(p) for p in paragraphs]
    at, missing = 0, []
    for number, (key, (_, lines)) in enumerate(regions.items(), 1):
        n = len(lines)
        start = next((i for i in range(at, len(texts) - n + 1) if n and texts[i:i + n] == lines), None)
        if start is None:
            missing.append(key)
            continue
        oxml.bookmark_paragraphs(paragraphs[start], paragraphs[start + n - 1], region_name(key), number)
        at = start + n
    return missing


def read_regions(path: Path, keys) -> tuple[dict[str, list[str]], list[tuple]]:
    """A report on disk: region key → its paragraphs' text, and the signatures of what lies outside them."""
    from docx import Document

    names = {region_name(k): k for k in keys}
    document = Document(str(path))
    found, outside = oxml.bookmarked_paragraphs(document, PREFIX)
    default = oxml.default_paragraph_style(document)
    return ({names[n]: lines for n, lines in found.items() if n in names},
            [oxml.paragraph_signature(p, default) for p in outside])


def outside_signature(path: Path) -> list[tuple]:
    return read_regions(path, ())[1]


# --- the score table read back ----------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    indicator_text: str  # 考核要点 column as written (e.g. “1.组织领导”)
    ref: str  # D7, or 表1第7行第4列
    value: object


def score_cells(path: Path) -> list[Cell]:
    """The 评分 column of a score table on disk (XLSX or DOCX), with each row's indicator text."""
    if path.suffix == ".xlsx":
        import openpyxl

        ws = openpyxl.load_workbook(path).worksheets[0]
        return [Cell(str(ws[f"B{n}"].value or ""), f"D{n}", ws[f"D{n}"].value) for n in range(3, ws.max_row + 1)]
    from docx import Document

    cells = []
    for t, table in enumerate(Document(str(path)).tables, 1):
        for r, row in enumerate(table.rows, 1):
            texts = [c.text.strip() for c in row.cells]
            if len(texts) >= 4:
                cells.append(Cell(texts[1], f"表{t}第{r}行第4列", texts[3]))
    return cells


def _number(value) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return dec(str(value).strip().removesuffix("分"))
    except (InvalidOperation, ValueError, TypeError, IpdocsError):
        return None


def read_back_scores(campaign: Campaign, path: Path, last_scores: dict[str, str],
                     indicator_texts: dict[str, str]) -> tuple[list[dict], list[str]]:
    """The self-scores changed by hand in the score table `path` against what the last render wrote
    (`last_scores` indicator ID → score text; `indicator_texts` the table's indicator text → ID): accepted
    overrides with provenance, and refusals (one Chinese line each)."""
    accepted, refused = [], []
    rubric = campaign.rubric
    for cell in score_cells(path):
        iid = indicator_texts.get(cell.indicator_text)
        if iid is None or iid not in last_scores or str(cell.value).startswith("="):
            continue
        old = last_scores[iid]
        value = _number(cell.value)
        if value is not None and value == dec(old):
            continue
        where = f"{path.name} {cell.ref}（{display_id(rubric, iid)}）"
        ind = next(i for i in rubric.indicators if i.id == iid)
        low, high = (-ind.max, ZERO) if ind.part == "deduction" else (ZERO, ind.max)
        if value is None:
            shown = "空白" if cell.value in (None, "") else f"“{cell.value}”"
            refused.append(f"{where}：{shown}不是数字，未采用；请填写{fmt(low)}至{fmt(high)}之间的分数")
        elif not low <= value <= high:
            refused.append(f"{where}：{fmt(value)}分超出本项分值范围，未采用；请填写{fmt(low)}至{fmt(high)}之间的分数")
        else:
            accepted.append({"indicator": iid, "score": fmt(value), "old": old, "file": path.name, "cell": cell.ref})
    return accepted, refused


def overrides_path(campaign: Campaign) -> Path:
    return campaign.folder / OVERRIDES


def append_overrides(campaign: Campaign, items: list[dict]) -> None:
    """Appended as text, so what a person wrote in the file (comments, removed items) stays as it is."""
    if not items:
        return
    path = overrides_path(campaign)
    lines = [] if path.exists() else [
        "# 评分表中手工修改的自评得分（由 ipdocs 从 out/submit/ 的评分表读回，渲染时采用）。",
        "# 删除某一项即恢复系统评分；同一指标有多项时以最后一项为准。"]
    for item in items:
        lines += [f"- indicator: '{item['indicator']}'", f"  score: {item['score']}",
                  f"  old: {item['old']}", f"  file: '{item['file']}'", f"  cell: '{item['cell']}'"]
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(text + ("" if not text or text.endswith("\n") else "\n") + "\n".join(lines) + "\n",
                    encoding="utf-8")


def load_overrides(campaign: Campaign) -> dict[str, dict]:
    """Indicator ID → its override (the last one written), each checked against the rubric."""
    path = overrides_path(campaign)
    if not path.exists():
        return {}
    items = read_yaml(path, "评分表修改文件") or []
    if not isinstance(items, list):
        raise IpdocsError(f"{path}：应为列表（每项写 indicator、score），实为 {type(items).__name__}")
    rubric, found = campaign.rubric, {}
    parts = {i.id: i for i in rubric.indicators}
    for n, item in enumerate(items, 1):
        iid = str(item.get("indicator", "")) if isinstance(item, dict) else ""
        value = _number(item.get("score")) if isinstance(item, dict) else None
        if iid not in parts:
            raise IpdocsError(f"{path} 第{n}项：indicator 应为本方案的指标编号，实为 {iid!r}")
        ind = parts[iid]
        low, high = (-ind.max, ZERO) if ind.part == "deduction" else (ZERO, ind.max)
        if value is None or not low <= value <= high:
            raise IpdocsError(f"{path} 第{n}项（指标{iid}）：score 应为{fmt(low)}至{fmt(high)}之间的数字，"
                              f"实为 {item.get('score')!r}")
        found[iid] = {**item, "indicator": iid, "score": value}
    return found


def apply_overrides(campaign: Campaign, sheet: ScoreSheet, overrides: dict[str, dict]) -> ScoreSheet:
    """The sheet with the overridden indicator scores (reason saying so) and its part totals, caps, grade and
    weighted composite recomputed; penalties outside the deduction cap are carried over as they were."""
    if not overrides or not campaign.rubric.scored:
        return sheet
    rubric = campaign.rubric
    indicators = dict(sheet.indicators)
    for iid, o in sorted(overrides.items()):
        was = indicators[iid]
        where = f"{o.get('file', OVERRIDES)} {o.get('cell', '')}".strip()
        indicators[iid] = replace(was, score=o["score"], reason=f"评分表手工修改为{fmt(o['score'])}分"
                                  f"（原{fmt(was.score)}分，见{where}）" + (f"；{was.reason}" if was.reason else ""))

    def capped(by_id) -> tuple[Decimal, Decimal, Decimal]:
        part = {p: sum((by_id[i.id].score for i in rubric.indicators if i.part == p), ZERO)
                for p in ("base", "bonus", "deduction")}
        bonus = min(part["bonus"], rubric.part_points("bonus"))
        if rubric.total_cap is not None and part["base"] + bonus > rubric.total_cap:
            bonus = max(rubric.total_cap - part["base"], ZERO)
        return part["base"], bonus, max(part["deduction"], -rubric.part_points("deduction"))

    penalties = sheet.deduction - capped(sheet.indicators)[2]
    base, bonus, deduction = capped(indicators)
    deduction += penalties
    total = base + bonus + deduction
    grade = next((g.name for g in rubric.grades if total >= g.min), None)
    if not sheet.excellent_eligible and rubric.grades and grade == rubric.grades[0].name:
        grade = next((g.name for g in rubric.grades[1:] if total >= g.min), None)
    notes = [*sheet.notes, "评分表手工修改的得分：" + "、".join(
        f"{display_id(rubric, i)}为{fmt(o['score'])}分" for i, o in sorted(overrides.items()))]
    return replace(sheet, indicators=indicators, base=base, bonus=bonus, deduction=deduction, total=total,
                   grade=grade, notes=notes, composite=rescored_composite(rubric, sheet.composite, total))


def content_except(path: Path, skip: set[str]) -> list:
    """What a reader sees of a generated document, leaving out the cells in `skip` (score cells read back):
    for XLSX every cell's value, for DOCX the paragraphs' signatures and every table cell's text."""
    if path.suffix == ".xlsx":
        import openpyxl

        return [(ws.title, c.coordinate, c.value) for ws in openpyxl.load_workbook(path).worksheets
                for row in ws.iter_rows() for c in row if c.value is not None and c.coordinate not in skip]
    from docx import Document

    document = Document(str(path))
    default = oxml.default_paragraph_style(document)
    seen = [oxml.paragraph_signature(p, default) for p in document.paragraphs]
    for t, table in enumerate(document.tables, 1):
        for r, row in enumerate(table.rows, 1):
            seen += [(f"表{t}第{r}行第{k}列", cell.text.strip()) for k, cell in enumerate(row.cells, 1)
                     if f"表{t}第{r}行第{k}列" not in skip]
    return seen
