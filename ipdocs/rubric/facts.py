"""Facts for scoring (DESIGN §4): the shape of the value each rule kind expects, and the facts file.

A rule kind declares its fact as one `Shape` (kinds.py, `fact()`). The shape is the single home of that
expectation: it reads a fact (a wrong shape is a `FactError` naming the criterion and what to write), gives
the hint `rubric show` prints, the words a fact may use, the `ClaimField`s the register's 申报数量 sheet is
built from (whose filled values `fact_from` turns back into a fact) and the JSON Schema of a rubric's facts
file (`facts_schema`). The facts file itself is declared by `FactsFile`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import StrictBool, StrictFloat, StrictInt, StrictStr

from ipdocs.base.errors import FactError, IpdocsError
from ipdocs.base.inputs import InputModel, number, validate
from ipdocs.base.inputs import field as described
from ipdocs.base.numbers import dec, fmt, is_number
from ipdocs.base.yamlfile import read_yaml

if TYPE_CHECKING:
    from ipdocs.rubric.model import Rubric

RESERVED_FACT_KEYS = {"composite"}  # criterion IDs always contain a dot; these never do
TARGET_WORD = "目标值"  # a target rule's `target`, as the register and hints name it


@dataclass(frozen=True)
class ClaimField:
    """One value a unit fills in to claim a fact (a row of the register's 申报数量 sheet)."""

    label: str | None  # None: the fact itself; else a category, option group or measure
    input: str  # bool | count | number | rate | choice
    options: tuple[str, ...] = ()
    max: Decimal | None = None


class Wrong(Exception):
    """A fact (or a value inside it) of the wrong shape; `problem` says more than "given X"; `advised`: the
    problem already says what to write instead."""

    def __init__(self, value, problem: str = "", advised: bool = False):
        super().__init__(problem)
        self.value, self.problem, self.advised = value, problem, advised


class Shape(ABC):
    """What one criterion's fact must look like."""

    hint: str  # "应为…" in errors, the 事实形式 column of `rubric show`
    input: str = "bool"  # the claims-sheet input of a one-value fact

    @abstractmethod
    def parse(self, value):
        """The fact as scoring uses it, or `Wrong`."""

    @abstractmethod
    def schema(self) -> dict:
        """The JSON Schema of the fact, for a rubric's facts-file schema."""

    @abstractmethod
    def example(self):
        """A fact of this shape, shown by editors."""

    def read(self, cid: str, value):
        try:
            return self.parse(value)
        except Wrong as wrong:
            got = wrong.problem or f"给出的是 {wrong.value!r}"
            raise FactError(f"事实 {cid}：{got}" + ("" if wrong.advised else f"；应为{self.hint}")) from None

    @property
    def labels(self) -> list[str]:
        """The words a fact may use (options, categories, measures), for `rubric show`."""
        return []

    def claims(self) -> list[ClaimField]:
        return [ClaimField(None, self.input)]

    def fact_from(self, values: dict):
        """The fact from filled claim values (label → value); None when nothing was filled."""
        if None in values:
            return values[None]
        return {k: v for k, v in values.items() if v not in (None, "")} or None


_COUNT = {"type": "integer", "minimum": 0}
_NUMBER = {"type": "number", "minimum": 0}


def _count(value, allow_bool: bool = False) -> int:
    if isinstance(value, bool):
        if allow_bool:
            return int(value)
        raise Wrong(value)
    if isinstance(value, list):
        return len(value)
    if isinstance(value, int):
        if value < 0:
            raise Wrong(value, f"次数不能为负数（{value}）")
        return value
    raise Wrong(value)


def _number(value) -> Decimal:
    if not is_number(value):
        raise Wrong(value)
    found = dec(value)
    if not found.is_finite():
        raise Wrong(value)
    if found < 0:
        raise Wrong(value, f"数值不能为负数（{value}）")
    return found


@dataclass
class YesNo(Shape):
    """true or false. `claimed=False`: found by the assessors, never claimed by a unit."""

    hint: str = " true 或 false"
    claimed: bool = True

    def parse(self, value) -> bool:
        if not isinstance(value, bool):
            raise Wrong(value)
        return value

    def schema(self):
        return {"type": "boolean"}

    def example(self):
        return True

    def claims(self):
        return super().claims() if self.claimed else []


@dataclass
class Count(Shape):
    """A number of occurrences: a non-negative integer or a list (its length); `true` is one if allowed."""

    hint: str = "次数（非负整数）或清单（按条数计）"
    allow_bool: bool = False
    input = "count"

    def parse(self, value) -> int:
        return _count(value, self.allow_bool)

    def schema(self):
        return {"anyOf": [_COUNT, {"type": "array"}] + ([{"type": "boolean"}] if self.allow_bool else [])}

    def example(self):
        return 2


@dataclass
class Number(Shape):
    """A non-negative number; a rate when `input` is "rate"; a list counts as its length if allowed.
    `share`: a rate that cannot exceed 100 % (a disclosure or completion rate), written as a ratio (0.96)."""

    hint: str = "数字"
    input: str = "number"
    allow_list: bool = False
    share: bool = False

    def parse(self, value) -> Decimal:
        if self.allow_list and isinstance(value, list):
            return Decimal(len(value))
        found = _number(value)
        if self.share and found > 1:
            if 2 <= found <= 100:  # 96 for 96 %: a percentage where a ratio belongs
                raise Wrong(value, f"{fmt(found)} 是百分数的写法（按比率读作{fmt(found * 100)}%）；"
                                   f"应写比率，如 {fmt(found / 100)} 表示{fmt(found)}%", advised=True)
            raise Wrong(value, f"{fmt(found)} 即{fmt(found * 100)}%，比率不能超过100%；"
                               f"应写0至1之间的比率，如 0.96 表示96%", advised=True)
        return found

    def schema(self):
        number = {**_NUMBER, "maximum": 1} if self.share else dict(_NUMBER)
        return {"anyOf": [number, {"type": "array"}]} if self.allow_list else number

    def example(self):
        return 0.95 if self.input == "rate" else 3


@dataclass
class Points(Shape):
    """Judged points between 0 and the criterion's maximum."""

    max: Decimal
    input = "number"

    @property
    def hint(self) -> str:
        return f"评定分数（0至{fmt(self.max)}）"

    def parse(self, value) -> Decimal:
        found = _number(value)
        if found > self.max:
            raise Wrong(value, f"评定分数 {fmt(found)} 超过本项最高分 {fmt(self.max)}")
        return found

    def schema(self):
        return {**_NUMBER, "maximum": float(self.max)}

    def example(self):
        return float(self.max)

    def claims(self):
        return [ClaimField(None, "number", max=self.max)]


@dataclass
class OneOf(Shape):
    """One option label, as the rubric lists it."""

    options: tuple[str, ...]
    input = "choice"

    @property
    def hint(self) -> str:
        return "以下选项之一：" + "、".join(f"“{label}”" for label in self.options)

    @property
    def labels(self):
        return list(self.options)

    def parse(self, value) -> str:
        if not isinstance(value, str) or value.strip() not in self.options:
            raise Wrong(value)
        return value.strip()

    def schema(self):
        return {"enum": list(self.options)}

    def example(self):
        return self.options[0]

    def claims(self):
        return [ClaimField(None, "choice", self.options)]


@dataclass
class Categories(Shape):
    """Counts per category word: {word: count}, {word: true} or [word, word, …].
    `max_counts` maps each word to its cap (1: a yes/no sub-condition). With `none_ok`, `false` or 0
    means nothing happened."""

    max_counts: dict[str, int | None]
    none_ok: bool = False

    @property
    def hint(self) -> str:
        return f"按类别计数的映射（类别：{'、'.join(self.max_counts)}），或类别名称清单"

    @property
    def labels(self):
        return list(self.max_counts)

    def parse(self, value) -> dict[str, int]:
        if self.none_ok and (value is False or (type(value) is int and value == 0)):
            return {}
        if isinstance(value, list):
            items = [(str(v), 1) for v in value]
        elif isinstance(value, dict):
            items = [(str(k), _count(v, allow_bool=True)) for k, v in value.items()]
        else:
            raise Wrong(value)
        counts: dict[str, int] = {}
        for label, n in items:
            if label not in self.max_counts:
                raise Wrong(value, f"类别“{label}”不在本项的类别中")
            counts[label] = counts.get(label, 0) + n
        return counts

    def schema(self):
        per_label = {"type": "object", "propertyNames": {"enum": self.labels},
                     "additionalProperties": {"anyOf": [_COUNT, {"type": "boolean"}, {"type": "array"}]}}
        listed = {"type": "array", "items": {"enum": self.labels}}
        nothing = [{"const": False}, {"const": 0}] if self.none_ok else []
        return {"anyOf": [per_label, listed, *nothing]}

    def example(self):
        return {self.labels[0]: 1}

    def claims(self):
        return [ClaimField(label, "bool" if cap == 1 else "count") for label, cap in self.max_counts.items()]


@dataclass
class Record(Shape):
    """A mapping of named values, each of its own shape; `optional` keys may be left out."""

    required: dict[str, Shape]
    optional: dict[str, Shape] = field(default_factory=dict)

    @property
    def hint(self) -> str:
        return "映射 {" + ", ".join(f"{k}: …" for k in self.labels) + "}"

    @property
    def labels(self):
        return [*self.required, *self.optional]

    def parse(self, value) -> dict:
        if not isinstance(value, dict) or any(k not in value for k in self.required):
            raise Wrong(value)
        unknown = set(value) - set(self.labels)
        if unknown:
            raise Wrong(value, f"未知字段 {sorted(unknown)}")
        shapes = {**self.required, **self.optional}
        return {k: shapes[k].parse(value[k]) for k in self.labels if k in value}

    def schema(self):
        return {"type": "object", "required": list(self.required), "additionalProperties": False,
                "properties": {k: shape.schema() for k, shape in {**self.required, **self.optional}.items()}}

    def example(self):
        return {k: shape.example() for k, shape in {**self.required, **self.optional}.items()}

    def claims(self):
        return [ClaimField(k, shape.input) for k, shape in {**self.required, **self.optional}.items()]


@dataclass
class Measures(Shape):
    """The raw numbers of one measure, by key (target/actual, previous/current, rank/of), never a pre-computed
    ratio. `whole`: positions (rank/of: integers from 1, rank ≤ of). `alone`: the key a bare number stands for
    (a target rule's `actual` when campaign.yaml sets the target)."""

    words: dict[str, str]  # key → its Chinese name
    alone: str | None = None
    whole: bool = False
    positive: tuple[str, ...] = ()  # keys that must be above 0 (a target a ratio is taken of)

    @property
    def hint(self) -> str:
        text = "映射 {" + ", ".join(f"{k}: {w}" for k, w in self.words.items()) + "}"
        if self.alone:
            text += f"（campaign.yaml 已设定{self.words[next(k for k in self.words if k != self.alone)]}时，" \
                    f"只写 {self.alone} 或一个数字）"
        return text

    @property
    def labels(self):
        return list(self.words)

    def _example_text(self) -> str:
        return "{" + ", ".join(f"{k}: {v}" for k, v in zip(self.words, self.example().values(), strict=True)) + "}"

    def parse(self, value) -> dict[str, Decimal]:
        if self.alone and is_number(value):
            value = {self.alone: value}
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            raise Wrong(value, f"只给出了一个数 {value}，本项须给出原始数值：{self._example_text()}，比率由系统计算",
                        advised=True)
        if not isinstance(value, dict):
            raise Wrong(value)
        unknown = sorted(str(k) for k in value if k not in self.words)
        if unknown:
            raise Wrong(value, f"未知字段 {'、'.join(unknown)}；应为 {'、'.join(self.words)}")
        missing = [k for k in self.words if value.get(k) is None]
        if missing:
            where = "，且 campaign.yaml 未为本准则设定目标任务" if self.alone and self.alone not in missing else ""
            raise Wrong(value, f"缺少 {'、'.join(f'{k}（{self.words[k]}）' for k in missing)}{where}；"
                               f"应写如 {self._example_text()}", advised=True)
        found = {}
        for key, word in self.words.items():
            raw = value[key]
            if self.whole:
                if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
                    raise Wrong(value, f"{key}（{word}）应为从1起的整数，给出的是 {raw!r}", advised=True)
                found[key] = Decimal(raw)
            else:
                try:
                    found[key] = _number(raw)
                except Wrong as wrong:
                    raise Wrong(value, f"{key}（{word}）应为非负数，给出的是 {raw!r}", advised=True) from wrong
        for key in self.positive:
            if found[key] == 0:
                raise Wrong(value, f"{key}（{self.words[key]}）为0，无法计算完成率；应写大于0的{self.words[key]}",
                            advised=True)
        if self.whole:
            first, total = list(self.words)
            if found[first] > found[total]:
                raise Wrong(value, f"{first}（{self.words[first]}）{found[first]} 大于 {total}"
                                   f"（{self.words[total]}）{found[total]}", advised=True)
        return found

    def schema(self):
        value = {"type": "integer", "minimum": 1} if self.whole else _NUMBER
        mapping = {"type": "object", "required": list(self.words), "additionalProperties": False,
                   "properties": {k: {**value, "description": w} for k, w in self.words.items()}}
        if not self.alone:
            return mapping
        partial = {**mapping, "required": [self.alone]}
        return {"anyOf": [mapping, partial, _NUMBER]}

    def example(self):
        samples = {"target": 50, "actual": 54, "previous": 100, "current": 110, "rank": 2, "of": 11}
        return {k: samples.get(k, 1) for k in self.words}

    def claims(self):
        """One register row per value, labelled in Chinese (目标值, 完成值 …)."""
        return [ClaimField(word, "count" if self.whole else "number") for word in self.words.values()]

    def fact_from(self, values: dict):
        found = {key: values[word] for key, word in self.words.items() if values.get(word) not in (None, "")}
        return found or None


# --- the facts file -------------------------------------------------------------------------------------

# Shapes are checked against the rubric when scoring; the file itself only holds plain values (None: absent).
Scalar = StrictBool | StrictInt | StrictFloat | StrictStr
Score = number(ge=0)
Fact = Scalar | list[Any] | dict[str, Scalar | list[Any] | None] | None


class FactsFile(InputModel):
    """事实文件：准则编号 → 事实值。值的形式取决于该准则的规则类型（见 ipdocs rubric show 的“事实形式”列），
    如 true、4、{国家级: 1, 省级: 2}、0.96 或所选选项的名称；目标任务写 {target: 目标值, actual: 完成值}
    （campaign.yaml 已设定目标时只写 actual），同比增长写 {previous: 上年值, current: 本年值}，排名写
    {rank: 名次, of: 参评总数}——只写原始数值，完成率、增长率、超额步数和上限由系统计算。未写的准则按未提供材料计。"""

    composite: dict[str, Score] | None = described(
        "综合评分中本细则以外各部分的得分（部分名称: 得分），仅用于设有综合评分（composite）的细则。",
        examples=[{"部门考核": 85, "平时工作信息报送": 90}], default=None)

    __pydantic_extra__: dict[str, Fact]
    model_config = {**InputModel.model_config, "extra": "allow",
                    "json_schema_extra": {"propertyNames": {"pattern": r"^(composite|[A-Za-z0-9-]+\.[0-9]+)$"}}}


def facts_schema(rubric: Rubric) -> dict:
    """The JSON Schema of a facts file for one rubric (`ipdocs rubric schema --facts RUBRIC`): a property per
    criterion, explained by its wording and the shape its rule expects, so an editor completes the IDs."""
    properties = {}
    for c in rubric.criteria.values():
        shape = c.rule.fact()
        properties[c.id] = {"description": f"{c.text}（事实形式：{shape.hint.strip()}）",
                            "examples": [shape.example()], **shape.schema()}
    others = [p.name for p in rubric.composite if not p.self_score]
    if others:
        properties["composite"] = {
            "description": FactsFile.model_fields["composite"].description, "examples": [{n: 90 for n in others}],
            "type": "object", "propertyNames": {"enum": others}, "additionalProperties": _NUMBER}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://ipdocs.invalid/facts-{rubric.id}.schema.json", "title": f"{rubric.title} 事实文件",
            "description": FactsFile.model_json_schema()["description"], "type": "object",
            "properties": properties, "additionalProperties": False}


def with_target(rubric: Rubric, cid: str, value):
    """A fact with the target campaign.yaml sets for the assessee filled in (a target criterion's fact may then
    give only `actual`, or just a number); a different target in the fact is an error."""
    target = rubric.targets.get(cid)
    if target is None or value is None:
        return value
    if is_number(value):
        value = {"actual": value}
    if not isinstance(value, dict):
        return value
    given = value.get("target")
    if given is not None and (not is_number(given) or dec(given) != target):
        raise FactError(f"事实 {cid}：target 写的是 {given!r}，与 campaign.yaml 为本准则设定的目标任务 {fmt(target)} "
                        f"不一致；应只写 actual（完成值），或改 campaign.yaml 的 targets")
    return {**value, "target": target}


def claim_fields(rubric: Rubric, cid: str) -> list[ClaimField]:
    """The register rows a unit fills for one criterion: a target campaign.yaml sets is not asked for."""
    fields = rubric.criteria[cid].rule.fields()
    if cid in rubric.targets:
        fields = [f for f in fields if f.label != TARGET_WORD]
    return fields


def check_facts(rubric: Rubric, facts: dict, source: str) -> None:
    """Every fact names a criterion of the rubric and has the shape its rule expects (a rate no more than 100 %,
    a count not negative, judged points within the maximum); errors name `source` (the file) and the criterion."""
    criteria = rubric.criteria
    for cid, value in facts.items():
        if cid in RESERVED_FACT_KEYS or value is None:
            continue
        if cid not in criteria:
            raise FactError(f"{source}：事实 {cid}：评分细则 {rubric.id} 中没有该准则编号"
                            f"（可用 ipdocs rubric show {rubric.id} 查看编号）")
        try:
            criteria[cid].rule.fact().read(cid, with_target(rubric, cid, value))
        except FactError as exc:
            raise FactError(f"{source}：{exc}") from None


def load_facts(path: str | Path, rubric: Rubric | None = None) -> dict:
    """A facts file: criterion ID → value (DESIGN §4), plus an optional `composite:` mapping; with `rubric`, each
    fact is checked against its criterion's rule (`check_facts`)."""
    path = Path(path)
    if not path.is_file():
        raise IpdocsError(f"找不到事实文件：{path}")
    data = read_yaml(path, "事实文件")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FactError(f"{path}：事实文件应为“准则编号: 值”的映射")
    facts = {str(k): v for k, v in data.items()}
    validate(FactsFile, facts, str(path), FactError)
    if rubric is not None:
        check_facts(rubric, facts, str(path))
    return facts
