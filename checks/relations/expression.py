"""User-defined relations: a shape in the stream of quantities and words, and an expression.

A rule of kind ``expression`` needs no Python. Its ``pattern`` is matched within each
sentence against the text with every quantity replaced by a slot token:

- ``{name:type}`` binds one quantity. ``type`` is a quantity kind (money, count, percent,
  measure, multiplier, fraction, year, duration, ordinal, number), ``amount`` (money,
  count, measure or number), ``points`` (percentage points) or ``any``; ``=UNIT`` narrows
  it to one unit (``{x:money=JPY}``, ``{n:count=vehicle}``);
- ``...`` skips a few words (never another quantity: the shape must be clear);
- ``/regex/`` matches a regular expression over the words; any other word matches itself,
  case-insensitively. Punctuation and spaces between items are skipped.

The ``relation`` is an expression of the safe expression language (checks/expr.py) over
the slot names, evaluated with Interval values (rounding and hedge of each quantity) in
the base units of each dimension (pint: kilometres and miles become metres; a currency
stays itself; a percentage is its number, 40 for 40%). Comparisons ask "can this hold for
some choice of values?", so ``pct == part / whole * 100`` is a consistency test: pass when
it can hold. Otherwise the ``claim`` slot (default: the first name of the relation) is
widened by the tolerance ``grey`` (a fraction of its value, default 0.02; ``grey_hedged``
0.05 when hedged): if the relation can then hold, uncertain; else fail. Slots listed in
``compatible`` must have comparable units (checks/units.py), or the match is skipped.
``unless`` (a regular expression): when it matches the sentence ("after discounts",
"including fees"), the text itself explains a difference, and a fail becomes uncertain.
"""

from __future__ import annotations

import ast
import dataclasses
import math
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from checks.verdict import fixed
from checks.errors import ConfigError
from checks.saferegex import check_linear, check_user_regex, compile_linear
from checks.expr import Expression
from checks.intervals import Interval
from checks.relations import REQUIRED, kind
from checks.relations._binding import compatible, face, grey_zone, quote
from checks.verdict import fmt_number, fmt_value
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim

KINDS = ("money", "count", "percent", "measure", "multiplier", "fraction", "year",
         "duration", "ordinal", "number")
_GROUPS = {"amount": ("money", "count", "measure", "number"), "any": KINDS,
           "points": ("percent",)}
_TOKEN = re.compile(r"\{(\w+)(?::([a-z]+)(?:=([\w.-]+))?)?\}|(\.\.\.)|/((?:[^/\\]|\\.)+)/"
                    r"|(\S+?)(?=\s|$|\{|/|\.\.\.)")
_SEP = r"[\s,;:()\"“”'‘’—–-]*"


def _compile(pattern: str) -> tuple[re.Pattern[str], list[str]]:
    """Compile a rule pattern into a regex over the slot stream; return it and slot names."""
    parts, names = [], []
    pos = 0
    pattern = pattern.strip()
    for m in _TOKEN.finditer(pattern):
        if pattern[pos:m.start()].strip():
            raise ConfigError(f"pattern: cannot read {pattern[pos:m.start()].strip()!r}")
        pos = m.end()
        name, typ, unit, dots, rx, word = m.groups()
        if name:
            if name in names:
                raise ConfigError(f"pattern: slot {{{name}}} appears twice")
            typ = typ or "any"
            if typ not in KINDS and typ not in _GROUPS:
                raise ConfigError(f"pattern: unknown slot type {typ!r} in {{{m.group(0)[1:-1]}}}"
                                  f" (known: {', '.join(KINDS + tuple(_GROUPS))})")
            kinds = _GROUPS.get(typ, (typ,))
            if unit:
                _check_unit(unit, m.group(0))
            if typ == "points":
                unit_rx = "percentage_point"
            elif typ == "percent":
                unit_rx = "percent"
            else:
                unit_rx = re.escape(unit) if unit else r"[^:\x01]*"
            parts.append(r"\x00(?:" + "|".join(kinds) + r"):" + unit_rx
                         + r":(?P<" + name + r">\d+)\x01")
            names.append(name)
        elif dots:
            parts.append(r"(?:[^\x00.!?]{0,80}?)")
        elif rx:
            try:
                re.compile(rx)
            except re.error as exc:
                raise ConfigError(f"pattern: bad regular expression /{rx}/: {exc}") from None
            check_user_regex(rx, "pattern: regular expression")  # no catastrophic backtracking
            parts.append(r"(?:" + rx + r")")
        elif word:
            parts.append(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    if pattern[pos:].strip():
        raise ConfigError(f"pattern: cannot read {pattern[pos:].strip()!r}")
    if not names:
        raise ConfigError("pattern: needs at least one {slot}")
    return re.compile(_SEP.join(parts), re.I), names


def _check_unit(unit: str, slot: str) -> None:
    """An ISO currency code factlint knows, a pint unit, or a counted noun."""
    from checks.lexicon import ISO_CODES
    from checks.units import unit_for

    if unit.isupper() and len(unit) == 3:
        if unit not in ISO_CODES:
            raise ConfigError(f"pattern: unknown currency {unit!r} in {slot}")
        return
    try:
        unit_for(unit)
    except ConfigError:
        raise ConfigError(f"pattern: unknown unit {unit!r} in {slot}") from None


def _validate(params: dict[str, Any]) -> None:
    _, names = _compile(params["pattern"])
    if params.get("unless"):
        check_linear(params["unless"])
    relation = Expression(params["relation"])
    missing = relation.names - set(names)
    if missing:
        raise ConfigError(f"relation uses {sorted(missing)[0]!r}, which the pattern does not "
                          f"bind (slots: {', '.join(names)})")
    if params.get("computed"):
        extra = Expression(params["computed"]).names - set(names)
        if extra:
            raise ConfigError(f"computed uses unknown name {sorted(extra)[0]!r}")
    claim = params.get("claim") or _first_name(params["relation"], names)
    if claim not in names:
        raise ConfigError(f"claim {claim!r} is not a slot of the pattern")
    for n in params.get("compatible") or ():
        if n not in names:
            raise ConfigError(f"compatible names {n!r}, which is not a slot of the pattern")


def _first_name(relation: str, names: list[str]) -> str:
    tree = ast.parse(relation.strip(), mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in names:
            return node.id
    return names[0]


def _computed_source(relation: str, claim: str) -> str | None:
    """For ``claim == expr`` (or ``expr == claim``), the source of ``expr``."""
    src = relation.strip()
    tree = ast.parse(src, mode="eval").body
    if isinstance(tree, ast.Compare) and len(tree.ops) == 1:
        left, right = tree.left, tree.comparators[0]
        if isinstance(left, ast.Name) and left.id == claim:
            return ast.get_source_segment(src, right)
        if isinstance(right, ast.Name) and right.id == claim:
            return ast.get_source_segment(src, left)
    return None


@kind("expression", params={"pattern": (str, REQUIRED), "relation": (str, REQUIRED),
                            "claim": (str, ""), "computed": (str, ""),
                            "computed_unit": (str, ""), "compatible": (list, []),
                            "unless": (str, "")},
      message_fields=("slots", "relation"), validate=_validate)
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Match the rule's pattern in each sentence and test its relation over intervals."""
    rx, names, relation, claim_name, computed_expr, unless = _prepared(
        rule.param("pattern"), rule.param("relation"), rule.param("claim"),
        rule.param("computed"), rule.param("unless"))
    whys: dict[int, Any] = {}
    for si in range(len(ctx.sentences)):
        quants = ctx.sentence_quantities(si)
        if not quants:
            continue
        stream = _stream(ctx, si, quants)
        for m in rx.finditer(stream):
            bound = {n: quants[int(m.group(n))] for n in names}
            claim = _judge(ctx, rule, bound, relation, claim_name, computed_expr)
            # asked only of a failing claim, once per sentence
            why = _unless(unless, ctx.text, *ctx.sentence_span(si), cache=whys, key=si) \
                if unless and claim is not None and claim.verdict == "fail" else None
            if claim is not None and claim.verdict == "fail" and why is not None:
                # the sentence explains a difference ("after discounts", "including
                # fees"): the relation need not hold exactly
                claim = dataclasses.replace(claim, verdict="uncertain", message=(
                    claim.message + f", but the sentence says {why.group(0)!r}"))
            if claim is not None:
                yield claim


def _unless(unless: Any, text: str, start: int, end: int, cache: dict[int, Any],
            key: int) -> Any:
    """``unless.search(text, start, end)``, once per ``key``. RE2 encodes the text it is
    given on every search, so it is given the sentence with one character either side
    (all the context its ^, $ and \\b can look at: RE2 has no lookaround), not the
    document; Python's re (whose lookbehind may look further back) gets the document."""
    if key not in cache:
        if isinstance(unless, re.Pattern):
            cache[key] = unless.search(text, start, end)
        else:
            lo, hi = max(0, start - 1), min(len(text), end + 1)
            cache[key] = unless.search(text[lo:hi], start - lo, end - lo)
    return cache[key]


@lru_cache(maxsize=256)
def _prepared(pattern: str, relation_src: str, claim: str, computed: str,
              unless_src: str) -> tuple[re.Pattern[str], list[str], Expression, str,
                                        Expression | None, Any]:
    """A rule's compiled pattern, slot names, expressions and ``unless`` regex: built once
    per rule, not once per document (the pattern's safety check parses every regex)."""
    rx, names = _compile(pattern)
    relation = Expression(relation_src)
    claim_name = claim or _first_name(relation_src, names)
    comp_src = computed or _computed_source(relation_src, claim_name)
    computed_expr = Expression(comp_src) if comp_src else None
    # RE2 (linear time) when it can run the pattern, else re (checked when the rule loaded)
    unless = compile_linear(unless_src) if unless_src else None
    return rx, names, relation, claim_name, computed_expr, unless


def _stream(ctx: DocContext, si: int, quants: list[Quantity]) -> str:
    """The sentence with each quantity replaced by a slot token (cached per context)."""
    cache: dict[int, str] = ctx.__dict__.setdefault("_expression_streams", {})
    if si in cache:
        return cache[si]
    start, end = ctx.sentence_span(si)
    out, pos = [], start
    for i, q in enumerate(quants):
        if q.start < pos:
            continue
        out.append(ctx.text[pos:q.start].replace("\x00", " ").replace("\x01", " "))
        out.append(f"\x00{q.kind}:{q.unit}:{i}\x01")
        pos = q.end
    out.append(ctx.text[pos:end])
    cache[si] = "".join(out)
    return cache[si]


def _base(q: Quantity, lo: float, hi: float) -> Interval:
    """The interval in the base unit of the quantity's dimension (measures via pint)."""
    if q.kind != "measure" or not q.unit:
        return Interval(lo, hi)
    from checks.units import quantity

    try:
        a = quantity(lo, q.unit).to_base_units().magnitude if math.isfinite(lo) else lo
        b = quantity(hi, q.unit).to_base_units().magnitude if math.isfinite(hi) else hi
    except Exception:  # noqa: BLE001 - a unit pint cannot convert stays as stated
        return Interval(lo, hi)
    return Interval(min(a, b), max(a, b))


def _judge(ctx: DocContext, rule: Rule, bound: dict[str, Quantity], relation: Expression,
           claim_name: str, computed_expr: Expression | None) -> Claim | None:
    group = rule.param("compatible") or []
    for a in group:
        for b in group:
            if a < b and not compatible(bound[a].unit, bound[b].unit):
                return None
    env = {n: _base(q, q.low, q.high) for n, q in bound.items()}
    try:
        holds = bool(relation.evaluate(env))
    except (ZeroDivisionError, ValueError, OverflowError, TypeError):
        return None
    claim_q = bound[claim_name]
    stated = env[claim_name]
    if holds:
        v = "pass"
    else:
        grey = grey_zone(claim_q, Interval(claim_q.low, claim_q.high), rule, 0.05, 0.02)
        env_grey = dict(env, **{claim_name: _base(claim_q, grey.lo, grey.hi)})
        try:
            v = "uncertain" if relation.evaluate(env_grey) else "fail"
        except (ZeroDivisionError, ValueError, OverflowError, TypeError):
            v = "uncertain"
    # a money claim is shown in its currency unless the rule names a unit
    unit = rule.param("computed_unit") or (claim_q.unit if claim_q.kind == "money" else "")
    computed_val, computed_txt = None, "?"
    if computed_expr is not None:
        points = {n: _base(q, q.value, q.value).lo for n, q in bound.items()}
        try:
            computed_val = float(computed_expr.evaluate(points))
            computed_txt = _fmt(computed_val, unit)
        except (ZeroDivisionError, ValueError, OverflowError, TypeError):
            computed_val = None
    slots = ", ".join(f"{n}={face(q)}" for n, q in bound.items())
    reason = {"pass": "", "uncertain": "; holds only within the grey zone of the stated "
              "figure", "fail": "; no rounding of the figures satisfies it"}[v]
    allowed = _fmt_iv(stated, unit)
    msg = rule.render(stated=quote(claim_q), computed=computed_txt, allowed=allowed,
                      slots=slots, relation=relation.source, claim=claim_q.text,
                      inputs=slots, reason=reason)
    inputs = [q for n, q in bound.items() if n != claim_name]
    fin = None if math.isinf(stated.lo) and math.isinf(stated.hi) else (stated.lo, stated.hi)
    return ctx.claim(rule, v, claim_q.start, claim_q.end, msg, inputs=inputs,
                     computed=computed_val, allowed=fin)


def _fmt(x: float, unit: str) -> str:
    if unit and len(unit) == 3 and unit.isupper():
        return fmt_value(x, unit)
    if unit == "percent":
        return f"{fixed(x, 1)}%"
    if unit == "x":
        return f"{fixed(x, 2)}x"
    return fmt_number(x) + (f" {unit}" if unit else "")


def _fmt_iv(i: Interval, unit: str) -> str:
    if math.isinf(i.hi) and not math.isinf(i.lo):
        return f"above {_fmt(i.lo, unit)}"
    if math.isinf(i.lo) and not math.isinf(i.hi):
        return f"below {_fmt(i.hi, unit)}"
    if i.lo == i.hi:
        return _fmt(i.lo, unit)
    return f"{_fmt(i.lo, unit)}–{_fmt(i.hi, unit)}"
