"""Facts in one document, each with the page it was found on (DESIGN §4 `ipdocs facts FILE --json`)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

from ipdocs.base.yamlfile import read_yaml
from ipdocs.extract.normalize import normalize
from ipdocs.extract.text import Document, ocr_table, pdf_tables

DOC_NUMBER = re.compile(r"([\u4e00-\u9fa5]{1,10})〔(\d{4})〕(\d{1,4})号")
LEADING_WORDS = ("根据", "依据", "按照", "参照", "印发", "转发", "见", "据", "按", "依", "经", "以", "和", "及", "与",
                 "的", "即", "文", "号")
DATE_CN = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
DATE_SEP = re.compile(r"(?<![\d.])(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d])")
TYPES = [("纪要", "会议纪要"), ("会议记录", "会议纪要"), ("通知", "通知"), ("方案", "方案"), ("简报", "简报"),
         ("通讯稿", "通讯稿"), ("截图", "截图"), ("统计表", "统计表"), ("台账", "统计表"), ("列表", "统计表"),
         ("一览表", "统计表"), ("函", "函"), ("意见", "正式文件"), ("细则", "正式文件"), ("办法", "正式文件"),
         ("总结", "总结"), ("报告", "报告")]
ORGAN_END = re.compile(r"(人民政府|人民法院|人民检察院|法院|检察院|委员会|办公室|监督管理局|局|委|厅|部|办|中心|公司)"
                       r"(文件)?$")


@cache
def media_outlets() -> list[tuple[str, str]]:
    """(outlet, level), longest names first so 南方日报 wins over 南方."""
    data = read_yaml(Path(__file__).with_name("media.yaml"), "媒体级别表")
    return sorted(((name, level) for level, names in data.items() for name in names), key=lambda x: -len(x[0]))


def _prefix(raw: str) -> str:
    for word in LEADING_WORDS:
        if raw.startswith(word) and len(raw) > len(word):
            return _prefix(raw[len(word):])
    return raw[-6:]


def doc_numbers(pages) -> list[dict]:
    found, seen = [], set()
    for page in pages:
        for m in DOC_NUMBER.finditer(page.text):
            prefix = _prefix(m.group(1))
            text = f"{prefix}〔{m.group(2)}〕{int(m.group(3))}号"
            if text not in seen:
                seen.add(text)
                found.append({"text": text, "organ_prefix": prefix, "year": int(m.group(2)),
                              "number": int(m.group(3)), "page": page.number})
    return found


def dates(pages) -> list[dict]:
    found, seen = [], set()
    for page in pages:
        for pattern in (DATE_CN, DATE_SEP):
            for m in pattern.finditer(page.text):
                try:
                    day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
                key = (day, page.number)
                if key not in seen and 1990 <= day.year <= 2100:
                    seen.add(key)
                    found.append({"iso": day.isoformat(), "text": m.group(0), "page": page.number})
    return found


def media(pages) -> list[dict]:
    """Outlets named in the text, in the order they appear (a longer name hides a shorter one inside it)."""
    found, seen = [], set()
    for page in pages:
        text = page.text
        hits = []
        for outlet, level in media_outlets():
            at = text.find(outlet)
            if at >= 0 and outlet not in seen and not any(outlet in s for s in seen):
                seen.add(outlet)
                hits.append((at, {"outlet": outlet, "level": level, "page": page.number}))
        found += [hit for _, hit in sorted(hits, key=lambda h: h[0])]
    return found


def _lines(pages, count: int = 12) -> list[str]:
    return [line.strip() for line in pages[0].text.splitlines() if line.strip()][:count] if pages else []


TITLE_END = re.compile(r"(通知|纪要|方案|细则|意见|总结|台账|报道|函|报告|办法|决定|批复)$")


def title_and_organ(pages) -> tuple[str, str]:
    lines = _lines(pages)
    organ = next((re.sub(r"文件$", "", ln) for ln in lines[:3] if ORGAN_END.search(ln) and len(ln) <= 30
                  and not DOC_NUMBER.search(ln)), "")
    title = ""
    for i, ln in enumerate(lines):
        if ln.startswith("关于") or (TITLE_END.search(ln) and ln != organ and not DOC_NUMBER.fullmatch(ln)):
            title = ln
            if len(ln) < 8 and i > 0 and lines[i - 1] != organ:  # the tail of a title wrapped from above
                title = lines[i - 1] + ln
            for more in lines[i + 1:i + 3]:  # a long title wraps onto the next lines
                if TITLE_END.search(title) and not title.endswith("的"):
                    break
                title += more
            break
    if not title:
        title = next((ln for ln in lines if 6 <= len(ln) <= 60 and ln != organ and not DOC_NUMBER.search(ln)
                      and not DATE_CN.search(ln)), "")
    return title, organ


def doc_type(title: str, kind: str, found_media: list[dict], tables: list[dict]) -> str:
    for word, name in TYPES:
        if word in title:
            return name
    if found_media:
        return "新闻报道"
    if kind == "xlsx" or tables:
        return "统计表"
    if kind == "image":
        return "照片"
    return "其他"


def facts(document: Document, tables_too: bool = True) -> dict:
    tables = list(document.tables) + [t for p in document.pages if (t := ocr_table(p))]
    pages = [type(p)(p.number, normalize(p.text), p.ocr) for p in document.pages]
    if tables_too and document.kind == "pdf":
        case_list = any("案号" in p.text for p in pages)  # continuation pages do not repeat the header
        with_tables = [p.number for p in pages if not p.ocr and (case_list or "\t" in p.text)]
        tables += pdf_tables(document.path, with_tables) if with_tables else []
    title, organ = title_and_organ(pages) if document.kind != "xlsx" else (document.path.stem, "")
    found_media = media(pages)
    return {
        "file": document.path.name,
        "pages": len(pages),
        "ocr_pages": [p.number for p in pages if p.ocr],
        "title": title,
        "organ": organ,
        "doc_type": doc_type(title, document.kind, found_media, tables),
        "doc_numbers": doc_numbers(pages),
        "dates": dates(pages),
        "media": found_media,
        "tables": [{"page": t["page"], "header": [normalize(h) for h in t["header"]],
                    "rows": [[normalize(c) for c in r] for r in t["rows"]]} for t in tables],
        "findings": [f"第{p.number}页无文字层，已用OCR识别" for p in pages if p.ocr],
    }
