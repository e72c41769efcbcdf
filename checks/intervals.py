"""Closed intervals with arithmetic: every stated number is the interval its precision allows.

A relation is consistent when some choice of values inside the intervals of its inputs
satisfies it; evaluating the relation's expression over Interval objects gives the range of
everything it can compute to, so consistency is an overlap test.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval [lo, hi] of reals (lo may be -inf, hi may be inf)."""

    lo: float
    hi: float

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def point(cls, x: float) -> "Interval":
        """The degenerate interval [x, x]."""
        return cls(x, x)

    @classmethod
    def of(cls, x: Interval | float) -> "Interval":
        """Coerce a number or Interval into an Interval."""
        return x if isinstance(x, Interval) else cls(float(x), float(x))

    @property
    def mid(self) -> float:
        """The midpoint (or the finite end when the other is infinite)."""
        if math.isinf(self.lo) and math.isinf(self.hi):
            return 0.0
        if math.isinf(self.hi):
            return self.lo
        if math.isinf(self.lo):
            return self.hi
        return (self.lo + self.hi) / 2

    def overlaps(self, other: "Interval") -> bool:
        """True when the two intervals share a point."""
        other = Interval.of(other)
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, x: Interval | float) -> bool:
        """True when x (a number or interval) lies inside."""
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi

    def widen(self, rel: float) -> "Interval":
        """Widen by a relative tolerance of the magnitude at each end."""
        return Interval(self.lo - abs(self.lo) * rel, self.hi + abs(self.hi) * rel)

    def distance(self, other: "Interval") -> float:
        """The gap between two intervals (0 when they overlap)."""
        other = Interval.of(other)
        if self.overlaps(other):
            return 0.0
        return other.lo - self.hi if other.lo > self.hi else self.lo - other.hi

    # arithmetic -------------------------------------------------------------------------

    def __add__(self, o: Interval | float) -> Interval:
        o = Interval.of(o)
        return Interval(self.lo + o.lo, self.hi + o.hi)

    __radd__ = __add__

    def __sub__(self, o: Interval | float) -> Interval:
        o = Interval.of(o)
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __rsub__(self, o: Interval | float) -> Interval:
        return Interval.of(o) - self

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __pos__(self) -> Interval:
        return self

    def __mul__(self, o: Interval | float) -> Interval:
        o = Interval.of(o)
        ps = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Interval(min(ps), max(ps))

    __rmul__ = __mul__

    def __truediv__(self, o: Interval | float) -> Interval:
        o = Interval.of(o)
        if o.lo <= 0 <= o.hi:
            if o.lo == o.hi == 0:
                raise ZeroDivisionError("division by an interval that is zero")
            if o.lo == 0 and self.lo >= 0:
                return Interval(self.lo / o.hi if o.hi else math.inf, math.inf)
            return Interval(-math.inf, math.inf)
        return self * Interval(1 / o.hi, 1 / o.lo)

    def __rtruediv__(self, o: Interval | float) -> Interval:
        return Interval.of(o) / self

    def __pow__(self, n: Interval | float) -> Interval:
        if isinstance(n, Interval):
            if n.lo != n.hi:
                raise ValueError("interval exponents are not supported")
            n = n.lo
        if n == int(n) and n >= 0:
            n = int(n)
            cands = [self.lo ** n, self.hi ** n]
            if n % 2 == 0 and self.lo <= 0 <= self.hi:
                return Interval(0.0, max(cands))
            return Interval(min(cands), max(cands))
        if self.lo < 0:
            raise ValueError("fractional power of an interval with negative values")
        a, b = self.lo ** n, self.hi ** n
        return Interval(min(a, b), max(a, b))

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(0.0, max(-self.lo, self.hi))

    # comparisons: "can this hold for some choice of values?" (possibility semantics)

    def __lt__(self, o: Interval | float) -> bool:
        return self.lo < Interval.of(o).hi

    def __le__(self, o: Interval | float) -> bool:
        return self.lo <= Interval.of(o).hi

    def __gt__(self, o: Interval | float) -> bool:
        return self.hi > Interval.of(o).lo

    def __ge__(self, o: Interval | float) -> bool:
        return self.hi >= Interval.of(o).lo

    def __eq__(self, o: object) -> bool:
        if not isinstance(o, (Interval, int, float)):
            return NotImplemented
        return self.overlaps(Interval.of(o))

    def __ne__(self, o: object) -> bool:
        # "can they differ?": yes, unless both are the same single point
        if not isinstance(o, (Interval, int, float)):
            return NotImplemented
        o = Interval.of(o)
        return not (self.lo == self.hi == o.lo == o.hi)

    def __hash__(self) -> int:
        return hash((self.lo, self.hi))

    def same(self, o: "Interval") -> bool:
        """Exact equality of the ends (``==`` means 'can be equal')."""
        return (self.lo, self.hi) == (o.lo, o.hi)

    def __repr__(self) -> str:
        return f"Interval({self.lo!r}, {self.hi!r})"


def _mul(a: float, b: float) -> float:
    # 0 * inf is 0 here: an interval end at zero times an unbounded end stays bounded
    if a == 0 or b == 0:
        return 0.0
    return a * b


def hull(*xs: Interval | float) -> Interval:
    """The smallest interval containing every argument."""
    ivs = [Interval.of(x) for x in xs]
    return Interval(min(i.lo for i in ivs), max(i.hi for i in ivs))


def isum(*xs: Interval | float) -> Interval:
    """Sum of intervals (for expressions: sum(a, b, c))."""
    total = Interval.point(0.0)
    for x in xs:
        total = total + x
    return total
