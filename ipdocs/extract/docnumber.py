"""文号 (document numbers) in normalised text: `<organ prefix>〔<year>〕<number>号`.

The organ prefix is the run of Chinese characters before the bracket, cut after the last word that precedes a
cited document (印发 / 的 / 贯彻落实 … from organs.yaml) and after a full organ name (转发省知识产权局粤知〔…〕 → 粤知).
On OCR pages a prefix standing at the start of a line that is the tail of exactly one known prefix (the
document's own 文号 and organ first, then the vocabulary) gets its lost leading characters back. A bare
函〔2023〕19号 keeps the organ named on the line before it when the vocabulary knows its abbreviation, and has an
empty organ_prefix otherwise — never a guessed one.

Beyond the vocabulary: a prefix wrapped after its first characters is joined where a citing word ends inside the
line before (对照罗打⏎假办发〔2021〕38号); a run with no word boundary (a table cell OCR ran into the next one) is cut
by shape, organ-function characters and the one place character before them (…注册商标专雄市监罚 → 雄市监罚); a
prefix never runs across a tab (OCR's gap between cells); a two-column OCR page is also read column by column.
A cited organ's level word is no part of its prefix (省赣知发 → 赣知发, 市庐阳市监联 → 庐阳市监联), nor is
the level's bureau before it (市局鲁阳市监 → 鲁阳市监).

Photos: a 文号 line OCR read as two boxes (prefix and number apart on one line, or on two lines of their own under
the organ mark in either order) is joined; a cited 文号 whose year a tilted photo's line assembly cut in two
(（国办发【2 … 023】77号）) is joined when exactly one line nearby continues it; an organ the vocabulary does not
list gives the candidates place + function (浉政办) for a lost first character, and its own prefix whose function's
short form OCR lost or misread a character of (石桥区假办函 → 石桥区打假办函). Lists (case registers): a number
whose closing bracket OCR read as 1 or lost (〔2022137号) takes the reading that keeps the list rising; a prefix's
character or a year's last digit misread in one row is the list's; a register cell that is a 文号 but for its 号
(wrapped away) counts; a register's bare numbers whose prefix OCR read as a piece of its own elsewhere take it
where the pages show one such prefix only, and a cell of which OCR read only the year's last digits on
(22]109号) takes the prefix and year of the one list they fit; a register cell wrapped right after its opening
bracket (青市监处罚[ over 2023]182号 a line or two below) is joined; the words of the cell beside read before a
wrapped number (商品名称2023]131号) or a stray character of them (商青市监处罚) are no prefix where the register's
prefix stands in three or more. What is not sure is not reported: OCR garbage before a bracket (a prefix that ends
as no organ prefix does), an issue serial 〔2023〕第3号.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from ipdocs.base.yamlfile import read_yaml
from ipdocs.extract.dates import misread_of
from ipdocs.extract.normalize import YEAR_BRACKETS, column_reading

CJK = "\u4e00-\u9fa5"
# the prefix never runs across a tab: OCR's gap between two table cells (盗版图⇥〔2023〕14号 is a bare number there)
NUMBER = re.compile(rf"(?P<raw>(?:[{CJK}] ?){{0,24}}) *〔(?P<year>(?:19|20)\d\d)〕\s*第?\s*(?P<num>\d{{1,5}})\s*号")
# CJK ending the line before: a prefix wrapped onto two lines
WRAPPED = re.compile(rf"((?:[{CJK}] ?)*[{CJK}])[ \t“”\"]*\r?[\n\f][ \t]*$")  # 下 发 的 湘 市 监 发⏎: letter-spaced
KINDS = set("发函字纪罚办联预")  # what follows the organ in a prefix: 国发, 武府函, 国知发保字 …


@dataclass(frozen=True)
class Vocabulary:
    lead_words: tuple[str, ...]
    particles: str
    organ_ends: tuple[str, ...]
    prefixes: frozenset[str]
    abbreviations: dict[str, tuple[str, ...]]  # full organ name → abbreviations
    first_chars: frozenset[str]  # what an organ prefix can start with
    misread: dict[str, str]  # OCR's misreading of a place character → the place character
    functions: dict[str, tuple[str, ...]]  # an organ name's ending → the short forms a 文号 prefix uses for it

    @cached_property
    def all_abbreviations(self) -> frozenset[str]:
        return frozenset(a for abbrs in self.abbreviations.values() for a in abbrs)

    @cached_property
    def function_chars(self) -> frozenset[str]:
        """Characters naming an organ's function or a document's kind (市监, 府办, 打假办, 发, 罚 …): those of the
        known prefixes and abbreviations after their first character, and the kind characters."""
        words = self.prefixes | self.all_abbreviations
        return (frozenset("".join(w[1:] for w in words if len(w) <= 8)) - self.first_chars) | KINDS | set("市区县处")

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Prefixes and organ abbreviations of two characters or more."""
        return frozenset(k for k in self.prefixes | self.all_abbreviations if len(k) >= 2)

    def abbreviations_of(self, organ: str) -> tuple[str, ...]:
        return self.abbreviations.get(organ, ())

    def derived_abbreviations(self, organ: str) -> frozenset[str]:
        """The abbreviations an organ's 文号 may start with by the usual rule, for an organ the table does not list:
        its own place's first character (a misreading of it repaired) and its function's short form
        (信阳市浉河区人民政府办公室 → 浉政办, 浉府办; 宜昌市夷陵区知识产权局 → 夷知). Candidates only: a repair
        uses them where exactly one fits."""
        ending = max((e for e in self.functions if organ.endswith(e)), key=len, default="")
        places = re.findall(r"[^省市区县镇旗]+?(?:自治区|省|市|区|县|镇|旗)", organ[:len(organ) - len(ending)])
        if not ending or not places:
            return frozenset()
        place = self.misread.get(places[-1][0], places[-1][0])
        return frozenset(place + short for short in self.functions[ending])


    def own_forms(self, organ: str) -> tuple[tuple[str, str], ...]:
        """(place, function) of the 文号 prefixes an organ the table does not list issues under: its place whole,
        without its level word, or its first character, and its function's short form of three characters or
        more (澄江市石桥区打击侵权假冒工作领导小组办公室 → 石桥区 / 石桥 / 石 and 打假办)."""
        ending = max((e for e in self.functions if organ.endswith(e)), key=len, default="")
        places = re.findall(r"[^省市区县镇旗]+?(?:自治区|省|市|区|县|镇|旗)", organ[:len(organ) - len(ending)])
        if not ending or not places or organ in self.abbreviations:
            return ()
        place = places[-1]  # whole, without its level word, its first character, that and its level (河区, 云县)
        forms = (place, place[:-1], place[0], place[0] + place[-1] if len(place) > 2 else "")
        return tuple((form, short) for form in dict.fromkeys(forms) if form
                     for short in self.functions[ending] if len(short) >= 3)


@cache
def vocabulary() -> Vocabulary:
    data = read_yaml(Path(__file__).with_name("organs.yaml"), "机关简称表")
    abbreviations = {name: tuple(abbr) for name, abbr in data["机关简称"].items()}
    firsts = {w[0] for w in data["文号前缀"]} | {a[0] for abbrs in abbreviations.values() for a in abbrs}
    return Vocabulary(tuple(sorted(data["前导词语"], key=len, reverse=True)), "".join(data["前导虚词"]),
                      tuple(sorted(data["机关名称结尾"], key=len, reverse=True)), frozenset(data["文号前缀"]),
                      abbreviations, frozenset(firsts | set(data["地区简称"])), dict(data["OCR误读地名用字"]),
                      {end: tuple(short) for end, short in data["机关职能简称"].items()})


def lead_end(raw: str) -> int:
    """Where the words before a cited document (印发 / 的 / 贯彻落实 …) end in `raw`; 0 where there are none."""
    v = vocabulary()
    start = 0
    for word in v.lead_words:
        at = raw.rfind(word)
        if at >= 0:
            start = max(start, at + len(word))
    return max([start] + [i + 1 for i, ch in enumerate(raw) if ch in v.particles])


def _by_shape(candidate: str) -> str:
    """A run of characters with no word boundary before its 文号 (a table cell's text OCR ran into the next cell:
    某商行销售侵犯注册商标专雄市监罚): the organ-function characters at its end (市监罚), the one place character
    before them (雄), and a character before that where a known prefix or abbreviation starts (韶武市监罚)."""
    v = vocabulary()
    at = len(candidate)
    while at > 0 and candidate[at - 1] in v.function_chars:
        at -= 1
    if at == 0 or len(candidate) - at < 2:
        return candidate
    at -= 1
    while at > 0 and any(candidate.startswith(k, at - 1) for k in v.known_words) and len(candidate) - at < 8:
        at -= 1
    return candidate[at:]


PROVINCE_ABBREVIATIONS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")


def cut_prefix(raw: str) -> str:
    """The organ prefix within the characters before a 文号's bracket."""
    v = vocabulary()
    known = max((k for k in v.prefixes if raw.endswith(k)), key=len, default="")
    start = lead_end(raw)
    if known:
        start = min(start, len(raw) - len(known))  # never cut inside a known prefix
    candidate = raw[start:]
    cut = 0
    for end in v.organ_ends:  # 省知识产权局粤知 → 粤知; 区市场监管局函 stays (one kind character is no prefix)
        at = candidate.rfind(end)
        # 市局鲁阳市监 → 鲁阳市监: 省局 / 市局 / 县局 / 区局 name the bureau of that level, before its prefix
        short = end == "局" and at == 1 and candidate[0] in "省市县区"
        if (at >= 2 or short) and len(candidate) - at - len(end) >= 2:
            cut = max(cut, at + len(end))
    candidate = candidate[cut:]
    # the level word of a cited organ before its prefix: 省赣知发 (the province's 赣知发), 市庐阳市监联 (the city's)
    if len(candidate) >= 4 and (candidate[0] == "省" and candidate[1] in PROVINCE_ABBREVIATIONS
                                or candidate[0] in "市县区" and re.match(r"..+?[市县区]", candidate[1:])):
        candidate = candidate[1:]
    # a known prefix or organ abbreviation inside, followed by kind characters only: the words of a wrapped table
    # cell before it are no part of it (洗衣液注册商⏎武市监罚〔2023〕17号 → 武市监罚)
    inside = [at for k in v.known_words if (at := candidate.find(k)) >= 0 and set(candidate[at + len(k):]) <= KINDS]
    if inside and candidate not in v.prefixes and not (min(inside) == 1 and candidate[0] in v.first_chars):
        candidate = candidate[min(inside):]  # 韶武市监函 keeps 韶: the earliest known start; 淮宁市监联 keeps 淮
    if len(candidate) > 7 and not any(candidate.endswith(k) and len(k) >= len(candidate) - 1 for k in v.prefixes):
        longest = max((k for k in v.prefixes if candidate.endswith(k)), key=len, default="")
        candidate = longest if len(longest) >= 3 else _by_shape(candidate)
    return candidate if len(candidate) <= 10 else candidate[-8:]


def _repair(prefix: str, context: list[set[str]], abbreviations: list[set[str]]) -> str:
    """The one known prefix this scanned prefix is the tail of, or the prefix unchanged."""
    if len(prefix) < 2 or any(prefix in known for known in context) or any(
            prefix.startswith(a) and set(prefix[len(a):]) <= KINDS for abbrs in abbreviations for a in abbrs):
        return prefix  # complete as it stands: a known prefix, or an organ's abbreviation and kind characters
    for known, abbrs in zip(context, abbreviations, strict=True):
        whole = {k for k in known if k != prefix and k.endswith(prefix) and len(k) - len(prefix) <= 3}
        whole |= {a + prefix[len(a) - j:] for a in abbrs for j in (1, 2)
                  if len(a) - j >= 2 and prefix.startswith(a[j:]) and set(prefix[len(a) - j:]) <= KINDS}
        if len(whole) == 1:
            return whole.pop()
        if whole:
            return prefix  # ambiguous: keep what the page says
    return prefix


def _one_slip(read: str, short: str) -> bool:
    """Whether `read` is `short` with one character lost or misread (假办 / 打假募 for 打假办)."""
    if len(read) == len(short):
        return sum(a != b for a, b in zip(read, short, strict=True)) == 1
    return len(read) == len(short) - 1 and any(short[:i] + short[i + 1:] == read for i in range(len(short)))


def _slip_repaired(prefix: str, forms: tuple[tuple[str, str], ...]) -> str:
    """An OCR-read prefix of the document's own organ whose function's short form lost or misread one character
    (石桥区假办函 → 石桥区打假办函): the place read right (the longest form of it the prefix starts with), the short
    form whole, kind characters after it; the prefix as read where it is whole already or more than one form fits."""
    if any(prefix.startswith(place + short) and set(prefix[len(place + short):]) <= KINDS for place, short in forms):
        return prefix
    place = max((place for place, _ in forms if prefix.startswith(place)), key=len, default="")
    fits = {place + short + prefix[end:] for at, short in forms if at == place
            for end in range(len(place) + 1, len(prefix) + 1)
            if set(prefix[end:]) <= KINDS and _one_slip(prefix[len(place):end], short)}
    return fits.pop() if len(fits) == 1 else prefix


def _line_before(text: str, at: int) -> str:
    """The whole line before a 文号 that starts its own line, else nothing."""
    before = text[:at].rstrip(" \t")
    if before and not before.endswith(("\n", "\f")):
        return ""
    lines = [ln.strip() for ln in re.split(r"[\n\f]", before) if ln.strip()]
    return lines[-1] if lines else ""


def _opens(text: str, start: int, run: str) -> bool:
    """Whether the wrapped run before a 文号 follows an opening bracket or a citing word (（法发⏎〔2023〕…)."""
    before = text[:start].rstrip(" \t\r\n\f“”\"")
    head = before[:len(before) - len(run)] if before.endswith(run) else ""
    return head.endswith(("（", "(", "《", "、", "，", "和", "及", "与")) or head.endswith(vocabulary().lead_words)


def _wrapped(text: str, start: int) -> str:
    """The Chinese characters a 文号 prefix began with on the lines before (a wrapped sentence or table cell):
    the last line's trailing run, and further back while whole lines are short runs (武江区 / 打假办 / 发罚).
    Nothing when the line before, or one of the short lines above it, is an organ's full name or a 文件 mark (a
    red header above a bare number, a seal's ring text read between the mark and the number; a compilation's
    running header, …文件汇编)."""
    v = vocabulary()
    joined, rest = "", text[:start]
    while m := WRAPPED.search(rest):
        run = m.group(1).replace(" ", "")
        if run.endswith(("文件", "汇编")) or any(run.endswith(end) and len(run) > len(end) + 2 for end in v.organ_ends):
            return ""  # the organ mark: what stands between it and the number is no prefix (a seal's ring text)
        joined = run + joined
        rest = rest[:m.start()]
        whole_line = not rest or rest.endswith(("\n", "\f"))
        if not whole_line or len(run) > 6 or len(joined) > 24:
            break
    return joined


# an OCR line holding a bare number alone (〔2023〕22号) or a prefix and a number apart (永打假办字⇥〔2023〕22号)
ALONE_NUMBER = re.compile(r"[ \t]*〔(?:19|20)\d\d〕[ \t]*\d{1,5}[ \t]*号[ \t]*")
APART = re.compile(rf"(?P<prefix>[{CJK}]{{2,10}})[ \t]+(?P<number>〔(?:19|20)\d\d〕[ \t]*\d{{1,5}}[ \t]*号)[ \t]*")


def _prefix_shaped(run: str) -> bool:
    """Whether a run of characters OCR read apart from a number can only be its organ prefix: short, ending on a
    document kind (永打假办字) or known as a prefix, with no citing word, organ name ending or 文件 mark in it."""
    v = vocabulary()
    return 2 <= len(run) <= 10 and re.fullmatch(rf"[{CJK}]+", run) is not None and lead_end(run) == 0 \
        and (run[-1] in KINDS or run in v.known_words) and not run.endswith("文件") \
        and not any(end in run for end in v.organ_ends)


# what else ends an organ prefix: the function of the organ (信公 公安, 武宣 宣传部, 司法, 教育, 农业 …) or a
# document kind beyond KINDS (曲府办电 明传电报, 政府令, 批复, 请示, 报告, 决定; 呈 of a 请示 or 报告 sent up:
# 石湾市监呈)
FUNCTION_ENDS = set("公宣司农教卫商工交建环文旅体科经法检审税统民人社医水林粮质电令复请报批决告明通呈")


def _plausible(prefix: str) -> bool:
    """Whether an OCR-read prefix is one as an organ prefix is: known, ending on a kind or an organ's function, or
    three characters or more led by a place's abbreviation (韶武烟, 湘知护, 武应急: functions no list holds all of);
    OCR's garbage before a bracket (每车) is none of these."""
    v = vocabulary()
    return prefix in v.known_words or prefix[-1] in v.function_chars | KINDS | FUNCTION_ENDS \
        or len(prefix) >= 3 and prefix[0] in v.first_chars | PROVINCE_ABBREVIATIONS


def rejoin_split(text: str) -> str:
    """An OCR page's 文号 line that OCR read as two boxes put together again: the prefix and the number apart on
    one line (a letter-spaced line), or on two lines of their own in either order (a photo's tilt puts the
    number's box above its prefix) under the organ mark. Lines are kept (page numbers count them)."""
    v = vocabulary()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (m := APART.fullmatch(line)) and _prefix_shaped(m["prefix"]):
            lines[i] = m["prefix"] + re.sub(r"[ \t]", "", m["number"])
        elif ALONE_NUMBER.fullmatch(line):
            for j in (i + 1, i - 1):
                above = [ln.strip() for ln in lines[max(0, min(i, j) - 3):min(i, j)]]
                under_mark = any(ln.endswith(("文件", *v.organ_ends)) or "签发人" in ln for ln in above)
                if 0 <= j < len(lines) and under_mark and _prefix_shaped(run := lines[j].strip()) \
                        and set(run[1:]) <= v.function_chars:
                    lines[i], lines[j] = lines[j].strip() + line.strip(), ""
                    break
    _rejoin_hao(lines)
    return _rejoin_year(lines)


# a table cell's 文号 wrapped before its 号 (or its number's last digits), the rest a piece of the next line of its
# own: 武市监罚〔2022〕23⇥2022-01-25 over 专用权的香烟案⇥号, 武市监罚〔2022〕5⇥… over …⇥7号
CELL_HEAD = re.compile(rf"[{CJK}]{{2,10}}〔(?:19|20)\d\d〕\d{{0,4}}(?=\t|$)")
CELL_TAIL = re.compile(r"\d{0,3}号")


def _rejoin_hao(lines: list[str]) -> None:
    """Joins a wrapped 文号 cell's head and tail (above) where the line below has exactly one piece that is the
    tail, and the head's number with the tail's digits is a number (not 0…)."""
    for i in range(len(lines) - 1):
        heads = list(CELL_HEAD.finditer(lines[i]))
        pieces = lines[i + 1].split("\t")
        tails = [k for k, piece in enumerate(pieces) if CELL_TAIL.fullmatch(piece.strip())]
        if len(heads) != 1 or len(tails) != 1:
            continue
        head, tail = heads[0], pieces[tails[0]].strip()
        number = head.group(0).rsplit("〕", 1)[1] + tail[:-1]
        if number and number[0] != "0" and len(number) <= 5:
            lines[i] = lines[i][:head.end()] + tail + lines[i][head.end():]
            lines[i + 1] = "\t".join(p for k, p in enumerate(pieces) if k != tails[0])


# a 文号 cut inside its year by a tilted photo's line assembly: the head ends a piece (（国办发【2), the tail
# starts a line a line or two away (023】77号）精神…), not the line right after it
# (or right after its opening bracket, a table cell wrapped there: 青市监处罚[ over 2023]182号 a row's line or two
# below, a piece of its own)
YEAR_HEAD = re.compile(rf"(?P<run>[{CJK}]{{2,10}})[〔\[【（(［](?P<digits>\d{{0,3}})[ ]*(?=\t|$)")
YEAR_TAIL = re.compile(r"(?:^|(?<=\t))[ \t]*(?P<digits>\d{1,4})[〕\]】）)］](?=[ \t]*\d{1,5}[ \t]*号)")
# the head of a 文号 cut inside its year anywhere on a line, text read on after it (青石知保办发{2关于…): the tail on
# the line below is its own, never a farther head's
ANY_HEAD = re.compile(rf"[{CJK}]{{2,10}}[〔\[【（(［{{｛]\d{{1,3}}(?!\d)")


def _rejoin_year(lines: list[str]) -> str:
    heads = [(i, m) for i, line in enumerate(lines) for m in YEAR_HEAD.finditer(line)]
    tails = {i: m for i, line in enumerate(lines) if (m := YEAR_TAIL.search(line))}
    moved = set()
    v = vocabulary()
    for i, head in heads:
        if i in moved:
            continue  # a line already changed: its other matches' places moved
        if not head["digits"] and head["run"][-1] not in v.function_chars | KINDS | FUNCTION_ENDS:
            continue  # a bracket alone after words that end as no prefix does: a header cell's 罚没金额（⏎元）
        near = [j for j in range(i - 3, i + 4) if j in tails and j != i and (j > i or head["digits"])  # a cell: below
                and re.fullmatch(r"(19|20)\d\d", head["digits"] + tails[j]["digits"])]
        if len(near) != 1 or near[0] == i + 1 and head.end() == len(lines[i]):
            continue  # none, several, or a plain wrap onto the next line (normalize joins that one)
        if near[0] != i + 1 and near[0] > 0 and ANY_HEAD.search(lines[near[0] - 1]):
            continue  # the line above the tail holds its head
        j = near[0]
        tail = tails.pop(j)
        moved |= {i, j}
        lines[j] = f"{lines[j][:tail.start()]}{head['run']}〔{head['digits']}{tail['digits']}〕" \
            f"{lines[j][tail.end():].lstrip()}"
        lines[i] = lines[i][:head.start()] + lines[i][head.end():]
    return "\n".join(lines)


def _one_place_slip(read: str, prefix: str) -> bool:
    """Whether `read` is `prefix` with one character misread that is neither a document kind (青石政办字 and
    青石政办发 are two prefixes) nor the first character of a place's abbreviation (韶市监 and 武市监 are two)."""
    differ = [{x, y} for x, y in zip(read, prefix, strict=True) if x != y] if len(read) == len(prefix) else []
    return len(differ) == 1 and not differ[0] & (KINDS | vocabulary().first_chars | PROVINCE_ABBREVIATIONS)


def _once(found: list[dict]) -> list[dict]:
    """Each 文号 once, where it is first met."""
    seen: set[str] = set()
    return [d for d in found if not (d["text"] in seen or seen.add(d["text"]))]


LISTED = 3  # 文号 of one prefix and year, read whole, that make them a register's list


def _prefix_years(found: list[dict], ocr_pages: set[int] | None = None) -> Counter:
    """How many 文号 read (on the OCR pages, when given) have each prefix and year: a register's list stands in
    LISTED or more."""
    return Counter((d["organ_prefix"], d["year"]) for d in found
                   if len(d["organ_prefix"]) >= 2 and (ocr_pages is None or d["page"] in ocr_pages))


def _list_years(found: list[dict], joined: str, ocr_pages: set[int]) -> list[dict]:
    """A list's 文号 OCR misread one character of: its prefix's (第塘市监处罚 among 苇塘市监处罚, see
    `_one_place_slip`) for the prefix of at least three others of its year and twice as many as it; or its year's
    last digit (柏溪市监处罚〔2029〕103号 among 柏溪市监处罚〔2023〕…) for the year of at least three others with its
    prefix, where that is the one such year and the year read occurs nowhere else in the file's text (no date, no
    other 文号 shows it)."""
    groups = _prefix_years(found)
    out = []
    for d in found:
        prefix, year = d["organ_prefix"], d["year"]
        listed = [p for (p, y), n in groups.items() if y == year and n >= LISTED and n >= 2 * groups[(prefix, year)]
                  and _one_place_slip(prefix, p)]
        if d["page"] in ocr_pages and len(listed) == 1:
            d = d | {"text": listed[0] + d["text"][len(prefix):], "organ_prefix": listed[0]}
            prefix = listed[0]
        listed = [y for (p, y), n in groups.items() if p == prefix and n >= LISTED and y != year
                  and str(y)[:3] == str(year)[:3]]
        if d["page"] in ocr_pages and groups[(prefix, year)] == 1 and len(listed) == 1 \
                and joined.count(str(year)) == joined.count(f"〔{year}〕{d['number']}"):
            d = d | {"text": d["text"].replace(f"〔{year}〕", f"〔{listed[0]}〕"), "year": listed[0]}
        out.append(d)
    return _once(out)


def _register_prefix(found: list[dict], cell_numbers: set[str], ocr_texts: list[str]) -> list[dict]:
    """A register's 文号 cells OCR read apart, its prefix (清溪市监处罚) a piece of its own on a line above and the
    number (〔2023〕292号) a piece beside another row's cells (a photo's tilt, the cell wrapped after its prefix):
    where the OCR pages show pieces that can only be a prefix, all one prefix, at least twice and at least as often
    as such bare numbers, each bare number takes it. Nothing where two prefixes stand alone or none does."""
    bare = [d for d in found if d["text"] in cell_numbers]
    if len(bare) < 2:
        return found
    alone = Counter(piece for text in ocr_texts for line in text.split("\n") for piece in
                    (p.strip() for p in line.split("\t")) if len(piece) >= 3 and piece[-1] in KINDS
                    and _prefix_shaped(piece) and _plausible(piece))
    if len(alone) != 1 or (count := next(iter(alone.values()))) < 2 or count < len(bare):
        return found
    prefix = next(iter(alone))
    return _once([d | {"text": prefix + d["text"], "organ_prefix": prefix} if d["text"] in cell_numbers else d
                  for d in found])


def _list_strays(found: list[dict], ocr_pages: set[int]) -> list[dict]:
    """A register's 文号 OCR read with the text of the cell beside it before its prefix (a cell wrapped after its
    opening bracket, the rest of it read on after the next cell's words: 商品名称2023]131号 of 青市监处罚[⏎2023]131号;
    a stray character of that cell, 商青市监处罚): where one prefix stands in at least three 文号 of a year on the OCR
    pages, a prefix no list knows read once is that prefix when it is one character and that prefix (商青市监处罚); a
    prefix that ends as none does (…名称, not on a kind or an organ's function) is none (the 文号 is left out) where
    the same year and number are read with that prefix too. A cited document of another organ keeps its number (a
    known prefix, or one ending as prefixes do: 某县政办〔2023〕35号 beside a register's 35)."""
    v = vocabulary()
    groups = _prefix_years(found, ocr_pages)
    lists = [key for key, n in groups.items() if n >= LISTED]
    numbered = {(d["organ_prefix"], d["year"], d["number"]) for d in found}
    out = []
    for d in found:
        prefix, year = d["organ_prefix"], d["year"]
        heads = [p for p, y in lists if y == year and p != prefix]
        if d["page"] not in ocr_pages or len(prefix) < 2 or not heads or (prefix, year) in lists \
                or prefix in v.known_words:
            out.append(d)
            continue
        stray = [p for p in heads if prefix.endswith(p) and len(prefix) == len(p) + 1 and groups[(prefix, year)] == 1]
        if len(stray) == 1:
            out.append(d | {"text": stray[0] + d["text"][len(prefix):], "organ_prefix": stray[0]})
        elif prefix[-1] in v.function_chars | KINDS | FUNCTION_ENDS \
                or not any((p, year, d["number"]) in numbered for p in heads):
            out.append(d)
    return _once(out)


def _later_years(found: list[dict], joined: str, ocr_pages: set[int]) -> list[dict]:
    """An OCR-read 文号 whose year is later than every year the file shows at least twice and occurs nowhere else,
    one confusable digit from exactly one of those (汾区打假办字[202850号 in a text of 2023: 3] read as 8): that
    year — no document issues or cites a number of a later year than its own; an earlier one stays (a cited
    国发〔2016〕 in a text of 2018 is what it says)."""
    years = Counter(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", joined))
    out = []
    for d in found:
        year = d["year"]
        shown = [y for y, n in years.items() if n >= 2 and y != year]
        close = misread_of(year, years)
        if d["page"] in ocr_pages and years[year] <= 1 and shown and year > max(shown) and len(close) == 1:
            d = d | {"text": d["text"].replace(f"〔{year}〕", f"〔{close[0]}〕"), "year": close[0]}
        out.append(d)
    return _once(out)


def _rising(joined: str, found: list[dict], numbers: list[int], ocr_pages: set[int]) -> list[dict]:
    """文号 of a list (a case register) whose closing bracket OCR read as 1 or lost, with the opening one or not:
    青区市监处罚[2022137号 / 青区市监处罚2022137号 is 〔2022〕37号 or 〔2022〕137号, 青区市监处罚2022107号 only
    〔2022〕107号. Where at least three numbers of that prefix and year are read whole and rise down the page, the
    reading that keeps them rising between its neighbours is the number; none where both or neither do.
    The 文号 so read (the caller leaves out those `found` has)."""
    groups = _prefix_years(found)
    added = []
    for (prefix, year), count in groups.items():
        if count < LISTED:
            continue
        pattern = (rf"{re.escape(prefix)}(?:〔{year}〕(?P<whole>\d{{1,5}})|[〔\[【（(]?{year}(?P<digits>\d{{1,5}}))"
                   r"[ \t]*号")
        read = list(re.finditer(pattern, joined))
        whole = [int(m["whole"]) for m in read if m["whole"]]
        if whole != sorted(set(whole)) or not any(m["digits"] for m in read):
            continue  # not a list in rising order: nothing decides
        for i, m in enumerate(read):
            digits = m["digits"]
            on = numbers[joined.count("\f", 0, m.start())]
            if not digits or on not in ocr_pages:
                continue
            readings = {int(digits)} if digits[0] != "0" else set()
            if digits[0] == "1" and len(digits) > 1 and digits[1] != "0":
                readings.add(int(digits[1:]))  # the closing bracket read as 1
            low = max((int(n["whole"]) for n in read[:i] if n["whole"]), default=0)
            high = min((int(n["whole"]) for n in read[i + 1:] if n["whole"]), default=10 ** 6)
            fits = [n for n in readings if low < n < high]
            if len(fits) == 1:
                added.append({"text": f"{prefix}〔{year}〕{fits[0]}号", "organ_prefix": prefix, "year": year,
                              "number": fits[0], "page": on})
    return added


# a register cell's 文号 whose first line (its prefix, bracket and the year's first digits) OCR lost, the line after
# read as a piece of its own: 22]109号 / 022]95号 of 青石市监处罚〔2022〕109号
YEAR_TAIL_PIECE = re.compile(r"(?:^|(?<=[\t\n\f]))[ ]*(?P<yy>\d{2,3})[〕\]】）)］](?P<num>[1-9]\d{0,4})[ \t]*号")


def _year_tails(joined: str, found: list[dict], numbers: list[int], ocr_pages: set[int]) -> list[dict]:
    """A register's 文号 of which OCR read only the year's last digits, the bracket and the number (above): where at
    least three 文号 of one prefix and year are read whole and no other such list's year ends on the digits read,
    that prefix and year. The 文号 so read."""
    groups = _prefix_years(found, ocr_pages)
    lists = [key for key, n in groups.items() if n >= LISTED]
    added = []
    for m in YEAR_TAIL_PIECE.finditer(joined):
        on = numbers[joined.count("\f", 0, m.start())]
        fits = [(p, y) for p, y in lists if str(y).endswith(m["yy"])]
        if on in ocr_pages and len(fits) == 1:
            prefix, year = fits[0]
            added.append({"text": f"{prefix}〔{year}〕{int(m['num'])}号", "organ_prefix": prefix, "year": year,
                          "number": int(m["num"]), "page": on})
    return added


# a table cell OCR read holding a 文号 whose 号 wrapped onto a line OCR put elsewhere: 柏溪市监处罚〔2023〕100
CELL_NUMBER = re.compile(rf"[{CJK}]{{2,12}}〔(?:19|20)\d\d〕\d{{1,5}}")


def _cell(text: str, ocr: bool) -> str:
    """A table cell's text; an OCR-read cell that is a 文号 but for its 号 (the cell is the number) gets it back."""
    return text + "号" if ocr and CELL_NUMBER.fullmatch(text) else text


def doc_numbers(pages, organ: str = "", cells: list[tuple[int, str]] = ()) -> list[dict]:
    """Every 文号 on the pages and in table cells ((page, text) pairs), in order, once each."""
    v = vocabulary()
    # the pages as one text, "\f" between them: a table row split by a page break splits its 文号 too
    joined = "\f".join(rejoin_split(p.text) if getattr(p, "ocr", False) else p.text for p in pages)
    joined = YEAR_BRACKETS.sub(lambda m: f"〔{''.join(m.group(1).split())}〕", joined)
    numbers = [p.number for p in pages]
    ocr_pages = {p.number for p in pages if getattr(p, "ocr", False)}
    all_text = joined  # `joined` names a hit's flag below
    # a two-column OCR page (a clipping) also read column by column: a 文号 wrapped inside a column is whole there
    columns = [(p.number, YEAR_BRACKETS.sub(lambda m: f"〔{''.join(m.group(1).split())}〕", text))
               for p in pages if p.number in ocr_pages and (text := column_reading(p.text))]
    sources = [(None, joined)] + columns + [(page, _cell(re.sub(r"\s+", "", text), page in ocr_pages))
                                            for page, text in cells]
    hits = []
    for page, text in sources:
        for m in NUMBER.finditer(text):
            raw, start = m.group("raw").replace(" ", ""), m.start()  # a letter-spaced 武 市 监〔…〕
            on = page if page is not None else numbers[text.count("\f", 0, start)]
            at_line_start = start == 0 or not re.match(rf"[{CJK}]", text[start - 1])
            before = raw
            if at_line_start and (not raw or set(raw) <= KINDS or len(raw) <= 2 and raw not in v.prefixes):
                run = _wrapped(text, start)
                wrapped = cut_prefix(run + raw)
                # a prefix wrapped right after an opening bracket (…的意见》（法发⏎〔2023〕55号）) is one whatever it is
                opened = bool(run) and len(run + raw) <= 8 and _opens(text, start, run)
                # 贯彻落实打假办⏎发〔2023〕6号; not one character left after the citing words (…治理的通⏎[2023]27号 知)
                cited = 0 < lead_end(run + raw) < len(run) and 2 <= len(wrapped) <= 8
                raw = wrapped if wrapped[:1] in v.first_chars or opened and wrapped == run + raw or cited else raw
            elif at_line_start and raw not in v.prefixes and (run := _wrapped(text, start)):
                # a longer prefix wrapped after its first characters (对照罗打⏎假办发〔2021〕38号): joined when the
                # words before a cited document end inside the line before, a few characters from its end
                cut = lead_end(run + raw)
                if 0 < cut < len(run) and len(run) - cut <= 4 and len(run + raw) - cut <= 8:
                    raw = (run + raw)[cut:]
                elif not cut and len(run) <= 3 and len(run + raw) <= 8 and _opens(text, start, run):
                    raw = run + raw  # （粤⏎市监知保〔2022〕11号）: the line before ends on the bracket and 粤
            prefix = cut_prefix(raw)
            if on in ocr_pages and prefix[:1] in v.misread and prefix[0] not in v.first_chars:
                prefix = v.misread[prefix[0]] + prefix[1:]  # 狮府办函 → 浉府办函
            hits.append((on, text, m, prefix, on in ocr_pages and at_line_start
                         and prefix == m.group("raw").replace(" ", ""), raw != before))
    own = {prefix for _, _, _, prefix, repairable, _ in hits if not repairable and len(prefix) >= 2}
    mine = set(v.abbreviations_of(organ)) or v.derived_abbreviations(organ)
    context = [own | mine, set(v.prefixes)]
    abbreviations = [mine, set(v.all_abbreviations)]
    hits = [(page, text, m, _repair(prefix, context, abbreviations) if repairable else prefix, joined)
            for page, text, m, prefix, repairable, joined in hits]
    forms = v.own_forms(organ)
    hits = [(page, text, m, _slip_repaired(prefix, forms) if page in ocr_pages else prefix, joined)
            for page, text, m, prefix, joined in hits]
    whole = {prefix for _, _, _, prefix, joined in hits if not joined and len(prefix) >= 3}
    # what the column reading adds: numbers the page read line by line does not show with an organ (字〔2023〕14号
    # there, 国知发保⏎字〔2023〕14号 down its column)
    in_column = [any(h[1] is c for _, c in columns) for h in hits]
    naming = [not set(h[3]) <= KINDS for h in hits]  # a prefix naming an organ, not 字 / 函 / nothing
    keys = [(h[2]["year"], h[2]["num"]) for h in hits]
    shown = {k for k, col, named in zip(keys, in_column, naming, strict=True) if named and not col}
    added = {k for k, col, named in zip(keys, in_column, naming, strict=True) if named and col} - shown
    hits = [h for h, k, col, named in zip(hits, keys, in_column, naming, strict=True)
            if (named and k in added if col else named or k not in added)]
    found, seen, cell_numbers = [], set(), set()
    for page, text, m, prefix, joined in hits:
        if page in ocr_pages and prefix and not _plausible(prefix):
            continue  # OCR's garbage before a bracket (每车【2002]47号 for 粤市监知〔2022〕47号): no 文号 at all
        if not prefix and "第" in m.group(0) or prefix.endswith("会议纪要"):
            continue  # 〔2023〕第3号 / 全体会议纪要〔2022〕1号: minutes' or a bulletin's issue serial, no 文号
        tails = [q for q in whole if q != prefix and prefix.endswith(q) and prefix not in v.prefixes
                 and (joined or prefix[0] not in v.first_chars)]
        if tails:  # the text of a cell or line before (手机配件注册平市监罚) on one the file prints whole elsewhere
            prefix = max(tails, key=len)
        year, number = int(m.group("year")), int(m.group("num"))
        shown = f"{prefix}〔{year}〕{number}号"
        organ_prefix = prefix
        if set(prefix) <= KINDS:  # bare 〔2023〕19号 / 函〔2023〕19号: the organ only from the line before
            before = _line_before(text, m.end("raw") - len(prefix))
            organ_prefix = next(iter(v.abbreviations_of(before)), "") + prefix if v.abbreviations_of(before) else ""
        if not prefix and page in ocr_pages and text[m.start() - 1:m.start()] in ("", "\t", "\n", "\f"):
            cell_numbers.add(shown)  # a cell of its own: a register's number whose prefix OCR put elsewhere
        if shown not in seen:
            seen.add(shown)
            found.append({"text": shown, "organ_prefix": organ_prefix, "year": year, "number": number, "page": page})
    found = _register_prefix(found, cell_numbers, [p.text for p in pages if p.number in ocr_pages])
    found = _later_years(_list_strays(_list_years(found, all_text, ocr_pages), ocr_pages), all_text, ocr_pages)
    found = _once(found + _rising(all_text, found, numbers, ocr_pages) + _year_tails(all_text, found, numbers,
                                                                                     ocr_pages))
    prefixed = {(d["year"], d["number"]) for d in found if d["organ_prefix"]}
    return [d for d in found if d["organ_prefix"] or d["text"][0] != "〔" or (d["year"], d["number"]) not in prefixed]
