"""Line breaks for 二号小标宋 titles (GB/T 9704-2012 7.3.1: a long title breaks between words, its lines
balanced in a trapezoid or diamond shape).

A title is cut into words: the words of `WORDS` (what our titles are made of), a number with its 年/年度,
and each run of other characters (an organ or place name such as 韶关市武江区) kept whole. Lines break only
between words; among the breaks that fit, the one with the most even lines wins. Widths count a CJK
character as 1 and a Latin letter or digit as ½. Pure text: no python-docx here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from itertools import combinations

CHARS_PER_LINE = 19  # 22 pt characters on the 156 mm (442 pt) line: 20 fit exactly, so one spare
BALANCE_SLACK = 2  # characters a line may differ beyond the most even break found

WORDS = frozenset("""
知识产权 知识 产权 保护 工作 考核 检查 检查考核 绩效考核 绩效 自评 自评报告 报告 佐证材料 佐证 材料 目录清单 目录 清单
评分表 评分 完成情况表 完成情况 情况 分工表 分工 指标 任务 联系人 统计表 信息表 联系人统计表 联系人信息表 迎接 迎考
迎考材料 报送 催报 提醒 催报提醒 关于 做好 开展 通知 的 和 年度 市场 规范化 市场监督管理局 监督管理局 管理局
打击 侵权 假冒 侵权假冒 打击侵权假冒 侵犯 制售 伪劣 商品 假冒伪劣 违法犯罪 活动 领导小组 办公室 工作领导小组
自评材料 方案 实施方案 考核表 考核评分表 细则 办法 签发 单位 部门 人民政府 办公厅 委员会
""".split())
OPENING = "（(《“‘〔【"
CLOSING = "）)》”’〕】，、。：；！？"
NUMBER = re.compile(r"[0-9０-９]+(?:年度|年|月|日|号|项|个)?")


def width(text: str) -> float:
    """Printed width in title characters: narrow (Latin, digits) counts half, wide and ambiguous (×) one."""
    return sum(0 if ch.isspace() else 1 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


def segment(text: str) -> list[str]:
    """The title's words in order (their concatenation is `text`)."""
    longest = max(map(len, WORDS))
    tokens: list[str] = []
    other = ""
    i = 0
    while i < len(text):
        m = NUMBER.match(text, i)
        word = m.group(0) if m else next((text[i:i + n] for n in range(longest, 0, -1) if text[i:i + n] in WORDS),
                                         None)
        if word is None:
            other += text[i]
            i += 1
            continue
        if other:
            tokens.append(other)
            other = ""
        tokens.append(word)
        i += len(word)
    if other:
        tokens.append(other)
    glued: list[str] = []  # punctuation sticks to its word: no line starts with ）or ends with （
    for tok in tokens:
        if glued and (tok[0] in CLOSING or glued[-1][-1] in OPENING):
            glued[-1] += tok
        else:
            glued.append(tok)
    return glued


def break_points(text: str) -> set[int]:
    """Offsets in `text` where a line may end (between words)."""
    points, at = set(), 0
    for tok in segment(text):
        at += len(tok)
        points.add(at)
    points.discard(len(text))
    return points


def _spread(lines: list[str]) -> float:
    widths = [width(line) for line in lines]
    return max(widths) - min(widths)


def _best(text: str, per_line: float) -> list[str] | None:
    tokens = segment(text)
    ends = [sum(len(t) for t in tokens[:k]) for k in range(1, len(tokens))]
    for n in range(max(1, math.ceil(width(text) / per_line)), len(tokens) + 1):
        best = None
        for cut in combinations(ends, n - 1):
            bounds = (0, *cut, len(text))
            lines = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            if any(width(line) > per_line for line in lines):
                continue
            # most even first; then the longer line on top (an inverted trapezoid), as titles usually run
            key = (_spread(lines), -width(lines[0]))
            if best is None or key < best[0]:
                best = (key, lines)
        if best is not None:
            return best[1]
    return None


def title_lines(text: str, per_line: float = CHARS_PER_LINE) -> list[str]:
    """The title's lines: one when it fits, else broken between words into the most even lines. A single
    word longer than a line (a very long organ name) is cut where the line is full."""
    text = "".join(text.split("\n"))
    if width(text) <= per_line:
        return [text]
    lines = _best(text, per_line)
    if lines is not None:
        return lines
    lines, line = [], ""
    for ch in text:
        if width(line + ch) > per_line:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def line_problems(lines: list[str], per_line: float = CHARS_PER_LINE) -> list[str]:
    """What is wrong with a title set in these lines (Chinese, one item per fault); empty when it is right."""
    lines = [line.strip() for line in lines if line.strip()]
    text = "".join(lines)
    if not lines:
        return []
    problems = []
    points, at = break_points(text), 0
    for line, following in zip(lines, lines[1:], strict=False):
        at += len(line)
        if at not in points:
            problems.append(f"标题在“{line[-3:]}/{following[:2]}”处断行，断在词中（应在词与词之间回行）")
    too_long = [n for n, line in enumerate(lines, 1) if width(line) > per_line + 0.5]
    if too_long:
        problems.append(f"标题第{too_long[0]}行超过一行宽度（约{per_line:g}字），将被自动折行，应在词间插入换行")
    if len(lines) > 1 and not problems:
        best = _best(text, per_line)
        if best is not None and _spread(lines) > _spread(best) + BALANCE_SLACK:
            shown = "、".join(f"{width(line):g}" for line in lines)
            problems.append(f"标题各行长短悬殊（{shown}字），应排成对称的梯形或菱形，如“{'/'.join(best)}”")
    return problems
