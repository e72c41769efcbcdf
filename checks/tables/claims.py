"""From table outcomes to Claim records: messages from the rule pack, passes grouped per column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from checks.documents import Document
from checks.findings import Claim, Fix, Input
from checks.rules import Rule, load_rule_packs
from checks.selection import selected, split
from checks.tables.model import Cell
from checks.tables.relations import Outcome

@lru_cache(maxsize=1)
def builtin_rules() -> dict[str, Rule]:
    """The built-in table rules (rules/tables.yml, loaded with every rule pack), by code."""
    ruleset = load_rule_packs(builtin=False)
    return {r.code: r for r in ruleset.reading("table")}


def rule_codes(selectors: Iterable[str]) -> set[str]:
    """The table rule codes a list of selectors names: codes, names or families
    (checks.selection matching: ``TBL01``, ``table.total-mismatch``, ``table``, ``TBL``)."""
    names = split(selectors)
    return {r.code for r in builtin_rules().values() if selected(r.code, r.name, names)}


class _Fields(dict[str, Any]):
    """Message fields; a field the outcome does not give is left as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _input(cell: Cell, path: str) -> Input:
    return Input(text=cell.text, start=cell.start, end=cell.end, value=cell.value,
                 unit=cell.unit, line=cell.line, column=cell.column)


#: passes of one column are reported row by row up to this many rows, as one claim beyond
ROW_CLAIMS_MAX = 30


def to_claims(outcomes: list[Outcome], doc: Document | None = None) -> list[Claim]:
    """Turn outcomes into Claims; many passes of one group become one claim at the header.

    ``doc`` (the document the tables were found in) lets a row out of order carry the
    rows swapped as its suggested correction.
    """
    rules = builtin_rules()
    groups: dict[tuple[object, ...], list[Outcome]] = {}
    singles: list[Outcome] = []
    for o in outcomes:
        if o.verdict == "pass" and o.group:
            groups.setdefault(o.group, []).append(o)
        else:
            singles.append(o)
    claims = [_claim(o, rules[o.rule], doc=doc) for o in singles]
    for outs in groups.values():
        if len(outs) <= ROW_CLAIMS_MAX:
            # a small table: each row checked is its own claim, at its cell
            claims += [_claim(o, rules[o.rule]) for o in outs]
            continue
        first = outs[0]
        rule = rules[first.rule]
        col = first.table.columns[first.col] if first.col is not None else None
        anchor = (col.header if col is not None and col.header is not None
                  and col.header.text else first.cell)
        fields = dict(first.data())
        fields.update(n=len(outs), column=col.name if col is not None else "")
        inputs = []
        for o in outs:
            inputs.append(o.cell)
        merged = Outcome(first.rule, "pass", anchor, first.table, fields, inputs,
                         check=first.check, severity=first.severity)
        claims.append(_claim(merged, rule, template=rule.pass_group_message))
    return claims


def _row_span(text: str, cell: Cell, source: str) -> tuple[int, int] | None:
    """The span of the table row that holds ``cell``: its line, or its <tr> element."""
    if source == "html":
        a = text.rfind("<tr", 0, cell.start)
        b = text.find("</tr>", cell.end)
        return (a, b + len("</tr>")) if a >= 0 and b >= 0 else None
    if source in ("markdown", "csv", "tsv", "tsv-text", "aligned-text", "label-list"):
        a = text.rfind("\n", 0, cell.start) + 1
        b = text.find("\n", cell.end)
        return a, (b if b >= 0 else len(text))
    return None


def _order_fix(o: Outcome, doc: Document | None) -> Fix | None:
    """The order the figures support: the row out of order swapped with the row above it."""
    if doc is None or o.table.path != doc.path or len(o.inputs) < 2:
        return None
    low, high = o.inputs[0], o.inputs[1]   # the larger figure listed below the smaller
    if low is None or high is None:
        return None
    text = doc.text
    below, above = _row_span(text, low, o.table.source), _row_span(text, high, o.table.source)
    if below is None or above is None or not above[1] <= below[0]:
        return None
    rank = next((j for j, c in enumerate(o.table.columns) if c.role == "rank"), None)
    rows = {id(c): row for row in o.table.rows for c in row}
    low_row, high_row = rows.get(id(low)), rows.get(id(high))

    def moved(span: tuple[int, int], row: list[Cell] | None, other: list[Cell] | None) -> str:
        """The row's text, its rank cell (if any) taking the other row's rank."""
        part = text[span[0]:span[1]]
        if rank is None or row is None or other is None:
            return part
        mine, theirs = row[rank], other[rank]
        if not span[0] <= mine.start <= mine.end <= span[1]:
            return part
        return (text[span[0]:mine.start] + text[theirs.start:theirs.end]
                + text[mine.end:span[1]])

    new = (moved(below, low_row, high_row) + text[above[1]:below[0]]
           + moved(above, high_row, low_row))
    row = o.data().get("label") or "the row"
    row = row.split(": ")[-1]
    say = (f"list {row} ({low.text}) above {o.data().get('above', 'the row above')} "
           f"({high.text}): the order the figures support (swap the two rows)")
    return Fix(new, text[above[0]:below[1]], above[0], below[1], say)


def _claim(o: Outcome, rule: Rule, template: str | None = None,
           doc: Document | None = None) -> Claim:
    fields = _Fields(o.data())
    if template is None:
        template = rule.pass_message if o.verdict == "pass" else rule.message
    message = template.format_map(fields)
    where = o.table.title()
    if o.data().get("schema"):
        where += f", table rule {o.data()['schema']!r}"
    message = f"{where}: {message}"
    c = o.cell
    seen, inputs = set(), []
    roles = tuple(o.roles) + ("",) * (len(o.inputs) - len(o.roles))
    for i, role in zip(o.inputs, roles):
        if i is None or id(i) in seen:
            continue
        seen.add(id(i))
        inputs.append(replace(_input(i, o.table.path), role=role))
    prose = o.data().get("_prose_input")
    if prose is not None:
        inputs.append(prose)
    # "allowed" is what the stated cell allows (its rounding); the other cells' range is
    # the computed range
    lo, hi = o.allowed_low, o.allowed_high
    if lo is None and o.computed_low is not None and c.numeric:
        lo, hi = c.low, c.high
    return Claim(rule=rule.code, verdict=o.verdict,
                 severity=o.severity or rule.severity, path=o.table.path,
                 line=c.line, column=c.column, start=c.start, end=c.end, text=c.text,
                 message=message, inputs=tuple(inputs), name=rule.name,
                 hint=rule.hint if o.verdict != "pass" else "", computed=o.computed,
                 allowed_low=lo, allowed_high=hi,
                 kind=rule.kind.removeprefix("table "),  # the relation, as prose claims carry
                 computed_low=o.computed_low, computed_high=o.computed_high,
                 fix=_order_fix(o, doc) if o.rule == "TBL05" and o.verdict == "fail"
                 else None)
