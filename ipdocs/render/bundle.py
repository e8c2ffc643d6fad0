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
"""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx

from ipdocs.base.errors import IpdocsError
from ipdocs.campaign.model import Campaign
from ipdocs.output.files import save_zip
from ipdocs.render import submit_folder
from ipdocs.render.content import catalogue_sections, gather

SECRET = "涉密材料（单独刻录，不得联网）"
SUBMIT = "00.自评报告、目录清单及评分表"
MANIFEST = "manifest.csv"
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


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest(root: Path) -> None:
    rows = [(p.relative_to(root).as_posix(), _sha(p), p.stat().st_size)
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != MANIFEST]
    with (root / MANIFEST).open("w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads it as UTF-8
        writer = csv.writer(f)
        writer.writerow(["文件", "SHA-256", "字节数"])
        writer.writerows(rows)


def bundle(campaign: Campaign) -> Bundle:
    sections = catalogue_sections(gather(campaign))
    out = bundle_folder(campaign)
    if out.exists():  # generated output: rebuilt whole, so a rerun shows only real changes
        shutil.rmtree(out)
    root, secret = out / tree_name(campaign), out / SECRET
    result = Bundle(root, secret, out / f"{tree_name(campaign)}.zip")
    submitted = submit_folder(campaign)
    if not submitted.is_dir():
        raise IpdocsError(f"{submitted} 不存在：请先运行 ipdocs render 生成自评报告和目录清单")
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
    return result


def _catalogue_entries(path: Path) -> list[tuple[tuple[str, str], str]]:
    """The catalogue DOCX read back: ((section, indicator) folders, item text) in order."""
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
                    if not (base / name).is_file() or _sha(base / name) != sha:
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
