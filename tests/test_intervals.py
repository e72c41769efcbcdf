"""Interval arithmetic: every stated number is the interval its precision allows."""

from __future__ import annotations

import math

import pytest

from checks.intervals import Interval, hull, isum

I = Interval  # noqa: E741


def test_empty_interval_is_rejected():
    with pytest.raises(ValueError):
        I(2, 1)


def test_arithmetic():
    a, b = I(1, 2), I(3, 5)
    assert (a + b).same(I(4, 7))
    assert (b - a).same(I(1, 4))
    assert (a * b).same(I(3, 10))
    assert (I(-1, 2) * I(3, 5)).same(I(-5, 10))
    assert (b / a).same(I(1.5, 5))
    assert (-a).same(I(-2, -1))
    assert (1 + a).same(I(2, 3)) and (10 - a).same(I(8, 9)) and (2 * a).same(I(2, 4))
    assert (6 / I(2, 3)).same(I(2, 3))


def test_semantics_example_dividend():
    # "37 cents, up 12.0% from 33 cents": [36.5/33.5, 37.5/32.5] spans +9.0% to +15.4%
    change = (I(36.5, 37.5) / I(32.5, 33.5) - 1) * 100
    assert change.lo == pytest.approx(8.955, abs=1e-3)
    assert change.hi == pytest.approx(15.385, abs=1e-3)
    assert change == I(11.95, 12.05)


def test_division_by_an_interval_touching_zero():
    assert (I(1, 2) / I(0, 4)).same(I(0.25, math.inf))
    assert (I(-1, 2) / I(-1, 1)).same(I(-math.inf, math.inf))
    with pytest.raises(ZeroDivisionError):
        I(1, 2) / I(0, 0)


def test_unbounded_ends():
    more_than = I(1.45e12, math.inf)
    ratio = I(4.5e12, 5.5e12) / more_than
    assert ratio.lo == 0 and ratio.hi == pytest.approx(5.5 / 1.45)
    assert (I(0, math.inf) * I(0, 0)).same(I(0, 0))  # 0 x inf is 0 at an end


def test_powers_and_abs():
    assert (I(-2, 3) ** 2).same(I(0, 9))
    assert (I(2, 3) ** 2).same(I(4, 9))
    assert (I(-3, -2) ** 3).same(I(-27, -8))
    assert (I(4, 9) ** 0.5).same(I(2, 3))
    with pytest.raises(ValueError):
        I(-4, 9) ** 0.5
    assert abs(I(-3, 2)).same(I(0, 3)) and abs(I(-3, -2)).same(I(2, 3))


def test_comparisons_mean_can_hold():
    a, b = I(1, 3), I(2, 5)
    assert a == b and a < b and b > a and a <= b and b >= a
    assert not (I(4, 5) < I(1, 3))
    assert I(1, 2) == 2 and not (I(1, 2) == 2.5)
    # "can they differ?": yes unless both are the same single point
    assert a != b
    assert not (I(2, 2) != I(2, 2)) and not (I(2, 2) != 2)


def test_overlap_contains_distance_widen():
    assert I(1, 2).overlaps(I(2, 3)) and not I(1, 2).overlaps(I(2.1, 3))
    assert I(1, 5).contains(I(2, 3)) and I(1, 5).contains(5) and not I(1, 5).contains(6)
    assert I(1, 2).distance(I(4, 5)) == 2 and I(4, 5).distance(I(1, 2)) == 2
    assert I(1, 2).distance(I(2, 3)) == 0
    assert I(10, 20).widen(0.1).same(I(9, 22))
    assert I(-20, -10).widen(0.1).same(I(-22, -9))


def test_mid_point_and_coercion():
    assert I(1, 3).mid == 2 and I(1, math.inf).mid == 1 and I(-math.inf, 4).mid == 4
    assert I.of(3).same(I(3, 3)) and I.of(I(1, 2)).same(I(1, 2))
    assert I.point(7).same(I(7, 7))


def test_hull_and_sum():
    assert hull(I(1, 2), 5, I(-1, 0)).same(I(-1, 5))
    assert isum(I(13.35, 13.45), I(11.15, 11.25), I(8.35, 8.45), I(6.65, 6.75)).same(
        I(13.35 + 11.15 + 8.35 + 6.65, 13.45 + 11.25 + 8.45 + 6.75))


def test_hash_follows_ends():
    assert len({I(1, 2), I(1, 2), I(1, 3)}) == 2
