"""Input files people write (rubric, campaign, facts, register claims) declared once, as pydantic models.

Each model is the single declaration of its format: it validates what a coordinator wrote and generates
the published JSON Schema (`ipdocs rubric schema`, `ipdocs campaign schema`) that VS Code's YAML extension
uses to complete and explain a file while it is typed. Every field therefore carries a Chinese
`description` and at least one example (`field(...)` below makes both required).

Validation errors come out in the coordinator's words, one line per problem, naming the file, the nearest
named object (indicator, criterion, unit …) and the field (list positions as `contacts.0.mobile`). A value of
the right form that still cannot be (an impossible date, an unknown time zone) is raised with `invalid()`
and named by its path (`deadlines[0].due`), as the cross-checks that follow validation name theirs.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import PydanticCustomError

from ipdocs.base.numbers import dec, is_number

MAX_SHOWN = 10


class InputModel(BaseModel):
    """Base of every input-file model: unknown keys are refused (a typo is an error, not silence)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=False)


def field(description: str, *, examples: list, default: Any = ..., alias: str | None = None, **kw) -> Any:
    """A documented field: the Chinese description and examples editors show while a file is typed."""
    return Field(default, description=description, examples=examples, alias=alias, **kw)


def json_ready(node):
    """YAML dates become strings so validation (and JSON) sees what the author wrote."""
    if isinstance(node, dict):
        return {str(k): json_ready(v) for k, v in node.items()}
    if isinstance(node, list):
        return [json_ready(v) for v in node]
    if isinstance(node, dt.datetime):
        return node.isoformat(sep=" ")
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


# --- errors in the coordinator's words --------------------------------------------------------------------

_TYPE_NAMES = {"string": "文字", "int": "整数", "float": "数字", "decimal": "数字", "bool": "true 或 false",
               "list": "列表", "dict": "映射（键: 值）", "model": "映射（键: 值）", "none": "空"}


def _is_tag(node, step, following) -> bool:
    """Whether `step` is a union-member tag pydantic put in the path (e.g. the rule kind `tiers`), not a key.
    A tag equals a value of its mapping; where it is also a key (kind `tiers` has a field `tiers`), the
    step that follows tells: it must fit inside that key's value."""
    if not isinstance(step, str):
        return False
    if not isinstance(node, dict):
        return True
    if step not in node.values():
        return False
    if step not in node or following is None:
        return step not in node
    child = node[step]
    return not isinstance(child, list if isinstance(following, int) else dict)


def _locate(doc, loc: tuple, name_of: Callable[[dict], str | None], upto: int | None = None) -> str:
    """An error's place (the first `upto` steps of `loc`), named by the nearest enclosing object `name_of`
    can name."""
    node, label, trail = doc, "", []
    upto = len(loc) if upto is None else upto
    for i, step in enumerate(loc[:upto]):
        if _is_tag(node, step, loc[i + 1] if i + 1 < len(loc) else None):
            continue
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            trail.append(str(step))
            node = None
            continue
        trail.append(str(step))
        name = name_of(node) if isinstance(node, dict) and node is not doc else None
        if name:
            label, trail = name, []
    rest = ".".join(trail)
    return "，".join(x for x in (label, f"字段 {rest}" if rest else "") if x) or "顶层"


def _number(value) -> Decimal:
    if not is_number(value):
        raise PydanticCustomError("decimal_type", "not a number")
    number = dec(value)
    if not number.is_finite():
        raise PydanticCustomError("decimal_type", "not a number")
    return number


def number(*, gt: int | None = None, ge: int | None = None) -> Any:
    """An exact Decimal written as a YAML number (not text, not true/false), with optional lower bounds;
    the schema shows a plain JSON number with the same bounds."""
    shown: dict = {"type": "number"}
    checks = []
    if gt is not None:
        shown["exclusiveMinimum"] = gt
        checks.append(("greater_than", "gt", gt, operator.gt))
    if ge is not None:
        shown["minimum"] = ge
        checks.append(("greater_than_equal", "ge", ge, operator.ge))

    def bounded(value: Decimal) -> Decimal:
        for kind, key, limit, holds in checks:
            if not holds(value, limit):
                raise PydanticCustomError(kind, "out of bounds", {key: limit})
        return value

    return Annotated[Decimal, BeforeValidator(_number), AfterValidator(bounded), WithJsonSchema(shown)]


INVALID = "invalid_value"


def invalid(message: str) -> PydanticCustomError:
    """Raise from a validator for a well-formed value that cannot be; the message names it by its path."""
    return PydanticCustomError(INVALID, "{message}", {"message": message})


def _path(loc: tuple) -> str:
    """deadlines[0].due — the path as the cross-checks after validation write it."""
    return "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in loc).lstrip(".")


def explain(error: dict) -> str:
    """One pydantic error in Chinese, saying what to write instead."""
    kind, ctx, got = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        return f"缺少必填字段 {error['loc'][-1]}"
    if kind == "extra_forbidden":
        return f"有未知字段 {error['loc'][-1]}（拼写错误？可用的字段见 schema 命令的输出）"
    if kind == INVALID:
        return ctx["message"]
    if kind.endswith("_type") or kind.endswith("_parsing"):
        want = kind.split("_")[0]
        return f"应为{_TYPE_NAMES.get(want, want)}，实为 {got!r}"
    if kind in ("literal_error", "enum"):
        return f"取值 {got!r} 无效，可选：{ctx.get('expected', '').replace(' or ', '、').replace(', ', '、')}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        word = {"greater_than_equal": "不小于", "greater_than": "大于", "less_than_equal": "不大于",
                "less_than": "小于"}[kind]
        bound = next(iter(ctx.values()), "")
        return f"应{word}{bound}，实为 {got!r}"
    if kind == "string_pattern_mismatch":
        return f"{got!r} 的格式不对（应符合 {ctx.get('pattern')}）"
    if kind in ("too_short", "too_long"):
        return f"至少需要{ctx.get('min_length')}项" if kind == "too_short" else f"最多{ctx.get('max_length')}项"
    if kind == "union_tag_not_found":  # a discriminated union (the rule kind) without its tag key
        return f"缺少必填字段 {str(ctx.get('discriminator', '')).strip(chr(39))}"
    if kind == "union_tag_invalid":
        return f"取值 {ctx.get('tag')!r} 无效，可选：{ctx.get('expected_tags', '').replace(', ', '、')}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return error["msg"]


def validate(model: type[InputModel], doc, source: str, error_type: type[Exception],
             name_of: Callable[[dict], str | None] = lambda node: None):
    """`doc` (as read from YAML) as a `model`, or `error_type` with one line per problem."""
    doc = json_ready(doc)
    try:
        return model.model_validate(doc)
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: [str(s) for s in e["loc"]])
        seen, lines = set(), []
        for e in errors:
            loc = e["loc"]
            if e["type"] == INVALID:
                place = _path(loc)
            else:  # a missing or unknown key is a fault of the mapping that should (not) hold it
                key_fault = e["type"] in ("missing", "extra_forbidden")
                place = _locate(doc, loc, name_of, len(loc) - 1 if key_fault else None)
            line = f"{source}：{place}：{explain(e)}"
            if line not in seen:
                seen.add(line)
                lines.append(line)
        if len(lines) > MAX_SHOWN:
            lines = lines[:MAX_SHOWN] + [f"{source}：另有 {len(lines) - MAX_SHOWN} 处错误"]
        raise error_type("\n".join(lines)) from None


# --- published schema -------------------------------------------------------------------------------------

class _Untitled(GenerateJsonSchema):
    """No titles made from Python names ("Office Phone"): editors would show them beside the description."""

    def field_title_should_be_set(self, schema) -> bool:
        return False


def json_schema(model: type[InputModel], title: str, schema_id: str) -> dict:
    """The JSON Schema editors use, generated from the model (never written by hand)."""
    schema = model.model_json_schema(by_alias=True, mode="validation", schema_generator=_Untitled)
    schema.pop("title", None)  # the class name; `title` is what the editor shows for the file
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": schema_id, "title": title, **schema}


def unexampled(schema: dict) -> list[str]:
    """Properties of a generated schema that have no example (an editor would offer no snippet)."""
    owners = {"": schema, **{f"{name}.": d for name, d in (schema.get("$defs") or {}).items()}}
    return sorted(f"{prefix}{prop}" for prefix, owner in owners.items()
                  for prop, spec in (owner.get("properties") or {}).items() if not spec.get("examples"))


def undescribed(schema: dict) -> list[str]:
    """Properties of a generated schema that have no description (an editor would show nothing)."""
    owners = {"": schema, **{f"{name}.": d for name, d in (schema.get("$defs") or {}).items()}}
    return sorted(f"{prefix}{prop}" for prefix, owner in owners.items()
                  for prop, spec in (owner.get("properties") or {}).items()
                  if not (spec.get("description") or "").strip())
