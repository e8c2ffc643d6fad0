"""CPU and wall time per pipeline step, for bench/pipeline.py (steadier than wall time on a shared machine):
each `timed` step appends one JSON line to the file IPDOCS_TIMING names; without it, nothing is measured."""

from __future__ import annotations

import json
import os
import resource
import time
from contextlib import contextmanager

ENV = "IPDOCS_TIMING"


def _cpu() -> tuple[float, float]:
    """(this process, its waited-for children: LibreOffice, extraction workers) in CPU seconds."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


@contextmanager
def timed(step: str):
    path = os.environ.get(ENV)
    if not path:
        yield
        return
    wall, (own, children) = time.perf_counter(), _cpu()
    try:
        yield
    finally:
        own_after, children_after = _cpu()
        line = {"step": step, "wall": time.perf_counter() - wall, "cpu": own_after - own,
                "children": children_after - children}
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")
