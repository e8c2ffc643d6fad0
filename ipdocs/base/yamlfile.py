"""Reading YAML files written by people (rubrics, campaigns, facts), with errors that name the file."""

from pathlib import Path

import yaml

from ipdocs.base.errors import IpdocsError


class _KeysAsWritten(yaml.SafeLoader):
    """Mapping keys stay the text the author wrote: `11.10:` is criterion 11.10, not the float 11.1."""

    def construct_mapping(self, node, deep=False):
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag in (
                "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
                key_node.tag = "tag:yaml.org,2002:str"
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path, what: str):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise IpdocsError(f"{path}：{what}应为 UTF-8 编码的 YAML 文件") from exc
    except OSError as exc:
        raise IpdocsError(f"{path}：无法读取{what}（{exc.strerror}）") from exc
    try:
        return yaml.load(text, Loader=_KeysAsWritten)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第{mark.line + 1}行" if mark else ""
        raise IpdocsError(f"{path}：{where}YAML 格式错误（{getattr(exc, 'problem', exc)}）") from exc


