"""Every table rule case of tests/table_cases/*.yml, one test each, ids ``<CODE>_<case>``.

The cases use the rule-case format of checks.testing (STYLE.md rules 6-7); they live apart
from tests/rule_cases because the prose rule meta-tests expect every case there to name a
prose rule. ``pytest -k TBL01`` runs one rule's cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.tables.claims import builtin_rules
from checks.testing import assert_case, load_cases

CASES = load_cases(Path(__file__).parent / "table_cases")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_table_case(case):
    """The case's expected claims are found with their verdicts, and no unexpected fail."""
    assert_case(case)


@pytest.mark.parametrize("code", [c for c in builtin_rules() if c not in ("TBL00", "TBL10")])
def test_rule_has_flag_quiet_and_near_miss_cases(code):
    """Each automatic table rule has a case it must flag and a near-miss it must not."""
    cases = [c for c in CASES if c.rule == code]
    assert any(c.flags for c in cases), f"{code}: no case that must be flagged"
    assert any(c.near_miss and not c.flags for c in cases), f"{code}: no near-miss"
