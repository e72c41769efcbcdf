"""The safe expression language: a whitelist of syntax, numbers and Intervals alike."""

from __future__ import annotations

import math

import pytest

from checks.errors import ConfigError
from checks.expr import Expression
from checks.intervals import Interval


def ev(src, **env):
    return Expression(src).evaluate(env)


def test_arithmetic_and_precedence():
    assert ev("1 + 2 * 3") == 7
    assert ev("(1 + 2) * 3") == 9
    assert ev("2 ** 3 - 10 / 4") == 5.5
    assert ev("-x + 1", x=3) == -2
    assert ev("7 % 4 + 7 // 2") == 6


def test_comparisons_and_boolean_logic():
    assert ev("1 < 2 < 3") is True
    assert ev("1 < 3 < 2") is False
    assert ev("a == b or a > b", a=2, b=2) is True
    assert ev("not a > b and a != b", a=1, b=2) is True


def test_names_constants_and_functions():
    e = Expression("min(lo, x * 0.9) + max(1, 2) + abs(-1) + sum(1, 2, 3)")
    assert e.names == {"lo", "x"}
    assert e.evaluate({"lo": 10, "x": 10}) == 9 + 2 + 1 + 6
    assert ev("inf") == math.inf and ev("-inf") == -math.inf
    assert ev("sqrt(16) + floor(2.7) + ceil(2.1) + round(2.4)") == 4 + 2 + 3 + 2
    # a name shadows a constant when the environment gives it
    assert ev("pi", pi=3) == 3


def test_intervals_flow_through():
    share = ev("part / whole * 100", part=Interval(2.1455e6, 2.1465e6),
               whole=Interval(5.45e6, 5.55e6))
    assert share.lo == pytest.approx(38.66, abs=0.01)
    assert share.hi == pytest.approx(39.39, abs=0.01)
    assert ev("pct == part / whole * 100", pct=Interval(36, 40.5),
              part=Interval(2.1455e6, 2.1465e6), whole=Interval(5.45e6, 5.55e6)) is True
    assert ev("pct == part / whole * 100", pct=Interval(41.5, 42.5),
              part=Interval(2.1455e6, 2.1465e6), whole=Interval(5.45e6, 5.55e6)) is False


def test_functions_lift_to_intervals():
    m = ev("min(a, b)", a=Interval(1, 5), b=Interval(2, 3))
    assert m.same(Interval(1, 3))
    m = ev("max(a, 4)", a=Interval(1, 5))
    assert m.same(Interval(4, 5))
    assert ev("sqrt(a)", a=Interval(4, 9)).same(Interval(2, 3))
    assert ev("abs(a)", a=Interval(-2, 1)).same(Interval(0, 2))
    assert ev("sum(a, b)", a=Interval(1, 2), b=Interval(3, 4)).same(Interval(4, 6))


@pytest.mark.parametrize("src, fragment", [
    ("__import__('os')", "unknown function '__import__'"),
    ("__import__('os').system('true')", "unsupported syntax Call"),
    ("open('x')", "unknown function"),
    ("x.__class__", "unsupported syntax Attribute"),
    ("[1, 2]", "unsupported syntax List"),
    ("'text'", "unsupported syntax Constant"),
    ("lambda: 1", "unsupported syntax Lambda"),
    ("x[0]", "unsupported syntax Subscript"),
    ("f(x=1)", "unknown function"),
    ("min(x=1)", "keyword arguments are not supported"),
    ("1 +", "invalid expression"),
    ("a if b else c", "unsupported syntax IfExp"),
])
def test_anything_outside_the_whitelist_is_rejected(src, fragment):
    with pytest.raises(ConfigError) as err:
        Expression(src)
    assert fragment in str(err.value)


def test_unknown_name_at_evaluation():
    with pytest.raises(ConfigError) as err:
        ev("a + b", a=1)
    assert "unknown name 'b'" in str(err.value)
