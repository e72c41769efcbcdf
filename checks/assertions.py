"""Document-specific assertions: named facts found by quoted phrases, and relations between them.

An assertion file (any rule file with an ``assertions:`` key) names the documents it
applies to with ``documents:`` (paths or globs, relative to the file, or matched against
the end of a document's path); without ``documents:`` it applies to every document of the
run. A document may instead name its file in front matter: ``factlint: {assertions: FILE}``
(relative to the document). Shape::

    documents: [asia_autos_and_beef.md]
    assertions:
      facts:
        beef_total: {quote: "¥64.8 billion"}       # the quantity at/inside the quote
        us: {quote: "at ¥13.4 billion", occurrence: 1}
      checks:
        - name: countries-within-total
          check: us + taiwan + hong_kong + cambodia <= beef_total
          message: the four largest buyers cannot exceed the total
          severity: error
        - check: descending(us, taiwan, hong_kong, cambodia)
        - check: target 'almost double' base       # a phrase read as the ratio target/base
          grey: 0.05

``assertions:`` may also be a list of checks, each with its own ``facts:``. Expressions use
checks/expr.py (never eval) over Interval values; units are checked through pint, so yen
never adds to dollars (uncertain, naming both units). ``A 'PHRASE' B`` reads PHRASE with the
quantity scanner ("almost double", "more than triple", "nearly 40%", "half") and tests A/B
against it. Verdict: pass when the relation can hold within the rounding and hedges of the
bound figures; uncertain when it holds only with every figure widened by ``grey`` (relative;
default 0.05 for phrases, 0 otherwise), when a quote is ambiguous or units differ; fail
otherwise. A quote that is not in the document is an error naming the file and the fact.
Claims use rule DOC01 (doc.assertion-failed) unless a check sets its own ``code``.
"""

from __future__ import annotations

import ast
import fnmatch
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from checks.documents import Document
from checks.errors import ConfigError
from checks.expr import Expression, Value
from checks.extract import extract
from checks.findings import SEVERITIES, Claim
from checks.intervals import Interval, hull
from checks.lexicon import ISO_CODES
from checks.quantity import Quantity
from checks.rules import Rule, load_yaml_with_lines, strip_lines
from checks.units import registry, unit_for
from checks.verdict import fmt_interval, fmt_value

if TYPE_CHECKING:
    from checks.context import DocContext  # (a cycle at run time: it reads Assertions)

# pint is imported where used: about 0.35 s, for the unit check of an assertion only

#: the rule assertion checks report under (rules/documents.yml; a check may set its own code)
CODE, NAME = "DOC01", "doc.assertion-failed"
_FACT_KEYS = {"quote", "occurrence", "value", "unit", "__line__"}
_CHECK_KEYS = {"name", "check", "message", "hint", "severity", "grey", "code", "facts",
               "__line__"}
_PHRASE = re.compile(r"^\s*(?P<a>.+?)\s+(?P<q>'[^']+'|\"[^\"]+\")\s+(?P<b>.+?)\s*$", re.S)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class FactSpec:
    """A named fact: where to find it (a quote) or a constant value."""

    name: str
    quote: str | None = None
    occurrence: int | None = None
    value: float | None = None
    unit: str = ""
    source: str = ""
    line: int | None = None


@dataclass(frozen=True)
class CheckSpec:
    """One relation between facts, with how to report it."""

    expr: str
    name: str = ""
    message: str = ""
    hint: str = ""
    severity: str = "error"
    grey: float = 0.0
    code: str = CODE
    phrase: tuple[str, str, str] | None = None  # (a_src, phrase, b_src) for "A 'PHRASE' B"
    facts: tuple[FactSpec, ...] = ()
    source: str = ""
    line: int | None = None


@dataclass
class AssertionFile:
    """The assertions of one file and the documents they apply to."""

    path: str
    documents: tuple[str, ...] = ()
    facts: dict[str, FactSpec] = field(default_factory=dict)
    checks: list[CheckSpec] = field(default_factory=list)

    def applies_to(self, doc_path: str) -> bool:
        """True when no ``documents:`` are given or one of them matches the path."""
        if not self.documents:
            return True
        here = Path(self.path).parent
        target = os.path.normpath(os.path.abspath(doc_path))
        for pat in self.documents:
            full = os.path.normpath(os.path.abspath(here / pat))
            if fnmatch.fnmatch(target, full) or fnmatch.fnmatch(
                    doc_path.replace(os.sep, "/"), pat) or fnmatch.fnmatch(
                    doc_path.replace(os.sep, "/"), "*/" + pat.lstrip("./")):
                return True
        return False


# ----------------------------------------------------------------------------- parsing

def _parse_fact(name: object, entry: object, path: str, line: int | None) -> FactSpec:
    where = f"assertion fact {name!r}"
    if not isinstance(name, str) or not _IDENT.match(name):
        raise ConfigError(f"{where}: a fact name must be an identifier (letters, digits, _)",
                          path, line)
    if isinstance(entry, str):
        entry = {"quote": entry}
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: must be a quote or a mapping with 'quote'", path, line)
    line = entry.get("__line__", line)
    unknown = set(entry) - _FACT_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: quote, "
                          "occurrence, value, unit)", path, line)
    quote, value = entry.get("quote"), entry.get("value")
    if (quote is None) == (value is None):
        raise ConfigError(f"{where}: needs exactly one of 'quote' or 'value'", path, line)
    if quote is not None and (not isinstance(quote, str) or not quote.strip()):
        raise ConfigError(f"{where}, key 'quote': must be a non-empty phrase", path, line)
    if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
        raise ConfigError(f"{where}, key 'value': must be a number", path, line)
    occ = entry.get("occurrence")
    if occ is not None and (not isinstance(occ, int) or isinstance(occ, bool) or occ < 1):
        raise ConfigError(f"{where}, key 'occurrence': must be 1, 2, ...", path, line)
    unit = entry.get("unit", "")
    if unit and not _known_unit(str(unit)):
        raise ConfigError(f"{where}, key 'unit': unknown unit {unit!r} (an ISO 4217 code, "
                          "percent, a pint unit name such as kilometer, or a counted noun "
                          "such as vehicle)", path, line)
    return FactSpec(name, quote, occ, float(value) if value is not None else None, str(unit),
                    path, line)


def _known_unit(unit: str) -> bool:
    if re.fullmatch(r"[A-Z]{3}", unit):
        return unit in ISO_CODES
    if unit in ("percent", "percentage_point") or re.fullmatch(r"[a-z][a-z_-]*", unit):
        return True  # a pint unit name or a counted noun ("vehicle")
    try:
        return unit in registry()
    except Exception:  # pint's parser rejects the string
        return False


def _parse_facts(raw: object, path: str, line: int | None) -> dict[str, FactSpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError("assertion 'facts' must be a mapping of names to quotes", path, line)
    return {k: _parse_fact(k, v, path, raw.get("__line__", line)) for k, v in raw.items()
            if k != "__line__"}


def _functions() -> dict[str, Callable[..., Value]]:
    return {"descending": _descending, "ascending": _ascending, "sum": _isum,
            "hull": hull, "ratio": lambda a, b: a / b}


def _parse_check(entry: object, path: str, facts: dict[str, FactSpec]) -> CheckSpec:
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if isinstance(entry, str):
        entry = {"check": entry}
    if not isinstance(entry, dict):
        raise ConfigError("an assertion check must be a mapping with 'check'", path, line)
    label = entry.get("name") or entry.get("check")
    where = f"assertion {label!r}"
    unknown = set(entry) - _CHECK_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: "
                          f"{', '.join(sorted(_CHECK_KEYS - {'__line__'}))})", path, line)
    src = entry.get("check")
    if not isinstance(src, str) or not src.strip():
        raise ConfigError(f"{where}: missing key 'check' (an expression)", path, line)
    local = dict(facts)
    local.update(_parse_facts(entry.get("facts"), path, line))
    severity = entry.get("severity", "error")
    if severity not in SEVERITIES:
        raise ConfigError(f"{where}, key 'severity': must be one of {', '.join(SEVERITIES)}",
                          path, line)
    code = entry.get("code", CODE)
    if not isinstance(code, str) or not re.match(r"^[A-Z]{2,6}\d{2,3}$", code):
        raise ConfigError(f"{where}, key 'code': must be letters then digits, like DOC01",
                          path, line)
    phrase = None
    m = _PHRASE.match(src)
    if m:
        phrase = (m.group("a"), m.group("q")[1:-1], m.group("b"))
        exprs = [phrase[0], phrase[2]]
        _read_phrase(phrase[1], path, line, where)
        default_grey = 0.05
    else:
        exprs = [src]
        default_grey = 0.0
    for e in exprs:
        try:
            ex = Expression(e, _functions())
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc.message}", path, line) from None
        missing = sorted(ex.names - set(local))
        if missing:
            raise ConfigError(f"{where}: unknown fact {missing[0]!r} (defined: "
                              f"{', '.join(sorted(local)) or 'none'})", path, line)
    grey = entry.get("grey", default_grey)
    if not isinstance(grey, (int, float)) or isinstance(grey, bool) or not 0 <= grey < 1:
        raise ConfigError(f"{where}, key 'grey': must be a number in [0, 1)", path, line)
    used: set[str] = set()
    for e in exprs:
        used |= Expression(e, _functions()).names
    return CheckSpec(expr=src, name=str(entry.get("name") or ""),
                     message=str(entry.get("message") or ""), hint=str(entry.get("hint") or ""),
                     severity=severity, grey=float(grey), code=code, phrase=phrase,
                     facts=tuple(local[n] for n in sorted(used)), source=path, line=line)


def parse_assertions(data: dict[str, Any], path: str) -> AssertionFile:
    """Validate a rule file's ``assertions:`` (and ``documents:``) keys."""
    raw = data.get("assertions")
    line = data.get("__line__", 1)
    docs = strip_lines(data.get("documents") or [])
    if isinstance(docs, str):
        docs = [docs]
    if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
        raise ConfigError("'documents' must be a list of paths or globs", path, line)
    out = AssertionFile(path=path, documents=tuple(docs))
    if isinstance(raw, dict):
        unknown = set(raw) - {"facts", "checks", "__line__"}
        if unknown:
            raise ConfigError(f"assertions: unknown key {sorted(unknown)[0]!r} (allowed: "
                              "facts, checks)", path, raw.get("__line__"))
        out.facts = _parse_facts(raw.get("facts"), path, raw.get("__line__"))
        checks = raw.get("checks") or []
    elif isinstance(raw, list):
        checks = raw
    else:
        raise ConfigError("'assertions' must be a mapping with 'facts' and 'checks', or a "
                          "list of checks", path, line)
    if not isinstance(checks, list):
        raise ConfigError("assertions: 'checks' must be a list", path, line)
    out.checks = [_parse_check(c, path, out.facts) for c in checks]
    return out


def load_assertion_file(path: str) -> AssertionFile:
    """Load one assertion file (a YAML mapping with an ``assertions:`` key)."""
    data = load_yaml_with_lines(path)
    if not isinstance(data, dict) or "assertions" not in data:
        raise ConfigError("an assertion file needs a top-level 'assertions:' key", path, 1)
    return parse_assertions(data, path)


# ------------------------------------------------------------------------------ phrases

def _read_phrase(phrase: str, path: str | None = None, line: int | None = None,
                 where: str = "") -> tuple[Interval, str]:
    """The interval a phrase states for a ratio: 'almost double' -> [1.8, 2] (as a ratio)."""
    qs = [q for q in extract(phrase) if q.kind in ("multiplier", "fraction", "percent")]
    if len(qs) != 1:
        raise ConfigError(f"{where}: cannot read {phrase!r} as one multiple, fraction or "
                          "percentage (e.g. 'almost double', 'nearly 40%', 'half')", path, line)
    q = qs[0]
    if q.kind == "percent":
        return Interval(q.low / 100, q.high / 100), "percent"
    return Interval(q.low, q.high), q.kind


# ----------------------------------------------------------------------------- checking

def _isum(*xs: Value) -> Value:
    total = Interval.point(0.0) if xs and isinstance(xs[0], Interval) else 0
    for x in xs:
        total = total + x
    return total


def _ordered(xs: Sequence[Value], desc: bool) -> bool:
    for a, b in zip(xs, xs[1:]):
        if isinstance(a, Interval):
            if not (a >= b if desc else a <= b):
                return False
        elif not (a >= b if desc else a <= b):  # pint quantities: dimension check only
            return False
    return True


def _descending(*xs: Value) -> bool:
    return _ordered(xs, True)


def _ascending(*xs: Value) -> bool:
    return _ordered(xs, False)


def _bind(spec: FactSpec, ctx: DocContext
          ) -> tuple[Quantity | None, Interval | None, str, str | None]:
    """Bind a fact: (quantity or None, Interval, unit, problem or None)."""
    if spec.value is not None:
        return None, Interval.point(spec.value), spec.unit, None
    # (a fact without a value has its quote)
    pattern = r"\s+".join(re.escape(w) for w in spec.quote.split())  # type: ignore[union-attr]
    hits = [m.span() for m in re.finditer(pattern, ctx.doc.text)]
    if not hits:
        raise ConfigError(f"assertion fact {spec.name!r}: quote {spec.quote!r} is not in "
                          f"{ctx.doc.path}", spec.source, spec.line)
    if spec.occurrence is not None:
        if spec.occurrence > len(hits):
            raise ConfigError(f"assertion fact {spec.name!r}: quote {spec.quote!r} occurs "
                              f"{len(hits)} time(s) in {ctx.doc.path}, not "
                              f"{spec.occurrence}", spec.source, spec.line)
        hits = [hits[spec.occurrence - 1]]
    found: list[list[Quantity]] = []
    for a, b in hits:
        qs = [q for q in ctx.all_quantities if q.start < b and a < q.end]
        if len(qs) > 1:
            main = [q for q in qs if q.kind not in ("year", "ordinal", "duration")]
            qs = main if len(main) == 1 else qs
        found.append(qs)
    if any(len(qs) == 0 for qs in found):
        return None, None, "", f"no number at the quote {spec.quote!r}"
    if len(found) > 1 or len(found[0]) > 1:
        what = f"{len(found)} places" if len(found) > 1 else "several numbers"
        return None, None, "", (f"quote {spec.quote!r} of {spec.name!r} is ambiguous ({what}; "
                                "set 'occurrence' or quote more words)")
    q = found[0][0]
    unit = q.unit if q.kind not in ("multiplier", "fraction") else ""
    return q, Interval(q.low, q.high), unit, None


class Assertions:
    """Every assertion file of a run; checks the ones that apply to a document."""

    def __init__(self, files: list[AssertionFile] | None = None,
                 roots: tuple[str, ...] | None = None):
        self.files = list(files or [])
        self._from_front_matter: dict[str, AssertionFile] = {}
        #: directories front matter may name assertion files in (None: the document's own
        #: directory); a document must not point factlint at any YAML file on disk
        self.roots = roots

    def for_document(self, doc: Document) -> list[AssertionFile]:
        """The assertion files that apply to ``doc`` (including its front matter's)."""
        out = [f for f in self.files if f.applies_to(doc.path)]
        meta = (doc.meta or {}).get("factlint")
        if isinstance(meta, dict) and meta.get("assertions"):
            names = meta["assertions"]
            for name in [names] if isinstance(names, str) else list(names):
                p = os.path.abspath(str(Path(doc.path).parent / str(name)))
                self._confine(p, str(name), doc.path)
                if p not in self._from_front_matter:
                    self._from_front_matter[p] = load_assertion_file(p)
                f = self._from_front_matter[p]
                if all(p != os.path.abspath(g.path) for g in out):
                    out.append(f)
        return out

    def _confine(self, path: str, name: str, doc_path: str) -> None:
        """Refuse a front-matter path outside the project root (and assertion_roots)."""
        roots = self.roots or (os.path.realpath(os.path.dirname(os.path.abspath(doc_path))),)
        try:
            real = os.path.realpath(path)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"front matter names assertion file {name[:80]!r}, which "
                              f"cannot be resolved ({exc})") from None
        if not any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
            raise ConfigError(f"front matter names assertion file {name[:80]!r} outside the "
                              f"project root {roots[0]} (allow more directories with "
                              "assertion-roots in the configuration)")

    def check(self, ctx: DocContext) -> tuple[list[Claim], list[str]]:
        """Claims of every applicable check, and per-document errors (missing quotes)."""
        claims: list[Claim] = []
        errors: list[str] = []
        try:
            files = self.for_document(ctx.doc)
        except ConfigError as exc:
            return [], [f"{ctx.doc.path}: {exc}"]
        for f in files:
            for spec in f.checks:
                try:
                    claims.append(_check_one(spec, ctx))
                except ConfigError as exc:
                    errors.append(str(exc))
        return claims, errors


def load_assertions(files: dict[str, Any] | None = None) -> Assertions:
    """Assertion files among the run's rule files (those with an ``assertions:`` key)."""
    out: list[AssertionFile] = []
    for path, data in (files or {}).items():
        if isinstance(data, dict) and data.get("assertions") is not None:
            out.append(parse_assertions(data, path))
    return Assertions(out)


def _rule_for(spec: CheckSpec) -> Rule:
    return Rule(code=spec.code, name=NAME if spec.code == CODE else f"doc.{spec.code.lower()}",
                kind="assertion", params=MappingProxyType({}), severity=spec.severity,
                message=spec.message, hint=spec.hint or "Correct the figure the document "
                "gets wrong, or the assertion if the document is right.",
                description="document-specific assertion", source=spec.source, line=spec.line)


def _dim_check(spec: CheckSpec, units: dict[str, str], values: dict[str, Interval]
               ) -> str | None:
    """Evaluate the expression over pint quantities; return a unit problem or None."""
    import pint  # (see the note at the top)

    ureg = registry()
    env: dict[str, object] = {}
    for name, unit in units.items():
        mag = values[name].mid or 1.0
        env[name] = ureg.Quantity(mag, unit_for(unit)) if unit not in ("", "percent") \
            else mag
    exprs = [spec.phrase[0], spec.phrase[2]] if spec.phrase else [spec.expr]
    try:
        outs = [Expression(e, _functions()).evaluate(env) for e in exprs]
        if spec.phrase:
            ratio = outs[0] / outs[1]
            if hasattr(ratio, "to") and not ratio.dimensionless:
                return (f"{spec.phrase[0]} is in {outs[0].units:~} and {spec.phrase[2]} in "
                        f"{outs[1].units:~}: no ratio without a conversion")
    except pint.DimensionalityError as exc:
        return (f"cannot combine {exc.units1 or exc.dim1} with {exc.units2 or exc.dim2} "
                "without an exchange rate or conversion")
    except (TypeError, ZeroDivisionError):
        return None
    return None


def _check_one(spec: CheckSpec, ctx: DocContext) -> Claim:
    rule = _rule_for(spec)
    values: dict[str, Interval] = {}
    units: dict[str, str] = {}
    quants: dict[str, Quantity | None] = {}
    problems: list[str] = []
    for f in spec.facts:
        q, value, unit, problem = _bind(f, ctx)
        if problem:
            problems.append(problem)
            continue
        # (a fact bound without a problem has its interval)
        values[f.name], units[f.name], quants[f.name] = value, unit, q  # type: ignore[assignment]
    placed = [q for q in quants.values() if q is not None]
    start = min((q.start for q in placed), default=0)
    end = max((q.end for q in placed), default=0)
    label = spec.name or spec.expr
    inputs = sorted(placed, key=lambda q: q.start)

    def claim(verdict: str, detail: str) -> Claim:
        msg = f"{label}: {detail}" if not spec.message else f"{spec.message} ({detail})"
        return ctx.claim(rule, verdict, start, end, msg, inputs=inputs)

    if problems:
        return claim("uncertain", "; ".join(problems))
    problem = _dim_check(spec, units, values)
    if problem:
        return claim("uncertain", problem)
    listing = ", ".join(f"{n} = {fmt_value(v.mid, units[n])}" for n, v in values.items())
    if spec.phrase:
        a = Expression(spec.phrase[0], _functions()).evaluate(values)
        b = Expression(spec.phrase[2], _functions()).evaluate(values)
        ratio = Interval.of(a) / Interval.of(b)
        stated, what = _read_phrase(spec.phrase[1])
        shown = fmt_interval(ratio, "x") if what != "percent" else \
            fmt_interval(Interval(ratio.lo * 100, ratio.hi * 100), "percent")
        allowed = fmt_interval(stated, "x") if what != "percent" else \
            fmt_interval(Interval(stated.lo * 100, stated.hi * 100), "percent")
        detail = (f"stated '{spec.phrase[1]}'; {spec.phrase[0]} / {spec.phrase[2]} = {shown} "
                  f"(allowed {allowed}); {listing}")
        if ratio.overlaps(stated):
            return claim("pass", detail)
        if spec.grey and ratio.overlaps(stated.widen(spec.grey)):
            return claim("uncertain", detail + f"; within the {spec.grey:.0%} grey zone")
        return claim("fail", detail)
    ex = Expression(spec.expr, _functions())
    if ex.evaluate(values):
        return claim("pass", _sides(spec.expr, values, units) or listing)
    if spec.grey:
        wide = {k: v.widen(spec.grey) for k, v in values.items()}
        if ex.evaluate(wide):
            return claim("uncertain", (_sides(spec.expr, values, units) or listing) +
                         f"; holds only within the {spec.grey:.0%} grey zone")
    return claim("fail", _sides(spec.expr, values, units) or listing)


def _sides(src: str, values: dict[str, Interval], units: dict[str, str]) -> str:
    """For a comparison 'a + b <= c': 'a + b = 39.7 billion <= c = 64.8 billion'."""
    try:
        node = ast.parse(src.strip(), mode="eval").body
    except SyntaxError:
        return ""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return ", ".join(f"{n} = {fmt_interval(values[n], units.get(n, ''))}"
                         for n in (a.id for a in node.args if isinstance(a, ast.Name))
                         if n in values)
    if not isinstance(node, ast.Compare) or len(node.ops) != 1:
        return ""
    parts = []
    for sub in (node.left, node.comparators[0]):
        s = ast.unparse(sub)
        try:
            v = Interval.of(Expression(s, _functions()).evaluate(values))
        except (ConfigError, ValueError, ZeroDivisionError):
            return ""
        names = Expression(s, _functions()).names
        unit = next((units[n] for n in names if n in units), "")
        parts.append(f"{s} = {fmt_interval(v, unit)}")
    op = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
          ast.NotEq: "!="}.get(type(node.ops[0]), "?")
    return f" {op} ".join(parts)
