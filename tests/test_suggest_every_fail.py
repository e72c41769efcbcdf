"""A suggested correction on every fail: each failing claim of every rule case and table case
carries a suggestion, and the span it replaces is exactly the text it quotes (so SARIF fixes
and editors can apply it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.suggest import correction
from checks.testing import load_cases, run_case

HERE = Path(__file__).parent
CASES = load_cases(HERE / "rule_cases") + load_cases(HERE / "table_cases")


def _fails():
    out = []
    for case in CASES:
        if case.xfail:
            continue
        try:
            result = run_case(case)
        except Exception:  # noqa: BLE001 - the case tests report their own errors
            continue
        text = result.text if result.text is not None else case.text
        out += [(case.id, c, text) for c in result.claims if c.verdict == "fail"]
    return out


FAILS = _fails()


def test_the_cases_fail_somewhere_in_every_family():
    rules = {c.rule[:3] for _, c, _ in FAILS}
    assert {"PCT", "CHG", "MUL", "DIF", "TOT", "RNK", "ELA", "CNV", "DIR", "THR",
            "TBL"} <= rules, sorted(rules)


@pytest.mark.parametrize("case_id, claim, text", [
    pytest.param(i, c, t, id=f"{i}:{c.rule}") for i, c, t in FAILS])
def test_every_fail_carries_a_suggestion(case_id, claim, text):
    fix = correction(claim)
    assert fix.suggestion is not None, (
        f"{case_id}: {claim.rule} fails with no suggested correction: {claim.message}")
    s = fix.suggestion
    assert s.text and s.text != s.replaces, s
    assert text[s.start:s.end] == s.replaces, (
        f"{case_id}: the suggestion replaces {text[s.start:s.end]!r}, not {s.replaces!r}")
    assert s.words()


@pytest.mark.parametrize("case_id, claim, text", [
    pytest.param(i, c, t, id=f"{i}:{c.rule}") for i, c, t in FAILS])
def test_applying_the_suggestion_clears_the_fail(case_id, claim, text):
    """The suggestion is a correction, not a guess: written into the text, the rule no
    longer fails there."""
    from dataclasses import replace

    case = next(c for c in CASES if c.id == case_id)
    if text != case.text:
        pytest.skip("the document text is not the case text")
    s = correction(claim).suggestion
    fixed = replace(case, text=text[:s.start] + s.text + text[s.end:])
    still = [c for c in run_case(fixed).claims if c.rule == claim.rule and c.verdict == "fail"]
    assert not still, (f"{case_id}: after {s.words()!r} {claim.rule} still fails: "
                       f"{still[0].message}")


@pytest.mark.parametrize("case_id, claim, text", [
    pytest.param(i, c, t, id=f"{i}:{c.rule}") for i, c, t in FAILS
    if c.kind in ("change", "share", "difference", "totals", "conversion", "reading")
    and len(c.inputs) >= 2 and not c.message.startswith("table ")])
def test_inputs_of_a_fail_carry_their_roles(case_id, claim, text):
    """Which input would have to change is solved by role, not by guessing the formula."""
    assert all(i.role for i in claim.inputs), [(i.text, i.role) for i in claim.inputs]
