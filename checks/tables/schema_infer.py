"""A table's relations written out as a pandera schema (YAML) that a user can edit and pass back.

``factlint tables FILE --infer-schema`` runs the automatic checks on every table of FILE and
turns each relation that holds on most of its rows into a factlint check of a pandera
schema: ``parts_sum_to_total``, ``shares_sum_to_100``, ``share_of_total``,
``change_between``, ``ordered_by``, ``agrees_with_prose`` and, for the relations inferred from
the numbers alone, ``inferred_relation``. The result is a rule file (a ``tables:`` list,
each table found by its position, or its caption when it has one) for ``--rules``; a relation
declared there is confident, so a row that breaks it later fails, small table or not.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from typing import Any

import yaml

from checks.documents import Document, discover, read_document
from checks.errors import FactlintError
from checks.io import atomic_write
from checks.options import CheckOptions
from checks.tables import extract_tables
from checks.tables.auto import auto_outcomes
from checks.tables.model import Cell, Table
from checks.tables.prose import prose_outcomes
from checks.tables.relations import Outcome


def _holds_mostly(outs: list[Outcome]) -> bool:
    """True when at least half of the rows checked pass (a relation, not a coincidence)."""
    good = sum(1 for o in outs if o.verdict == "pass")
    return good >= 1 and 2 * good >= len(outs)


def _name(table: Table, j: int) -> str:
    return table.columns[j].name


def _column_of(table: Table, o: Outcome, cell: Cell) -> int | None:
    if o.row is None:
        return None
    for j, c in enumerate(table.rows[o.row]):
        if c is cell:
            return j
    return None


def schema_checks(table: Table, outcomes: list[Outcome]) -> list[dict[str, Any]]:
    """The factlint checks (pandera list form) for the relations the outcomes show in a table."""
    groups: dict[tuple[str, tuple[Any, ...], int | None], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.table is table:
            groups[(o.rule, o.group[:1], o.col)].append(o)
    checks: list[dict[str, Any]] = []
    total_cols: list[str] = []
    for (rule, kind, j), outs in sorted(groups.items(), key=lambda kv: (kv[0][2] or -1,
                                                                        kv[0][0])):
        first = outs[0]
        # (the column-wise outcomes, TBL01c, TBL03 and TBL04, always name their column j)
        if rule == "TBL01" and kind == ("TBL01c",) and _holds_mostly(outs):
            parts = [_column_of(table, first, c) for c in first.inputs[1:]]
            checks.append({"check": "parts_sum_to_total",
                           "total_column": _name(table, j),  # type: ignore[arg-type]
                           "columns": [_name(table, k) for k in parts if k is not None]})
        elif rule == "TBL01" and j is not None and first.row is not None and \
                kind == ("TBL01",) and first.verdict != "uncertain":
            total_cols.append(_name(table, j))
        elif rule == "TBL02" and j is not None and first.verdict != "uncertain":
            checks.append({"check": "shares_sum_to_100", "column": _name(table, j)})
        elif rule == "TBL03" and _holds_mostly(outs):
            v = _column_of(table, first, first.inputs[1])
            if v is not None:
                checks.append({"check": "share_of_total",
                               "share": _name(table, j),  # type: ignore[arg-type]
                               "value": _name(table, v)})
        elif rule == "TBL04" and _holds_mostly(outs):
            hows = {o.data().get("how") for o in outs if o.verdict == "pass"}
            a = _column_of(table, first, first.inputs[1])
            b = _column_of(table, first, first.inputs[2])
            if a is not None and b is not None:
                checks.append({"check": "change_between",
                               "change": _name(table, j),  # type: ignore[arg-type]
                               "old": _name(table, a), "new": _name(table, b),
                               "how": hows.pop() if len(hows) == 1 else "either"})
        elif rule == "TBL05" and j is not None and all(o.verdict == "pass" for o in outs) \
                and first.data().get("reason", "") == "":
            spec: dict[str, Any] = {"check": "ordered_by", "column": _name(table, j), "descending": True}
            rank = next((k for k, c in enumerate(table.columns) if c.role == "rank"), None)
            if rank is not None:
                spec["rank"] = _name(table, rank)
            checks.append(spec)
        elif rule == "TBL07" and first.spec and _holds_mostly(outs):
            checks.append({"check": "inferred_relation", **first.spec})
    if total_cols:
        checks.insert(0, {"check": "parts_sum_to_total", "columns": total_cols})
    if any(o.rule == "TBL06" and o.table is table for o in outcomes):
        checks.append({"check": "agrees_with_prose"})
    return checks


def table_schema(table: Table, checks: list[dict[str, Any]]) -> dict[str, Any]:
    """A pandera schema (the dict pandera's YAML reader takes) for one table."""
    columns: dict[str, dict[str, Any]] = {}
    for col in table.columns:
        numeric = col.role not in ("label", "text")
        columns[col.name] = {"dtype": "float64" if numeric else "str", "nullable": True,
                             "required": True}
    out: list[dict[str, Any]] = []
    for c in checks:
        stats = {k: v for k, v in c.items() if k != "check"}
        out.append({**stats, "options": {"check_name": c["check"]}})
    return {"columns": columns, "checks": out}


def infer_rules(doc: Document, options: CheckOptions | None = None) -> list[dict[str, Any]]:
    """Table rules holding an inferred schema for every table of a document."""
    options = options or CheckOptions()
    tables = extract_tables(doc, options.extract)
    outcomes: list[Outcome] = []
    for t in tables:
        outcomes += auto_outcomes(t)
    outcomes += prose_outcomes(doc, tables, options.extract)
    name = os.path.basename(doc.path)
    captions = [t.caption for t in tables]
    rules: list[dict[str, Any]] = []
    for t in tables:
        unique = t.caption and captions.count(t.caption) == 1
        match: dict[str, object] = {"caption": t.caption} if unique else {"position": t.index}
        rules.append({"name": f"{name} table {t.index}", "documents": [name],
                      "match": match, "auto": True,
                      "schema": table_schema(t, schema_checks(t, outcomes))})
    return rules


def dump_rules(rules: list[dict[str, Any]], sources: list[str]) -> str:
    """The rule file as YAML, with a comment saying where it came from and how to use it."""
    src = " ".join(sources) or "FILE"
    head = (f"# Table rules inferred by `factlint tables {src} --infer-schema`.\n"
            "# Edit them (remove a relation that is coincidence, add one the numbers hide) and\n"
            f"# check with: factlint check {src} --rules THIS_FILE\n")
    return head + yaml.safe_dump({"tables": rules}, sort_keys=False, allow_unicode=True,
                                 width=100)


def describe(doc: Document, options: CheckOptions | None = None) -> str:
    """A short listing of a document's tables: place, caption, columns and roles, rows."""
    options = options or CheckOptions()
    lines = []
    for t in extract_tables(doc, options.extract):
        lines.append(f"{doc.path}:{t.line}: {t.title()}, {t.source}, {len(t.rows)} rows")
        for col in t.columns:
            unit = f" [{col.unit_text or col.unit}]" if (col.unit_text or col.unit) else ""
            lines.append(f"    {col.name!r}: {col.role}{unit}")
    return "\n".join(lines) + ("\n" if lines else "")


def cmd_tables(args: argparse.Namespace) -> int:
    """``factlint tables FILE...``: list the tables, or write their inferred schemas."""
    status = 0
    out: list[str] = []
    rules: list[dict[str, Any]] = []
    sources: list[str] = []
    for path in discover(args.paths):
        try:
            doc = read_document(path)
        except FactlintError as exc:
            print(f"factlint: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.infer_schema:
            rules += infer_rules(doc)
            sources.append(path)
        else:
            out.append(describe(doc))
    text = dump_rules(rules, sources) if args.infer_schema else "".join(out)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    return status
