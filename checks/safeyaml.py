"""YAML with a budget: every YAML file factlint reads, front matter included, loads here.

``yaml.SafeLoader`` runs no code, but aliases let a few hundred bytes stand for 10^8 nodes
(a "billion laughs") that the code walking the result then visits one by one, and deep
nesting exhausts the recursion limit. :class:`BudgetLoader` counts, while composing, how
many nodes the document stands for once every alias is expanded, and how deep it nests,
and stops with a YAML error at the offending node (so the message names file and line).
"""

from __future__ import annotations

import yaml
from yaml.composer import ComposerError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

#: nodes a document may expand to (aliases counted as often as they are used)
MAX_NODES = 200_000
#: nesting depth of sequences and mappings
MAX_DEPTH = 100


class BudgetLoader(yaml.SafeLoader):
    """A SafeLoader that refuses alias expansion beyond MAX_NODES and nesting beyond
    MAX_DEPTH."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}
        self._keep: list = []  # the nodes sized, kept alive so their ids stay unique

    def compose_node(self, parent, index):  # noqa: D102 - see the class docstring
        if self._depth >= MAX_DEPTH:
            raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep",
                                self.peek_event().start_mark)
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
                raise ComposerError(None, None, f"expands to more than {MAX_NODES} nodes "
                                    "(aliases used too often)", node.start_mark)
            self._sizes[id(node)] = size
            self._keep.append(node)
        return node


def load(text: str, loader: type = BudgetLoader):
    """Load one YAML document with ``loader`` (a BudgetLoader subclass)."""
    return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
