"""What our flows and tasks share, for a run that costs seconds:

- `flow`: Prefect's flow decorator for flows whose parameters are plain JSON values (folder, moment, unit, stage,
  flags). Prefect records a flow run's parameters through FastAPI's `jsonable_encoder`, and importing FastAPI for
  it is a tenth of a no-change rerun; plain values are recorded as they are (anything else still goes through
  Prefect's encoder).
- the flow's parameter schema (`Flow.parameters`, for a run form) is made when asked, not when the flow is declared:
  a run never asks (a deployment makes its own), and the six declarations cost a tenth of a CPU-second at every
  command's start.
- `quote` (Prefect's): a campaign, a status or a submission handed to a task is wrapped in it, so that Prefect
  does not walk the whole object (rubric, units, files) looking for futures before and when the task runs — most of
  a task run's own cost with such an argument. The task receives the object itself.
"""

from __future__ import annotations

from typing import Any

import prefect.flows
from prefect import Flow
from prefect.utilities.annotations import quote

__all__ = ["flow", "quote"]


def _plain(value: Any) -> bool:
    if value is None or isinstance(value, str | bool | int | float):
        return True
    if isinstance(value, list | tuple):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


class _PlainParameters(Flow):
    @property
    def parameters(self):
        if self.__dict__.get("_parameters") is None:
            self.__dict__["_parameters"] = _schema(self.fn)
        return self.__dict__["_parameters"]

    @parameters.setter
    def parameters(self, value) -> None:  # Flow.__init__ sets it (to None while declaring, see `flow`)
        self.__dict__["_parameters"] = value

    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        if all(_plain(v) for v in parameters.values()):
            return {k: list(v) if isinstance(v, tuple) else v for k, v in parameters.items()}
        return super().serialize_parameters(parameters)


def flow(**options):
    """`prefect.flow(name=…, log_prints=…)` for a flow of plain parameters (see the module's docstring)."""
    def decorate(fn) -> Flow:
        prefect.flows.parameter_schema = _later  # what Flow.__init__ calls; put back at once
        try:
            return _PlainParameters(fn=fn, **options)
        finally:
            prefect.flows.parameter_schema = _schema
    return decorate


_schema = prefect.flows.parameter_schema


def _later(_fn) -> None:
    """The schema, not made now: `_PlainParameters.parameters` makes it when asked."""
