"""bench/dev8/make_dev8.py, the eighth blind corpus of issue 15. Its truth is written while each file is made, so it
is checked on its own by the conventions of the generator's docstring: the truth.yaml it last wrote, and small
documents, pages, sheets and screens made here — never read by the extractor nor printed by LibreOffice."""

import collections
import datetime as dt
import random
import re
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "dev8"))
import make_dev8  # noqa: E402

PLACE = make_dev8.PLACES[1]
GENRES = ("通知", "意见", "通报", "请示", "批复", "计划", "总结", "报告", "函", "简报")
TABLES = ("台账", "统计表", "一览表", "名单", "登记表", "汇总表")
VOCABULARY = set(GENRES) | set(TABLES) | {"会议纪要", "会议记录", "签到表", "新闻报道"}
NUMBERED = re.compile(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.、]|[①②③④⑤])")
NOT_MEDIA = ("政府", "局", "办公室", "今日头条", "百家号", "百度", "澎湃号")


def objections(f: dict) -> list[str]:
    """What a careful clerk would object to in one file's truth, by the generator's conventions."""
    found = []
    title, kind = f.get("title", ""), f.get("doc_type")
    if kind not in VOCABULARY or not title:
        found.append("doc_type/title")
    elif kind in GENRES + TABLES + ("签到表",) and not title.endswith(kind):
        found.append(f"doc_type {kind} is not the word {title} ends with")
    elif kind in ("会议纪要", "会议记录") and not title.endswith(kind[2:]):
        found.append("minutes title")
    for n in f.get("doc_numbers", []):
        if n["text"] != f"{n['organ_prefix']}〔{n['year']}〕{n['number']}号" or not 2000 < n["year"] < 2030:
            found.append(f"文号 {n}")
    for d in f.get("dates", []):
        if not d["text"] or not dt.date.fromisoformat(str(d["iso"])):
            found.append(f"date {d}")
    for m in f.get("media", []):
        if m["level"] not in ("国家级", "省级", "市级", "县级") or m["outlet"].endswith(NOT_MEDIA):
            found.append(f"media {m}")
    if f.get("media") and kind != "新闻报道":
        found.append("media on something that is not a report")
    for table in f.get("tables", []):
        rows = table["rows"]
        if table["row_count"] != len(rows) or not rows or {len(r) for r in rows} != {len(table["header"])} or \
                table["header"] in rows or any(r[0] in ("合计", "小计", "总计") or not all(r) for r in rows) or \
                "办理时间" in table["header"] or "" in table["header"]:
            found.append(f"table {table['header']}")
    people = f.get("attendance")
    if people and (kind != "签到表" or people["count"] != len(people["names"]) or not people["names"]):
        found.append("attendance")
    if kind == "签到表" and (not people or f["tables"][0]["row_count"] != people["count"]):
        found.append("a sign-in sheet counts its signed lines")
    for meeting in f.get("meetings", []):
        if kind not in ("会议纪要", "会议记录") or not 2 <= len(meeting["chair"]) <= 3 or \
                any(NUMBERED.match(x) or x.endswith(("。", "；", "，")) for x in meeting["topics"]) or \
                meeting["title"].endswith(("纪要", "记录")):
            found.append(f"meeting {meeting}")
    if kind in ("会议纪要", "会议记录") and len(f.get("meetings", [])) != 1:
        found.append("minutes without their meeting")
    if kind == "新闻报道" and ("doc_numbers" in f or "tables" in f or "organ" not in f):
        found.append("a news page")
    if f["format"] in ("jpg", "png") and f["pages"] != 1:
        found.append("an image has one page")
    return found


def test_the_truth_it_last_wrote_is_complete_and_free_of_objections():
    truth = yaml.load((ROOT / "bench" / "dev8" / "truth.yaml").read_text(encoding="utf-8"),
                      Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert (truth["split"], truth["generator"]) == ("dev8", "bench/dev8/make_dev8.py")
    files = truth["files"]
    assert list(files) == sorted(make_dev8.ENTRIES)
    assert collections.Counter(f["kind"] for f in files.values()) == {
        "scan": 20, "photo": 23, "screenshot": 14, "docx": 15, "xlsx": 10, "text_pdf": 4}
    found = {name: objections(f) for name, f in files.items()}
    assert not any(found.values()), {k: v for k, v in found.items() if v}
    assert {f["doc_type"] for f in files.values()} == VOCABULARY  # every word, on purpose
    for name, f in files.items():
        assert f["format"] == Path(name).suffix[1:] and f["kind"] == make_dev8.ENTRIES[name][0]
        if "两页" in name:  # a table over two pages is one table
            assert f["pages"] == 2 and len(f["tables"]) == 1 and f["tables"][0]["pages"] == [1, 2], name
        if "联合" in name:
            assert f["organ"].count("、") == 1, name
    assert sum(1 for f in files.values() if f.get("meetings") and f["kind"] == "photo") == 8
    assert sum(1 for f in files.values() if f.get("attendance")) == 7


def made(fn, *args, kind="docx", fmt="docx", seed="x"):
    t = make_dev8.Truth(kind, fmt)
    content = fn(t, random.Random(seed), PLACE, 2023, *args)
    return t, content


def docx_text(path: Path) -> tuple[str, str]:
    d = Document(str(path))
    body = "".join(n.text or "" for n in d.element.body.iter(qn("w:t")))
    header = "".join(p.text for p in d.sections[0].header.paragraphs)
    return re.sub(r"\s+", "", body), header


@pytest.mark.parametrize("style", ["para", "table", "box", "header"])
def test_a_red_mark_in_each_house_style_is_not_the_organ_but_the_signature_is_in_full(style, tmp_path):
    t, content = made(make_dev8.notice, "通知", "mark", True, 2, seed=f"joint{style}")
    content.house["mark_style"] = style
    make_dev8.to_docx(content, tmp_path / "a.docx", random.Random(1))
    body, header = docx_text(tmp_path / "a.docx")
    facts = t.export()
    issuers = facts["organ"].split("、")
    assert len(issuers) == 2 and facts["doc_type"] == "通知" and facts["title"] in body
    assert (header.endswith("文件") or "文件" == header) if style == "header" else "文件" in body
    assert all(body.count(name) >= 1 for name in issuers)
    own = facts["doc_numbers"][0]
    assert own["text"] in body and own["organ_prefix"].startswith(PLACE["ka"])
    assert all(d["text"].replace(" ", "") in body for d in facts["dates"])
    if style == "box":
        assert Document(str(tmp_path / "a.docx")).element.body.find(".//" + qn("w:txbxContent")) is not None


def test_a_notice_signed_without_a_red_header_has_no_number_of_its_own():
    t, content = made(make_dev8.notice, "通报", "sig", seed="sig")
    facts = t.export()
    own_root = make_dev8.organs(PLACE)
    roots = tuple(r + "通" for _, r in own_root.values())
    assert not any(n["organ_prefix"].startswith(roots) for n in facts.get("doc_numbers", []))
    assert not any(b[0] == "mark" for b in content.blocks) and ("right", facts["organ"]) in content.blocks


def test_titles_break_where_a_typist_would_and_are_joined_in_the_truth():
    for seed in range(8):
        rng = random.Random(seed)
        for genre in ("通知", "意见", "通报", "请示", "批复", "函"):
            title = make_dev8.notice_title(rng, PLACE, 2023, genre, rng.choice(make_dev8.ACTIONS))
            for n in (2, 3):
                lines = make_dev8.break_title(rng, title, n)
                assert "".join(lines) == title and len(lines) >= 2
                cuts = [len("".join(lines[:k])) for k in range(1, len(lines))]
                assert all(not title[c].isdigit() and title[c - 1] != "“" for c in cuts), lines


def test_a_ledger_over_two_pages_is_one_table_without_header_totals_or_notes():
    t, content = made(make_dev8.ledger, "台账", 22, kind="scan", fmt="pdf", seed="two")
    spec = next(b[1] for b in content.blocks if b[0] == "table")
    assert spec["extra"][0][0] == "合计" and spec["top"] == make_dev8.CASE_TOP
    pages = make_dev8.draw(content, t, 100, random.Random(2))
    facts = t.export()
    assert facts["pages"] == 2 == len(pages.images)
    assert len(facts["tables"]) == 1 and facts["tables"][0]["pages"] == [1, 2]
    table = facts["tables"][0]
    assert table["header"] == make_dev8.CASE_LEAF and table["row_count"] == 22
    assert [r[0] for r in table["rows"]] == [str(i) for i in range(1, 23)]
    assert {n["text"] for n in facts["doc_numbers"]} == {r[5] for r in table["rows"]}
    assert sum(pages.texts.count(h) for h in ("立案日期", "结案日期")) == 2 * (1 + spec["repeat"])


def test_a_sign_in_sheet_counts_only_the_lines_signed_and_the_written_count_agrees():
    t, content = made(make_dev8.signin, 14, False, True, kind="photo", fmt="jpg", seed="sign")
    spec = next(b[1] for b in content.blocks if b[0] == "table")
    facts = t.export()
    blank = [r for r in spec["rows"] if not r[1]]
    assert 1 <= len(blank) <= 3 and len(spec["rows"]) == 14
    assert facts["attendance"]["count"] == 14 - len(blank) == facts["tables"][0]["row_count"]
    assert ("hand", f"应到14人，实到{14 - len(blank)}人") in content.blocks and "organ" not in facts


@pytest.mark.parametrize("style", ["fields", "inline", "book", "form"])
def test_minutes_give_the_day_held_the_chair_alone_and_the_topics_without_numbering(style):
    t, content = made(make_dev8.minutes, style, kind="photo", fmt="jpg", seed=style)
    facts = t.export()
    meeting = facts["meetings"][0]
    text = "\n".join(make_dev8.content_texts(content))
    assert meeting["chair"] in text and all(x in text for x in meeting["topics"])
    held = dt.date.fromisoformat(meeting["date"])
    assert held == min(dt.date.fromisoformat(d["iso"]) for d in facts["dates"])
    assert (facts["doc_type"] == "会议记录") == (style in ("book", "form")) and ("organ" in facts) == (
        style in ("fields", "inline"))
    assert "tables" not in facts  # a 会议记录 form is a form, not a table


@pytest.mark.parametrize("style", ["cases", "cases2", "signin", "media", "training", "contacts", "summary"])
def test_a_workbook_keeps_its_title_row_and_its_records_only(style, tmp_path):
    t = make_dev8.Truth("xlsx", "xlsx")
    make_dev8.make_xlsx(t, random.Random(style), PLACE, 2023, style, tmp_path / "a.xlsx")
    facts, book = t.export(), openpyxl.load_workbook(tmp_path / "a.xlsx")
    sheets = [ws for ws in book.worksheets if ws.title != "填表说明"]
    assert facts["title"] == sheets[0]["A1"].value and len(facts["tables"]) == len(sheets)
    for ws, table in zip(sheets, facts["tables"], strict=True):
        first = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
        assert [v for v in first if isinstance(v, int)] == list(range(1, table["row_count"] + 1))
        assert ("合计" in first) == (style in ("cases", "cases2", "training", "summary"))
        dated = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
        assert all(c.number_format in [f for f, _ in make_dev8.XL_FORMATS.values()] for c in dated)
    assert "media" not in facts and objections(facts) == []
    assert ("organ" in facts) == any("填报单位" in str(c.value) for c in sheets[0]["A"] if c.value)


@pytest.mark.parametrize("fn,arg", [(make_dev8.shot_portal, "paper"), (make_dev8.shot_portal, "chain"),
                                    (make_dev8.shot_portal, "unit"), (make_dev8.shot_wechat, "paper"),
                                    (make_dev8.shot_wechat, "gov"), (make_dev8.shot_wechat, "govown"),
                                    (make_dev8.shot_app, "学习强国"), (make_dev8.shot_app, "今日头条"),
                                    (make_dev8.shot_app, "澎湃号")])
def test_a_news_page_counts_as_media_only_the_outlets_that_carried_it(fn, arg):
    for seed in range(2):
        t = make_dev8.Truth("screenshot", "png")
        img, drawn = fn(t, random.Random(f"{arg}{seed}"), PLACE, 2023, arg)
        facts, page = t.export(), "\n".join(drawn)
        media = {m["outlet"] for m in facts.get("media", [])}
        out = make_dev8.outlets(PLACE)
        named = {o for o in make_dev8.NATIONAL + out["省级"] + out["市级"] + out["县级"] if o in page}
        assert media <= named and named - media  # related links and footers name outlets that are not media
        assert facts["title"] in drawn and facts["organ"] in page and facts["doc_type"] == "新闻报道"
        if arg in ("unit", "govown", "澎湃号"):
            assert not media - {o for o in named if f"据{o}" in page or f"此前，{o}" in page}
        if arg == "chain":
            assert len(media) >= 2
        assert all(d["text"] in page for d in facts["dates"]) and img.mode == "RGB"


def test_the_same_files_every_time(tmp_path):
    outputs = []
    names = ["通知-红头.docx", "台账-两个年度.xlsx", "截图-政府网-转载.png", "扫描-一览表.jpg"]
    make_dev8._worker_init()
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        facts = [make_dev8.make_one(n, tmp_path / sub, tmp_path)[1] for n in names]
        outputs.append([(tmp_path / sub / n).read_bytes() for n in names] + facts)
    assert outputs[0] == outputs[1]
