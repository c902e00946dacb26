"""YAML with line numbers and without surprises.

PyYAML's SafeLoader turns ``2024-02-30``-like scalars into ``datetime.date`` (raising on
impossible dates with no line) and silently keeps the last of two duplicate keys. For a
corpus edited by hand we want dates as strings, validated later with their line, and
duplicate keys reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml


# libyaml's parser (PyYAML's C extension) reads a plan's front matter about five times faster;
# the nodes it builds carry the same marks, so lines are reported the same way.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


# Dates stay strings: validate.py parses them and reports bad ones with their line.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlError(Exception):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML document and, for each top-level or list-item key, its 1-based line."""

    data: object
    key_lines: dict[tuple, int]

    def line_of(self, *path: object, default: int | None = None) -> int | None:
        return self.key_lines.get(tuple(path), default)


MAX_NODES = 100_000  # a front matter or glossary file has a few thousand at most


def _walk(root: yaml.Node, first_line: int, lines: dict[tuple, int]) -> None:
    """Record each key's line; refuse duplicate keys, aliases (``&a``/``*a``) and runaway size.

    Iterative and linear in the number of nodes: an alias bomb (each list made of the previous
    one ten times) or 500 nested lists cannot make it recurse or expand.
    """
    seen_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, tuple]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if id(node) in seen_nodes:
            line = node.start_mark.line + first_line
            raise YamlError("YAML dùng bí danh (&tên … *tên): kho văn bản không dùng bí danh, hãy viết đầy đủ", line)
        seen_nodes.add(id(node))
        if len(seen_nodes) > MAX_NODES:
            raise YamlError(f"YAML quá lớn (hơn {MAX_NODES} phần tử)", node.start_mark.line + first_line)
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                line = key_node.start_mark.line + first_line
                key = key_node.value
                if key in seen:
                    raise YamlError(f"khóa “{key}” lặp lại (đã có ở dòng {seen[key]})", line)
                seen[key] = line
                lines[(*path, key)] = line
                stack.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*path, index)] = item.start_mark.line + first_line
                stack.append((item, (*path, index)))


def parse_yaml(text: str, first_line: int = 1) -> YamlDoc:
    """Parse ``text`` whose first line is line ``first_line`` of its file."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            lines: dict[tuple, int] = {}
            if node is not None:
                _walk(node, first_line, lines)  # before constructing: no alias is ever expanded
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        raise YamlError(f"YAML không hợp lệ: {exc.problem or exc.context}", line) from exc
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML không hợp lệ: {exc}", first_line) from exc
    except RecursionError:
        raise YamlError("YAML lồng quá sâu", first_line) from None
    return YamlDoc(data, lines)
