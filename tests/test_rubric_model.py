"""The rubric file, its twelve rule kinds and the facts file are declared once (pydantic): the published
schema is generated from that declaration, explains every field, and each kind's fact shape drives both the
facts check and the register's claims."""

import copy
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
import yaml
from test_errors import GOOD, broken, indicators

from ipdocs.base.errors import FactError
from ipdocs.base.inputs import undescribed, unexampled
from ipdocs.rubric import RULE_KINDS, list_rubrics, load_facts, parse_rubric
from ipdocs.rubric.facts import FactsFile, facts_schema
from ipdocs.rubric.scoring import SCORERS, evaluate
from ipdocs.rubric.spec import SCHEMA_PATH, rubric_schema, schema_text

ROOT = Path(__file__).resolve().parents[1]


def test_committed_schema_is_the_generated_one():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "rubric.schema.json is stale: run `ipdocs rubric schema > ipdocs/rubric/rubric.schema.json`")


def test_every_field_is_described_with_an_example():
    for schema in (rubric_schema(), FactsFile.model_json_schema()):
        assert undescribed(schema) == []
        assert unexampled(schema) == []
    for name, definition in rubric_schema()["$defs"].items():
        assert re.search(r"[\u4e00-\u9fff]", definition.get("description", "")), f"{name} has no Chinese description"


def test_the_twelve_kinds_of_the_readme_are_declared_and_scored():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([a-z_]+)`", readme.split("Rule kinds", 1)[1], re.M))
    assert set(RULE_KINDS) == table and len(table) == 15  # the twelve, and issue 14's target, growth, ranking
    assert set(SCORERS) == set(RULE_KINDS.values())
    mapping = rubric_schema()["$defs"]["Criterion"]["properties"]["rule"]["discriminator"]["mapping"]
    assert set(mapping) == table


def test_generated_schema_validates_shipped_rubrics_and_refuses_what_the_model_refuses():
    schema = rubric_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../ipdocs/rubric/rubric.schema.json\n")
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    doc = copy.deepcopy(GOOD)
    indicators(doc)[0]["criteria"][0]["rule"]["points"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


def test_points_are_exact_decimals():
    r = parse_rubric(copy.deepcopy(GOOD), "tiny.yaml")
    assert r.criteria["1.2"].rule.points == Decimal("0.5") and isinstance(r.criteria["1.2"].rule.max, Decimal)


@pytest.mark.parametrize("rule, expected", [
    ({"kind": "flag", "points": 0}, "准则 1.1，字段 rule.points：应大于0，实为 0"),
    ({"kind": "flag", "points": "2"}, "准则 1.1，字段 rule.points：应为数字，实为 '2'"),
    ({"kind": "flag"}, "准则 1.1，字段 rule：缺少必填字段 points"),
    ({"points": 2}, "准则 1.1，字段 rule：缺少必填字段 kind"),
    ({"kind": "decline", "points": 1, "step": 0, "per_step": 0.1}, "字段 rule.step：应大于0"),
    ({"kind": "choice", "options": [{"label": "甲", "points": 1}]}, "字段 rule.options：至少需要2项"),
    ({"kind": "choice", "options": [{"label": "甲", "points": 1}, {"label": "甲", "points": 0}]}, "选项 甲 重复"),
    ({"kind": "per_category", "categories": [{"label": "省级", "points": 1, "max_count": 0}]}, "应不小于1"),
    ({"kind": "deduct_per_event"}, "缺少规则字段 points"),
    ({"kind": "tiers", "measure": "率", "tiers": [{"points": 1, "at_least": 1}], "percent": "yes"},
     "字段 rule.percent：应为true 或 false"),
    # the kind `tiers` also has a field `tiers`: places inside the rule stay right
    ({"kind": "tiers", "tiers": [{"points": 1, "at_least": 1}]}, "准则 1.1，字段 rule：缺少必填字段 measure"),
    ({"kind": "tiers", "measure": "率", "tiers": [{"points": 1, "least": 1}]},
     "字段 rule.tiers 第1档：有未知字段 least"),  # positions count from 1 (issue 14)
])
def test_rule_parameters_are_checked_by_the_declaration(rule, expected):
    message = broken(lambda doc: indicators(doc)[0]["criteria"][0].update(rule=rule))
    assert message.startswith("tiny.yaml：") and expected in message and "\n" not in message, message


def test_section_levels_are_named_by_their_path_not_as_indicators():
    def change(doc):
        doc["parts"][0]["sections"][0]["id"] = "一"
        doc["parts"][0]["sections"][0]["points"] = "五"
    assert broken(change) == "tiny.yaml：字段 parts.0.sections.0.points：应为数字，实为 '五'"


def _claimed(f):
    """A plausible value a unit types into one row of the claims sheet."""
    if f.input == "bool":
        return True
    if f.input == "choice":
        return f.options[0]
    if f.input == "rate":
        return 0.9
    return 1


def test_claims_sheet_fields_read_back_as_facts_the_rules_accept():
    """One shape per kind: the rows the register asks for give a fact that the facts check accepts."""
    seen = set()
    for rubric in list_rubrics():
        for c in rubric.criteria.values():
            fields = c.rule.fields()
            if not fields:  # penalties are found by the assessors, never claimed
                assert c.kind == "penalty"
                continue
            fact = c.rule.fact_from({f.label: _claimed(f) for f in fields})
            evaluate(c.rule, c.id, fact)
            seen.add(c.kind)
    # target, growth and ranking (issue 14) appear in no shipped rubric: tests/test_rule_kinds.py covers their rows
    assert seen == set(RULE_KINDS) - {"penalty", "target", "growth", "ranking"}


def test_wrong_shape_names_the_criterion_and_the_shape_the_claims_use():
    rubric = next(r for r in list_rubrics() if r.id == "hubei-2019")
    quota = rubric.criteria["6.1"].rule
    assert [f.label for f in quota.fields()] == quota.labels() == ["有效专利量", "办案量", "较去年增长"]
    with pytest.raises(FactError) as info:
        evaluate(quota, "6.1", {"有效专利量": "很多", "办案量": 3})
    assert str(info.value) == ("事实 6.1：给出的是 '很多'；应为映射 {有效专利量: …, 办案量: …, 较去年增长: …}")


def test_facts_file_values_are_checked_with_file_and_field(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text('"1.1": true\n"3.1": {省级: 2}\ncomposite: {部门考核: 高}\n', encoding="utf-8")
    with pytest.raises(FactError) as info:
        load_facts(facts)
    assert str(info.value) == f"{facts}：字段 composite.部门考核：应为数字，实为 '高'"
    facts.write_text('"1.1": true\n"3.1": {省级: 2}\ncomposite: {部门考核: 95}\n', encoding="utf-8")
    assert load_facts(facts) == {"1.1": True, "3.1": {"省级": 2}, "composite": {"部门考核": 95}}


def test_facts_schema_per_rubric_agrees_with_the_facts_check():
    """The facts-file schema an editor uses is built from the same shapes that check facts when scoring."""
    for rubric in list_rubrics():
        schema = facts_schema(rubric)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert set(schema["properties"]) == set(rubric.criteria) | ({"composite"} if rubric.composite else set())
        assert undescribed(schema) == [] and unexampled(schema) == []
        for cid, prop in schema["properties"].items():
            jsonschema.validate(prop["examples"][0], prop)
            if cid != "composite":
                evaluate(rubric.criteria[cid].rule, cid, prop["examples"][0])
    wujiang = next(r for r in list_rubrics() if r.id == "wujiang-2023")
    schema = facts_schema(wujiang)
    jsonschema.validate(load_facts(ROOT / "sample_inputs" / "wujiang-2023" / "facts.yaml"), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"1.1": 3}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"3.1": {"县级": 1}}, schema)


def test_schema_command_prints_the_rubric_and_facts_schemas():
    def run(*args):
        return subprocess.run([sys.executable, "-m", "ipdocs", "rubric", "schema", *args], capture_output=True,
                              text=True, cwd=ROOT, env={"PATH": "/usr/bin:/bin"})

    assert run().stdout == schema_text()
    shown = run("--facts", "xinyang-2021")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["properties"]["2.3"]["enum"][-2:] == ["以其他名义印发", "未印发"]
