"""Conversions in parentheses: "¥2.3 trillion ($15.6bn)", "10 km (6.2 miles)", "30C (86F)".

Currencies (``form: currency``): expected = original × rate, the rate of the document's
date (user rate tables first, then the ECB reference rates; the nearest earlier date with
a rate). The converted figure is consistent when its interval (rounding and hedge) meets
the rate-implied interval widened by ``consistent`` (default 5%: sources, days and bid/offer
differ): pass; beyond ``inconsistent`` (default 10%): fail; between: uncertain. Without a
rate, or without a date, the pair is judged by ``form: currency_consistency`` instead.

Currency consistency (``form: currency_consistency``): every conversion between the same
two currencies in one document must imply one rate. Each conversion's implied rate is an
interval (converted / original over their rounding); a conversion whose interval, widened
by ``consistent``, misses the median of the others is uncertain, beyond ``inconsistent``
fail. Needs at least two conversions of the pair.

Units (``form: units``): exact factors through pint, and one amount written in two scales
("Rs 1,200 crore (Rs 12 billion)", "1.5 lakh (150,000)"). Consistent when the exact conversion
of one figure lies inside the other's printed precision (either direction, since either
may be the original): pass; when it only does after truncating instead of rounding (37.78
written 37.7) or only within the first figure's own rounding: uncertain; otherwise fail.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections.abc import Iterator
from typing import NamedTuple, Protocol

from checks.verdict import fixed
from checks.intervals import Interval
from checks.findings import VERDICT_RANK
from checks.relations import kind
from checks.verdict import fmt_interval, fmt_value
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.errors import ConfigError
from checks.findings import Claim
from checks.lexicon import CURRENCY_NAME_FORMS
from checks.references import Rate


class HasUnit(Protocol):
    """What a rate lookup reads of a figure: its currency."""

    @property
    def unit(self) -> str: ...


class _Unit(NamedTuple):
    """A currency alone, for the other reading of a bare yen sign."""

    unit: str

_OPEN = re.compile(r"^\s*(?:\(|\[|,\s*or\s+|\s*—\s*or\s+|,\s*equivalent\s+to\s+|,\s*about\s+)"
                   r"\s*(?:about|around|roughly|approximately|approx\.?|some|or|equal\s+to|"
                   r"equivalent\s+to|~|c\.|nearly|almost|over|more\s+than|less\s+than)?\s*$",
                   re.I)
_CLOSE = re.compile(r"^\s*[)\]]")
_PER_ITEM = re.compile(r"\s*(?:per|a|an|each)\s+(?:share|unit|head|person|capita|barrel|"
                       r"tonne|ton|litre|liter|gallon)\b", re.I)


_TEMP_PAREN = re.compile(r"^\s*\(\s*(-?\d+(?:\.(\d+))?)\s*°?\s*([CF])\s*\)")
_TEMP_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}


def _temperature_partner(ctx: DocContext, a: Quantity) -> Quantity | None:
    """A bare "(86F)" after a temperature, which the scanner may leave out as ambiguous."""
    m = _TEMP_PAREN.match(ctx.text[a.end:a.end + 20])
    if not m or _TEMP_UNITS[m.group(3)] == a.unit:
        return None
    value = float(m.group(1))
    half = 0.5 * 10 ** -len(m.group(2) or "")
    start = a.end + m.start(1)
    end = a.end + m.end(3)
    return Quantity(start=start, end=end, text=ctx.text[start:end], value=value,
                    unit=_TEMP_UNITS[m.group(3)], kind="measure", low=value - half,
                    high=value + half, round_low=value - half, round_high=value + half,
                    num_start=start, num_end=a.end + m.end(1))


def _pairs(ctx: DocContext) -> list[tuple[Quantity, Quantity, bool]]:
    """(original, converted, in_parentheses) pairs: a quantity, then its conversion; found
    once per document (each of the four forms of the kind looked for them again)."""
    cache: tuple[list[Quantity], list[tuple[Quantity, Quantity, bool]]] | None = \
        ctx.__dict__.get("_conversion_pairs")
    if cache is None or cache[0] is not ctx.quantities:
        cache = ctx.__dict__["_conversion_pairs"] = (ctx.quantities, list(_pairs_of(ctx)))
    return cache[1]


def _pairs_of(ctx: DocContext) -> Iterator[tuple[Quantity, Quantity, bool]]:
    qs = ctx.quantities
    text = ctx.text
    for i, a in enumerate(qs):
        if a.unit in _TEMP_UNITS.values() and (i + 1 == len(qs) or qs[i + 1].start > a.end + 20):
            b = _temperature_partner(ctx, a)
            if b is not None:
                yield a, b, True
    for k, (a, b) in enumerate(zip(qs, qs[1:])):
        gap = text[a.end:b.start]
        if len(gap) > 30 or a.unit == b.unit and a.scale == b.scale or not _OPEN.match(gap):
            continue
        paren = "(" in gap or "[" in gap
        if paren and not _CLOSE.match(text[b.end:b.end + 3]) and k > 0 and \
                k + 2 < len(qs) and a.role in ("to", "range_high") and \
                b.role in ("from", "range_low") and qs[k - 1].role in ("from", "range_low") \
                and qs[k + 2].role in ("to", "range_high") and \
                _CLOSE.match(text[qs[k + 2].end:qs[k + 2].end + 3]):
            # "-89 to 57 °C (-129 to 134 °F)": a range and its conversion, end by end
            yield qs[k - 1], b, paren
            yield a, qs[k + 2], paren
            continue
        if paren and not _CLOSE.match(text[b.end:b.end + 3]):
            # "18.77bn rupees ($372.9m; £234.5m)": two conversions in one bracket
            c = qs[k + 2] if k + 2 < len(qs) else None
            if c is not None and a.kind == b.kind == c.kind == "money" and \
                    len({a.unit, b.unit, c.unit}) == 3 and \
                    re.fullmatch(r"\s*[;,]\s*", text[b.end:c.start]) and \
                    _CLOSE.match(text[c.end:c.end + 3]):
                yield a, b, paren
                yield a, c, paren
            continue  # "(¥5 trillion and 2 million tonnes)" is not a conversion
        if _PER_ITEM.match(text[b.end:b.end + 20]):
            continue  # "€2.4 million, or 15 cents per share": an amount per share, not a rate
        yield a, b, paren


def _iv(q: Quantity) -> Interval:
    return Interval(q.low, q.high)


@kind("conversion", params={"form": (str, "currency")},
      message_fields=("original", "converted", "rate", "expected", "tolerance"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Conversions in parentheses against exchange rates, one another, or exact factors."""
    form = rule.param("form")
    if form == "currency":
        yield from _currency(ctx, rule)
    elif form == "currency_consistency":
        yield from _consistency(ctx, rule)
    elif form == "units":
        yield from _units(ctx, rule)
        yield from _rescaled(ctx, rule)
    else:
        raise ConfigError(f"unknown form {form!r} (currency, currency_consistency, units)")


def _money_pairs(ctx: DocContext) -> Iterator[tuple[Quantity, Quantity, bool]]:
    for a, b, paren in _pairs(ctx):
        if a.kind == "money" and b.kind == "money" and a.unit != b.unit:
            yield a, b, paren


def _rescaled(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """ "Rs 1,200 crore (Rs 12 billion)", "1.5 lakh (150,000)": one amount in two scales."""
    for a, b, paren in _pairs(ctx):
        if not paren or a.unit != b.unit or a.scale == b.scale or \
                a.kind not in ("money", "count", "number") or b.kind != a.kind:
            continue
        if a.kind == "money" and _symbol(a) != _symbol(b):
            continue  # "$1.2 billion (US$153 million)": a local dollar, then US dollars
        sa, sb = Interval(a.round_low or a.low, a.round_high or a.high), _iv(b)
        verdict = "pass" if sb.contains(a.value) or sa.contains(b.value) else \
            "uncertain" if sa.overlaps(sb) else "fail"
        yield ctx.claim(rule, verdict, b.start, b.end, rule.render(
            stated=b.text, original=a.text, converted=b.text, rate="same unit, other scale",
            expected=fmt_value(a.value, a.unit if a.kind == "money" else ""),
            computed=f"{a.text} = {fmt_value(a.value, a.unit if a.kind == 'money' else '')}",
            allowed=fmt_interval(sb, b.unit if b.kind == "money" else ""),
            tolerance="the printed precision",
            reason="" if verdict != "uncertain" else "; only within the rounding of both"),
            inputs=[a, b], computed=a.value, allowed=(sb.lo, sb.hi),
            computed_range=(sa.lo, sa.hi), roles=("original", "converted"))


def _symbol(q: Quantity) -> str:
    """The currency sign written before an amount's digits ("$", "US$", "Rs"), as printed."""
    m = re.search(r"\d", q.text)
    prefix = q.text[:m.start()] if m else ""
    return prefix.split()[-1].upper() if prefix.split() else ""


_PER = re.compile(r"^\s+(?:to|per|against|for)\s+(?:the|one|a|each|every)\s+((?:[A-Z][a-z]+\s+|"
                  r"U\.?S\.?\s+)?[a-z]+)\b")
_EQUALS = re.compile(r"^\s*(?:=|equals?|is\s+worth|buys?)\s*$")


def stated_rates(ctx: DocContext) -> list[Rate]:
    """Rates the text itself states: "$1 = 4.2 ringgit", "at 147 yen to the dollar"."""
    out = []
    qs = ctx.quantities
    text = ctx.text
    for i, q in enumerate(qs):
        if q.kind != "money":
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if not (0 < q.value < math.inf):
            continue  # "at 0 yen to the dollar" states no usable rate
        if q.value == 1 and nxt is not None and nxt.kind == "money" and nxt.unit != q.unit \
                and 0 < nxt.value < math.inf and _EQUALS.match(text[q.end:nxt.start]):
            out.append(Rate(q.unit, nxt.unit, nxt.value, None, f"stated: {q.text} = {nxt.text}"))
            continue
        m = _PER.match(text[q.end:q.end + 40])
        if m:
            code = CURRENCY_NAME_FORMS.get(" ".join(m.group(1).lower().split()))
            if code and code != q.unit:
                out.append(Rate(code, q.unit, q.value, None,
                                f"stated: {ctx.between(q.start, q.end + m.end())}"))
    return out


def _text_rate(ctx: DocContext, a: HasUnit, b: HasUnit) -> Rate | None:
    cache: list[Rate] | None = ctx.__dict__.setdefault("_stated_rates", None)
    if cache is None:
        cache = ctx.__dict__["_stated_rates"] = stated_rates(ctx)
    for r in cache:
        if (r.base, r.quote) == (a.unit, b.unit):
            return r
        if (r.base, r.quote) == (b.unit, a.unit):
            return Rate(a.unit, b.unit, 1 / r.rate, None, r.source)
    return None


def _rate(ctx: DocContext, a: HasUnit, b: HasUnit) -> Rate | None:
    stated = _text_rate(ctx, a, b)
    if stated is not None:
        return stated
    if ctx.rates is None or not hasattr(ctx.rates, "lookup"):
        return None
    if ctx.as_of is None:
        # undated user rates still apply; the ECB needs a date
        return ctx.rates.table_rate(a.unit, b.unit, None)
    return ctx.rates.lookup(a.unit, b.unit, ctx.as_of)


#: a bare yen sign: yen or yuan, whichever the document's words suggest; either may be meant
_BARE_YEN = re.compile(r"(?<![A-Za-z])[¥￥]")
_OTHER_YEN = {"JPY": "CNY", "CNY": "JPY"}


def _yen_alternative(q: Quantity) -> str | None:
    """The other reading of a bare "¥" amount (JPY for CNY and back), else None."""
    if q.unit in _OTHER_YEN and _BARE_YEN.search(q.text) and not re.search(
            r"CN¥|JP¥|RMB|yuan|yen|円|元", q.text, re.I):
        return _OTHER_YEN[q.unit]
    return None


def _readings(ctx: DocContext, a: Quantity, b: Quantity) -> list[tuple[Rate, str, str]]:
    """(rate, original's unit, converted's unit) for each reading of the pair: the scanned
    units, and for a bare "¥" also the other yen-sign currency (the scanner picks one per
    document; a roundup with yuan in one item and yen in another has both)."""
    out = [(_rate(ctx, a, b), a.unit, b.unit)]
    units = [(a.unit, b.unit)]
    for ua, ub in ((_yen_alternative(a), b.unit), (a.unit, _yen_alternative(b))):
        if ua and ub and ua != ub:
            units.append((ua, ub))
            out.append((_rate(ctx, _Unit(ua), _Unit(ub)), ua, ub))
    # "In 2015 it paid ¥500 billion ($4.1 billion)": a past deal converted at the rate of
    # its day; the rates across that year are readings too
    if ctx.rates is not None and hasattr(ctx.rates, "lookup") and ctx.as_of is not None \
            and _text_rate(ctx, a, b) is None:
        for year in _past_years(ctx, a, b):
            for ua, ub in units:
                for month in (1, 4, 7, 10, 12):
                    r = ctx.rates.lookup(ua, ub, dt.date(year, month, 28))
                    if r is not None:
                        out.append((r, ua, ub))
    return [(r, ua, ub) for r, ua, ub in out if r is not None]


def _past_years(ctx: DocContext, a: Quantity, b: Quantity) -> list[int]:
    """Years before the document's date named in the conversion's sentence."""
    si = ctx.sentence_index(a.start)
    year = ctx.as_of.year if ctx.as_of else 0  # (called with a date only)
    return sorted({int(y.value) for y in ctx.sentence_quantities(si)
                   if y.kind == "year" and 1999 <= y.value < year})


def _judge_rate(a: Quantity, b: Quantity, rate: Rate, ok: float,
                bad: float) -> tuple[str, Interval]:
    expected = _iv(a) * rate.rate
    stated = _iv(b)
    if stated.overlaps(expected.widen(ok)):
        return "pass", expected
    if stated.overlaps(expected.widen(bad)):
        return "uncertain", expected
    return "fail", expected


def _currency(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    ok, bad = rule.tol("consistent", 0.05), rule.tol("inconsistent", 0.10)
    pairs = list(_money_pairs(ctx))
    per_pair: dict[frozenset[str], int] = {}
    for a, b, _ in pairs:
        key = frozenset((a.unit, b.unit))
        per_pair[key] = per_pair.get(key, 0) + 1
    for a, b, _ in pairs:
        readings = _readings(ctx, a, b)
        if not readings or _rate(ctx, a, b) is None:
            if not readings and per_pair[frozenset((a.unit, b.unit))] == 1 \
                    and a.value > 0 and b.value > 0 and ctx.as_of is not None:
                # a dated document, no rate, and no second conversion of the pair for the
                # consistency form to compare it with: say why it is unchecked (an undated
                # document needs a date first, which every such conversion would repeat)
                yield _no_rate(ctx, rule, a, b, ok)
            continue  # judged by the consistency form, or not at all
        # the most favourable reading decides: a fail must hold under every reading
        judged = [(_judge_rate(a, b, r, ok, bad), r, ua, ub) for r, ua, ub in readings]
        (verdict, expected), rate, ua, ub = min(judged, key=lambda j: VERDICT_RANK[j[0][0]])
        if not (a.value > 0 and b.value > 0):
            # "0 dong ($2 billion)", "($0 billion)": no rate relates a zero to an amount
            verdict, off = "uncertain", "; a zero amount: no exchange rate relates it to the other"
        else:
            off = "" if verdict == "pass" else _off_by(b.value / (a.value * rate.rate))
        rate_txt = f"{_rate_text(rate.rate, ua, ub)} ({rate.source})"
        if (ua, ub) != (a.unit, b.unit):
            rate_txt += f", reading the bare '¥' as {ua if ua != a.unit else ub}"
        yield ctx.claim(rule, verdict, b.start, b.end, rule.render(
            stated=b.text, original=a.text, converted=b.text, rate=rate_txt,
            expected=fmt_value(a.value * rate.rate, b.unit), computed=fmt_interval(
                expected, b.unit), allowed=fmt_interval(_iv(b), b.unit),
            tolerance=f"{ok:.0%}", reason=off),
            inputs=[a, b], computed=a.value * rate.rate, allowed=(b.low, b.high),
            computed_range=(expected.lo, expected.hi), roles=("original", "converted"))


def _no_rate(ctx: DocContext, rule: Rule, a: Quantity, b: Quantity, ok: float) -> Claim:
    """The uncertain claim of a conversion no known rate covers ("₦45 billion ($120
    million)" in 2016: the ECB table has no naira)."""
    when = f" on {ctx.as_of.isoformat()}" if ctx.as_of else ""
    reason = (f"; no exchange rate for {a.unit} to {b.unit}{when}: add one under `rates:` "
              f"in a rules file (--rules) or with --rates")
    return ctx.claim(rule, "uncertain", b.start, b.end, rule.render(
        stated=b.text, original=a.text, converted=b.text, rate="an unknown rate",
        expected="unchecked", computed="unchecked", allowed=fmt_interval(_iv(b), b.unit),
        tolerance=f"{ok:.0%}", reason=reason), inputs=[a, b], allowed=(b.low, b.high),
        roles=("original", "converted"))


def _off_by(ratio: float) -> str:
    """How far a stated conversion is from the rate-implied amount (ratio stated/implied)."""
    if ratio > 2:
        return f"; {fixed(ratio, 1)} times the rate-implied amount"
    if ratio < 0.5:
        return f"; 1/{fixed(1 / ratio, 1)} of the rate-implied amount"
    return f"; {abs(ratio - 1):.0%} off the rate-implied amount"


def _rate_text(rate: float, base: str, quote: str) -> str:
    if not 0 < rate < math.inf:  # a zero or unbounded amount implies no rate to print
        return f"1 {base} = {rate:g} {quote}"
    if rate < 1:
        rate, base, quote = 1 / rate, quote, base
    digits = max(0, 3 - int(math.floor(math.log10(rate))))
    return f"1 {base} = {rate:,.{digits}f} {quote}"


def _consistency(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    ok, bad = rule.tol("consistent", 0.05), rule.tol("inconsistent", 0.10)
    groups: dict[tuple[str, str], list[tuple[Interval, Quantity, Quantity]]] = {}
    for a, b, _ in _money_pairs(ctx):
        if _rate(ctx, a, b) is not None:
            continue  # a reference rate judges it (form: currency)
        base, quote = sorted((a.unit, b.unit))
        orig, conv = (a, b) if a.unit == base else (b, a)
        if orig.low <= 0 or not conv.value > 0:
            continue  # a zero amount ("($0 billion)") implies no rate
        implied = _iv(conv) / _iv(orig)
        groups.setdefault((base, quote), []).append((implied, a, b))
    for (base, quote), items in groups.items():
        if len(items) < 2:
            continue
        ref = statistics.median(it[0].mid for it in items)
        ref_text = _rate_text(ref, base, quote)  # (once per currency pair, not per claim)
        for implied, a, b in items:
            implied_text = _rate_text(implied.mid, base, quote)
            if implied.widen(ok).contains(ref):
                verdict = "pass"
            elif implied.widen(bad).contains(ref):
                verdict = "uncertain"
            else:
                verdict = "fail"
            if verdict == "fail" and len(items) == 2:
                verdict = "uncertain"
                verdict_note = "; with two conversions it is unclear which one is wrong"
            else:
                verdict_note = ""
            yield ctx.claim(rule, verdict, b.start, b.end, rule.render(
                stated=b.text, original=a.text, converted=b.text,
                rate=f"{implied_text} implied here", expected=ref_text,
                computed=f"{implied_text} against {ref_text} elsewhere in the document",
                allowed=fmt_interval(_iv(b), b.unit), tolerance=f"{ok:.0%}",
                reason=verdict_note),
                inputs=[a, b], computed=implied.mid, roles=("original", "converted"))


def _decimals(q: Quantity, text: str) -> int:
    num = text[q.num_start:q.num_end] if q.num_end > q.num_start else q.text
    m = re.search(r"\.(\d+)", num)
    return len(m.group(1)) if m else 0


def _units(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    from checks.units import convert, same_dimension  # pint: loaded when a unit is judged

    for a, b, paren in _pairs(ctx):
        if a.kind != "measure" or b.kind != "measure" or not paren:
            continue
        try:
            if not same_dimension(a.unit, b.unit):
                continue
            fwd = convert(a.value, a.unit, b.unit)
            lo_hi = sorted((convert(a.round_low or a.low, a.unit, b.unit),
                            convert(a.round_high or a.high, a.unit, b.unit)))
        except ConfigError:
            continue
        sb = _round_number_interval(b, ctx.text)
        compound = _COMPOUND.search(b.text)
        if compound:
            # "26 ft 8 in", "18 st 4 lb": written to the nearest smaller unit
            try:
                half = convert(0.5, _COMPOUND_SMALL[compound.group(1).lower()], b.unit)
            except (ConfigError, KeyError):
                half = 0.0
            sb = Interval(sb.lo - half, sb.hi + half)
        delta = _temperature_delta(ctx, a, b)
        if sb.contains(fwd):
            verdict, reason = "pass", ""
        elif delta is not None and sb.contains(delta):
            fwd, verdict, reason = delta, "pass", "; read as a temperature difference"
        elif _round_source(a, ctx.text) and a.value >= 1000 and sb.overlaps(
                _converted(_round_number_interval(a, ctx.text), a.unit, b.unit)):
            # "4,700 km (2,922 miles)": a round source is judged at its own precision
            verdict, reason = "pass", f"; at the precision of the round {a.text}"
        elif sb.overlaps(Interval(*lo_hi)) and not _round_source(a, ctx.text):
            # SEMANTICS: consistent when some values inside both stated precisions agree
            # (a measured "6,961 meters" stands for 6,960.5-6,961.5); a round source such
            # as "100 °F" is the writer's own starting point, where truncation is grey
            verdict, reason = "pass", f"; within the rounding of {a.text}"
        elif a.hedge or b.hedge:
            verdict, reason = "uncertain", "; a hedged figure"
        else:
            d = _decimals(b, ctx.text)
            trunc = math.floor(abs(fwd) * 10 ** d) / 10 ** d * (1 if fwd >= 0 else -1)
            if math.isclose(trunc, b.value, abs_tol=10 ** -(d + 6)):
                verdict, reason = "uncertain", "; truncated rather than rounded"
            elif sb.overlaps(Interval(*lo_hi)):
                verdict, reason = "uncertain", f"; only within the rounding of {a.text}"
            else:
                verdict, reason = "fail", ""
        yield ctx.claim(rule, verdict, b.start, b.end, rule.render(
            stated=b.text, original=a.text, converted=b.text, rate="exact factor",
            expected=f"{fwd:,.4g} {_unit_label(b.unit)}",
            computed=f"{a.text} = {fwd:,.4g} {_unit_label(b.unit)}",
            allowed=fmt_interval(sb), tolerance="the printed precision", reason=reason),
            inputs=[a, b], computed=fwd, allowed=(sb.lo, sb.hi),
            computed_range=(lo_hi[0], lo_hi[1]), roles=("original", "converted"))


def _converted(iv: Interval, src: str, dst: str) -> Interval:
    """An interval converted between units (exact factors; order kept)."""
    from checks.units import convert  # pint: loaded when a unit is judged

    lo, hi = sorted((convert(iv.lo, src, dst), convert(iv.hi, src, dst)))
    return Interval(lo, hi)


def _round_source(q: Quantity, text: str) -> bool:
    """True for a source figure written as a round number ("100 °F", "300 m")."""
    num = text[q.num_start:q.num_end] if q.num_end > q.num_start else q.text
    digits = num.replace(",", "").strip()
    return digits.isdigit() and digits.endswith("0")


_COMPOUND = re.compile(r"\d\s*(?:ft|feet|foot|st|stone|lb|lbs|pounds?)\.?\s+\d+(?:\.\d+)?\s*"
                       r"(in|inch|inches|lb|lbs|pounds?|oz|ounces?)\b", re.I)
_COMPOUND_SMALL = {"in": "inch", "inch": "inch", "inches": "inch", "lb": "pound",
                   "lbs": "pound", "pound": "pound", "pounds": "pound", "oz": "ounce",
                   "ounce": "ounce", "ounces": "ounce"}


def _round_number_interval(q: Quantity, text: str) -> Interval:
    """A converted figure's interval; "60 miles" may be rounded to the ten (55–65).

    Writers round a conversion to a round number, so trailing zeros of an integer are
    read as possibly not significant: a reading the text allows, hence consistent.
    """
    iv = _iv(q)
    num = text[q.num_start:q.num_end] if q.num_end > q.num_start else q.text
    digits = re.sub(r"[^\d.]", "", num)
    if "." in digits or q.scale != 1:
        return iv
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or zeros == len(digits):
        return iv
    half = 0.5 * 10 ** zeros
    return Interval(min(iv.lo, q.value - half), max(iv.hi, q.value + half))


_DELTA_WORDS = re.compile(r"\b(?:higher|lower|warmer|cooler|colder|hotter|above|below|rise|"
                          r"rose|increase|increased|drop|dropped|fall|fell|by|up|down|"
                          r"difference|change|anomaly)\b", re.I)


def _temperature_delta(ctx: DocContext, a: Quantity, b: Quantity) -> float | None:
    """A temperature difference ("2.14F (1.19C) higher") converts by the factor alone."""
    units = {a.unit, b.unit}
    if units != {"degree_Celsius", "degree_Fahrenheit"}:
        return None
    s0, s1 = ctx.sentence_span(ctx.sentence_index(a.start))
    if not _DELTA_WORDS.search(ctx.text[s0:s1]):
        return None
    factor = 9 / 5 if a.unit == "degree_Celsius" else 5 / 9
    return a.value * factor


def _unit_label(unit: str) -> str:
    return {"degree_Celsius": "°C", "degree_Fahrenheit": "°F"}.get(unit, unit)
