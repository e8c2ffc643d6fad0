"""Values of spreadsheet formulas a workbook stores without a cached result (openpyxl and some exporters write
the formula only; Excel and WPS compute it when the clerk opens the file). Arithmetic, comparisons, text joins
and the functions ledgers use (SUM, ROUND, IF, ROW …) over cells of any sheet; anything else has no value."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

TOKEN = re.compile(r"""\s*(?:
    (?P<ref>(?:(?:'(?:[^']|'')+'|[^\s'!():,+\-*/^&=<>"]+)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])
  | (?P<num>\d+(?:\.\d+)?(?:E[+-]?\d+)?%?)
  | (?P<fn>[A-Z][A-Z0-9.]*)\(
  | (?P<str>"(?:[^"]|"")*")
  | (?P<op><>|<=|>=|[-+*/^(),&=<>])
)""", re.X | re.I)


class Unsupported(Exception):
    """A formula this evaluator does not compute."""


def has_formulas(path: Path) -> bool:
    """Whether any worksheet stores a formula (a cheap look into the package before a second load)."""
    try:
        with zipfile.ZipFile(path) as z:
            sheets = (z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml"))
            return any(b"<f>" in xml or b"<f " in xml for xml in sheets)
    except (OSError, zipfile.BadZipFile, KeyError):
        return False


def _number(value) -> float:
    if value is None or value == "":
        return 0.0
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        raise Unsupported(value) from None


def _flat(args) -> list:
    out = []
    for a in args:
        out += _flat(a) if isinstance(a, list) else [a]
    return out


def _round(x: float, n: float = 0) -> float:
    q = 10 ** int(n)
    return float(int(abs(x) * q + 0.5) / q) * (1 if x >= 0 else -1)  # half away from zero, as Excel


FUNCTIONS = {
    "SUM": lambda *a: sum(_number(v) for v in _flat(a) if isinstance(v, (int, float)) and not isinstance(v, bool)),
    "AVERAGE": lambda *a: (lambda n: sum(n) / len(n))([float(v) for v in _flat(a) if isinstance(v, (int, float))]),
    "MAX": lambda *a: max([float(v) for v in _flat(a) if isinstance(v, (int, float))] or [0.0]),
    "MIN": lambda *a: min([float(v) for v in _flat(a) if isinstance(v, (int, float))] or [0.0]),
    "COUNT": lambda *a: float(sum(isinstance(v, (int, float)) and not isinstance(v, bool) for v in _flat(a))),
    "COUNTA": lambda *a: float(sum(v not in (None, "") for v in _flat(a))),
    "ROUND": lambda x, n=0: _round(_number(x), _number(n)),
    "ABS": lambda x: abs(_number(x)),
    "INT": lambda x: float(int(_number(x) // 1)),
    "IF": lambda c, a=True, b=False: a if (c not in (None, "", 0, 0.0, False)) else b,
    "CONCATENATE": lambda *a: "".join(_text(v) for v in _flat(a)),
    "TEXT": None,  # needs a number format: not computed
}


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


_FAILED = object()  # a formula that cannot be computed
# formulas waiting on formulas at once (each level is ~10 Python frames); cells are read top-down and remembered, so
# a running total (B3 = B2 + C3) never goes deeper than one level
MAX_DEPTH = 40


class Book:
    """A workbook's formulas (load_workbook(data_only=False)) beside its cached values (data_only=True)."""

    def __init__(self, formulas, values):
        self.formulas, self.values, self.memo, self.busy = formulas, values, {}, set()

    def value(self, sheet: str, row: int, col: int):
        """The cell's value as the spreadsheet shows it: the cached one, else the formula computed (None when
        it cannot be)."""
        result = self.computed(sheet, row, col)
        return None if result is _FAILED else result

    def computed(self, sheet: str, row: int, col: int):
        """As `value`, but _FAILED for a formula that cannot be computed: a formula referring to it cannot be
        either (an empty cell counts as 0, a failed one must not)."""
        key = (sheet, row, col)
        if key in self.memo:
            return self.memo[key]
        cached = self.values[sheet].cell(row, col).value if sheet in self.values.sheetnames else None
        raw = self.formulas[sheet].cell(row, col).value if sheet in self.formulas.sheetnames else None
        result = cached
        if cached is None and isinstance(raw, str) and raw.startswith("="):
            if key in self.busy or len(self.busy) >= MAX_DEPTH:  # a circular reference, or a chain too deep
                return _FAILED
            self.busy.add(key)
            try:
                result = _Parser(self, sheet, row, raw[1:]).run()
                result = _FAILED if isinstance(result, list) else result
            except (Unsupported, ZeroDivisionError, ValueError, TypeError, IndexError, KeyError):
                result = _FAILED
            finally:
                self.busy.discard(key)
        self.memo[key] = result
        return result


def _cell(ref: str) -> tuple[int, int]:
    from openpyxl.utils import column_index_from_string

    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref, re.I)
    return int(m.group(2)), column_index_from_string(m.group(1).upper())


class _Parser:
    def __init__(self, book: Book, sheet: str, row: int, text: str):
        self.book, self.sheet, self.row = book, sheet, row
        self.tokens, at = [], 0
        text = text.strip()
        while at < len(text):
            m = TOKEN.match(text, at)
            if not m or m.end() == at:
                raise Unsupported(text)
            self.tokens.append((m.lastgroup, m.group(m.lastgroup)))
            at = m.end()
        self.at = 0

    def run(self):
        value = self.compare()
        if self.at != len(self.tokens):
            raise Unsupported(self.tokens)
        return value

    def peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) and self.tokens[self.at][0] == "op" else None

    def take(self, op: str) -> bool:
        if self.peek() == op:
            self.at += 1
            return True
        return False

    def compare(self):
        left = self.concat()
        while (op := self.peek()) in ("=", "<>", "<", ">", "<=", ">="):
            self.at += 1
            a, b = left, self.concat()
            if not (isinstance(a, str) or isinstance(b, str)):
                a, b = _number(a), _number(b)
            left = {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]
        return left

    def concat(self):
        left = self.additive()
        while self.take("&"):
            left = _text(left) + _text(self.additive())
        return left

    def additive(self):
        left = self.term()
        while (op := self.peek()) in ("+", "-"):
            self.at += 1
            right = _number(self.term())
            left = _number(left) + right if op == "+" else _number(left) - right
        return left

    def term(self):
        left = self.power()
        while (op := self.peek()) in ("*", "/"):
            self.at += 1
            right = _number(self.power())
            left = _number(left) * right if op == "*" else _number(left) / right
        return left

    def power(self):
        left = self.unary()
        while self.take("^"):
            left = _number(left) ** _number(self.unary())
        return left

    def unary(self):
        if self.take("-"):
            return -_number(self.unary())
        if self.take("+"):
            return _number(self.unary())
        return self.primary()

    def primary(self):
        if self.at >= len(self.tokens):
            raise Unsupported("end")
        kind, text = self.tokens[self.at]
        self.at += 1
        if kind == "num":
            return float(text[:-1]) / 100 if text.endswith("%") else float(text)
        if kind == "str":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            return self.reference(text)
        if kind == "fn":
            name, args = text.upper(), []
            if not self.take(")"):
                args.append(self.compare())
                while self.take(","):
                    args.append(self.compare())
                if not self.take(")"):
                    raise Unsupported(text)
            if name == "ROW":
                return float(self.row) if not args else self.last_row
            if FUNCTIONS.get(name) is None:
                raise Unsupported(name)
            return FUNCTIONS[name](*args)
        if text == "(":
            value = self.compare()
            if not self.take(")"):
                raise Unsupported(text)
            return value
        raise Unsupported(text)

    def reference(self, text: str):
        sheet = self.sheet
        if "!" in text:
            sheet, text = text.rsplit("!", 1)
            sheet = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
        first, _, last = text.partition(":")
        (r1, c1), (r2, c2) = _cell(first), _cell(last or first)
        self.last_row = float(r1)
        if (r2 - r1 + 1) * (c2 - c1 + 1) > 20000:
            raise Unsupported(text)
        values = [self.book.computed(sheet, r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
        if _FAILED in values:
            raise Unsupported(text)
        return values if last else values[0]

