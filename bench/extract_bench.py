"""Extraction benchmark: recall of planted facts per type, and speed next to raw pypdfium2 text.

    .venv/bin/python bench/extract_bench.py [--docs 30] [--scans 4]

Generates notices with planted 文号 and dates (Word → text PDF with LibreOffice) and degraded scans of some
of them (200 dpi, noise, skew, red seal), runs `ipdocs.extract` on all, and prints recall per fact type and
pages per second on the text PDFs beside raw pypdfium2 text extraction of the same files, measured in the
same run (target: within 3×; recall ≥ 99 % on text files, ≥ 95 % on scans).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import pypdfium2
from doc_makers import extract_files

from ipdocs.extract import file_facts

notice_docx, scan_of, to_pdf = extract_files.notice_docx, extract_files.scan_of, extract_files.to_pdf

PREFIXES = ["武市监", "武委办纪", "信政", "永市监发", "鄂打假办函", "韶武市监罚", "武财预", "武法"]


def planted(n: int, rng: random.Random) -> list[tuple[list[str], str, set[str]]]:
    docs = []
    for i in range(n):
        number = f"{rng.choice(PREFIXES)}〔{rng.choice([2021, 2022, 2023])}〕{rng.randint(1, 120)}号"
        days = {f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(2)}
        a, b = sorted(days)[0], sorted(days)[-1]
        lines = ["韶关市武江区市场监督管理局", number, f"关于开展第{i + 1}批知识产权保护工作的通知",
                 f"定于{int(a[:4])}年{int(a[5:7])}月{int(a[8:])}日召开会议。",
                 "（正文）" * 20, "韶关市武江区市场监督管理局", f"{int(b[:4])}年{int(b[5:7])}月{int(b[8:])}日"]
        docs.append((lines, number, {a, b}))
    return docs


def recall(results, expected) -> tuple[float, float]:
    pairs = list(zip(results, expected, strict=True))
    numbers = sum(number in [d["text"] for d in got["doc_numbers"]] for got, (number, _) in pairs)
    dates = sum(len(days & {d["iso"] for d in got["dates"]}) for got, (_, days) in pairs)
    return numbers / len(expected), dates / sum(len(d) for _, d in expected)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--scans", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(2023)
    work = Path(tempfile.mkdtemp(prefix="ipdocs-bench-"))
    docs = planted(args.docs, rng)
    sources = [notice_docx(work / f"notice-{i:03d}.docx", lines) for i, (lines, _, _) in enumerate(docs)]
    print(f"generating {len(sources)} text PDFs and {args.scans} scans in {work} …", flush=True)
    pdfs = [to_pdf(s, work / "lo") for s in sources]
    scans = [scan_of(pdfs[i], work / f"scan-{i:03d}.pdf") for i in range(args.scans)]
    expected = [(number, dates) for _, number, dates in docs]

    pages = sum(len(pypdfium2.PdfDocument(str(p))) for p in pdfs)
    start = time.perf_counter()
    for p in pdfs:
        pdf = pypdfium2.PdfDocument(str(p))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()
    raw = time.perf_counter() - start
    start = time.perf_counter()
    text_results = [file_facts(p) for p in pdfs]
    ours = time.perf_counter() - start
    start = time.perf_counter()
    scan_results = [file_facts(s) for s in scans]
    scan_time = time.perf_counter() - start

    numbers, dates = recall(text_results, expected)
    print(f"text PDFs: {len(pdfs)} files, {pages} pages")
    print(f"  recall  文号 {numbers:.1%}   dates {dates:.1%}   (target ≥ 99 %)")
    print(f"  speed   ipdocs {pages / ours:.1f} pages/s   raw pypdfium2 {pages / raw:.1f} pages/s   "
          f"ratio {ours / raw:.2f}× (target ≤ 3×)")
    if scans:
        numbers, dates = recall(scan_results, expected[: len(scans)])  # scans of the first documents
        print(f"scans: {len(scans)} pages by OCR, {scan_time / len(scans):.1f} s/page")
        print(f"  recall  文号 {numbers:.1%}   dates {dates:.1%}   (target ≥ 95 %)")


if __name__ == "__main__":
    main()
