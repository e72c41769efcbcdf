"""Meta-tests of the built-in rule packs: documented, exemplified and covered by cases.

Every rule needs a description, a message, a hint, pass and fail examples, and rule cases
(tests/rule_cases/) with text it must flag and text it must not flag, including a
near-miss. Its own examples must behave as they say.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from checks.errors import ConfigError
from checks.rules import load_rule_packs
from checks.testing import check_text, find_claims, load_cases

CASES = load_cases(Path(__file__).parent / "rule_cases")


def _load_rules():
    try:
        # the prose rules; the table rules have their own meta-tests (test_tables_rules)
        return load_rule_packs().reading("prose"), None
    except ConfigError as exc:
        return [], str(exc)


RULES, RULES_ERROR = _load_rules()
IDS = [r.code for r in RULES]


#: rules whose examples are known to disagree with their behaviour, with the reason (a bug
#: in the rule file or the kind, reported to its owner); remove an entry once it is fixed
KNOWN_EXAMPLE_ISSUES: dict[str, str] = {}


def _cases_of(rule):
    return [c for c in CASES if c.rule in (rule.code, rule.name)]


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_is_documented(rule):
    """Description, message, hint and both example lists are there and not placeholders."""
    assert len(rule.description.split()) >= 8, f"{rule.code}: description too short"
    assert rule.message.strip(), f"{rule.code}: no message"
    assert rule.hint.strip(), f"{rule.code}: no hint (what the editor should do)"
    assert rule.examples_pass and all(e.strip() for e in rule.examples_pass)
    assert rule.examples_fail and all(e.strip() for e in rule.examples_fail)
    assert not set(rule.examples_pass) & set(rule.examples_fail), \
        f"{rule.code}: one example is both pass and fail"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_has_cases(rule):
    """At least one case must flag, one must not, and one of those is a near-miss."""
    cases = _cases_of(rule)
    assert cases, f"{rule.code}: no tests/rule_cases/{rule.code}.yml"
    flag = [c for c in cases if c.flags]
    quiet = [c for c in cases if not c.flags]
    assert flag, f"{rule.code}: no case that must be flagged (an expected fail)"
    assert quiet, f"{rule.code}: no case that must not be flagged"
    assert any(c.near_miss for c in quiet), \
        f"{rule.code}: no near-miss among the cases that must not be flagged"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_examples_behave(rule):
    """A fail example makes the rule report a fail; a pass example makes it report none."""
    problems = []
    for ex in rule.examples_fail:
        res = check_text(ex, selected=(rule.code,))
        if not find_claims(res, rule=rule.code, verdict="fail"):
            problems.append(f"fail example not flagged: {ex!r} -> "
                            f"{[(c.verdict, c.text) for c in res.claims]}")
    for ex in rule.examples_pass:
        res = check_text(ex, selected=(rule.code,))
        if find_claims(res, rule=rule.code, verdict="fail"):
            problems.append(f"pass example flagged: {ex!r}")
    if problems and rule.code in KNOWN_EXAMPLE_ISSUES:
        pytest.xfail(KNOWN_EXAMPLE_ISSUES[rule.code])
    if rule.code in KNOWN_EXAMPLE_ISSUES:
        warnings.warn(f"{rule.code}'s examples behave now: remove it from "
                      "KNOWN_EXAMPLE_ISSUES", stacklevel=1)
    assert not problems, f"{rule.code}:\n" + "\n".join(problems)


def test_every_case_names_a_rule():
    """A case file for a rule that exists nowhere is a typo (or a rule not written yet)."""
    known = {k for r in RULES for k in (r.code, r.name)}
    orphans = sorted({c.rule for c in CASES if c.rule not in known and not any(
        isinstance(x, dict) and c.rule == x.get("code") for x in c.config.get("rules") or ())})
    if orphans:
        pytest.skip(f"cases for rules not written yet: {', '.join(orphans)}")


def test_builtin_rule_packs_load():
    """The built-in packs load (every other test here assumes so)."""
    assert RULES_ERROR is None, RULES_ERROR
