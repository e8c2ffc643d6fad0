"""`ipdocs rubric draft`: a rubric drafted from the scheme document (DOCX, XLSX, PDF with a text layer, text).

read.py reads the file into rows of cells; rows.py finds the indicator table's rows; clauses.py splits
rule text into clauses; phrases.py turns each clause's wording into a rule; model.py assembles parts and
sections; write.py writes YAML with a `# TODO:` comment at each guess; compare.py measures a draft against
a checked rubric. Nothing here knows about campaigns.
"""

from __future__ import annotations

from pathlib import Path

from ipdocs.base.errors import IpdocsError
from ipdocs.rubric.draft.model import Draft, build
from ipdocs.rubric.draft.read import read_scheme
from ipdocs.rubric.draft.rows import read_layout
from ipdocs.rubric.draft.write import to_yaml


def draft_rubric(path: Path) -> Draft:
    scheme = read_scheme(Path(path))
    layout = read_layout(scheme)
    if not layout.indicators:
        raise IpdocsError(f"{path}：没有找到评分表（应有“考核指标”“分值”“评分标准”等表头的表格，"
                          "或“1.指标名称（10分）”形式的编号条目）")
    return build(scheme, layout)


def draft_yaml(path: Path) -> str:
    return to_yaml(draft_rubric(path))


__all__ = ["Draft", "draft_rubric", "draft_yaml"]
