"""Every rule case of tests/rule_cases/*.yml, one test each, ids ``<CODE>_<case>``.

``pytest -k PCT01`` runs one rule's cases. A case for a rule that does not exist yet is
skipped with the reason; a case marked ``xfail`` names the bug that keeps it from holding.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from checks.errors import ConfigError
from checks.testing import assert_case, load_cases

CASE_DIR = Path(__file__).parent / "rule_cases"
CASES = load_cases(CASE_DIR)


def _builtin_rules():
    from checks.rules import load_rule_packs

    try:
        return load_rule_packs(), None
    except ConfigError as exc:
        return None, str(exc)


RULES, RULES_ERROR = _builtin_rules()


def _defined_in_case(case) -> bool:
    return any(isinstance(r, dict) and case.rule in (r.get("code"), r.get("name"))
               for r in case.config.get("rules") or ())


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case):
    """The case's expected claims are found with their verdicts, and no unexpected fail."""
    if RULES is None:
        pytest.fail(f"the built-in rule packs do not load: {RULES_ERROR}")
    if RULES.get(case.rule) is None and not _defined_in_case(case):
        pytest.skip(f"rule {case.rule} does not exist yet")
    if case.xfail:
        try:
            assert_case(case)
        except AssertionError as exc:
            pytest.xfail(f"{case.xfail}\n{exc}")
        warnings.warn(f"rule case {case.id} passes now: remove its xfail marker "
                      f"({case.source}:{case.line})", stacklevel=1)
        return
    assert_case(case)


def test_case_ids_are_unique():
    """Two cases with one id would hide each other under ``-k``."""
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
