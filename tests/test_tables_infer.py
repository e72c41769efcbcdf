"""checks/tables/infer.py: hypotheses tested with intervals, the chance guard, pruning."""

from __future__ import annotations

import math
import random

import pytest

from checks.documents import make_document
from checks.tables import extract_tables
from checks.tables.infer import (ALPHA_FAIL, MIN_FAIL_ROWS, binomial_tail, declared_relation,
                                 infer_relations)


def _table(header, rows):
    text = "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
    text += "".join("| " + " | ".join(map(str, r)) + " |\n" for r in rows)
    (t,) = extract_tables(make_document(text, "t.md", "markdown"))
    return t


def _rows(t):
    return list(range(len(t.rows)))


def test_binomial_tail_matches_the_sum():
    """P(X >= h) for a few cases computed by hand."""
    assert binomial_tail(0, 5, 0.3) == 1.0
    assert binomial_tail(5, 5, 0.5) == pytest.approx(1 / 32)
    want = sum(math.comb(10, k) * 0.2 ** k * 0.8 ** (10 - k) for k in range(7, 11))
    assert binomial_tail(7, 10, 0.2) == pytest.approx(want)
    assert binomial_tail(9000, 10000, 0.01) < 1e-300 or binomial_tail(9000, 10000, 0.01) == 0


def test_difference_found_with_its_chance_and_confidence():
    """A - B = C on eight rows: accepted, chance low, confident (a breaking row may fail)."""
    rng = random.Random(4)
    rows = []
    for i in range(8):
        a, b = rng.randint(100, 900), rng.randint(100, 900)
        rows.append([f"r{i}", a, b, a - b])
    t = _table(["Item", "A", "B", "C"], rows)
    (rel,) = infer_relations(t, _rows(t))
    assert (rel.kind, rel.target, rel.inputs) == ("difference", 3, (1, 2))
    assert rel.h == rel.n == 8 and rel.chance < 0.1 and rel.confident
    assert rel.p_value <= ALPHA_FAIL / rel.hypotheses


def test_rounded_cells_hold_within_their_intervals():
    """7.4 beside 60.4 and 56.3: 60.4 / 56.3 - 1 is 7.28%, but rounding allows 7.10-7.47%."""
    rows = [["a", "56.3", "60.4", "7.4"], ["b", "126.2", "139.6", "10.6"],
            ["c", "53.6", "56.1", "4.8"], ["d", "50.0", "51.7", "3.3"],
            ["e", "31.7", "30.9", "-2.8"], ["f", "41.2", "43.9", "6.6"]]
    t = _table(["Item", "X", "Y", "Z"], rows)
    (rel,) = infer_relations(t, _rows(t))
    assert rel.kind == "change" and all(rel.holds)


def test_too_few_rows_is_never_confident():
    """Three of four rows holding is accepted at most as uncertain (MIN_FAIL_ROWS)."""
    t = _table(["Item", "A", "B", "C"], [["a", 10, 4, 6], ["b", 21, 5, 15], ["c", 30, 10, 20],
                                         ["d", 8, 3, 5]])
    rels = infer_relations(t, _rows(t))
    assert rels and not any(r.confident for r in rels) and 4 < MIN_FAIL_ROWS


@pytest.mark.parametrize("seed", range(20))
def test_random_columns_give_no_confident_relation(seed):
    """Unrelated columns of whole numbers: nothing confident, whatever the seed."""
    rng = random.Random(seed)
    n, k = rng.choice([6, 10, 20, 40]), rng.choice([3, 4, 5, 6])
    rows = [[f"r{i}"] + [rng.randint(1, 999) for _ in range(k)] for i in range(n)]
    t = _table(["Item"] + [f"C{j}" for j in range(k)], rows)
    assert not [r for r in infer_relations(t, _rows(t)) if r.confident]


def test_one_relation_per_set_of_columns_with_the_rightmost_derived():
    """'C = A + B' is also 'A = C - B': only the rightmost column is reported as derived."""
    rows = [[f"r{i}", a, b, a + b] for i, (a, b) in
            enumerate([(12, 5), (40, 33), (7, 90), (65, 21), (18, 18), (70, 3)])]
    t = _table(["Item", "A", "B", "C"], rows)
    rels = infer_relations(t, _rows(t))
    assert [(r.kind, r.target) for r in rels] == [("sum", 3)]


def test_declared_relation_checks_every_row_and_rejects_bad_kinds():
    """A schema's relation is confident on any table; unknown kinds and arities are refused."""
    t = _table(["Item", "A", "B", "C"], [["a", 1, 2, 3], ["b", 2, 2, 5]])
    rel = declared_relation(t, "sum", 3, (1, 2), _rows(t))
    assert rel.holds == [True, False] and rel.confident
    with pytest.raises(ValueError, match="unknown relation kind"):
        declared_relation(t, "product", 3, (1, 2), _rows(t))
    with pytest.raises(ValueError, match="takes 1 input"):
        declared_relation(t, "rank_desc", 3, (1, 2), _rows(t))


def test_header_naming_another_relation_contradicts_it():
    """A 'Rank' column that happens to be a difference of two columns is not taken for one."""
    from checks.tables.infer import contradicted

    assert contradicted(frozenset({"rank"}), "difference")
    assert not contradicted(frozenset({"rank"}), "rank_desc")
    assert not contradicted(frozenset(), "sum")
    rows = [[f"r{i}", a, b, a - b] for i, (a, b) in
            enumerate([(12, 5), (40, 33), (97, 90), (65, 61), (18, 16), (70, 63)])]
    t = _table(["Item", "A", "B", "Rank"], rows)
    assert not [r for r in infer_relations(t, _rows(t)) if r.target == 3]
