""""allowed" has one meaning everywhere: the values the statement allows, from its printed
precision and its hedge (README, "Reading the report"). A tolerance or the range the inputs
give is named otherwise ("tolerance 5%", "64.55–65.05 with rounding", "expected ... (range
...)"). Checked over every claim of every rule case and table case: the claim's allowed
interval, and any "allowed ..." its message prints, holds the stated figure's own reading.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import pytest

from checks.testing import load_cases, run_case

HERE = Path(__file__).parent
CASES = load_cases(HERE / "rule_cases") + load_cases(HERE / "table_cases")
#: table cells are read in their column's scale ("12.2" under "¥ billion")
TABLE_KINDS = ("parts-sum-to-total", "shares-sum-to-100", "share-of-total", "change",
               "order", "prose-agreement", "inferred", "schema", "reading")
_ALLOWED = re.compile(r"\ballowed:?\s+([^;()]*)")


@lru_cache(maxsize=None)
def _values(text: str) -> tuple[float, ...]:
    from checks.extract import extract
    from checks.quantity import ExtractConfig

    try:
        return tuple(q.value for q in extract(text, ExtractConfig()))
    except Exception:  # noqa: BLE001 - a text the scanner cannot read states nothing
        return ()


#: a sign only at the start of a word: "65.5-66.5%" and "1.90–2.10x" are ranges
_NUMBER = re.compile(r"(?:(?<=\s)|^)?([-\u2212](?=\D{0,4}\d))?[^\d\s]{0,4}(\d[\d,]*(?:\.\d+)?)\s*"
                     r"(thousand|million|billion|trillion|crore|lakh)?")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7,
          "lakh": 1e5}


def _numbers(text: str) -> list[float]:
    """The numbers an interval is printed with: "-¥2.15 trillion to -¥2.05 trillion"."""
    out = []
    for m in _NUMBER.finditer(text):
        signed = m.group(1) and (m.start() == 0 or text[m.start() - 1].isspace())
        out.append((-1 if signed else 1) * float(m.group(2).replace(",", ""))
                   * _SCALE.get(m.group(3) or "", 1))
    return out


def _readings(claim) -> list[float]:
    """The values the claim's statement can mean: its own figures (either sign; in a table
    at any power-of-a-thousand scale), 100% for shares said to make one whole, and the
    stated total (role ``total``) of a claim placed at its parts."""
    out = []
    scales = (1, 1e3, 1e6, 1e9, 1e12) if claim.path.endswith((".csv", ".tsv")) or \
        claim.message.startswith("table ") else (1,)
    for v in _values(claim.text):
        out += [s * k * v for s in (1, -1) for k in scales]
    roles = [getattr(i, "role", "") for i in claim.inputs]
    if claim.kind == "shares-sum-to-100" or "rest" in roles:
        out.append(100.0)
    # a claim placed at its parts, its stated total in another sentence
    out += [i.value for i in claim.inputs
            if getattr(i, "role", "") == "total" and i.value is not None]
    return out


def _holds(lo, hi, values) -> bool:
    lo = -math.inf if lo is None else lo
    hi = math.inf if hi is None else hi
    slack = 1e-9 * max(1.0, *(abs(x) for x in (lo, hi) if math.isfinite(x)))
    return any(lo - slack <= v <= hi + slack for v in values)


def _claims():
    out = []
    for case in CASES:
        try:
            result = run_case(case)
        except Exception:  # noqa: BLE001 - the case tests report their own errors
            continue
        out += [(case.id, c) for c in result.claims]
    return out


CLAIMS = _claims()


def test_the_cases_make_claims_with_allowed_intervals():
    assert sum(1 for _, c in CLAIMS if c.allowed_low is not None) > 100


@pytest.mark.parametrize("case_id, claim", [
    pytest.param(i, c, id=f"{i}:{c.rule}:{c.text[:30]}") for i, c in CLAIMS
    if c.allowed_low is not None or c.allowed_high is not None])
def test_allowed_holds_the_stated_figure(case_id, claim):
    """The record's allowed interval is the stated figure's, not a tolerance or a range."""
    values = _readings(claim)
    assert values, f"{case_id}: no stated figure in {claim.text!r}"
    assert _holds(claim.allowed_low, claim.allowed_high, values), (
        f"{case_id} {claim.rule}: allowed [{claim.allowed_low}, {claim.allowed_high}] does not "
        f"hold the stated {claim.text!r} (computed {claim.computed}): that is not what the "
        "statement allows")


@pytest.mark.parametrize("case_id, claim", [
    pytest.param(i, c, id=f"{i}:{c.rule}:{c.text[:30]}") for i, c in CLAIMS
    if "allowed" in c.message])
def test_allowed_in_a_message_is_the_statements_interval(case_id, claim):
    """A message that prints "allowed" prints the statement's interval after it."""
    assert not re.search(r"allowed (?:within|with rounding)", claim.message), claim.message
    for m in _ALLOWED.finditer(claim.message):
        shown = _numbers(m.group(1))
        if not shown:
            continue
        lo, hi = min(shown), max(shown)
        if m.group(1).lstrip().startswith("above"):
            hi = math.inf
        if m.group(1).lstrip().startswith("below"):
            lo = -math.inf
        assert _holds(lo, hi, _readings(claim)), (
            f"{case_id} {claim.rule}: {m.group(0)!r} does not hold the stated {claim.text!r}")


def test_formatters_label_the_statements_interval_only():
    """The "allowed" line of the reports comes from the record, never from a computed
    range: a claim with only a computed range shows no "allowed" line."""
    from checks.formatters.common import details
    from checks.testing_reports import make_claim

    c = make_claim("Total 46.8", "46.8", kind="parts-sum-to-total", computed=64.8,
                   allowed_low=None, allowed_high=None)
    from dataclasses import replace

    c = replace(c, computed_low=64.55, computed_high=65.05)
    labels = dict(details(c))
    assert "allowed" not in labels
    assert "64.55" in labels.get("expected", "")
