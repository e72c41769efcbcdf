"""Every built-in rule's examples, run through the whole engine with every built-in rule.

A pass example must draw no fail from any rule (a pass example another rule flags is a
false alarm waiting to happen); a fail example must draw a fail or an uncertain from its
own rule.
"""

from __future__ import annotations

import pytest

from checks.documents import make_document
from checks.checker import Checker
from checks.errors import ConfigError
from checks.options import CheckOptions
from checks.rules import load_rule_packs

try:
    RULESET = load_rule_packs()
    LOAD_ERROR = None
except ConfigError as exc:  # reported by test_builtin_packs_load, not at collection
    RULESET, LOAD_ERROR = None, str(exc)

# the table rules run their examples in test_tables_rules; DOC01 has none
RULES = RULESET.reading("prose") if RULESET else []


@pytest.fixture(scope="module")
def checker():
    return Checker(CheckOptions(), rules=RULESET)


def test_builtin_packs_load():
    assert LOAD_ERROR is None, LOAD_ERROR
    assert RULES


def _examples(which):
    return [pytest.param(r, ex, id=f"{r.code}_{which}{i}")
            for r in RULES for i, ex in enumerate(getattr(r, f"examples_{which}"))]


@pytest.mark.parametrize("rule, text", _examples("pass"))
def test_pass_example_draws_no_fail(checker, rule, text):
    claims = checker.check(make_document(text)).claims
    fails = [f"{c.rule}: {c.message}" for c in claims if c.verdict == "fail"]
    assert not fails, f"{rule.code} pass example {text!r} flagged:\n" + "\n".join(fails)


@pytest.mark.parametrize("rule, text", _examples("fail"))
def test_fail_example_is_flagged_by_its_rule(checker, rule, text):
    claims = checker.check(make_document(text)).claims
    mine = [c for c in claims if c.rule == rule.code and c.verdict in ("fail", "uncertain")]
    assert mine, (f"{rule.code} fail example {text!r} not flagged; claims: "
                  f"{[(c.rule, c.verdict, c.text) for c in claims]}")
