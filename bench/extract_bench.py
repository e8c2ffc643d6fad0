"""Extraction benchmark: recall and precision per fact type and per file kind, on two splits, with speed.

    .venv/bin/python bench/extract_bench.py [--split dev|dev2|…|dev16|heldout|both]
                                            [--dev-dir DIR] [--dev2-dir DIR] [--dev3-dir DIR] [--dev4-dir DIR]
                                            [--dev5-dir DIR] [--dev6-dir DIR] [--dev7-dir DIR] [--dev8-dir DIR]
                                            [--dev9-dir DIR] … [--dev16-dir DIR]
                                            [--heldout-dir DIR] [--misses]
                                            [--ocr-cache DIR]

Splits. **dev**: our own tuning corpus, bench/dev/make_dev.py (generated into a temporary folder unless
--dev-dir names an existing one with its truth.yaml); `--misses` lists what was missed or wrongly reported per
file, for tuning. **dev2**: a second tuning corpus in the style of real county-office material, written
without reading the extractor (bench/dev2/make_dev2.py, truth conventions in its docstring; --dev2-dir, --misses
as for dev). **dev3**: a third tuning corpus by another session that never read the extractor
(bench/dev3/make_dev3.py; --dev3-dir). **dev4**: a fourth, by a session that never read or ran the extractor,
weighted towards photos, scans, screenshots, DOCX and XLSX (bench/dev4/make_dev4.py; --dev4-dir; only with
`--split dev4`, not part of `both`). **dev5**: a fifth, written the same way, weighted towards photos of notices
and minutes, screenshots, DOCX house styles, XLSX and tables over two pages (bench/dev5/make_dev5.py; --dev5-dir;
only with `--split dev5`, not part of `both`). **dev6**: a sixth, written the same way, weighted towards the issuing
organ and document type of every kind (请示/批复/意见/决定 filed as 正式文件, 简报, ledgers and name lists as 统计表),
sources on screenshots among many outlets that are not, scanned and photographed tables, photographed minutes and
dates on tilted photos (bench/dev6/make_dev6.py; --dev6-dir; only with `--split dev6`, not part of `both`).
**dev7**: a seventh, by a session that never read or ran the extractor nor saw our output vocabulary, labelled by its
own conventions (doc_type is the genre word a document calls itself; organ, media and tables as its docstring says),
weighted towards DOCX house styles, XLSX ledgers, news screenshots naming many outlets, photographed minutes and
sign-in sheets, scanned and photographed tables (bench/dev7/make_dev7.py; --dev7-dir; only with `--split dev7`,
not part of `both`).
**dev8**: an eighth, by a session that never read or ran the extractor, labelled by its own conventions (its
docstring: organ the full name of whoever issued or compiled the file, doc_type the 材料类型 word, media only outlets
that carried the report), weighted towards scanned and photographed tables, XLSX ledgers, photographed minutes and
sign-in sheets, news screenshots naming many outlets, scanned notices and DOCX (bench/dev8/make_dev8.py; --dev8-dir;
only with `--split dev8`, not part of `both`; compared as reported, not through BROADER).
**dev9**: a ninth, by another session that never read or ran the extractor, labelled by the conventions in its
generator's docstring (a clerk's 材料类型 word, organ the full name of the issuer or compiler, media the outlets that
carried the report), weighted towards scanned and photographed tables, XLSX ledgers, photographed minutes and sign-in
sheets, news screenshots naming many outlets and scanned notices (bench/dev9/make_dev9.py; --dev9-dir; only with
`--split dev9`, not part of `both`; compared as reported, not through BROADER).
**dev10**: a tenth, by a session that never read or ran the extractor (stop 26), labelled by the conventions in its
generator's docstring; stop 26's untuned check, a tuning split from stop 27 (bench/dev10/make_dev10.py; --dev10-dir;
only with `--split dev10`; compared as reported).
**dev11**: an eleventh, written the same way (stop 27); stop 27's untuned check, a tuning split from stop 28
(bench/dev11/make_dev11.py; --dev11-dir; only with `--split dev11`; compared as reported).
**dev12**: a twelfth, written the same way at the same time, weighted towards photographed minutes, sign-in sheets
and tables, scanned tables, XLSX workbooks and DOCX genres; a tuning split (bench/dev12/make_dev12.py; --dev12-dir;
only with `--split dev12`; compared as reported).
**dev13**: a thirteenth, written the same way (stop 28); stop 28's untuned check, a tuning split from stop 29
(bench/dev13/make_dev13.py; --dev13-dir; only with `--split dev13`; compared as reported).
**dev14**: a fourteenth, written the same way at the same time, weighted towards the kinds the held-out split still
finds weak (news screenshots and their outlets, scanned, photographed and XLSX tables, photographed minutes, the organ
and type of scans and DOCX); a tuning split (bench/dev14/make_dev14.py; --dev14-dir; only with `--split dev14`).
**dev15**: a fifteenth, written the same way (stop 29), kept as the untuned check (UNTUNED_CHECK): like the held-out
split, aggregates only (bench/dev15/make_dev15.py; --dev15-dir; only with `--split dev15`; compared as reported).
**dev16**: a sixteenth, written the same way at the same time, weighted towards outlets named in roles that are not
the item's source, work summaries mentioning their publicity, photographed minutes and sign-in sheets in several
layouts, scanned, photographed and multi-table XLSX tables, and organs stated only in signatures or joint; a tuning
split (bench/dev16/make_dev16.py; --dev16-dir; only with `--split dev16`).
**heldout**: bench/heldout/, made by a session that never read the
extractor; this script only runs its generator (`bench/heldout/make_heldout.py DIR`) and loads DIR/truth.yaml,
and prints aggregates only — never a file name or an individual miss (issue 15).

Kinds (truth `kind`): text_pdf, scan, photo, screenshot, docx, xlsx. Speed: pages/s per kind (pages from the
truth, time of `ipdocs.extract.file_facts` per file, sequential), and raw pypdfium2 text extraction of the same
text PDFs as the baseline. OCR throughput (first line; `--throughput-pages N`, 10 unless told, 0 to skip): a
generated N-page 150 dpi A4 scan read without the OCR cache, pages/s and CPU-s per page beside raw pypdfium2 on
the same file.

Matching rules (norm(s) drops whitespace and punctuation, folds full-width forms; a key missing from a file's
truth means the fact is not shown there):
- 文号: reported `text` vs truth `text` (both 〔2023〕 form), as sets per file. Recall = truth found / truth;
  precision = reported that are in the truth / reported, over every file (a 文号 reported in a file without
  any is an error).
- dates: `iso` sets per file, recall and precision as for 文号 (a range's two ends are two dates).
- title, organ: correct when norm(reported) == norm(truth). Recall = correct / files whose truth has the key;
  precision = correct / those of them where something was reported.
- doc_type: equality, 纪要 and 会议纪要 one genre (SAME_GENRE); recall and precision as for title.
- media: outlet name sets per file, as for 文号.
- tables: a truth table is found when a reported table has a header of the same width whose cells each contain
  the truth cell (norm), the same row count, and every row equal cell by cell (norm). Recall = found / truth
  tables; precision = reported tables that find a truth table / reported tables, over every file.
  `table rows` scores the row count alone the same way (a header or title row counted as data fails it).
- meetings: a truth meeting is found when a reported one has the same day (any printed form), the same chair
  (norm) and the same topics (norm, leading numbering 一、 1. （一） dropped, in order). Recall / precision as for
  tables. The indented ` meeting date / chair / topics` lines score each part alone (sets per file, as for 文号).
- attendance: correct when `count` equals the truth; recall over files with attendance in the truth, precision
  over files where a count was reported. `attendee names`: name sets, as for 文号.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

import pypdfium2
import yaml

from ipdocs.extract import file_facts
from ipdocs.extract.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
KINDS = ["text_pdf", "scan", "photo", "screenshot", "docx", "xlsx"]
FACTS = ["文号", "dates", "title", "organ", "doc_type", "media", "tables", "table rows", "meetings", " meeting date",
         " meeting chair", " meeting topics", "attendance", "attendee names"]
NUMBERING = re.compile(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、．]|\(\d+\)|（\d+）)")


def norm(value) -> str:
    text = unicodedata.normalize("NFKC", str(value or ""))
    return "".join(c for c in text if not c.isspace() and not unicodedata.category(c).startswith(("P", "S")))


class Score:
    """Counts per (fact, kind): truth items, truth found, reported items, reported correct."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.misses: dict[str, list[str]] = defaultdict(list)

    def add(self, fact: str, kind: str, truth: int, found: int, reported: int, correct: int) -> None:
        for key in ((fact, kind), (fact, "all")):
            c = self.counts[key]
            c[0] += truth
            c[1] += found
            c[2] += reported
            c[3] += correct

    def sets(self, fact, kind, file, truth: set, got: set) -> None:
        self.add(fact, kind, len(truth), len(truth & got), len(got), len(got & truth))
        if truth - got:
            self.misses[file].append(f"{fact} missed: {sorted(truth - got)}")
        if got - truth:
            self.misses[file].append(f"{fact} wrong: {sorted(got - truth)}")

    def single(self, fact, kind, file, truth, got, equal: bool) -> None:
        reported = bool(got)
        self.add(fact, kind, 1, int(equal), int(reported), int(equal and reported))
        if not equal:
            self.misses[file].append(f"{fact}: expected {truth!r}, got {got!r}")

    @staticmethod
    def rate(a: int, b: int) -> str:
        return f"{a / b:6.1%}" if b else "     –"

    def table(self) -> str:
        lines = [f"{'fact':<15}" + "".join(f"{k:>19}" for k in [*KINDS, "all"]),
                 f"{'':<15}" + "".join(f"{'recall  precision':>19}" for _ in [*KINDS, "all"])]
        for fact in FACTS:
            cells = []
            for kind in [*KINDS, "all"]:
                t, f, r, c = self.counts.get((fact, kind), [0, 0, 0, 0])
                cells.append(f"{self.rate(f, t)} {self.rate(c, r)}  " if t or r else f"{'':>19}")
            lines.append(f"{fact:<15}" + "".join(f"{c:>19}" for c in cells))
        return "\n".join(lines)

    def overall(self) -> str:
        t, f, r, c = (sum(self.counts[(fact, "all")][i] for fact in FACTS) for i in range(4))
        return f"all facts: recall {self.rate(f, t).strip()} ({f}/{t}), precision {self.rate(c, r).strip()} ({c}/{r})"


def _table_found(truth: dict, got: dict) -> tuple[bool, bool]:
    """(whole table equal, row count equal) for a reported table whose header matches the truth's."""
    header, reported = [norm(h) for h in truth.get("header", [])], [norm(h) for h in got.get("header", [])]
    if len(header) != len(reported) or not all(h in r for h, r in zip(header, reported, strict=True)):
        return False, False
    rows = got.get("rows", [])
    same_count = len(rows) == truth.get("row_count", len(truth.get("rows", [])))
    if "rows" not in truth:
        return same_count, same_count
    return same_count and all([norm(c) for c in a] == [norm(c) for c in b]
                              for a, b in zip(truth["rows"], rows, strict=False)), same_count


def _day(value) -> str:
    """A calendar day as ISO, whatever form the truth or the extractor wrote it in (date, 2023-05-18,
    2023年5月18日, 二〇二三年五月十八日, 2023.5.18)."""
    m = re.search(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", normalize(str(value or "")))
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""


def _meeting_key(m: dict) -> tuple:
    return (_day(m.get("date")), norm(m.get("chair")),
            tuple(norm(NUMBERING.sub("", str(t).strip())) for t in m.get("topics") or []))


# dev … dev6 were labelled in the broader words we gave their authors until stop 23 (ledgers 统计表, statutory
# 文种 正式文件, 计划/要点 方案, 会议记录 会议纪要; of joint issuers the lead one). The extractor now reports what a
# document calls itself and every joint issuer (dev7's unprompted labels): on those six splits a reported type is
# read in the broader word it was labelled in, and joint issuers by their lead one. dev7, dev8, dev9 and the
# held-out split are compared as reported.
BROADER = {**dict.fromkeys(("台账", "登记表", "一览表", "明细表", "汇总表", "清单", "报表", "名单", "花名册", "登记册",
                            "登记簿"), "统计表"),
           **dict.fromkeys(("意见", "决定", "通报", "请示", "批复", "公告", "通告", "决议", "细则", "办法", "规定",
                            "制度", "规则", "指引"), "正式文件"),
           **dict.fromkeys(("要点", "计划", "规划"), "方案"), "会议记录": "会议纪要", "汇报": "报告"}
BROADER_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
# One genre under two names on every split: the statutory 文种 is 纪要 (党政机关公文处理工作条例), which a document
# calls itself as …会议纪要; dev10 labels the first, the other splits and the extractor the second.
SAME_GENRE = {"纪要": "会议纪要"}


def in_broader_words(got: dict) -> dict:
    """A file's facts as the six older splits were labelled (BROADER)."""
    organ = got.get("organ") or ""
    return {**got, "doc_type": BROADER.get(got.get("doc_type"), got.get("doc_type")),
            "organ": organ.split("、")[0] if organ else got.get("organ")}


def score_file(score: Score, name: str, truth: dict, got: dict | None, broader: bool = False) -> None:
    kind = truth.get("kind", "other")
    got = in_broader_words(got or {}) if broader else got or {}
    score.sets("文号", kind, name, {norm(d["text"]) for d in truth.get("doc_numbers", [])},
               {norm(d["text"]) for d in got.get("doc_numbers", [])})
    score.sets("dates", kind, name, {str(d["iso"]) for d in truth.get("dates", [])},
               {d["iso"] for d in got.get("dates", [])})
    for fact in ("title", "organ"):
        if truth.get(fact):
            score.single(fact, kind, name, truth[fact], got.get(fact), norm(got.get(fact)) == norm(truth[fact]))
    if truth.get("doc_type"):
        score.single("doc_type", kind, name, truth["doc_type"], got.get("doc_type"),
                     SAME_GENRE.get(got.get("doc_type"), got.get("doc_type"))
                     == SAME_GENRE.get(truth["doc_type"], truth["doc_type"]))
    score.sets("media", kind, name, {m["outlet"] for m in truth.get("media", [])},
               {m["outlet"] for m in got.get("media", [])})

    reported = got.get("tables", [])
    for fact, pick in (("tables", 0), ("table rows", 1)):
        found = [any(_table_found(t, g)[pick] for g in reported) for t in truth.get("tables", [])]
        useful = [any(_table_found(t, g)[pick] for t in truth.get("tables", [])) for g in reported]
        score.add(fact, kind, len(found), sum(found), len(useful), sum(useful))
        if not all(found) or not all(useful):
            score.misses[name].append(f"{fact}: {sum(found)}/{len(found)} truth found, {sum(useful)}/{len(useful)} "
                                      f"reported right; reported row counts {[len(g['rows']) for g in reported]}")

    truth_meetings = {_meeting_key(m) for m in truth.get("meetings", [])}
    got_meetings = {_meeting_key(m) for m in got.get("meetings", [])}
    score.add("meetings", kind, len(truth_meetings), len(truth_meetings & got_meetings), len(got_meetings),
              len(got_meetings & truth_meetings))
    if truth_meetings != got_meetings:
        score.misses[name].append(f"meetings: expected {sorted(truth_meetings)}, got {sorted(got_meetings)}")

    for part, index in ((" meeting date", 0), (" meeting chair", 1), (" meeting topics", 2)):  # which part misses
        score.sets(part, kind, name, {k[index] for k in truth_meetings}, {k[index] for k in got_meetings})

    attendance = got.get("attendance") or {}
    if truth.get("attendance"):
        expected = truth["attendance"].get("count")
        score.single("attendance", kind, name, expected, attendance.get("count"), attendance.get("count") == expected)
        score.sets("attendee names", kind, name, {norm(n) for n in truth["attendance"].get("names", [])},
                   {norm(n) for n in attendance.get("names", [])})
    elif attendance.get("count"):
        score.add("attendance", kind, 0, 0, 1, 0)
        score.misses[name].append(f"attendance reported where none: {attendance.get('count')}")


def run_split(folder: Path, truth: dict, broader: bool = False) -> tuple[Score, dict, dict, dict, list[Path], int]:
    score = Score()
    seconds, cpu, pages = defaultdict(float), defaultdict(float), defaultdict(int)  # wall, CPU (all threads)
    text_pdfs, errors = [], 0
    for name, expected in sorted(truth["files"].items()):
        path = folder / name
        kind = expected.get("kind", "other")
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            got = file_facts(path)
        except Exception as exc:  # a crash scores as nothing found; counted, not shown per file
            got, errors = None, errors + 1
            score.misses[name].append(f"error: {type(exc).__name__}: {exc}")
        seconds[kind] += time.perf_counter() - start
        cpu[kind] += time.process_time() - cpu_start
        pages[kind] += int(expected.get("pages") or 1)
        if kind == "text_pdf" and path.suffix == ".pdf":
            text_pdfs.append(path)
        score_file(score, name, expected, got, broader)
    return score, seconds, cpu, pages, text_pdfs, errors


def raw_pdfium(paths: list[Path]) -> tuple[int, float]:
    pages, start = 0, time.perf_counter()
    for p in paths:
        pdf = pypdfium2.PdfDocument(str(p))
        for page in pdf:
            page.get_textpage().get_text_range()
            pages += 1
        pdf.close()
    return pages, time.perf_counter() - start


def report(label: str, folder: Path, truth: dict, misses: bool, broader: bool = False) -> None:
    score, seconds, cpu, pages, text_pdfs, errors = run_split(folder, truth, broader)
    print(f"\n== {label}: {len(truth['files'])} files, {sum(pages.values())} pages"
          + (f", {errors} files failed to extract" if errors else ""))
    print(score.table())
    print(score.overall())
    speed = "  ".join(f"{k} {pages[k] / seconds[k]:.2f}" for k in KINDS if seconds.get(k))
    print(f"pages/s by kind: {speed}")
    per_page = "  ".join(f"{k} {cpu[k] / pages[k]:.2f}" for k in KINDS if pages.get(k))  # others share the cores
    print(f"CPU-s per page by kind (all threads; steadier than wall on a shared machine): {per_page}")
    if any(pages.get(k) for k in ("scan", "photo", "screenshot")):
        from ipdocs.extract import ocr

        print(f"OCR: {ocr.settings()}")  # the runtime the scan/photo/screenshot figures were measured with
    if text_pdfs:
        raw_pages, raw_time = raw_pdfium(text_pdfs)
        ours = pages["text_pdf"] / seconds["text_pdf"]
        print(f"text PDFs: ipdocs {ours:.1f} pages/s, raw pypdfium2 {raw_pages / raw_time:.1f} pages/s on the same "
              f"{len(text_pdfs)} files")
    if misses:
        for name in sorted(score.misses):
            for line in score.misses[name]:
                print(f"  {name}: {line}")


def scanned_file(path: Path, pages: int, dpi: int = 150) -> None:
    """A multi-page A4 scan at `dpi` as scanners store it (JPEG pages in a PDF): notices, letters and case lists
    of bench/ocr_stress.py in turn, with red seals, skew, blur and noise."""
    import io
    import random

    import ocr_stress  # bench/ is this script's folder
    from PIL import Image

    images = []
    for i in range(pages):
        rng = random.Random(500 + i)
        spec = (ocr_stress.notice, ocr_stress.letter, ocr_stress.cases)[i % 3](rng, f"page-{i}")
        page = ocr_stress.degrade_scan(ocr_stress.render_page(spec, rng, ["uming", "serif"][i % 2], dpi, 16), rng, {})
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=75)
        images.append(Image.open(buffer))
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])


def throughput(pages: int) -> None:
    """OCR throughput (issue 15): `ipdocs.extract.text.read_document` on a `pages`-page 150 dpi A4 scan, without the OCR
    cache — wall pages/s, CPU-s per page (all threads; steadier than wall on a shared machine), the most pages
    read at the same moment, and what 2 cores give at that CPU cost where pages run in parallel — beside raw
    pypdfium2 rendering and text of the same file."""
    import threading

    from ipdocs.extract import ocr, text
    from ipdocs.extract.text import read_document

    reading, most, lock, read_page = [0], [0], threading.Lock(), text.ocr_page

    def counted(*args, **kwargs):
        with lock:
            reading[0] += 1
            most[0] = max(most[0], reading[0])
        try:
            return read_page(*args, **kwargs)
        finally:
            with lock:
                reading[0] -= 1

    with tempfile.TemporaryDirectory(prefix="ipdocs-throughput-") as folder:
        path = Path(folder) / "scan.pdf"
        scanned_file(path, pages)
        cached = os.environ.pop("IPDOCS_OCR_CACHE", None)
        text.ocr_page = counted
        try:
            ocr.engine()  # models compiled or loaded before timing
            from ipdocs.extract import tables, titles  # noqa: F401 (imported on a page's first seal or table,
            # ~0.3 CPU-s once a process, as loading the models is: not a page's cost)
            start, cpu_start = time.perf_counter(), time.process_time()
            read_document(path, "pdf")
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        finally:
            text.ocr_page = read_page
            if cached:
                os.environ["IPDOCS_OCR_CACHE"] = cached
        raw = time.perf_counter()
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            page.render(scale=150 / 72)
            page.get_textpage().get_text_range()
        pdf.close()
        raw = time.perf_counter() - raw
    # cores busy: CPU over wall (below 2 on 2 free cores where threads wait for each other; on a loaded machine
    # it shows the share the others left)
    print(f"OCR throughput, {pages}-page 150 dpi A4 scan: {pages / wall:.2f} pages/s wall, {cpu / pages:.2f} "
          f"CPU-s/page, {cpu / wall:.2f} cores busy, {most[0]} pages read at once (2 cores: "
          f"{min(2, most[0]) * pages / cpu:.2f} pages/s); raw pypdfium2 render+text {pages / raw:.0f} pages/s")


def generated(script: Path, folder: Path | None) -> tuple[Path, dict]:
    if folder is None or not (folder / "truth.yaml").is_file():
        folder = folder or Path(tempfile.mkdtemp(prefix=f"ipdocs-{script.parent.name}-"))
        subprocess.run([sys.executable, str(script), str(folder)], check=True, capture_output=True, timeout=900)
    return folder, yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))


TUNING_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
                 "dev13", "dev14", "dev16")
UNTUNED_CHECK = "dev15"  # aggregates only, like the held-out split; the next stop tunes on it and writes a new one


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=[*TUNING_SPLITS, UNTUNED_CHECK, "heldout", "both"],
                        default="both", help="both = dev, dev2, dev3 and heldout")
    for split in (*TUNING_SPLITS, UNTUNED_CHECK):
        parser.add_argument(f"--{split}-dir", type=Path)
    parser.add_argument("--heldout-dir", type=Path)
    parser.add_argument("--misses", action="store_true", help="per-file misses on the tuning splits")
    parser.add_argument("--ocr-cache", type=Path, help="keep OCR results in DIR across runs (tuning only: the "
                        "speed figures then no longer measure OCR)")
    parser.add_argument("--throughput-pages", type=int, default=10, help="pages of the OCR throughput scan (0: skip)")
    args = parser.parse_args()
    if args.throughput_pages:
        throughput(args.throughput_pages)
    if args.ocr_cache:
        os.environ["IPDOCS_OCR_CACHE"] = str(args.ocr_cache.resolve())
        print(f"OCR results cached in {args.ocr_cache}: pages/s below do not measure OCR")
    for split in TUNING_SPLITS:
        script = ROOT / "bench" / split / f"make_{split}.py"
        wanted = args.split == split or args.split == "both" and split in ("dev", "dev2", "dev3")
        if wanted and script.exists():
            folder, truth = generated(script, getattr(args, f"{split}_dir"))
            broader = split in BROADER_SPLITS
            report(f"{split} split ({folder})" + (", types and joint issuers in its labels' broader words (BROADER)"
                                                  if broader else ""), folder, truth, args.misses, broader)
    if args.split == UNTUNED_CHECK:
        script = ROOT / "bench" / UNTUNED_CHECK / f"make_{UNTUNED_CHECK}.py"
        folder, truth = generated(script, getattr(args, f"{UNTUNED_CHECK}_dir"))
        report(f"{UNTUNED_CHECK} split ({folder}, untuned check, aggregates only)", folder, truth, misses=False)
    if args.split in ("heldout", "both"):
        folder, truth = generated(ROOT / "bench" / "heldout" / "make_heldout.py", args.heldout_dir)
        report("held-out split (aggregates only)", folder, truth, misses=False)


if __name__ == "__main__":
    main()
