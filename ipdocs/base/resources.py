"""Where ipdocs finds its rubrics, Word templates and fontconfig file: a coordinator's own folders first,
then the shipped ones — the repository's rubrics/, templates/ and fonts/, installed inside the package as
ipdocs._data.* (pyproject.toml) and read with importlib.resources, so a wheel install finds them too."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from ipdocs.base.errors import IpdocsError

RUBRICS_ENV = "IPDOCS_RUBRICS"  # a coordinator's own rubrics folder; `ipdocs --rubrics DIR` sets it
FONTCONFIG_NAME = "ipdocs-fonts.conf"


def shipped(kind: str) -> Path:
    """The installed folder of `rubrics`, `templates` or `fonts`."""
    folder = files(f"ipdocs._data.{kind}")
    # Installed as files (wheel or editable), a package is a real folder; docxtpl, LibreOffice and the
    # messages that name a rubric file need paths, so a zipped install is refused rather than half working.
    if not isinstance(folder, Path):
        raise IpdocsError(f"ipdocs 的内置文件夹 {kind} 不在文件系统上（{folder}）："
                          "请用 pip 安装 ipdocs 的 wheel，不要以 zip 方式导入")
    return folder


def own_rubrics() -> Path | None:
    """The coordinator's own rubrics folder ($IPDOCS_RUBRICS or --rubrics), if one is named."""
    named = os.environ.get(RUBRICS_ENV)
    if not named:
        return None
    folder = Path(named)
    if not folder.is_dir():
        raise IpdocsError(f"找不到评分细则文件夹：{folder}（--rubrics 或环境变量 {RUBRICS_ENV} "
                          "应为含 YAML 评分细则文件的文件夹）")
    return folder


def rubric_files() -> dict[str, Path]:
    """Every known rubric by id (its file name): the coordinator's own over a shipped one of the same id."""
    own = own_rubrics()
    found: dict[str, Path] = {}
    for folder in [shipped("rubrics")] + ([own] if own else []):
        found.update({p.stem: p for p in folder.glob("*.yaml")})
    return dict(sorted(found.items()))


def template(name: str, own: Path | None = None) -> Path:
    """A Word template by file name: the coordinator's folder (campaign.yaml `templates:`) first, then shipped."""
    folders = ([own] if own else []) + [shipped("templates")]
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise IpdocsError(f"找不到 Word 模板：{name}（已查找：{'、'.join(map(str, folders))}；"
                      f"请把模板放入 campaign.yaml 的 templates: 文件夹，或改正评分细则 templates 中的文件名）")


def fontconfig() -> Path:
    """The fontconfig file that maps the faces GB/T 9704 mandates to free ones (DESIGN §6)."""
    return shipped("fonts") / FONTCONFIG_NAME
