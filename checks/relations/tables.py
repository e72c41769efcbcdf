"""The table checks as relation kinds: one kind per table relation, named ``table <relation>``.

The relations themselves live in checks/tables (``relations.py``, ``auto.py``, ``prose.py``,
``schema_rules.py``); they read a document's tables once and judge every table rule
together, because one table's cells feed several rules (a total row is a part of no share,
the ranking of a table waits for its other findings). So each kind's finder reads that
shared result (:meth:`checks.context.DocContext.shared`) and returns the claims of its own
rule. Only the built-in pack rules/tables.yml uses these kinds; a user's table checks are
pandera schemas under ``tables:`` (TBL10).

Formula and tolerance per relation: docs/tables.md.
"""

from __future__ import annotations

from collections.abc import Callable

from checks.context import DocContext
from checks.findings import Claim
from checks.relations import kind
from checks.rules import Rule
from checks.tables import table_claims

#: the prefix of a table kind's name; a claim carries the relation without it
PREFIX = "table "

#: relation -> (the fields its messages may use beyond the common ones, description);
#: ``range`` is what the other cells give, within their rounding
RELATIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "reading": (("problem",),
                "A table cell the checks cannot place: spans, ragged rows, several numbers."),
    "parts-sum-to-total": (("label", "parts", "n", "column", "range"),
                           "A total row or column equals the sum of its parts."),
    "shares-sum-to-100": (("label", "parts", "n", "range"),
                          "Shares of one whole add up to 100%."),
    "share-of-total": (("label", "value", "total", "n", "column", "range"),
                       "A share column equals its value over the total."),
    "change": (("label", "old", "new", "how", "n", "column", "range"),
               "A change column equals the change between its two value columns."),
    "order": (("label", "above", "above_value", "order", "n", "column"),
              "A ranked table is in the order of its values."),
    "prose-agreement": (("label", "prose", "prose_line"),
                        "A figure the prose gives for a row equals the row's cell."),
    "inferred": (("label", "operands", "relation", "holds", "n", "column", "range"),
                 "A relation between columns that holds on most rows holds on all."),
    "schema": (("check", "column", "failure"),
               "A check of the user's pandera schema for the table."),
}


def _by_rule(ctx: DocContext) -> dict[str, list[Claim]]:
    """The claims of every table rule of the document, by rule code (read once)."""
    out: dict[str, list[Claim]] = {}
    for c in table_claims(ctx.doc, ctx.options, errors=ctx.errors, quantities=ctx.quantities):
        out.setdefault(c.rule, []).append(c)
    return out


def _finder(relation: str) -> Callable[[DocContext, Rule], list[Claim]]:
    def find(ctx: DocContext, rule: Rule) -> list[Claim]:
        return ctx.shared("tables", lambda: _by_rule(ctx)).get(rule.code, [])

    find.__doc__ = RELATIONS[relation][1]
    return find


for _relation, (_fields, _description) in RELATIONS.items():
    kind(PREFIX + _relation, message_fields=_fields, description=_description,
         reads="table", pass_messages=True,
         examples=_relation != "schema")(_finder(_relation))
