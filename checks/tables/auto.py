"""Automatic checks on every table, without a schema: totals, shares, changes and rank order.

Which rows are parts, which column a share is of and which columns a change is between are
read from labels and header words; where they are guessed the verdict can be at most
uncertain. Conservative by design: a false alarm costs more than a miss.
"""

from __future__ import annotations

import re

from checks.tables import relations as R
from checks.tables.builder import is_other_label, is_sub_label, is_total_label
from checks.tables.model import Cell, Table


class RowKinds:
    """The rows of a table sorted into totals, 'other' rows, sub-rows, section rows and parts."""

    def __init__(self, table: Table):
        n = len(table.rows)
        lab = table.label_col
        self.table = table
        labels = [table.rows[r][lab].text if lab is not None else "" for r in range(n)]
        value_cols = [j for j, c in enumerate(table.columns)
                      if c.role not in ("label", "text", "rank")]
        self.section = [r for r in range(n) if value_cols and all(
            table.rows[r][j].kind in ("empty",) for j in value_cols)]
        self.totals = [r for r in range(n) if labels[r] and is_total_label(labels[r])]
        self.others = [r for r in range(n) if labels[r] and is_other_label(labels[r])]
        self.subs = [r for r in range(n) if labels[r] and is_sub_label(labels[r])]
        self.labels = labels

    def total_row(self) -> tuple[int | None, list[int], bool]:
        """The grand-total row, the part rows it sums, and whether that reading is confident."""
        if not self.totals:
            return None, [], False
        n = len(self.table.rows)
        confident = len(self.totals) == 1 and not self.subs
        t = self.totals[-1]
        if t == 0 and len(self.totals) == 1:
            rng = range(1, n)          # "World" first, then its parts
        else:
            rng = range(0, t)
        skip = set(self.totals) | set(self.subs) | set(self.section)
        parts = [r for r in rng if r not in skip]
        return t, parts, confident

    def parts(self) -> list[int]:
        """Rows that are parts of the whole (no totals, sub-rows or section rows)."""
        skip = set(self.totals) | set(self.subs) | set(self.section)
        return [r for r in range(len(self.table.rows)) if r not in skip]


def _unit_label(table: Table, j: int) -> str:
    col = table.columns[j]
    return "%" if col.unit in ("percent",) else ""


def auto_outcomes(table: Table, disabled: frozenset[str] = frozenset()
                  ) -> list[R.Outcome]:
    """Run every automatic check on one table."""
    out: list[R.Outcome] = []
    if not table.rows:
        return out
    kinds = RowKinds(table)
    cols = table.columns
    value_cols = [j for j, c in enumerate(cols) if c.role == "value"]
    share_cols = [j for j, c in enumerate(cols) if c.role == "share"]
    percent_cols = [j for j, c in enumerate(cols) if c.role == "percent"]
    change_cols = [j for j, c in enumerate(cols) if c.role == "change"]
    t, parts, confident = kinds.total_row()
    evidence = _complete_evidence(table, kinds, t, parts, share_cols + percent_cols)
    complete = bool(evidence)
    # -- TBL01 total row against the sum of the part rows -------------------------------
    if t is not None and parts and "TBL01" not in disabled:
        totals = []
        for j in value_cols:
            if "nonadditive" in cols[j].words:
                continue
            total = table.rows[t][j]
            if not total.numeric:
                continue
            cells = [table.rows[r][j] for r in parts]
            if not any(c.numeric for c in cells):
                continue
            totals.append((j, total, cells))
        # other columns whose total row is exactly their sum show the rows are all there
        exact = [j for j, total, cells in totals if all(c.numeric for c in cells)
                 and R.overlaps(sum(c.lo for c in cells), sum(c.hi for c in cells),
                                total.lo, total.hi)]
        for j, total, cells in totals:
            why = evidence
            if not why and len(exact) >= 2 and j not in exact and all(c.numeric for c in cells):
                why = (f"the total row is the sum of these rows in {len(exact)} other "
                       "columns, so the rows listed are all of them")
            o = R.parts_sum(table, total, cells, complete=bool(why), confident=confident,
                            label=f"{kinds.labels[t]} of {cols[j].name!r}",
                            unit=_unit_label(table, j), group=("TBL01", table.index, j),
                            row=t, col=j)
            if o.verdict == "fail" and why:
                o.data()["reason"] += f"; the list is complete: {why}"
            out.append(o)
    # -- TBL01 total column against the sum of the other value columns -------------------
    if "TBL01" not in disabled:
        out += _total_columns(table, kinds, value_cols)
    # -- TBL02 percentage shares sum to 100 ---------------------------------------------
    share_like = {}
    for j in share_cols + percent_cols:
        rows = parts if t is not None else kinds.parts()
        rows = [r for r in rows if r not in kinds.totals]
        cells = [table.rows[r][j] for r in rows]
        if sum(1 for c in cells if c.numeric) < 2:
            continue
        target = table.rows[t][j] if t is not None and table.rows[t][j].numeric else None
        if target is not None and not (99 <= target.val <= 101):
            target = None if j in percent_cols else target
        o = R.shares_sum(table, j, cells, target=target, complete=complete or target is not None
                         and kinds.others != [], confident=j in share_cols and (
                             confident or t is None), group=("TBL02", table.index, j))
        if j in percent_cols and o.verdict != "pass":
            # an unlabelled percent column that does not add to 100 is probably a rate
            continue
        share_like[j] = o
        if "TBL02" not in disabled:
            out.append(o)
    # -- TBL03 share column against value / total ---------------------------------------
    if "TBL03" not in disabled:
        for j in share_cols + percent_cols:
            if j in percent_cols and j not in share_like:
                continue
            out += _shares(table, kinds, j, value_cols, explicit=j in share_cols,
                           sums_to_100=j in share_like and share_like[j].verdict == "pass")
    # -- TBL04 change column against its value columns ---------------------------------
    if "TBL04" not in disabled:
        for j in change_cols:
            out += _changes(table, kinds, j, value_cols + percent_cols + share_cols)
    # -- relations between columns inferred from the numbers (checks/tables/infer.py) ----
    if "TBL07" not in disabled:
        out += _inferred(table, kinds, out)
    if t is None and "TBL01" not in disabled:
        from checks.tables.infer import total_row_outcomes

        out += total_row_outcomes(table, [r for r in range(len(table.rows))
                                          if r not in kinds.section and r not in kinds.subs])
    # -- TBL05 order ----------------------------------------------------------------------
    if "TBL05" not in disabled:
        out += _order(table, kinds, value_cols)
    return out


_COUNT = re.compile(r"\b(\d{1,3})\b")


def _complete_evidence(table: Table, kinds: RowKinds, t: int | None, parts: list[int],
                       share_cols: list[int]) -> str:
    """Why the part rows are the whole list, or "" when nothing shows it.

    An 'Other' / 'Rest of world' row; a share column whose part rows add up to 100% within
    rounding; a total label that counts the rows ("All 5 regions", "Total (12)").
    """
    if kinds.others:
        return f"it has a {kinds.labels[kinds.others[0]]!r} row"
    if t is None or not parts:
        return ""
    for j in share_cols:
        cells = [table.rows[r][j] for r in parts]
        if len(cells) >= 2 and all(c.numeric for c in cells) and R.overlaps(
                sum(c.lo for c in cells), sum(c.hi for c in cells), 100.0, 100.0):
            return f"the shares in {table.columns[j].name!r} add up to 100%"
    m = _COUNT.search(kinds.labels[t] or "")
    if m and int(m.group(1)) == len(parts) and len(parts) >= 2:
        return f"the total row {kinds.labels[t]!r} counts {len(parts)} rows, as listed"
    return ""


def _total_columns(table: Table, kinds: RowKinds, value_cols: list[int]) -> list[R.Outcome]:
    out = []
    cols = table.columns
    for j in value_cols:
        if "total" not in cols[j].words or cols[j].year is not None and "total" not in \
                cols[j].name.lower().split():
            continue
        part_cols = [k for k in value_cols if k != j and cols[k].unit == cols[j].unit
                     and "nonadditive" not in cols[k].words
                     and cols[k].scale == cols[j].scale and "total" not in cols[k].words]
        if len(part_cols) < 2:
            continue
        complete = any("other" in cols[k].words for k in part_cols)
        outs = []
        for r in range(len(table.rows)):
            if r in kinds.section:
                continue
            total = table.rows[r][j]
            cells = [table.rows[r][k] for k in part_cols]
            if not total.numeric or not any(c.numeric for c in cells):
                continue
            outs.append(R.parts_sum(table, total, cells, complete=complete, confident=True,
                                    label=f"{cols[j].name} of {table.row_label(r)!r}",
                                    unit=_unit_label(table, j),
                                    group=("TBL01c", table.index, j), row=r, col=j))
        good = sum(1 for o in outs if o.verdict == "pass")
        if not complete and good >= 3 and 4 * good >= 3 * len(outs):
            # the total equals the sum of these columns on most rows: they are all the
            # parts, so a row whose parts fall short of its total is wrong too
            for o in outs:
                if o.verdict == "uncertain" and "may list only some" in o.data()["reason"]:
                    o.verdict = "fail"
                    o.data()["reason"] = (f"; the columns add up to the total on {good} of "
                                          f"{len(outs)} rows, so they are all the parts")
        out += outs
    return out


def _shares(table: Table, kinds: RowKinds, j: int, value_cols: list[int], *, explicit: bool,
            sums_to_100: bool) -> list[R.Outcome]:
    """Pair a share column with the value column it is a share of, then check each row."""
    t, parts, _ = kinds.total_row()
    rows = [r for r in range(len(table.rows)) if r not in kinds.section and r not in kinds.subs]
    best: tuple[int, list[R.Outcome]] | None = None
    for v in sorted(value_cols, key=lambda k: abs(k - j)):
        for denominator in _denominators(table, kinds, v, sums_to_100):
            lo, hi, val, text, cells = denominator
            # against the column's sum, the total row is the denominator, not a part
            use = rows if cells else [r for r in rows if r not in kinds.totals]
            outs = R.share_of_total(table, j, v, use, total_lo=lo, total_hi=hi,
                                    total_val=val, total_text=text, confident=False,
                                    total_cells=cells, group=("TBL03", table.index, j))
            good = sum(1 for o in outs if o.verdict == "pass")
            if outs and (best is None or good > sum(1 for o in best[1] if o.verdict == "pass")):
                best = (v, outs)
    if best is None:
        return []
    v, outs = best
    good = sum(1 for o in outs if o.verdict == "pass")
    if explicit and good >= 2 and good * 3 >= 2 * len(outs):
        for o in outs:
            if o.verdict == "uncertain":
                o.verdict = "fail"
                o.data()["reason"] = ""
        return outs
    if not explicit and (good < 3 or good * 4 < 3 * len(outs)):
        return []   # an unlabelled percent column that is not value / total: say nothing
    return outs


def _denominators(table: Table, kinds: RowKinds, v: int, sums_to_100: bool
                  ) -> list[tuple[float, float, float, str, list[Cell]]]:
    """The totals a share may be of: the total row's cell, and the sum of a complete breakdown.

    Both are tried, so that a total row with a typo does not make every share look wrong
    (the typo is TBL01's finding).
    """
    t, parts, _ = kinds.total_row()
    out = []
    if t is not None and table.rows[t][v].numeric:
        c = table.rows[t][v]
        out.append((c.lo, c.hi, c.val, c.text, [c]))
    if kinds.others or sums_to_100:
        cells = [table.rows[r][v] for r in (parts if t is not None else kinds.parts())
                 if table.rows[r][v].numeric]
        if len(cells) >= 2:
            d = max(R.decimals(c) for c in cells)
            val = sum(c.val for c in cells)
            out.append((sum(c.lo for c in cells), sum(c.hi for c in cells), val,
                        f"the column's sum {R.fmt(val, d)}", []))
    return out


def _changes(table: Table, kinds: RowKinds, j: int, candidates: list[int]) -> list[R.Outcome]:
    """Find the two columns a change column compares, then check each row."""
    cols = table.columns
    ccol = cols[j]
    from checks.tables.cells import header_years

    named = header_years(ccol.name)
    pool = [k for k in candidates if k != j and cols[k].role in ("value", "percent", "share")]
    pair, confident = None, False
    if len(named) >= 2:
        by_year = {cols[k].year: k for k in pool if cols[k].year is not None}
        if named[0] in by_year and named[-1] in by_year:
            pair, confident = (by_year[named[0]], by_year[named[-1]]), True
    if pair is None and len(named) >= 2:
        # the header names the years it compares and the table lacks one of them: the
        # change is against a column not shown ("% change 2011-12" beside 2012 and 2013)
        return []
    if pair is None:
        years = {k: y for k in pool if (y := cols[k].year) is not None}
        yearly = sorted((k for k in years if k < j), key=lambda k: years[k])
        if len(named) == 1:
            base = [k for k in pool if cols[k].year == named[0]]
            later = [k for k in yearly if years[k] > named[0]]
            if base and later:
                pair, confident = (base[0], later[-1]), len(later) == 1
        if pair is None and len(yearly) >= 2:
            pair, confident = (yearly[-2], yearly[-1]), len(yearly) == 2
    if pair is None:
        left = [k for k in pool if k < j]
        same = [k for k in left if cols[k].unit == (cols[left[-1]].unit if left else None)]
        if len(same) >= 2:
            pair, confident = (same[-2], same[-1]), len(same) == 2
    if pair is None:
        return []
    a, b = pair
    percents = cols[a].unit == "percent" or cols[a].role in ("percent", "share")
    if ccol.unit == "percentage_point" or "pp" in ccol.words:
        mode = "difference"
    elif ccol.unit == "percent":
        mode = "either" if percents else "relative"
    elif percents:
        mode = "either"
    else:
        mode = "difference"
    rows = [r for r in range(len(table.rows)) if r not in kinds.section]
    outs = R.change_between(table, j, a, b, rows, mode=mode, confident=confident,
                            group=("TBL04", table.index, j))
    return _most_rows_agree(outs, named_pair=confident and len(named) >= 2)


def _most_rows_agree(outs: list[R.Outcome], named_pair: bool) -> list[R.Outcome]:
    """A change column that disagrees with its pair on most rows is not that relation.

    A column in another currency or against another base breaks every row, while a typo
    breaks one: with fewer than half of three or more rows agreeing, the pairing is wrong,
    not the rows. A pairing the header names exactly (both years present) keeps its rows
    as uncertain; a guessed one says nothing (the inferred relations may still explain it).
    """
    if len(outs) < 3:
        return outs
    good = sum(1 for o in outs if o.verdict == "pass")
    if 2 * good >= len(outs):
        return outs
    if not named_pair:
        return []
    for o in outs:
        if o.verdict == "fail":
            o.verdict = "uncertain"
            o.data()["reason"] = (f"; only {good} of {len(outs)} rows agree with these "
                                  "columns, so the column may be in other units or "
                                  "against another base")
    return outs


def _inferred(table: Table, kinds: RowKinds, found: list[R.Outcome]) -> list[R.Outcome]:
    """Relations of columns no header-driven check explained, inferred from the data."""
    from checks.tables.infer import infer_relations, relation_outcomes

    explained, sets, seen = set(), set(), set()
    for o in found:
        if not (o.rule in ("TBL03", "TBL04") or o.group[:1] == ("TBL01c",)):
            continue
        if o.group in seen:   # one row tells which columns the relation ties
            continue
        seen.add(o.group)
        if o.col is not None:   # (always set here; None would match no target column)
            explained.add(o.col)
        if o.row is not None:
            row = table.rows[o.row]
            ids = {id(c) for c in o.inputs}
            sets.add(frozenset(j for j, c in enumerate(row) if id(c) in ids))
    rows = [r for r in range(len(table.rows)) if r not in kinds.section]
    out: list[R.Outcome] = []
    for rel in infer_relations(table, rows, frozenset(explained), frozenset(kinds.totals)):
        # "2024 = 2023 + Diff" is the header's "Diff = 2024 - 2023" said again
        if frozenset((rel.target,) + rel.inputs) in sets:
            continue
        out += relation_outcomes(table, rel)
    return out


def _order(table: Table, kinds: RowKinds, value_cols: list[int]) -> list[R.Outcome]:
    """Ranked tables must be in order; a nearly sorted column with one row out is uncertain."""
    cols = table.columns
    if not value_cols:
        return []
    v = value_cols[0]
    rank_cols = [j for j, c in enumerate(cols) if c.role == "rank"]
    skip = set(kinds.totals) | set(kinds.others) | set(kinds.subs) | set(kinds.section)
    if rank_cols:
        k = rank_cols[0]
        ranked = [(table.rows[r][k].val, r) for r in range(len(table.rows))
                  if r not in skip and table.rows[r][k].numeric]
        if len(ranked) < 2:
            return []
        rows = [r for _, r in sorted(ranked)]
        outs = R.order(table, v, rows, descending=True, confident=True,
                       group=("TBL05", table.index, v))
        for o in outs:
            if o.verdict != "pass":
                # the ranks put the rows in this order: they are inputs as much as the values
                o.inputs += [table.rows[r][k] for r in (o.row, _row_of(table, v, o.inputs[1]))
                             if r is not None]
        return outs
    rows = [r for r in range(len(table.rows)) if r not in skip and table.rows[r][v].numeric]
    if len(rows) < 4:
        return []
    vals = [table.rows[r][v].val for r in rows]
    if all(a >= b for a, b in zip(vals, vals[1:])):
        return []
    # one row displaced in an otherwise descending list: likely a ranking with a slip.
    # One displaced row makes at most two adjacent rises, and removing one of the rows
    # around them restores the order; anything else is not a ranking (and stays O(n)).
    rises = [i for i in range(len(vals) - 1) if vals[i] < vals[i + 1]]
    if len(rises) > 2:
        return []
    for i in sorted({k for r in rises for k in (r, r + 1)}):
        rest = vals[:i] + vals[i + 1:]
        if all(a >= b for a, b in zip(rest, rest[1:])) and rest[0] > rest[-1]:
            outs = R.order(table, v, rows, descending=True, confident=False,
                           group=("TBL05", table.index, v))
            return [o for o in outs if o.verdict != "pass"]
    return []


def _row_of(table: Table, j: int, cell: Cell) -> int | None:
    """The body row whose cell in column ``j`` is ``cell``."""
    return next((r for r, row in enumerate(table.rows) if row[j] is cell), None)


def problem_cells(table: Table) -> list[tuple[str, Cell | None]]:
    """Reading problems of a table: spans, ragged rows, cells with several numbers."""
    out = list(table.problems)
    seen = {id(c) for _, c in out if c is not None}
    for row in table.rows:
        for c in row:
            if c.problem and id(c) not in seen and c.problem.startswith(("several", "text",
                                                                          "unit")):
                out.append((c.problem, c))
                seen.add(id(c))
    return out
