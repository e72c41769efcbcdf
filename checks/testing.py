"""Testing helpers for rule packs: a rule-case loader and assertions on claims and quantities.

Rule-pack authors test their rules the way factlint tests its own: one YAML file of named
cases per rule (``tests/rule_cases/<CODE>.yml``), expected claims identified by quoted text
rather than offsets, and assertion helpers whose failures list what was found instead.

A case file::

    rule: PCT01                   # the rule these cases exercise (code or name)
    cases:
      - name: seed_byd_nearly_40  # the test id becomes PCT01_seed_byd_nearly_40
        why: the seed's share; 2.146 / 5.5 = 39.0%, inside "nearly 40%"
        near_miss: true           # optional: a case that sits close to the line
        text: |
          BYD wants to sell 5.5 million vehicles this year and has sold 2.146 million,
          nearly 40% of the goal.
        config:                   # optional overrides
          as_of: 2025-07-15       #   the document's date
          format: text            #   text (default), markdown or html
          facts: {...}            #   reference facts, as in a rule file's facts:
          rates: {...}            #   exchange rates, as in a rule file's rates:
          rules: [...]            #   extra rules (a rule file's rules: list)
          assertions: [...]       #   document-specific assertions
          disable: [CODE, ...]    #   rules switched off
        expect:                   # claims that must be found
          - verdict: pass         #   rule defaults to the file's rule
            text: nearly 40%      #   quoted claim text (matched by overlapping span)
            inputs: [2.146 million, 5.5 million vehicles]
        strict: false             # true: no claim of the rule beyond those expected

Whatever ``strict`` says, a ``fail`` of the case's rule that is not expected fails the case:
a false alarm is the costliest mistake a rule can make.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from checks.documents import SUFFIXES, make_document, read_document
from checks.errors import ConfigError
from checks.findings import VERDICTS, Claim, DocumentResult
from checks.options import CheckOptions
from checks.quantity import Quantity
from checks.resources import rules_dir
from checks.rules import load_rule_packs, load_yaml_with_lines, strip_lines

if TYPE_CHECKING:
    import pytest

    from checks.checker import Checker

# checks.checker is imported where a checker is built: about 0.1 s (the scanner's
# patterns) that loading cases and seeds does not need; pytest only by case_params (it is
# no dependency of factlint)

CASE_KEYS = {"name", "why", "text", "config", "expect", "strict", "near_miss", "xfail",
             "__line__"}
CONFIG_KEYS = {"as_of", "format", "facts", "rates", "rules", "assertions", "disable",
               "select", "tables"}
EXPECT_KEYS = {"rule", "verdict", "text", "inputs", "occurrence", "why", "xfail"}
_FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html"}


@dataclass(frozen=True)
class ExpectedClaim:
    """A claim a case or a seed expects: rule, verdict, quoted text and quoted inputs."""

    rule: str
    #: the verdict, or alternatives separated by "|"
    verdict: str
    text: str
    inputs: tuple[str, ...] = ()
    why: str = ""
    #: a known bug: the reason the expectation does not hold yet (reported as xfail)
    xfail: str = ""

    def describe(self) -> str:
        """A one-line description for failure messages."""
        ins = f" from {', '.join(repr(i) for i in self.inputs)}" if self.inputs else ""
        return f"{self.rule} {self.verdict} {self.text!r}{ins}"


@dataclass(frozen=True)
class RuleCase:
    """One named case of a rule: a text, optional overrides and the claims it must yield."""

    rule: str
    name: str
    text: str
    why: str
    expect: tuple[ExpectedClaim, ...] = ()
    #: overrides: format, as_of, disable, select, and rule-file keys (YAML values)
    config: dict[str, Any] = field(default_factory=dict)
    strict: bool = False
    near_miss: bool = False
    xfail: str = ""
    source: str = ""
    line: int | None = None

    @property
    def id(self) -> str:
        """The pytest id, ``<CODE>_<case>``."""
        return f"{self.rule}_{self.name}"

    @property
    def flags(self) -> bool:
        """True when the case expects the rule to report a ``fail``."""
        return any(e.verdict == "fail" and rule_matches(e.rule, self.rule)
                   for e in self.expect)


def rule_matches(key: str, rule: str, name: str = "") -> bool:
    """True when a rule given by code or name (or a dotted name prefix) means this rule."""
    if not key:
        return True
    return key in (rule, name) or bool(name) and name.startswith(key + ".") or \
        rule.startswith(key) and not key[-1:].isdigit()


def family_matches(key: str, kind: str) -> bool:
    """True when ``key`` names the relation kind (``total`` for ``totals``, ``conversion``
    for ``currency-conversion``), so sidecars may name a family instead of a rule."""
    if not key or not kind:
        return False
    key, kind = key.lower(), kind.lower()
    return key == kind or kind.startswith(key) or key in re.split(r"[._-]", kind)


def _str_list(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise ConfigError(f"{where} must be a list of quoted strings")


def parse_expected(entry: Any, default_rule: str, path: str, where: str = ""
                   ) -> ExpectedClaim:
    """Validate one expected-claim mapping (from a rule case or a seed sidecar): ``entry``
    is the loaded YAML, anything until checked here."""
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}an expected claim must be a mapping", path, line)
    entry = strip_lines(entry)
    unknown = set(entry) - EXPECT_KEYS
    if unknown:
        raise ConfigError(f"{where}unknown key {sorted(unknown)[0]!r} in an expected claim "
                          f"(allowed: {', '.join(sorted(EXPECT_KEYS))})", path, line)
    verdict = entry.get("verdict")
    # a list (or "a|b") accepts any of several verdicts: "almost double" for 1.75x may
    # honestly be uncertain or a warning-level fail
    alts = verdict if isinstance(verdict, list) else str(verdict).split("|")
    if not alts or any(v not in VERDICTS for v in alts):
        raise ConfigError(f"{where}verdict must be one of {', '.join(VERDICTS)} (or a list "
                          f"of them), not {verdict!r}", path, line)
    verdict = "|".join(alts)
    text = entry.get("text")
    if not isinstance(text, (str, int, float)) or not str(text).strip():
        raise ConfigError(f"{where}an expected claim needs its quoted 'text'", path, line)
    try:
        inputs = _str_list(entry.get("inputs"), "inputs")
    except ConfigError as exc:
        raise ConfigError(f"{where}{exc.message}", path, line) from None
    return ExpectedClaim(rule=str(entry.get("rule") or default_rule), verdict=verdict,
                         text=str(text), inputs=inputs, why=str(entry.get("why", "")),
                         xfail=str(entry.get("xfail") or ""))


def load_case_file(path: str | os.PathLike[str]) -> list[RuleCase]:
    """Load one rule-case file; every problem is a ConfigError naming file and line."""
    path = str(path)
    data = load_yaml_with_lines(path)
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ConfigError("a rule-case file is a mapping with 'rule:' and a 'cases:' list",
                          path, 1)
    rule = data.get("rule") or Path(path).stem
    if not isinstance(rule, str):
        raise ConfigError("'rule' must be a rule code or name", path, 1)
    cases: list[RuleCase] = []
    seen: set[str] = set()
    for entry in data["cases"]:
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict):
            raise ConfigError("a case must be a mapping", path, line)
        name = entry.get("name")
        where = f"case {name}: "
        unknown = set(entry) - CASE_KEYS
        if unknown:
            raise ConfigError(f"{where}unknown key {sorted(unknown)[0]!r} (allowed: "
                              f"{', '.join(sorted(CASE_KEYS - {'__line__'}))})", path, line)
        if not isinstance(name, str) or not name.replace("_", "").isalnum():
            raise ConfigError("a case needs a 'name' of letters, digits and underscores",
                              path, line)
        if name in seen:
            raise ConfigError(f"{where}defined twice", path, line)
        seen.add(name)
        for key in ("text", "why"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ConfigError(f"{where}needs a non-empty {key!r}", path, line)
        config = strip_lines(entry.get("config") or {})
        if not isinstance(config, dict):
            raise ConfigError(f"{where}'config' must be a mapping", path, line)
        bad = set(config) - CONFIG_KEYS
        if bad:
            raise ConfigError(f"{where}unknown config key {sorted(bad)[0]!r} (allowed: "
                              f"{', '.join(sorted(CONFIG_KEYS))})", path, line)
        if config.get("format", "text") not in _FORMATS:
            raise ConfigError(f"{where}config format must be one of "
                              f"{', '.join(_FORMATS)}", path, line)
        raw_expect = entry.get("expect") or []
        if not isinstance(raw_expect, list):
            raise ConfigError(f"{where}'expect' must be a list", path, line)
        expect = tuple(parse_expected(e, rule, path, where) for e in raw_expect)
        for e in expect:
            if not quote_spans(entry["text"], e.text):
                raise ConfigError(f"{where}expected claim text {e.text!r} is not in the "
                                  f"case's text", path, line)
            for i in e.inputs:
                if not quote_spans(entry["text"], i):
                    raise ConfigError(f"{where}input {i!r} is not in the case's text",
                                      path, line)
        cases.append(RuleCase(rule=rule, name=name, text=entry["text"],
                              why=" ".join(entry["why"].split()), expect=expect,
                              config=config, strict=bool(entry.get("strict", False)),
                              near_miss=bool(entry.get("near_miss", False)),
                              xfail=str(entry.get("xfail") or ""), source=path, line=line))
    return cases


def load_cases(directory: str | os.PathLike[str]) -> list[RuleCase]:
    """Load every ``*.yml`` case file of a directory, sorted by file name."""
    out: list[RuleCase] = []
    for p in sorted(Path(directory).glob("*.yml")):
        out += load_case_file(p)
    return out


def case_params(directory: str | os.PathLike[str]) -> list[pytest.ParameterSet]:
    """The cases of a directory as ``pytest.param``s with ``<CODE>_<case>`` ids.

    A rule-pack author's whole test module can be::

        @pytest.mark.parametrize("case", case_params("tests/rule_cases"))
        def test_rule_case(case):
            assert_case(case)

    Cases marked ``xfail`` carry a (non-strict) xfail mark with their reason.
    """
    import pytest  # (see the note at the top)

    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=c.xfail, strict=False)]
                         if c.xfail else []) for c in load_cases(directory)]


# running -----------------------------------------------------------------------------------

_CHECKERS: dict[tuple[object, ...], Checker] = {}


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def check_text(text: str, *, fmt: str = "text", as_of: dt.date | str | None = None,
               rule_paths: Sequence[str] = (), extra: dict[str, Any] | None = None,
               disabled: Sequence[str] = (),
               selected: Sequence[str] = (), path: str | None = None) -> DocumentResult:
    """Check a string as a document of format ``fmt`` and return its DocumentResult.

    ``extra`` is a rule-file mapping (``rules``, ``assertions``, ``facts``, ``rates``) written
    to a temporary file and loaded like a user's ``--rules`` file, so cases exercise the same
    loading path users do. Checkers are cached per configuration: rule packs load once.
    """
    from checks.checker import Checker  # (see the note at the top)

    day = _as_date(as_of)
    paths = list(rule_paths)
    key_extra = None
    if extra:
        key_extra = yaml.safe_dump(extra, sort_keys=True, allow_unicode=True)
        paths.append(_case_file(key_extra))
    key = (tuple(rule_paths), key_extra, tuple(disabled), tuple(selected), day)
    checker = _CHECKERS.get(key)
    if checker is None:
        options = CheckOptions(rule_paths=tuple(paths), as_of=day,
                               disabled=tuple(disabled), selected=tuple(selected))
        checker = Checker(options)
        if len(_CHECKERS) > 64:
            _CHECKERS.clear()
        _CHECKERS[key] = checker
    doc = make_document(text, path or f"case{_FORMATS[fmt]}", fmt, day)
    return checker.check(doc)


_TMP: list[str] = []


def _case_file(content: str) -> str:
    """Write a case's rule-file mapping once per content to a per-process temp directory.

    The file outlives the call because a cached Checker may name it in findings and errors.
    """
    if not _TMP:
        _TMP.append(tempfile.mkdtemp(prefix="factlint-cases-"))
        atexit.register(shutil.rmtree, _TMP[0], True)
    path = os.path.join(_TMP[0], hashlib.sha1(content.encode()).hexdigest()[:16] + ".yml")
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
    return path


def run_case(case: RuleCase) -> DocumentResult:
    """Check a rule case's text with its config overrides."""
    cfg = case.config
    extra: dict[str, Any] = {k: cfg[k] for k in ("rules", "assertions", "facts", "rates",
                                                  "tables") if k in cfg}
    return check_text(case.text, fmt=cfg.get("format", "text"), as_of=cfg.get("as_of"),
                      extra=extra or None, disabled=tuple(cfg.get("disable") or ()),
                      selected=tuple(cfg.get("select") or ()))


# matching and assertions ---------------------------------------------------------------------

def _quote_rx(quote: str) -> re.Pattern[str]:
    # a quote matches across line wraps: any run of whitespace matches any other
    return re.compile(r"\s+".join(re.escape(w) for w in quote.split()))


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``quote`` in ``text``, whitespace-insensitive."""
    return [m.span() for m in _quote_rx(quote).finditer(text)]


_spans = quote_spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def claim_matches(claim: Claim, doc_text: str | None, *, text: str | None = None,
                  rule: str | None = None, verdict: str | None = None,
                  inputs: Iterable[str] = ()) -> bool:
    """True when a claim is the one quoted: rule, verdict, claim text and inputs agree.

    A quote matches a claim whose span overlaps one of the quote's occurrences in the
    document (or, without the document text, whose text contains the quote or is contained
    in it), so a rule may report "nearly 40%" or "nearly 40% of the goal" for the same quote.
    """
    if rule and not (rule_matches(rule, claim.rule, claim.name)
                     or family_matches(rule, claim.kind)):
        return False
    if verdict and claim.verdict not in verdict.split("|"):
        return False

    def hit(quote: str, start: int, end: int, own: str) -> bool:
        if doc_text is not None:
            spans = _spans(doc_text, quote)
            if spans:
                return any(_overlaps((start, end), s) for s in spans)
        a, b = " ".join(quote.split()), " ".join(own.split())
        return a in b or b in a

    if text and not hit(text, claim.start, claim.end, claim.text):
        return False
    return all(any(hit(q, i.start, i.end, i.text) for i in claim.inputs) for q in inputs)


def describe_claims(claims: Iterable[Claim]) -> str:
    """Claims one per line, for failure messages."""
    lines = [f"  {c.rule} {c.verdict:9} {c.text!r} inputs={[i.text for i in c.inputs]} "
             f"-- {c.message}" for c in claims]
    return "\n".join(lines) or "  (no claims)"


#: what the assertions search: a document's result, or its claims
Result = DocumentResult | Iterable[Claim]


def _claims(result: Result) -> tuple[list[Claim], str | None]:
    if isinstance(result, DocumentResult):
        return list(result.claims), result.text
    return list(result), None


def find_claims(result: Result, *, text: str | None = None, rule: str | None = None,
                verdict: str | None = None, inputs: Iterable[str] = ()) -> list[Claim]:
    """The claims of a result (DocumentResult or list of claims) that match the quotes."""
    claims, doc_text = _claims(result)
    inputs = tuple(inputs)
    return [c for c in claims if claim_matches(c, doc_text, text=text, rule=rule,
                                               verdict=verdict, inputs=inputs)]


def assert_claim(result: Result, *, text: str, verdict: str | None = None, rule: str | None = None,
                 inputs: Iterable[str] = ()) -> Claim:
    """Assert that a claim quoting ``text`` was found (with that verdict); return it."""
    inputs = tuple(inputs)
    found = find_claims(result, text=text, rule=rule, verdict=verdict, inputs=inputs)
    if found:
        return found[0]
    claims, doc_text = _claims(result)
    near = [c for c in claims if claim_matches(c, doc_text, text=text, rule=rule)]
    want = ExpectedClaim(rule or "*", verdict or "*", text, inputs).describe()
    if near:
        raise AssertionError(f"expected claim {want}; the claims at that text are:\n"
                             f"{describe_claims(near)}")
    raise AssertionError(f"expected claim {want} was not found; all claims:\n"
                         f"{describe_claims(claims)}")


def assert_no_claim(result: Result, *, text: str | None = None, rule: str | None = None,
                    verdict: str | None = None) -> None:
    """Assert that no claim matches (e.g. ``verdict='fail'`` for a near-miss)."""
    found = find_claims(result, text=text, rule=rule, verdict=verdict)
    if found:
        what = " ".join(f"{k}={v!r}" for k, v in
                        (("rule", rule), ("verdict", verdict), ("text", text)) if v)
        raise AssertionError(f"expected no claim with {what or 'anything'}, found:\n"
                             f"{describe_claims(found)}")


def check_expectations(result: DocumentResult, expect: Iterable[ExpectedClaim],
                       rule: str | None = None, strict: bool = False) -> list[str]:
    """Compare a result with expected claims; return the problems (empty when all hold).

    Every expected claim must be found. A ``fail`` of ``rule`` (every rule when None) that
    no expectation accounts for is a problem; with ``strict``, any unexpected claim of
    ``rule`` is.
    """
    problems = []
    matched: set[int] = set()
    for e in expect:
        found = find_claims(result, text=e.text, rule=e.rule, verdict=e.verdict,
                            inputs=e.inputs)
        if not found:
            near = find_claims(result, text=e.text, rule=e.rule)
            got = ("; found instead:\n" + describe_claims(near)) if near else " (no claim)"
            problems.append(f"missing {e.describe()}{got}")
        matched |= {id(c) for c in found}
        # a claim at the expected text with another verdict is not "unexpected" twice
        matched |= {id(c) for c in find_claims(result, text=e.text, rule=e.rule)}
    for c in result.claims:
        if id(c) in matched or (rule and not rule_matches(rule, c.rule, c.name)):
            continue
        if c.verdict == "fail" or strict:
            problems.append(f"unexpected {c.rule} {c.verdict} {c.text!r}: {c.message}")
    return problems


def assert_case(case: RuleCase, result: DocumentResult | None = None) -> DocumentResult:
    """Run a rule case (unless given its result) and assert its expectations hold."""
    result = result if result is not None else run_case(case)
    problems = check_expectations(result, case.expect, rule=case.rule, strict=case.strict)
    if result.errors:
        problems += [f"document error: {e}" for e in result.errors]
    if problems:
        raise AssertionError(f"rule case {case.id} ({case.source}:{case.line}) -- "
                             f"{case.why}\n" + "\n".join(problems) +
                             "\nall claims:\n" + describe_claims(result.claims))
    return result


# quantities ------------------------------------------------------------------------------------

def approx_equal(a: float, b: float, rel: float = 1e-9, abs_: float = 0.0) -> bool:
    """math.isclose that also accepts equal infinities."""
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def assert_quantity(quantities: Iterable[Quantity], text: str, *, value: float | None = None,
                    unit: str | None = None, kind: str | None = None,
                    low: float | None = None, high: float | None = None,
                    hedge: str | None = None, rel: float = 1e-6) -> Quantity:
    """Assert a quantity with surface ``text`` was extracted with these fields; return it.

    Numbers compare within the relative tolerance ``rel`` (floats from scale words are not
    exact: 2.146 million is 2146000.0000000002 on some paths).
    """
    quantities = list(quantities)
    cands = [q for q in quantities if q.text == text] or \
        [q for q in quantities if text in q.text]
    if not cands:
        raise AssertionError(f"no quantity {text!r}; found: "
                             f"{[q.text for q in quantities]}")
    problems: list[str] = []
    for q in cands:
        problems = []
        for name, want in (("value", value), ("low", low), ("high", high)):
            if want is not None and not approx_equal(getattr(q, name), want, rel):
                problems.append(f"{name} {getattr(q, name)!r} != {want!r} (rel {rel})")
        for name, wanted in (("unit", unit), ("kind", kind), ("hedge", hedge)):
            if wanted is not None and getattr(q, name) != wanted:
                problems.append(f"{name} {getattr(q, name)!r} != {wanted!r}")
        if not problems:
            return q
    raise AssertionError(f"quantity {text!r}: " + "; ".join(problems))


# seed documents and their sidecars -------------------------------------------------------------

SIDECAR_KEYS = {"as_of", "rules", "claims", "description", "__line__"}


@dataclass(frozen=True)
class SeedSpec:
    """A seed document and what its sidecar ``<name>.expected.yml`` expects of it."""

    document: str
    sidecar: str
    claims: tuple[ExpectedClaim, ...]
    as_of: dt.date | None = None
    rule_paths: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The document's file name without its suffix."""
        return Path(self.document).stem


def load_sidecar(sidecar: str | os.PathLike[str]) -> SeedSpec:
    """Load ``<name>.expected.yml`` and find the document it describes beside it.

    Keys: ``claims`` (expected claims: rule code, name prefix or relation family; verdict;
    quoted text; quoted inputs), ``as_of`` (when the document has no front-matter date),
    ``rules`` (extra rule or assertion files, relative to the sidecar).
    """
    sidecar = str(sidecar)
    base = sidecar[: -len(".expected.yml")] if sidecar.endswith(".expected.yml") else None
    if base is None:
        raise ConfigError("a sidecar is named <document name>.expected.yml", sidecar)
    docs = [base + suf for suf in SUFFIXES if os.path.exists(base + suf)]
    if len(docs) != 1:
        raise ConfigError(f"expected exactly one document named {Path(base).name}.* beside "
                          f"the sidecar, found {len(docs)}", sidecar)
    data = load_yaml_with_lines(sidecar) or {}
    if not isinstance(data, dict) or not isinstance(data.get("claims", []), list):
        raise ConfigError("a sidecar is a mapping with a 'claims:' list", sidecar, 1)
    bad = set(data) - SIDECAR_KEYS
    if bad:
        raise ConfigError(f"unknown key {sorted(bad)[0]!r} (allowed: "
                          f"{', '.join(sorted(SIDECAR_KEYS - {'__line__'}))})", sidecar, 1)
    claims = tuple(parse_expected(e, "", sidecar) for e in data.get("claims") or ())
    with open(docs[0], encoding="utf-8-sig") as fh:
        text = fh.read()
    for e in claims:
        for quote in (e.text, *e.inputs):
            if not quote_spans(text, quote):
                raise ConfigError(f"quoted text {quote!r} is not in {docs[0]}", sidecar)
    rules = data.get("rules") or []
    rules = [rules] if isinstance(rules, str) else rules
    here = os.path.dirname(sidecar)
    try:
        as_of = _as_date(data.get("as_of"))
    except ValueError:
        raise ConfigError(f"as_of {data.get('as_of')!r} is not a date", sidecar, 1) from None
    return SeedSpec(document=docs[0], sidecar=sidecar, claims=claims, as_of=as_of,
                    rule_paths=tuple(os.path.join(here, r) for r in rules))


def load_seeds(directory: str | os.PathLike[str]) -> list[SeedSpec]:
    """Every sidecar of a directory, loaded, sorted by document name."""
    return [load_sidecar(p) for p in sorted(Path(directory).glob("*.expected.yml"))]


def check_seed(seed: SeedSpec) -> DocumentResult:
    """Check a seed document as the command line would, with its sidecar's settings."""
    from checks.checker import Checker  # (see the note at the top)

    key = ("seed", seed.rule_paths, seed.as_of)
    checker = _CHECKERS.get(key)
    if checker is None:
        checker = _CHECKERS[key] = Checker(CheckOptions(rule_paths=seed.rule_paths,
                                                        as_of=seed.as_of))
    return checker.check(read_document(seed.document, as_of=seed.as_of))


def find_case_dir(start: str | os.PathLike[str] = ".") -> Path | None:
    """The nearest ``tests/rule_cases`` directory at or above ``start``."""
    here = Path(start).resolve()
    for d in (here, *here.parents):
        if (d / "tests" / "rule_cases").is_dir():
            return d / "tests" / "rule_cases"
    return None


class PackChecker:
    """A Checker over named built-in rule packs only, for testing one family in isolation.

    ``PackChecker("changes.yml").one(text)`` returns the single claim of a text (and fails
    with the claims' messages when there is not exactly one).
    """

    def __init__(self, *packs: str, **options: Any):
        from checks.checker import Checker  # (see the note at the top)

        rules = load_rule_packs([str(rules_dir() / p) for p in packs], builtin=False)
        self.checker = Checker(CheckOptions(**options), rules=rules)

    def claims(self, text: str) -> list[Claim]:
        """The claims of a plain-text document."""
        return self.checker.check(make_document(text)).claims

    def one(self, text: str) -> Claim:
        """The one claim of a text; an AssertionError listing the claims otherwise."""
        found = self.claims(text)
        assert len(found) == 1, [c.message for c in found]
        return found[0]
