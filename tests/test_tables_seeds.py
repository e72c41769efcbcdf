"""The table seeds (seeds/tables_*) against their sidecars: expected table claims, no false alarm."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.testing import check_expectations, check_seed, load_sidecar

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SIDECARS = sorted(SEEDS_DIR.glob("tables_*.expected.yml"))


def test_there_are_table_seeds_with_each_kind_of_error():
    """A correct table seed and variants with a total, share, order and prose error."""
    names = {p.name.split(".")[0] for p in SIDECARS}
    assert {"tables_beef_exports", "tables_total_typo", "tables_shares_off",
            "tables_rank_order", "tables_prose_disagrees"} <= names


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[p.name.split(".")[0] for p in SIDECARS])
def test_table_seed(sidecar):
    """Every expected claim is found with its verdict; every fail is expected."""
    seed = load_sidecar(sidecar)
    result = check_seed(seed)
    assert not result.errors, result.errors
    problems = check_expectations(result, seed.claims)
    assert not problems, f"{seed.document}:\n" + "\n".join(problems)


def test_seed_with_errors_has_a_fail_per_variant():
    """Each error variant is flagged by the table rule it was written for."""
    want = {"tables_total_typo": "TBL01", "tables_shares_off": "TBL02",
            "tables_rank_order": "TBL05", "tables_prose_disagrees": "TBL06",
            "tables_beef_2024": "TBL01"}
    for name, rule in want.items():
        seed = load_sidecar(SEEDS_DIR / f"{name}.expected.yml")
        result = check_seed(seed)
        assert any(c.rule == rule and c.verdict == "fail" for c in result.claims), name


def test_correct_seed_has_no_table_fail_or_uncertain():
    """The correct table raises nothing: a false alarm costs more than a miss."""
    seed = load_sidecar(SEEDS_DIR / "tables_beef_exports.expected.yml")
    result = check_seed(seed)
    bad = [c for c in result.claims if c.rule.startswith("TBL") and c.verdict != "pass"]
    assert not bad, [(c.rule, c.verdict, c.message) for c in bad]
