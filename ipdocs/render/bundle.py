"""`ipdocs bundle`: the USB tree the assessors receive (out/bundle/).

    <被考核地区><年度>年<考核名称>材料/
        00.自评报告、目录清单及评分表/       the files of out/submit/
        01.一、强化知识产权保护工作组织落实/
            01.（一）将知识产权保护工作纳入党委和政府重要议事日程/
                1.区委常委会会议纪要（武委办纪〔2023〕5号）.pdf
        manifest.csv                          every file with its SHA-256
    <…>.zip                                   the same tree
    涉密材料（单独刻录，不得联网）/              classified items only, same numbering, own manifest

Numbers and names are the catalogue's, so `bundle --check` can prove that catalogue and folders agree.

The gate: nothing is laid out while the report on disk (out/submit/, as the coordinator last saved it) still
holds 【待补充】 marks, a claimed criterion has no narrative there, or a claim has no evidence; the list of
open items is raised instead (BundleRefused). `force` lays it out anyway and records that it did in
out/bundle/强制生成记录.txt — beside the tree, never inside what the assessors receive.
"""

from __future__ import annotations

import csv
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.base.numbers import fmt
from ipdocs.campaign.model import Campaign
from ipdocs.intake.store import sha256_of
from ipdocs.output.files import save_zip
from ipdocs.render import submit_folder
from ipdocs.render.content import Submission, catalogue_sections, gather, label, report_sections
from ipdocs.render.narrative import MARKS, NOT_REPORTED, standing

# python-docx is imported where a document is read back (the gate, the check): a bundle that is current is not.

SECRET = "涉密材料（单独刻录，不得联网）"
SUBMIT = "00.自评报告、目录清单及评分表"
MANIFEST = "manifest.csv"
FORCED = "强制生成记录.txt"
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe(name: str, limit: int = 80) -> str:
    """A file or folder name Windows, macOS and Linux all accept, cut to a length USB copies survive."""
    return UNSAFE.sub("_", name).strip(" .")[:limit]


@dataclass
class Bundle:
    root: Path
    secret: Path
    archive: Path
    files: list[Path] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)  # open items the bundle was forced past


def bundle_folder(campaign: Campaign) -> Path:
    return campaign.out / "bundle"


def tree_name(campaign: Campaign) -> str:
    return safe(f"{campaign.assessee}{campaign.year}年{campaign.rubric.document_title}材料")


def layout(sections: list[dict]) -> list[tuple[tuple[str, str], dict]]:
    """(section folder, indicator folder) for every catalogue entry, numbered as the catalogue numbers."""
    placed = []
    for i, s in enumerate(sections, 1):
        for j, ind in enumerate(s["indicators"], 1):
            for entry in ind["entries"]:
                placed.append(((f"{i:02d}.{safe(s['heading'], 60)}", f"{j:02d}.{safe(ind['heading'], 60)}"), entry))
    return placed


def _manifest(root: Path) -> None:
    rows = [(p.relative_to(root).as_posix(), sha256_of(p), p.stat().st_size)
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != MANIFEST]
    with (root / MANIFEST).open("w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads it as UTF-8
        writer = csv.writer(f)
        writer.writerow(["文件", "SHA-256", "字节数"])
        writer.writerows(rows)


class BundleRefused(IpdocsError):
    """The bundle was not laid out: open items remain (one Chinese line each in `problems`)."""

    def __init__(self, problems: list[str]):
        super().__init__(f"未生成报送包：尚有{len(problems)}项未完成（核对后重新运行，或加 --force 强制生成）")
        self.problems = problems


def report_on_disk(campaign: Campaign) -> Path | None:
    return next(iter(sorted(submit_folder(campaign).glob("1.*自评报告.docx"))), None)


def _short(campaign: Campaign, cid: str) -> str:
    text = campaign.rubric.criteria[cid].text
    return f"{label(campaign, cid)}（{text[:14]}{'…' if len(text) > 14 else ''}）"


def _report_regions(sub: Submission, texts: list[str]) -> tuple[dict[str, list[str]], list[tuple[str | None, str]]]:
    """The report's paragraphs read back: criterion → the paragraphs under its heading (for reports with a
    heading per criterion), and every paragraph holding a mark with the criterion it sits under."""
    c = sub.campaign
    criteria = {f"{label(c, cr.id)} {cr.text}": cr.id for cr in c.rubric.criteria.values()}
    indicators = {f"{label(c, ind.id)}.{ind.title}。": ind for ind in c.rubric.indicators}
    sections = report_sections(sub)  # headings and score lines end a criterion's narrative
    stops = {s["heading"] for s in sections} | {t for s in sections for i in s["indicators"]
                                                for t in (i["heading"], i["score_line"])}
    regions: dict[str, list[str]] = {}
    marked: list[tuple[str | None, str]] = []
    current: str | None = None
    for text in texts:
        if text in criteria:
            current = criteria[text]
            regions[current] = []
            continue
        if text in stops or text.startswith("以上为"):
            current = None
        where = current
        if where is None:  # seed 004's report: one line per item, its number and title first
            ind = next((i for prefix, i in indicators.items() if text.startswith(prefix)), None)
            where = ind.criteria[0].id if ind and ind.criteria else None
        if current is not None and text:
            regions[current].append(text)
        if any(m in text for m in MARKS):
            marked.append((where, text))
    return regions, marked


def gate_problems(campaign: Campaign, sub: Submission | None = None) -> list[str]:
    """What must be resolved before the bundle leaves, one line per criterion (label + what is missing): marks
    left in the report on disk, claimed criteria without a narrative there, claims without evidence."""
    sub = sub or gather(campaign)
    report = report_on_disk(campaign)
    if report is None:
        return ["自评报告：尚未生成，请先运行 ipdocs render"]
    import docx

    from ipdocs.word import oxml

    texts = [t.strip() for t in oxml.body_texts(docx.Document(str(report)))]
    regions, marked = _report_regions(sub, texts)
    open_items: dict[str | None, list[str]] = {}
    for cid, text in marked:
        at = text.index(next(m for m in MARKS if m in text))
        open_items.setdefault(cid, []).append(f"报告中仍有“{text[at:at + 30]}{'…' if len(text) > at + 30 else ''}”")
    per_criterion = bool(regions)  # else seed 004's layout: one line per item
    for cid in campaign.rubric.criteria:
        state = standing(sub, cid)
        if not state.claimed:
            continue
        points = ("自评已完成" if not campaign.rubric.scored
                  else f"自评扣{fmt(-state.points)}分" if state.points < 0 else f"自评{fmt(state.points)}分")
        if per_criterion:
            written = [t for t in regions.get(cid, []) if t != NOT_REPORTED]
            if cid not in regions:
                open_items.setdefault(cid, []).append(f"{points}，报告中找不到本项标题")
            elif not written:
                open_items.setdefault(cid, []).append(f"{points}，报告中没有工作情况")
        else:
            ind = next(i for i in campaign.rubric.indicators if cid in {cr.id for cr in i.criteria})
            prefix = f"{label(campaign, ind.id)}.{ind.title}。"
            if not any(t.startswith(prefix) and t != prefix for t in texts):
                open_items.setdefault(cid, []).append(f"{points}，报告中没有工作情况")
        if state.points >= 0 and state.files == 0:
            open_items.setdefault(cid, []).append(f"{points}，没有佐证材料")
    lines = [f"{_short(campaign, cid)}：{'；'.join(dict.fromkeys(items))}"
             for cid in campaign.rubric.criteria if (items := open_items.get(cid))]
    return lines + [f"自评报告：{item}" for item in open_items.get(None, [])]


def bundle(campaign: Campaign, sub: Submission | None = None, force: bool = False) -> Bundle:
    """The tree from the submission (gathered here unless the caller already has it), once the gate passes
    (BundleRefused otherwise) or when forced."""
    sub = sub or gather(campaign)
    submitted = submit_folder(campaign)
    if not submitted.is_dir():
        raise IpdocsError(f"{submitted} 不存在：请先运行 ipdocs render 生成自评报告和目录清单")
    open_items = gate_problems(campaign, sub)
    if open_items and not force:
        raise BundleRefused(open_items)
    sections = catalogue_sections(sub)
    out = bundle_folder(campaign)
    if out.exists():  # generated output: rebuilt whole, so a rerun shows only real changes
        shutil.rmtree(out)
    root, secret = out / tree_name(campaign), out / SECRET
    result = Bundle(root, secret, out / f"{tree_name(campaign)}.zip", forced=open_items)
    for f in sorted(submitted.iterdir()):
        if f.is_file():
            (root / SUBMIT).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, root / SUBMIT / f.name)
    for (section, indicator), entry in layout(sections):
        e = entry["evidence"]
        base = secret if e.classified else root
        target = base / section / indicator / f"{safe(entry['text'])}{e.stored.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(e.stored, target)
        target.chmod(0o644)
        result.files.append(target)
    _manifest(root)
    if secret.exists():
        _manifest(secret)
    save_zip(root, result.archive)
    if open_items:
        (out / FORCED).write_text("以 --force 强制生成报送包，生成时尚有以下事项未完成：\n"
                                  + "".join(f"{line}\n" for line in open_items), encoding="utf-8")
    return result


def _catalogue_entries(path: Path) -> list[tuple[tuple[str, str], str]]:
    """The catalogue DOCX read back: ((section, indicator) folders, item text) in order."""
    import docx

    d = docx.Document(str(path))
    placed, i, j, section, indicator = [], 0, 0, "", ""
    for p in d.paragraphs:
        text = p.text.strip()
        if p.style.name == "Heading 1":
            i, j, section = i + 1, 0, text
        elif p.style.name == "Heading 2":
            j, indicator = j + 1, text
        elif re.match(r"^\d+\.", text) and section:
            placed.append(((f"{i:02d}.{safe(section, 60)}", f"{j:02d}.{safe(indicator, 60)}"), text))
    return placed


def check_bundle(campaign: Campaign) -> list[str]:
    """Problems where the catalogue, the folders, the manifest and the zip disagree."""
    out = bundle_folder(campaign)
    root, secret = out / tree_name(campaign), out / SECRET
    catalogue = next(submit_folder(campaign).glob("2.*目录清单.docx"), None)
    if catalogue is None or not root.is_dir():
        return ["尚未生成目录清单或材料文件夹：请先运行 ipdocs render 和 ipdocs bundle"]
    problems = []
    expected = set()
    for (section, indicator), text in _catalogue_entries(catalogue):
        base = secret if "（涉密，单独报送）" in text else root
        matches = list((base / section / indicator).glob(f"{glob_escape(safe(text))}.*"))
        if len(matches) != 1:
            found = "找不到" if not matches else "有多个"
            problems.append(f"目录清单“{text}”在文件夹 {section}/{indicator} 中{found}对应文件")
        expected.update(matches)
    for base in (root, secret):
        for p in sorted(base.rglob("*")) if base.exists() else []:
            if p.is_file() and p.name != MANIFEST and SUBMIT not in p.parts and p not in expected:
                problems.append(f"文件夹中的 {p.relative_to(out)} 不在目录清单中")
        manifest = base / MANIFEST
        if base.exists():
            with manifest.open(encoding="utf-8-sig") as f:
                for name, sha, _size in list(csv.reader(f))[1:]:
                    if not (base / name).is_file() or sha256_of(base / name) != sha:
                        problems.append(f"{base.name}/{name} 与清单（manifest.csv）中的哈希不符")
    archive = out / f"{tree_name(campaign)}.zip"
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
    if any(SECRET in n or "涉密" in n.split("/")[-1] for n in names):
        problems.append("压缩包中含有涉密材料")
    on_disk = {f"{root.name}/{p.relative_to(root).as_posix()}" for p in root.rglob("*") if p.is_file()}
    if names != on_disk:
        problems.append("压缩包内容与材料文件夹不一致")
    return problems


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)
