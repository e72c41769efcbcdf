"""Table relations computed once, with every cell an interval: sums, shares, changes, order.

Each function takes a Table and explicit parameters (which rows are parts, which column is the
total ...) and returns Outcomes; the automatic checks and the pandera checks both call these.
A relation is consistent when some choice of values inside the cells' rounding intervals
satisfies it (SEMANTICS.md), inconsistent when none does. ``confident=False`` (the pairing
was guessed, or the breakdown may be incomplete) turns a would-be fail into uncertain.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checks.tables.model import Cell, Table

_EPS = 1e-9


@dataclass
class Outcome:
    """One checked relation in a table, before it becomes a Claim."""

    rule: str
    verdict: str
    cell: Cell
    table: Table
    #: the message template's fields; None until ``data()`` builds them with ``make``
    fields: dict[str, Any] | None
    inputs: list[Cell] = field(default_factory=list)
    computed: float | None = None
    #: the range the other cells give with their rounding (not what the cell allows)
    computed_low: float | None = None
    computed_high: float | None = None
    #: pass outcomes with the same group are reported as one claim
    group: tuple[Any, ...] = ()
    #: the pandera check (name) that produced it, when it came from a schema
    check: str = ""
    row: int | None = None
    col: int | None = None
    #: a table rule's severity for this finding ("" keeps the check's own)
    severity: str = ""
    #: builds ``fields`` on demand: passes of large tables are mostly never shown
    make: Callable[[], dict[str, Any]] | None = None
    #: an inferred relation's statistics for the ``inferred_relation`` pandera check
    spec: dict[str, Any] | None = None
    #: the interval the stated figure allows, when it is not ``cell``'s own (a share
    #: column's 100%, a cell read in its column's scale)
    allowed_low: float | None = None
    allowed_high: float | None = None
    #: each input cell's part in the relation ("total", "part", "whole"), in input order
    roles: tuple[str, ...] = ()

    def data(self) -> dict[str, Any]:
        """The message fields, built on first use."""
        if self.fields is None:
            self.fields = self.make() if self.make is not None else {}
        return self.fields


def overlaps(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> bool:
    """True when the intervals [a_lo, a_hi] and [b_lo, b_hi] meet (with float slack)."""
    slack = _EPS * max(1.0, abs(a_lo), abs(a_hi), abs(b_lo), abs(b_hi))
    return a_lo <= b_hi + slack and b_lo <= a_hi + slack


_DECIMALS = re.compile(r"\d(?:[\d,]*)\.(\d+)")


def decimals(cell: Cell) -> int:
    """How many decimals the cell's number was written with."""
    return _decimals(cell.text)


@lru_cache(maxsize=65536)
def _decimals(text: str) -> int:
    m = _DECIMALS.search(text)
    return len(m.group(1)) if m else 0


def fmt(v: float, d: int = 1) -> str:
    """Format a number for a message with ``d`` decimals (thousands separated)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    a = abs(v)
    if a >= 1e9 and d == 0 and a == int(a):
        for s, w in ((1e12, "trillion"), (1e9, "billion")):
            if a >= s:
                return f"{v / s:,.3g} {w}"
    return f"{v:,.{max(0, d)}f}"


def _range(lo: float, hi: float, d: int) -> str:
    return f"{fmt(lo, d)}–{fmt(hi, d)}"


def computed_range(lo: float, hi: float, d: int, unit: str = "") -> str:
    """The range the other cells give, for messages: "64.55–65.05 with rounding", or
    "exact" when their rounding leaves one value (never "160.0–160.0")."""
    if fmt(lo, d) == fmt(hi, d):
        return "exact"
    return f"{_range(lo, hi, d)}{unit} with rounding"


def _unit(table: Table, j: int) -> str:
    col = table.columns[j]
    if col.unit == "percent":
        return "%"
    return f" {col.unit_text}" if col.unit_text else ""


# -- parts and totals ---------------------------------------------------------------------


def parts_sum(table: Table, total: Cell, parts: list[Cell], *, complete: bool,
              confident: bool, label: str, unit: str = "", rule: str = "TBL01",
              group: tuple[Any, ...] = (), row: int | None = None,
              col: int | None = None) -> Outcome:
    """A total against the sum of its parts: pass when the intervals meet.

    Formula: sum(parts) = total. Tolerance: the rounding of every cell (interval sum).
    Parts above the total fail; parts below it fail only for a complete breakdown.
    """
    used = [p for p in parts if p.numeric]
    missing = [p for p in parts if not p.numeric and p.kind not in ("empty",)]
    lo = sum(p.lo for p in used)
    hi = sum(p.hi for p in used)
    val = sum(p.val for p in used)
    d = max([decimals(c) for c in used + [total]] or [0])
    f: dict[str, Any] = {"label": label, "stated": total.text, "computed": fmt(val, d) + unit,
         "parts": " + ".join(p.text for p in used), "range": computed_range(lo, hi, d + 1, unit),
         "allowed": _range(total.lo, total.hi, d + 1) + unit, "reason": "", "n": len(used)}
    out = Outcome(rule, "pass", total, table, f, [total] + used, val, lo, hi, group, row=row,
                  col=col, roles=("total",) + ("part",) * len(used))
    if overlaps(lo, hi, total.lo, total.hi):
        return out
    if missing:
        out.verdict = "uncertain"
        f["reason"] = f"; {len(missing)} part(s) have no number ({missing[0].text!r})"
    elif hi < total.lo and not complete:
        out.verdict = "uncertain"
        f["reason"] = ("; the parts fall short, and the table may list only some of them "
                       "(no 'Other' row)")
    else:
        out.verdict = "fail" if confident else "uncertain"
        if not confident:
            f["reason"] = "; which cells form the total was guessed"
    return out


# -- shares -------------------------------------------------------------------------------


def shares_sum(table: Table, j: int, parts: list[Cell], *, target: Cell | None,
               complete: bool, confident: bool, group: tuple[Any, ...] = ()) -> Outcome:
    """Percentage shares against 100 (or the share column's total cell).

    Formula: sum(shares) = 100. Tolerance: the rounding of every share (interval sum).
    Shares above 100 fail; below 100 fail only when the breakdown is complete.
    """
    col = table.columns[j]
    used = [p for p in parts if p.numeric]
    lo, hi = sum(p.lo for p in used), sum(p.hi for p in used)
    val = sum(p.val for p in used)
    d = max([decimals(c) for c in used] or [0])
    t_lo, t_hi = ((target.lo, target.hi) if target is not None and target.numeric
                  else (100.0, 100.0))
    anchor = target if target is not None else (col.header or used[0])
    f: dict[str, Any] = {
        "label": col.name, "stated": target.text if target is not None else "100%",
        "computed": fmt(val, d) + "%", "parts": " + ".join(p.text for p in used),
        "range": computed_range(lo, hi, d + 1, "%"),
        "allowed": (_range(t_lo, t_hi, d + 1) if t_lo < t_hi else fmt(t_lo, d)) + "%",
        "reason": "", "n": len(used)}
    out = Outcome("TBL02", "pass", anchor, table, f, used + ([target] if target else []), val,
                  lo, hi, group, col=j, allowed_low=t_lo, allowed_high=t_hi)
    if overlaps(lo, hi, t_lo, t_hi):
        return out
    missing = [p for p in parts if not p.numeric and p.kind != "empty"]
    if missing:
        out.verdict = "uncertain"
        f["reason"] = f"; {len(missing)} share(s) have no number"
    elif hi < t_lo and not complete:
        out.verdict = "uncertain"
        f["reason"] = "; the table may list only some of the parts (no 'Other' row)"
    else:
        out.verdict = "fail" if confident else "uncertain"
        if not confident:
            f["reason"] = "; the column was taken for shares from its numbers, not its header"
    return out


def ratio_interval(n_lo: float, n_hi: float, d_lo: float, d_hi: float) -> tuple[float, float] | None:
    """The interval of n/d for n in [n_lo, n_hi], d in [d_lo, d_hi]; None when d may be 0."""
    if d_lo <= 0 <= d_hi:
        return None
    cands = [n_lo / d_lo, n_lo / d_hi, n_hi / d_lo, n_hi / d_hi]
    return min(cands), max(cands)


def share_of_total(table: Table, share_j: int, value_j: int, rows: list[int], *,
                   total_lo: float, total_hi: float, total_val: float, total_text: str,
                   confident: bool, total_cells: list[Cell] | None = None,
                   group: tuple[Any, ...] = ()) -> list[Outcome]:
    """Each share against value / total × 100.

    Formula: share = 100 × value / total. Tolerance: the rounding of share, value and total.
    """
    out: list[Outcome] = []
    scol, vcol = table.columns[share_j], table.columns[value_j]
    d = max([decimals(table.rows[r][share_j]) for r in rows] + [1])
    for r in rows:
        s, v = table.rows[r][share_j], table.rows[r][value_j]
        if not (s.numeric and v.numeric):
            continue
        ri = ratio_interval(v.lo, v.hi, total_lo, total_hi)
        if ri is None:
            continue
        lo, hi = ri[0] * 100, ri[1] * 100
        val = 100 * v.val / total_val if total_val else math.nan

        def make(r: int = r, s: Cell = s, v: Cell = v, lo: float = lo, hi: float = hi,
                 val: float = val) -> dict[str, Any]:
            return {"label": table.row_label(r), "stated": s.text, "value": v.text,
                    "total": total_text, "computed": fmt(val, d) + "%",
                    "range": computed_range(lo, hi, d + 1, "%"),
                    "allowed": _range(s.lo, s.hi, d + 1) + "%", "share_column": scol.name,
                    "value_column": vcol.name, "reason": ""}

        whole = ("whole",) if len(total_cells or []) == 1 else ("",) * len(total_cells or [])
        o = Outcome("TBL03", "pass", s, table, None, [s, v] + list(total_cells or []), val,
                    lo, hi, group, row=r, col=share_j, make=make,
                    roles=("stated", "part") + whole)
        if not overlaps(s.lo, s.hi, lo, hi):
            o.verdict = "fail" if confident else "uncertain"
            if not confident:
                o.data()["reason"] = "; the share column was paired with its value column by guess"
        out.append(o)
    return out


# -- changes ------------------------------------------------------------------------------


def change_between(table: Table, change_j: int, old_j: int, new_j: int, rows: list[int], *,
                   mode: str, confident: bool, group: tuple[Any, ...] = ()) -> list[Outcome]:
    """Each change cell against the change between two value columns.

    Formula: relative: 100 × (new / old − 1); difference: new − old; ``either`` accepts both
    (a percent change of percentages may be either). Tolerance: the rounding of all three cells.
    """
    out: list[Outcome] = []
    ccol = table.columns[change_j]
    for r in rows:
        c, a, b = (table.rows[r][change_j], table.rows[r][old_j], table.rows[r][new_j])
        if not (c.numeric and a.numeric and b.numeric):
            continue
        #: (how, low, high, value, unit) of each reading of the change
        cands: list[tuple[str, float, float, float, str]] = []
        if mode in ("relative", "either"):
            ri = ratio_interval(b.lo, b.hi, a.lo, a.hi)
            if ri is not None and a.lo > 0:
                cands.append(("relative", (ri[0] - 1) * 100, (ri[1] - 1) * 100,
                              (b.val / a.val - 1) * 100, "%"))
        if mode in ("difference", "either"):
            cands.append(("difference", b.lo - a.hi, b.hi - a.lo, b.val - a.val,
                          "" if ccol.unit != "percentage_point" else " pp"))
        if not cands:
            continue
        hit = next((k for k in cands if overlaps(c.lo, c.hi, k[1], k[2])), None)
        k = hit or cands[0]

        def make(r: int = r, c: Cell = c, a: Cell = a, b: Cell = b,
                 k: tuple[str, float, float, float, str] = k) -> dict[str, Any]:
            d = max(decimals(c), 1 if k[0] == "relative" else decimals(c))
            return {"label": table.row_label(r), "stated": c.text, "old": a.text,
                    "new": b.text, "computed": fmt(k[3], d) + k[4],
                    "range": computed_range(k[1], k[2], d + 1, k[4]),
                    "allowed": _range(c.lo, c.hi, d + 1) + k[4], "how": k[0], "reason": "",
                    "old_column": table.columns[old_j].name,
                    "new_column": table.columns[new_j].name}

        o = Outcome("TBL04", "pass", c, table, None, [c, a, b], k[3], k[1], k[2], group,
                    row=r, col=change_j, make=make)
        if hit is None:
            o.verdict = "fail" if confident else "uncertain"
            if not confident:
                o.data()["reason"] = "; which columns the change is between was guessed"
        out.append(o)
    return out


# -- order --------------------------------------------------------------------------------


def order(table: Table, value_j: int, rows: list[int], *, descending: bool, confident: bool,
          group: tuple[Any, ...] = ()) -> list[Outcome]:
    """Rows in rank order must not increase (or decrease): ties allowed within rounding.

    Formula: value[i] >= value[i+1] (descending). Tolerance: the cells' rounding intervals.
    """
    out: list[Outcome] = []
    cells = [(r, table.rows[r][value_j]) for r in rows if table.rows[r][value_j].numeric]
    bad: list[tuple[int, Cell, int, Cell]] = []
    for (r1, a), (r2, b) in zip(cells, cells[1:]):
        wrong = (b.lo > a.hi) if descending else (b.hi < a.lo)
        if wrong and not overlaps(a.lo, a.hi, b.lo, b.hi):
            bad.append((r1, a, r2, b))
    word = "descending" if descending else "ascending"
    col = table.columns[value_j]
    if not bad:
        if len(cells) >= 2:
            anchor = col.header or cells[0][1]
            f = {"label": col.name, "order": word, "n": len(cells), "stated": anchor.text,
                 "reason": "", "computed": "", "range": "", "allowed": ""}
            out.append(Outcome("TBL05", "pass", anchor, table, f, [c for _, c in cells],
                               group=group, col=value_j))
        return out
    for r1, a, r2, b in bad:
        f = {"label": table.row_label(r2), "stated": b.text, "above": table.row_label(r1),
             "above_value": a.text, "order": word, "column": col.name, "reason": "",
             "computed": "", "range": "", "allowed": ""}
        o = Outcome("TBL05", "fail" if confident else "uncertain", b, table, f, [b, a],
                    b.val, group=group, row=r2, col=value_j)
        if not confident:
            f["reason"] = "; the table does not say it is ranked, the order was inferred"
        out.append(o)
    return out
