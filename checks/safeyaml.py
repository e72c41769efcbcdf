"""YAML with a budget: every YAML file factlint reads, front matter included, loads here.

``yaml.SafeLoader`` runs no code, but aliases let a few hundred bytes stand for 10^8 nodes
(a "billion laughs") that the code walking the result then visits one by one, and deep
nesting exhausts the recursion limit. :class:`BudgetLoader` counts, while composing, how
many nodes the document stands for once every alias is expanded, and how deep it nests,
and stops with a YAML error at the offending node (so the message names file and line).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

#: nodes a document may expand to (aliases counted as often as they are used)
MAX_NODES = 200_000
#: nesting depth of sequences and mappings
MAX_DEPTH = 100


class BudgetLoader(yaml.SafeLoader):
    """A SafeLoader that refuses alias expansion beyond MAX_NODES and nesting beyond
    MAX_DEPTH."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}
        # the nodes sized, kept alive so their ids stay unique
        self._keep: list[Node | None] = []

    # (no docstring: see the class docstring)
    def compose_node(self, parent: Node | None, index: int) -> Node | None:  # noqa: D102
        if self._depth >= MAX_DEPTH:
            # (peek_event is unannotated in types-PyYAML)
            raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep",
                                self.peek_event().start_mark)  # type: ignore[no-untyped-call]
        self._depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if id(node) not in self._sizes:  # an alias returns a node already counted
            if isinstance(node, ScalarNode):
                size = 1
            elif isinstance(node, SequenceNode):
                size = 1 + sum(self._sizes.get(id(v), 1) for v in node.value)
            elif isinstance(node, MappingNode):
                size = 1 + sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1)
                               for k, v in node.value)
            else:
                size = 1
            if size > MAX_NODES:
                # (a size above 1 is a sequence's or a mapping's: node is not None)
                raise ComposerError(None, None, f"expands to more than {MAX_NODES} nodes "
                                    "(aliases used too often)",
                                    node.start_mark)  # type: ignore[union-attr]
            self._sizes[id(node)] = size
            self._keep.append(node)
        return node


def load(text: str, loader: type[BudgetLoader] = BudgetLoader) -> Any:
    """Load one YAML document with ``loader`` (a BudgetLoader subclass): whatever the YAML
    holds (mappings, lists, scalars), hence ``Any``."""
    return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
