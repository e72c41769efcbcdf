"""The expression kind: a pattern over quantities and words, a relation over intervals."""

from __future__ import annotations

import textwrap

import pytest

from checks.documents import make_document
from checks.checker import Checker
from checks.errors import ConfigError
from checks.options import CheckOptions
from checks.resources import rules_dir
from checks.rules import load_rule_packs

RULE = """\
rules:
  - code: USR01
    name: user.{name}
    kind: expression
    params:
{params}
    message: "stated {{stated}}; {{relation}} with {{slots}} gives {{computed}}{{reason}}"
    description: a user rule
    examples:
      pass: ["x"]
      fail: ["y"]
"""


def rule_file(tmp_path, params: dict, name="rule"):
    body = "\n".join(f"      {k}: {v!r}" if isinstance(v, str) else f"      {k}: {v}"
                     for k, v in params.items())
    p = tmp_path / f"{name}.yml"
    p.write_text(RULE.format(name=name, params=body), encoding="utf-8")
    return p


def check(path, text):
    rules = load_rule_packs([str(path)], builtin=False)
    return Checker(CheckOptions(), rules=rules).check(make_document(text)).claims


def test_share_pattern_from_the_issue(tmp_path):
    p = rule_file(tmp_path, {"pattern": "{part:count} ... {pct:percent} of {whole:count}",
                             "relation": "pct == part / whole * 100",
                             "computed_unit": "percent"})
    [c] = check(p, "It sold 2,146 cars, about 40% of 5,500 cars.")
    assert c.verdict == "pass" and c.text == "about 40%"
    assert "gives 39.0%" in c.message
    assert [i.text for i in c.inputs] == ["2,146 cars", "5,500 cars"]
    [c] = check(p, "It sold 2,146 cars, 45% of 5,500 cars.")
    assert c.verdict == "fail"


def test_dots_never_skip_another_quantity(tmp_path):
    p = rule_file(tmp_path, {"pattern": "{part:count} ... {pct:percent} of {whole:count}",
                             "relation": "pct == part / whole * 100"})
    # the 12 months lie between part and share: the shape is not clear, no claim
    assert check(p, "It sold 2,146 cars in 12 months, 45% of 5,500 cars.") == []


def test_units_are_carried_by_pint(tmp_path):
    p = rule_file(tmp_path, {"pattern": "{a:measure} ( {b:measure} )", "relation": "a == b"})
    [c] = check(p, "The route is 10 km (6.2 miles) long.")
    assert c.verdict == "pass"
    [c] = check(p, "The route is 10 km (7.2 miles) long.")
    assert c.verdict == "fail"


def test_grey_zone_gives_uncertain(tmp_path):
    p = rule_file(tmp_path, {"pattern": "{n:count} at {each:money} each ... worth "
                                        "{total:money}",
                             "relation": "total == n * each", "claim": "total"})
    # 20 x 150 = 3,000; "$3.05 billion" is 1.7% off: beyond rounding, inside 2% grey
    [c] = check(p, "It ordered 20 jets at $150 million each, a deal worth $3.05 billion.")
    assert c.verdict == "uncertain"


def test_compatible_slots_skip_other_currencies(tmp_path):
    p = rule_file(tmp_path, {"pattern": "{n:count} at {each:money} each ... worth "
                                        "{total:money}",
                             "relation": "total == n * each", "claim": "total",
                             "compatible": ["each", "total"]})
    assert check(p, "It ordered 20 jets at $150 million each, a deal worth ¥3 billion.") \
        == []


@pytest.mark.parametrize("params, fragment", [
    ({"pattern": "{a:money} and {b:widget}", "relation": "a == b"}, "unknown slot type"),
    ({"pattern": "{a:money} /([/ {b:money}", "relation": "a == b"}, "regular expression"),
    ({"pattern": "{a:money} and {b:money}", "relation": "a == c"}, "does not bind"),
    ({"pattern": "{a:money} and {b:money}", "relation": "a == __import__('os')"},
     "unknown function"),
    ({"pattern": "{a:money} and {b:money}", "relation": "a =="}, "invalid expression"),
    ({"pattern": "and then", "relation": "1 == 1"}, "at least one"),
    ({"pattern": "{a:money}"}, "missing parameter 'relation'"),
    ({"pattern": "{a:money=XYZ} and {b:money}", "relation": "a == b"}, "unknown currency"),
    ({"pattern": "{a:measure=Kilo.Meter} and {b:money}", "relation": "a == b"}, "unknown unit"),
])
def test_bad_rules_are_rejected_at_load(tmp_path, params, fragment):
    p = rule_file(tmp_path, params)
    with pytest.raises(ConfigError) as err:
        load_rule_packs([str(p)], builtin=False)
    msg = str(err.value)
    assert fragment in msg
    params_line = p.read_text().splitlines().index("    params:") + 1
    assert msg.startswith(f"{p}:{params_line}: rule USR01, key 'params': ")


def test_builtin_expression_rule_runs():
    rules = load_rule_packs([str(rules_dir() / "expressions.yml")], builtin=False)
    checker = Checker(CheckOptions(), rules=rules)
    [c] = checker.check(make_document(
        "The city bought 120 buses at $450,000 each, for a total of $64 million.")).claims
    assert c.verdict == "fail" and "gives $54 million" in c.message


def test_rule_file_text_is_dedented():
    # guard the helper above: the YAML it writes must stay valid
    assert textwrap.dedent(RULE).startswith("rules:")
