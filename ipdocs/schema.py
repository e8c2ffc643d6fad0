"""Checking a YAML document against a published JSON Schema, with messages in the coordinator's words:
one line per problem, naming the file, the nearest ID (indicator, criterion, unit…) and the field."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import jsonschema


def json_ready(node):
    """YAML dates become strings so the schema (and JSON) sees what the author wrote."""
    if isinstance(node, dict):
        return {str(k): json_ready(v) for k, v in node.items()}
    if isinstance(node, list):
        return [json_ready(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def _locate(doc, path, name_of) -> str:
    """A schema error's place, named by the nearest enclosing object `name_of` can name."""
    node, label, trail = doc, "", []
    for step in path:
        node = node[step]
        trail.append(str(step))
        name = name_of(node) if isinstance(node, dict) and node is not doc else None
        if name:
            label, trail = name, []
    rest = ".".join(trail)
    return "，".join(x for x in (label, f"字段 {rest}" if rest else "") if x) or "顶层"


_TYPE_NAMES = {"string": "文字", "number": "数字", "integer": "整数", "boolean": "true 或 false",
               "array": "列表", "object": "映射（键: 值）", "null": "空"}


def _explain(error) -> str:
    """A schema error in the coordinator's words."""
    kind, want, got = error.validator, error.validator_value, error.instance
    if kind == "required":
        return "缺少必填字段 " + "、".join(k for k in want if k not in got)
    if kind == "type":
        names = want if isinstance(want, list) else [want]
        return f"应为{'或'.join(_TYPE_NAMES.get(n, n) for n in names)}，实为 {got!r}"
    if kind == "enum":
        return f"取值 {got!r} 无效，可选：{'、'.join(map(str, want))}"
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        return "有未知字段 " + "、".join(sorted(str(k) for k in got if k not in known))
    if kind in ("minimum", "exclusiveMinimum", "maximum"):
        word = {"minimum": "不小于", "exclusiveMinimum": "大于", "maximum": "不大于"}[kind]
        return f"应{word}{want}，实为 {got!r}"
    if kind == "pattern":
        return f"{got!r} 的格式不对（应符合 {want}）"
    if kind == "minItems":
        return f"至少需要{want}项"
    return error.message


def check_shape(doc, schema: dict, source: str, error_type: type[Exception], name_of) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = [f"{source}：{_locate(doc, e.absolute_path, name_of)}：{_explain(e)}" for e in errors[:10]]
        if len(errors) > 10:
            lines.append(f"{source}：另有 {len(errors) - 10} 处错误")
        raise error_type("\n".join(lines))



@cache
def load_schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
