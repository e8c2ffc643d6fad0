"""Progress of the pipeline's stages, told to whoever listens: the CLI's bars (rich on a terminal, plain
lines otherwise) and the Prefect progress artifact (flows/pipeline.py). Stages call start/advance/skip;
with no listener these cost nothing."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

STAGES = {"collect": "收取文件", "extract": "提取材料", "render": "生成报告", "bundle": "整理材料"}


@dataclass
class Step:
    stage: str
    done: int = 0
    total: int | None = None  # None: not known in advance (files are counted as they come)
    skipped: bool = False

    @property
    def title(self) -> str:
        return STAGES.get(self.stage, self.stage)

    @property
    def finished(self) -> bool:
        return self.total is not None and self.done >= self.total


Listener = Callable[[Step], None]
_listeners: list[Listener] = []
_steps: dict[str, Step] = {}
_lock = threading.Lock()


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Tell `listener` every change while the block runs."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def _tell(step: Step) -> None:
    for listener in list(_listeners):
        listener(step)


def start(stage: str, total: int | None = None) -> None:
    with _lock:
        step = _steps[stage] = Step(stage, 0, total)
    _tell(step)


def advance(stage: str, n: int = 1) -> None:
    with _lock:
        step = _steps.setdefault(stage, Step(stage))
        step.done += n
    _tell(step)


def finish(stage: str) -> None:
    """A stage whose total was not known: done with what it counted."""
    with _lock:
        step = _steps.setdefault(stage, Step(stage))
        step.total = step.done
    _tell(step)


def skip(stage: str, total: int = 0) -> None:
    """A stage with nothing to do this run (its outputs are current)."""
    with _lock:
        step = _steps[stage] = Step(stage, total, total, skipped=True)
    _tell(step)


def overall(steps: dict[str, Step], stages: tuple[str, ...] = tuple(STAGES)) -> float:
    """The pipeline's completion, 0–100, each stage an equal share."""
    share = 0.0
    for stage in stages:
        step = steps.get(stage)
        if step is None:
            continue
        if step.finished:
            share += 1
        elif step.total:
            share += step.done / step.total
    return round(100 * share / len(stages), 1)


# --- the CLI's listeners -------------------------------------------------------------------------------

class Lines:
    """Plain lines (not a terminal: a log file, a service): a stage's start, each tenth, and its end."""

    def __init__(self, write: Callable[[str], None] | None = None):
        self.write = write or (lambda text: print(text, file=sys.stderr, flush=True))
        self.said: dict[str, int] = {}

    def __call__(self, step: Step) -> None:
        if step.skipped:
            self.write(f"{step.title}：未变化，跳过")
            return
        if step.total is None:
            return
        tenth = 10 if step.finished else (10 * step.done) // max(step.total, 1)
        if self.said.get(step.stage) == tenth:
            return
        self.said[step.stage] = tenth
        if step.finished:
            self.write(f"{step.title}：完成 {step.done}/{step.total}")
        elif step.done == 0:
            self.write(f"{step.title}：开始，共 {step.total} 项")
        else:
            self.write(f"{step.title}：{step.done}/{step.total}")


class Bars:
    """A rich progress bar per stage (on a terminal)."""

    def __init__(self, console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=False)
        self.tasks: dict[str, int] = {}

    def __call__(self, step: Step) -> None:
        title = f"{step.title}（未变化，跳过）" if step.skipped else step.title
        if step.stage not in self.tasks:
            self.tasks[step.stage] = self.progress.add_task(title, total=step.total)
        self.progress.update(self.tasks[step.stage], description=title, completed=step.done, total=step.total)

    def __enter__(self) -> Bars:
        self.progress.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.progress.stop()


@contextmanager
def shown(console) -> Iterator[None]:
    """Progress on `console` (a rich Console) while the block runs: bars on a terminal, lines otherwise."""
    _steps.clear()
    if console.is_terminal:
        with Bars(console) as bars, listening(bars):
            yield
    else:
        with listening(Lines(lambda text: console.print(text, highlight=False))):
            yield


def steps() -> dict[str, Step]:
    with _lock:
        return dict(_steps)


def reset() -> None:
    with _lock:
        _steps.clear()
