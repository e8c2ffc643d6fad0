"""flows.base.flow: a flow's parameter schema (the run form's) is made when asked, not at every command's start
when the flows are declared; asked, it is Prefect's own."""

import prefect
import prefect.flows
from prefect.utilities.callables import parameter_schema

from flows.base import flow


def test_the_parameter_schema_is_made_when_asked_and_is_prefects():
    def fn(folder: str, unit: str | None = None) -> None:
        """A flow."""

    declared = flow(name="schema-later")(fn)
    assert declared.__dict__["_parameters"] is None                       # not made at declaration
    assert prefect.flows.parameter_schema is parameter_schema             # Prefect's own put back
    assert prefect.flow(name="schema-now")(fn).parameters == parameter_schema(fn)  # other flows as before
    assert declared.parameters == parameter_schema(fn)
    assert list(declared.parameters.properties) == ["folder", "unit"]
    assert declared.parameters.required == ["folder"]


def test_the_pipelines_run_form_keeps_its_chinese_titles():
    from flows.pipeline import campaign_pipeline

    form = campaign_pipeline.parameters.properties
    assert form["unit"]["title"] == "只收取这个单位" and form["stage"]["enum"] == ["collect", "extract", "render"]
