"""Reading YAML files written by people (rubrics, campaigns, facts), with errors that name the file.

Reading is strict: a key written twice in one mapping is an error naming its line (YAML would silently keep
the last one), and keys stay the text the author wrote."""

from pathlib import Path

import yaml

from ipdocs.base.errors import IpdocsError


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: str, line: int, first: int):
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


class _StrictLoader(yaml.SafeLoader):
    """Mapping keys stay the text the author wrote (`11.10:` is criterion 11.10, not the float 11.1) and each key
    appears once per mapping (keys brought in by a `<<` merge may be overridden, as YAML intends)."""

    def construct_mapping(self, node, deep=False):
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag in (
                "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
                key_node.tag = "tag:yaml.org,2002:str"
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            line = key_node.start_mark.line + 1
            if key_node.value in seen:
                raise _DuplicateKey(key_node.value, line, seen[key_node.value])
            seen[key_node.value] = line
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str, source: str, what: str = "YAML 文件"):
    """YAML text read strictly; `source` names it in errors (a file path)."""
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as dup:
        raise IpdocsError(f"{source}：第{dup.line}行：键“{dup.key}”重复（第{dup.first}行已写过）；"
                          f"{what}中每个键只能写一次，请删去或合并其中一处") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第{mark.line + 1}行" if mark else ""
        raise IpdocsError(f"{source}：{where}YAML 格式错误（{getattr(exc, 'problem', exc)}）") from exc


def read_yaml(path: Path, what: str):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise IpdocsError(f"{path}：{what}应为 UTF-8 编码的 YAML 文件") from exc
    except OSError as exc:
        raise IpdocsError(f"{path}：无法读取{what}（{exc.strerror}）") from exc
    return parse_yaml(text, str(path), what)
