"""Relations between a table's columns inferred from its numbers, with a guard against chance.

For every numeric column (the *target*) the hypotheses are: the sum of two other columns, the
difference of two, a ratio of two (plain or × 100), the percent change from one to another,
the rank of another column (descending or ascending), the elapsed span between two year
columns, and a running total of another column. Each hypothesis is tested on every row where
its cells are numbers, with every cell the interval its printed precision allows
(SEMANTICS.md): a row *holds* when the computed interval meets the stated cell's.

Accepting a hypothesis (the chance guard):

* it must hold on at least ``MIN_HOLD`` rows and on at least ``MOST`` (three quarters) of
  the rows it can be tested on;
* its chance rate ``p0`` is measured on the same table: the target column is shifted
  against its inputs by several offsets (a permutation that keeps both columns' values) and
  ``p0 = (hits + 1) / (trials + 2)``. The binomial tail ``P(X >= holds | n, p0)`` must be at
  most ``ALPHA / H``, where ``H`` is the number of hypotheses tried for that target column
  (Bonferroni), or ``ALPHA`` alone when the header names the relation ("Total", "Change",
  "Share", "Rank", "Diff" ...).

A header that names another family of relation ("Rank" over what is a difference, "Share"
over a sum) contradicts a hypothesis, which is then not tried. An accepted relation reports
every row: holding rows pass, breaking rows *fail* when the
relation is confident (``n >= MIN_FAIL_ROWS`` and the tail is under ``ALPHA_FAIL / H``),
else uncertain. A small table therefore gives uncertain, never fail, for what is only a
pattern in its numbers.

Also inferred: an unlabelled last row that is the sum of the rows above it in most additive
columns (a total row without the word "Total").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from checks.tables import relations as R
from checks.tables.model import Cell, Table

if TYPE_CHECKING:
    from numpy.typing import NDArray

    #: a column (or row mask) as a numpy array; numpy is imported only where it is used
    _Array = NDArray[Any]

#: rows a relation must hold on before it is accepted at all
MIN_HOLD = 3
#: fraction of the testable rows a relation must hold on ("most rows")
MOST = 0.75
#: rows a relation must be tested on before a breaking row may fail
MIN_FAIL_ROWS = 5
#: tail probability (after Bonferroni) under which a relation is accepted / may fail
ALPHA = 0.05
ALPHA_FAIL = 0.001
#: shifts of the target column used to measure how often a relation holds by chance
SHIFTS = 8
#: more numeric columns than this are not searched (the hypotheses grow as the cube)
MAX_COLUMNS = 12
#: longest table searched for an unlabelled total row
TOTAL_ROW_MAX = 2000
#: a table longer than twice this is screened on its first rows: a hypothesis that fails
#: there on clearly more than a quarter of the rows is not tested on the rest
SCREEN = 200

KINDS = ("sum", "difference", "ratio", "percent_ratio", "change", "rank_desc", "rank_asc",
         "span", "running_total", "share_of_total")
#: header words that name each kind (they raise confidence, they are not required)
_NAMED = {"share_of_total": {"share"}, "sum": {"total"}, "difference": {"change", "pp"}, "change": {"change"},
          "ratio": {"share", "nonadditive"}, "percent_ratio": {"share", "nonadditive"},
          "rank_desc": {"rank"}, "rank_asc": {"rank"}, "span": {"change"},
          "running_total": {"total"}}
#: header words that name a family of relations: any other kind is contradicted by them
_FAMILIES = {"rank": {"rank_desc", "rank_asc"},
             "share": {"share_of_total", "percent_ratio", "ratio"},
             "change": {"difference", "change", "span"},
             "total": {"sum", "running_total"}}


def contradicted(words: frozenset[str], kind: str) -> bool:
    """True when the header names a relation of another family ("Rank" but a difference)."""
    named = [fam for w, fam in _FAMILIES.items() if w in words]
    return bool(named) and not any(kind in fam for fam in named)


#: the rule each kind reports under
RULE = "TBL07"


@dataclass
class Relation:
    """One accepted hypothesis: target column = f(input columns) on most rows."""

    kind: str
    target: int
    inputs: tuple[int, ...]
    rows: list[int]
    holds: list[bool]
    chance: float
    p_value: float
    hypotheses: int
    named: bool
    #: per tested row: (low, high, value) of the computed interval
    computed: list[tuple[float, float, float]] = field(default_factory=list)
    #: every row the table was searched on (a running total steps through these)
    base_rows: list[int] = field(default_factory=list)
    #: stated in a schema rather than inferred: breaking rows always fail
    declared: bool = False

    @property
    def n(self) -> int:
        """Rows the relation was tested on."""
        return len(self.rows)

    @property
    def h(self) -> int:
        """Rows it holds on."""
        return sum(self.holds)

    @property
    def confident(self) -> bool:
        """True when a breaking row may fail: enough rows and a clear margin over chance."""
        if self.declared:
            return True
        bound = ALPHA_FAIL if self.named else ALPHA_FAIL / max(1, self.hypotheses)
        rows = MIN_FAIL_ROWS - 1 if self.named else MIN_FAIL_ROWS
        return self.n >= rows and self.p_value <= bound

    def formula(self, table: Table) -> str:
        """The relation in column names: "'Total' = 'A' + 'B'"."""
        names = [repr(table.columns[j].name) for j in (self.target,) + self.inputs]
        t, a = names[0], names[1]
        b = names[2] if len(names) > 2 else ""
        return {"sum": f"{t} = {a} + {b}", "difference": f"{t} = {a} − {b}",
                "ratio": f"{t} = {a} / {b}", "percent_ratio": f"{t} = 100 × {a} / {b}",
                "change": f"{t} = 100 × ({b} / {a} − 1)",
                "rank_desc": f"{t} = rank of {a} (largest first)",
                "rank_asc": f"{t} = rank of {a} (smallest first)",
                "span": f"{t} = {b} − {a} (years)",
                "running_total": f"{t} = running total of {a}",
                "share_of_total": f"{t} = 100 × {a} / its total"}[self.kind]

    def spec(self, table: Table) -> dict[str, Any]:
        """The relation as the statistics of the ``inferred_relation`` pandera check."""
        return {"kind": self.kind, "target": table.columns[self.target].name,
                "inputs": [table.columns[j].name for j in self.inputs]}


# -- column arrays ------------------------------------------------------------------------


class _Cols:
    """Per column numpy arrays of low, high and value (NaN where the cell is not a number)."""

    def __init__(self, table: Table, rows: list[int], totals: frozenset[int] = frozenset()):
        import numpy as np

        self.np = np
        self.rows = rows
        #: positions (in ``rows``) of total rows: the denominator of a share, not a part
        self.total_at = [i for i, r in enumerate(rows) if r in totals]
        nan = math.nan
        body = [table.rows[r] for r in rows]
        lo: list[list[float]] = []
        hi: list[list[float]] = []
        val: list[list[float]] = []
        for j, col in enumerate(table.columns):
            if j == table.label_col or col.role == "text":
                lo.append([nan] * len(body))
                hi.append(lo[-1])
                val.append(lo[-1])
                continue
            cells = [row[j] for row in body]
            usable = [c.value is not None and not c.problem and c.low is not None
                      and c.high is not None and -math.inf < c.low and c.high < math.inf
                      for c in cells]
            lo.append([c.lo if u else nan for c, u in zip(cells, usable)])
            hi.append([c.hi if u else nan for c, u in zip(cells, usable)])
            val.append([c.val if u else nan for c, u in zip(cells, usable)])
        shape = (len(table.columns), len(rows))
        self.lo = np.array(lo, dtype=float).reshape(shape)
        self.hi = np.array(hi, dtype=float).reshape(shape)
        self.val = np.array(val, dtype=float).reshape(shape)
        self.ok = ~np.isnan(self.val)


def _numeric_columns(table: Table, cols: _Cols) -> list[int]:
    np = cols.np
    out = []
    for j, col in enumerate(table.columns):
        if j == table.label_col:
            continue
        filled = int(cols.ok[j].sum())
        if filled < MIN_HOLD:
            continue
        # a column of two or fewer distinct values says nothing by matching
        if len(np.unique(cols.val[j][cols.ok[j]])) <= 2:
            continue
        out.append(j)
    return out


def _year_column(table: Table, j: int) -> bool:
    cells = [row[j] for row in table.rows if row[j].value is not None]
    return len(cells) >= MIN_HOLD and all(c.kind == "year" for c in cells)


def _additive(table: Table, j: int) -> bool:
    col = table.columns[j]
    return col.unit != "percent" and "nonadditive" not in col.words


def _compatible(table: Table, a: int, b: int) -> bool:
    """Columns whose values can be added or subtracted: same unit (or none) and scale."""
    ca, cb = table.columns[a], table.columns[b]
    units = {ca.unit, cb.unit} - {""}
    return ca.scale == cb.scale and (len(units) <= 1 or units <= {"percent",
                                                                  "percentage_point"})


# -- interval arithmetic, vectorised --------------------------------------------------------


def _interval(kind: str, cols: _Cols, ins: tuple[int, ...], scale: tuple[float, ...]
              ) -> tuple[_Array, _Array, _Array]:
    """(low, high, value) arrays of the computed interval; NaN where it cannot be computed."""
    np = cols.np
    a_lo, a_hi, a_v = cols.lo[ins[0]], cols.hi[ins[0]], cols.val[ins[0]]
    if kind in ("sum", "difference", "span"):
        b_lo, b_hi, b_v = cols.lo[ins[1]], cols.hi[ins[1]], cols.val[ins[1]]
        if kind == "sum":
            return a_lo + b_lo, a_hi + b_hi, a_v + b_v
        if kind == "span":   # later year minus earlier year
            return b_lo - a_hi, b_hi - a_lo, b_v - a_v
        return a_lo - b_hi, a_hi - b_lo, a_v - b_v
    if kind in ("ratio", "percent_ratio", "change"):
        # ratio and percent_ratio: a / b; change: b / a - 1
        num, den = (ins[1], ins[0]) if kind == "change" else (ins[0], ins[1])
        f = scale[ins.index(num)] / scale[ins.index(den)] if scale else 1.0
        n_lo, n_hi, n_v = cols.lo[num] * f, cols.hi[num] * f, cols.val[num] * f
        d_lo, d_hi, d_v = cols.lo[den], cols.hi[den], cols.val[den]
        with np.errstate(divide="ignore", invalid="ignore"):
            c = np.stack([n_lo / d_lo, n_lo / d_hi, n_hi / d_lo, n_hi / d_hi])
            lo, hi, v = c.min(axis=0), c.max(axis=0), n_v / d_v
        bad = (d_lo <= 0) & (d_hi >= 0)
        if kind == "change":
            bad |= d_lo <= 0
            lo, hi, v = (lo - 1) * 100, (hi - 1) * 100, (v - 1) * 100
        elif kind == "percent_ratio":
            lo, hi, v = lo * 100, hi * 100, v * 100
        lo, hi, v = lo.copy(), hi.copy(), v.copy()
        lo[bad] = np.nan
        hi[bad] = np.nan
        v[bad] = np.nan
        return lo, hi, v
    if kind == "share_of_total":
        # 100 × value / total: the one total row's cell, else the sum of the other rows
        parts = np.ones(a_v.shape, dtype=bool)
        parts[cols.total_at] = False
        ok = cols.ok[ins[0]] & parts
        if len(cols.total_at) == 1 and cols.ok[ins[0]][cols.total_at[0]]:
            t = cols.total_at[0]
            d_lo, d_hi = a_lo[t], a_hi[t]
        else:
            d_lo, d_hi = float(a_lo[ok].sum()), float(a_hi[ok].sum())
        lo, hi, v = (np.full(a_v.shape, np.nan) for _ in range(3))
        if d_lo > 0:
            with np.errstate(invalid="ignore"):
                lo[ok] = 100 * np.minimum(a_lo[ok] / d_lo, a_lo[ok] / d_hi)
                hi[ok] = 100 * np.maximum(a_hi[ok] / d_lo, a_hi[ok] / d_hi)
                v[ok] = 100 * a_v[ok] / ((d_lo + d_hi) / 2)
        return lo, hi, v
    if kind in ("rank_desc", "rank_asc"):
        ok = cols.ok[ins[0]]
        lo, hi, v = (np.full(a_v.shape, np.nan) for _ in range(3))
        idx = np.nonzero(ok)[0]
        if not len(idx):
            return lo, hi, v
        los, his = np.sort(a_lo[idx]), np.sort(a_hi[idx])
        m = len(idx)
        if kind == "rank_desc":
            # rank 1 + rows surely above; at most the rows that may be at or above
            above_sure = m - np.searchsorted(los, a_hi[idx], side="right")
            maybe = m - np.searchsorted(his, a_lo[idx], side="left")
        else:
            above_sure = np.searchsorted(his, a_lo[idx], side="left")
            maybe = np.searchsorted(los, a_hi[idx], side="right")
        lo[idx], hi[idx] = above_sure + 1.0, maybe.astype(float)
        order = np.argsort(-a_v[idx] if kind == "rank_desc" else a_v[idx], kind="stable")
        ranks = np.empty(m)
        ranks[order] = np.arange(1, m + 1)
        v[idx] = ranks
        return lo, hi, v
    raise ValueError(kind)


def _running(cols: _Cols, target: int, a: int, back: int = 1
             ) -> tuple[_Array, ...]:
    """Running total: target[i] = target[i-back] + a[i-back+1] + ... + a[i] (row 0: a[0])."""
    np = cols.np
    t_lo, t_hi, t_v = cols.lo[target], cols.hi[target], cols.val[target]
    a_lo, a_hi, a_v = cols.lo[a], cols.hi[a], cols.val[a]
    m = len(t_v)

    def shifted(x: _Array, k: int, fill: float) -> _Array:
        # (``cols.np`` is the numpy module as an attribute: its functions read as Any)
        joined: _Array = np.concatenate([np.full(min(k, m), fill), x[:max(0, m - k)]])
        return joined

    out = []
    for t, s in ((t_lo, a_lo), (t_hi, a_hi), (t_v, a_v)):
        # before the first row the running total is 0 (and there is no row before that)
        acc = shifted(t, back, np.nan)
        if back == 1 and m:
            acc[0] = 0.0
        for k in range(back):
            acc = acc + shifted(s, k, np.nan)
        out.append(acc)
    return tuple(out)


def _meets(cols: _Cols, target: int, lo: _Array, hi: _Array, shift: int = 0) -> _Array:
    """Boolean array: the target cell's interval meets the computed one (NaN: not testable)."""
    np = cols.np
    t_lo, t_hi = cols.lo[target], cols.hi[target]
    if shift:
        t_lo, t_hi = np.roll(t_lo, shift), np.roll(t_hi, shift)
    slack = 1e-9 * np.maximum(1.0, np.maximum(np.abs(t_lo), np.abs(t_hi)))
    with np.errstate(invalid="ignore"):
        meets: _Array = (t_lo <= hi + slack) & (lo <= t_hi + slack)
        return meets


def binomial_tail(h: int, n: int, p: float) -> float:
    """P(X >= h) for X ~ Binomial(n, p), summed in log space."""
    if h <= 0:
        return 1.0
    if p <= 0:
        return 0.0
    if p >= 1:
        return 1.0
    lp, lq = math.log(p), math.log1p(-p)
    lg = math.lgamma
    total = 0.0
    base = lg(n + 1)
    for k in range(h, n + 1):
        term = math.exp(base - lg(k + 1) - lg(n - k + 1) + k * lp + (n - k) * lq)
        total += term
        if term < 1e-300 and k > n * p:
            break
    return min(1.0, total)


# -- the search -----------------------------------------------------------------------------


def _test(cols: _Cols, kind: str, target: int, ins: tuple[int, ...], scale: tuple[float, ...]
          ) -> tuple[_Array, _Array, _Array, _Array, _Array]:
    """Test one hypothesis on every row: computed (low, high, value), testable and holds masks."""
    np = cols.np
    if kind == "running_total":
        lo, hi, v = _running(cols, target, ins[0])
        # a wrong cell also breaks the row after it (computed from the wrong cell):
        # that row is judged from two rows up plus both steps instead
        lo2, hi2, v2 = _running(cols, target, ins[0], back=2)
        alt = ~_meets(cols, target, lo, hi) & _meets(cols, target, lo2, hi2)
        lo, hi, v = np.where(alt, lo2, lo), np.where(alt, hi2, hi), np.where(alt, v2, v)
    else:
        sc = tuple(scale[j] for j in ins) if kind in ("ratio", "percent_ratio",
                                                       "change") else ()
        lo, hi, v = _interval(kind, cols, ins, sc)
    testable = cols.ok[target] & ~np.isnan(lo) & ~np.isnan(hi)
    meets = _meets(cols, target, lo, hi) & testable
    return lo, hi, v, testable, meets


def declared_relation(table: Table, kind: str, target: int, inputs: tuple[int, ...],
                      rows: list[int], totals: frozenset[int] = frozenset()) -> Relation:
    """A relation a schema declares: tested on every row, confident without the chance guard."""
    if kind not in KINDS:
        raise ValueError(f"unknown relation kind {kind!r} (one of {', '.join(KINDS)})")
    need = 1 if kind in ("rank_desc", "rank_asc", "running_total", "share_of_total") else 2
    if len(inputs) != need:
        raise ValueError(f"relation {kind!r} takes {need} input column(s), not {len(inputs)}")
    cols = _Cols(table, rows, totals)
    np = cols.np
    scale = tuple(c.scale for c in table.columns)
    lo, hi, v, testable, meets = _test(cols, kind, target, tuple(inputs), scale)
    idx = np.nonzero(testable)[0]
    return Relation(kind, target, tuple(inputs), [rows[i] for i in idx],
                    [bool(x) for x in meets[idx]], 0.0, 0.0, 1, True,
                    list(zip(lo[idx].tolist(), hi[idx].tolist(), v[idx].tolist())), rows,
                    declared=True)


def _hypotheses(table: Table, numeric: list[int], target: int, years: set[int]
                ) -> list[tuple[str, tuple[int, ...]]]:
    """Every (kind, inputs) worth testing for one target column."""
    cols = table.columns
    others = [j for j in numeric if j != target]
    tcol = cols[target]
    t_percent = tcol.unit in ("percent", "") or tcol.role in ("percent", "share", "change")
    out: list[tuple[str, tuple[int, ...]]] = []
    for i, a in enumerate(others):
        if target not in years and a not in years:
            if _compatible(table, target, a) and _additive(table, a):
                out.append(("running_total", (a,)))
            out.append(("rank_desc", (a,)))
            out.append(("rank_asc", (a,)))
            if t_percent and _additive(table, a):
                out.append(("share_of_total", (a,)))
        for b in others:
            if a == b:
                continue
            if a in years or b in years or target in years:
                if a in years and b in years and target not in years and a < b:
                    out.append(("span", (a, b)))
                continue
            same = _compatible(table, a, b) and _compatible(table, target, a)
            if same and a < b:
                out.append(("sum", (a, b)))
            if same:
                out.append(("difference", (a, b)))
            if _compatible(table, a, b):
                if t_percent:
                    out.append(("change", (a, b)))
                    out.append(("percent_ratio", (a, b)))
            out.append(("ratio", (a, b)))
    return out


def _rank_target(cols: _Cols, target: int) -> bool:
    np = cols.np
    v = cols.val[target][cols.ok[target]]
    # most cells are whole numbers from 1 to the number of rows (one may be a typo)
    fit = (v == np.round(v)) & (v >= 1) & (v <= len(cols.rows))
    # and mostly distinct: ranks tie only now and then
    return bool(len(v)) and MOST * len(v) <= int(fit.sum()) and \
        MOST * len(v) <= len(np.unique(v))


def infer_relations(table: Table, rows: list[int], skip_targets: frozenset[int] = frozenset(),
                    totals: frozenset[int] = frozenset()) -> list[Relation]:
    """The accepted relations of a table's columns, at most one per target column.

    ``totals`` are the table's total rows (by label): a share's denominator, not a part.
    """
    if len(rows) < MIN_HOLD:
        return []
    cols = _Cols(table, rows, totals)
    np = cols.np
    numeric = _numeric_columns(table, cols)
    if len(numeric) < 2 or len(numeric) > MAX_COLUMNS:
        return []
    years = {j for j in numeric if _year_column(table, j)}
    scale = tuple(c.scale for c in table.columns)
    screen = _Cols(table, rows[:SCREEN], totals) if len(rows) > 2 * SCREEN else None
    found: list[Relation] = []
    for target in numeric:
        if target in skip_targets or target in years:
            continue
        hyps = [h for h in _hypotheses(table, numeric, target, years)
                if not contradicted(table.columns[target].words, h[0])]
        if not _rank_target(cols, target):
            hyps = [h for h in hyps if not h[0].startswith("rank")]
        H = max(1, len(hyps))
        words = table.columns[target].words
        best: Relation | None = None
        for kind, ins in hyps:
            if screen is not None and not kind.startswith("rank"):
                # a long table: reject on its first rows before testing every row
                _, _, _, t_s, m_s = _test(screen, kind, target, ins, scale)
                n_s = int(t_s.sum())
                if n_s >= MIN_HOLD and int(m_s.sum()) < (MOST - 0.15) * n_s:
                    continue
            lo, hi, v, testable, meets = _test(cols, kind, target, ins, scale)
            n = int(testable.sum())
            if n < MIN_HOLD:
                continue
            h = int(meets.sum())
            if h < MIN_HOLD or h < MOST * n:
                continue
            if best is not None and h <= best.h:
                continue
            # chance: the same relation with the target column shifted against its inputs
            idx = np.nonzero(testable)[0]
            t_lo, t_hi = cols.lo[target][idx], cols.hi[target][idx]
            c_lo, c_hi = lo[idx], hi[idx]
            hits = trials = 0
            for s in sorted({1 + (k * (n - 1)) // SHIFTS for k in range(SHIFTS)}):
                if s >= n:
                    continue
                s_lo, s_hi = np.roll(t_lo, s), np.roll(t_hi, s)
                slack = 1e-9 * np.maximum(1.0, np.maximum(np.abs(s_lo), np.abs(s_hi)))
                hits += int(((s_lo <= c_hi + slack) & (c_lo <= s_hi + slack)).sum())
                trials += n
            p0 = (hits + 1) / (trials + 2)
            named = bool(words & _NAMED.get(kind, set()))
            p = binomial_tail(h, n, p0)
            if p > (ALPHA if named else ALPHA / H):
                continue
            tested = [rows[i] for i in idx]
            best = Relation(kind, target, ins, tested, [bool(x) for x in meets[idx]], p0, p,
                            H, named, list(zip(lo[idx].tolist(), hi[idx].tolist(),
                                               v[idx].tolist())), rows)
        if best is not None:
            found.append(best)
    return _prune(found)


def _prune(found: list[Relation]) -> list[Relation]:
    """One relation per set of columns: "C = A + B" and "A = C − B" are the same fact.

    The one kept holds on the most rows, then has its target furthest right (a derived
    column comes after the columns it is derived from).
    """
    found.sort(key=lambda r: (-r.h / r.n, -r.target, r.p_value))
    kept: list[Relation] = []
    used: set[frozenset[int]] = set()
    for r in found:
        s = frozenset((r.target,) + r.inputs)
        if s in used:
            continue
        used.add(s)
        kept.append(r)
    return sorted(kept, key=lambda r: r.target)


# -- outcomes -------------------------------------------------------------------------------


def relation_outcomes(table: Table, rel: Relation) -> list[R.Outcome]:
    """Every tested row of an accepted relation: pass where it holds, fail/uncertain where not."""
    out: list[R.Outcome] = []
    formula = rel.formula(table)
    d_t = max([R.decimals(table.rows[r][rel.target]) for r in rel.rows] or [0])
    reason = ("" if rel.confident or rel.declared else
              f"; the relation holds on only {rel.h} of {rel.n} rows of a small table, "
              "which could be chance")
    for r, ok, (lo, hi, v) in zip(rel.rows, rel.holds, rel.computed):
        cell = table.rows[r][rel.target]
        ins = [table.rows[r][j] for j in rel.inputs]
        if rel.kind == "running_total" and rel.base_rows and r != rel.base_rows[0]:
            k = rel.base_rows.index(r)
            prev = table.rows[rel.base_rows[k - 1]][rel.target]
            if R.overlaps(prev.lo + ins[0].lo, prev.hi + ins[0].hi, lo, hi) or k < 2:
                ins = [prev] + ins
            else:   # judged from two rows up (the row above is wrong)
                ins = [table.rows[rel.base_rows[k - 2]][rel.target],
                       table.rows[rel.base_rows[k - 1]][rel.inputs[0]]] + ins
        d = max(d_t, 1 if rel.kind in ("change", "percent_ratio", "ratio") else 0)

        def make(r: int = r, cell: Cell = cell, ins: list[Cell] = ins, lo: float = lo,
                 hi: float = hi, v: float = v, d: int = d) -> dict[str, Any]:
            return {"label": table.row_label(r), "stated": cell.text,
                    "column": table.columns[rel.target].name, "relation": formula,
                    "operands": ", ".join(c.text for c in ins), "computed": R.fmt(v, d),
                    "range": R.computed_range(lo, hi, d + 1),
                    "allowed": f"{R.fmt(cell.lo, d + 1)}–{R.fmt(cell.hi, d + 1)}",
                    "holds": rel.h,
                    "n": rel.n, "reason": reason if not ok else ""}

        o = R.Outcome(RULE, "pass", cell, table, None, [cell] + ins, v, lo, hi,
                      group=(RULE, table.index, rel.target), row=r, col=rel.target,
                      make=make, spec=rel.spec(table))
        if not ok:
            o.verdict = "fail" if rel.confident else "uncertain"
        out.append(o)
    return out


def total_row_outcomes(table: Table, rows: list[int]) -> list[R.Outcome]:
    """An unlabelled last row that is the sum of the rows above it in most additive columns.

    Only for tables of up to ``TOTAL_ROW_MAX`` rows: a long listing with an unlabelled total
    is rare, and summing every column of it for nothing is not.
    """
    if len(rows) < 4 or len(rows) > TOTAL_ROW_MAX:
        return []
    last, parts = rows[-1], rows[:-1]
    cols = [j for j, c in enumerate(table.columns) if j != table.label_col
            and c.role in ("value",) and _additive(table, j)]
    results: list[tuple[int, bool]] = []
    for j in cols:
        total = table.rows[last][j]
        cells = [table.rows[r][j] for r in parts]
        if not total.numeric or not all(c.numeric for c in cells):
            continue
        lo, hi = sum(c.lo for c in cells), sum(c.hi for c in cells)
        results.append((j, R.overlaps(lo, hi, total.lo, total.hi)))
    good = sum(ok for _, ok in results)
    if good < 2 or good * 3 < 2 * len(results):
        return []
    out = []
    for j, _ok in results:
        out.append(R.parts_sum(table, table.rows[last][j], [table.rows[r][j] for r in parts],
                               complete=True, confident=good >= 2,
                               label=f"{table.row_label(last)} (a total row by its numbers) "
                                     f"of {table.columns[j].name!r}",
                               group=("TBL01", table.index, j), row=last, col=j))
    for o in out:
        if o.verdict != "pass":
            o.data()["reason"] += ("; the row was taken for a total from its numbers: it is "
                                   f"the sum of the rows above in {good} of {len(results)} "
                                   "columns")
    return out
