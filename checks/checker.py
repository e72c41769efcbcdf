"""Checking documents: extract quantities, run every rule, collect claims per document.

Every rule (prose relations, document assertions, table checks) is a ``checks.rules.Rule``
whose kind is in the one registry (``checks.relations``): a document's check is one loop
over the active rules, prose kinds first, then assertions, then tables.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable

from checks.assertions import load_assertions
from checks.binder import load_vocabulary
from checks.context import DocContext
from checks.documents import Document
from checks.errors import ConfigError, internal_error
from checks.extraction import extract_document
from checks.findings import Claim, DocumentResult
from checks.options import CheckOptions
from checks.quantity import Quantity
from checks.references import load_facts, load_rates
from checks.relations import READS, registry
from checks.rules import Rule, RuleSet, load_rule_packs


class Checker:
    """Rules loaded once, applied to many documents."""

    def __init__(self, options: CheckOptions | None = None, rules: RuleSet | None = None):
        self.options = options or CheckOptions()
        self.ruleset = rules or load_rule_packs(self.options.rule_paths,
                                                builtin=not self.options.no_builtin_rules)
        self.kinds = registry()
        # prose kinds first, then the document's assertions, then its tables (the order
        # of the claims does not depend on it; the order of the errors does)
        self.rules = sorted(self.ruleset.active(self.options.selected, self.options.disabled),
                            key=lambda r: READS.index(self.kinds[r.kind].reads))
        # reference data and document assertions: loaded once per run, shared by documents
        self.facts = load_facts(self.ruleset.files, self.options.fact_files)
        self.rates = load_rates(self.ruleset.files, self.options.rate_files)
        self.assertions = load_assertions(self.ruleset.files)
        self.vocabulary_files = tuple(path for path, data in self.ruleset.files.items()
                                      if isinstance(data, dict) and "vocabulary" in data)
        if self.vocabulary_files:
            load_vocabulary(self.vocabulary_files)  # a malformed list fails at load time
        if self.options.project_root:
            self.assertions.roots = tuple(os.path.realpath(r) for r in (
                self.options.project_root, *self.options.assertion_roots))

    def context(self, doc: Document) -> DocContext:
        """Extract the document's quantities and prepare it for the relation kinds."""
        quantities = extract_document(doc, self.options.extract)
        as_of = self.options.as_of or doc.as_of
        return DocContext(doc=doc, quantities=quantities, as_of=as_of, options=self.options,
                          facts=self.facts, rates=self.rates,
                          vocabulary_files=self.vocabulary_files, assertions=self.assertions)

    def check(self, doc: Document) -> DocumentResult:
        """Check one document: every active rule, every claim, errors collected.

        This is the one place where a factlint bug is contained: an unexpected exception
        while checking the document (extraction, a rule, a table, an assertion) becomes
        its error entry ``InternalError: ...`` and the run goes on (exit code 2).
        """
        try:
            return self._check(doc)
        except Exception as exc:  # noqa: BLE001 - one document's bug must not sink the run
            as_of = self.options.as_of or doc.as_of
            return DocumentResult(
                path=doc.path, as_of=as_of.isoformat() if as_of else None, text=doc.text,
                errors=[internal_error(doc.path, exc, getattr(exc, "factlint_step", ""))])

    def _check(self, doc: Document) -> DocumentResult:
        ctx = self.context(doc)
        result = DocumentResult(path=doc.path,
                                as_of=ctx.as_of.isoformat() if ctx.as_of else None,
                                quantities=len(ctx.all_quantities), text=doc.text,
                                warnings=[_not_prose_warning(ctx, a, b, n) for (a, b), n
                                          in zip(ctx.not_prose, ctx.not_prose_figures)])
        claims: list[Claim] = []
        prose: set[str] = set()  # codes of the rules that read prose
        for rule in self.rules:
            if self.kinds[rule.kind].reads == "prose":
                prose.add(rule.code)
                claims += _dedupe(self._find(ctx, rule))
            else:  # the assertion and table kinds put their own errors in ctx.errors
                claims += self.kinds[rule.kind].find(ctx, rule)
        result.errors = ctx.errors
        result.claims = sorted(_defer(claims, self.rules, prose), key=Claim.sort_key)
        result.quantities_used = count_used(ctx.all_quantities, result.claims)
        return result

    def _find(self, ctx: DocContext, rule: Rule) -> list[Claim]:
        """The claims of one prose rule; a rule the document cannot run is an error entry."""
        try:
            return list(self.kinds[rule.kind].find(ctx, rule))
        except ConfigError as exc:
            ctx.errors.append(f"{ctx.doc.path}: rule {rule.code}: {exc.message}")
            return []
        except Exception as exc:
            # named in the error entry (checks.errors.internal_error)
            exc.factlint_step = f"rule {rule.code}"  # type: ignore[attr-defined]
            raise


def _not_prose_warning(ctx: DocContext, a: int, b: int, n: int) -> str:
    """The warning of a run without a sentence end that the relation kinds do not read
    (``n`` figures start in it)."""
    line, col = ctx.doc.position(a)
    return (f"{ctx.doc.path}:{line}:{col}: {b - a:,} characters without a sentence end "
            f"(markup left open, a table flattened into text?) are not read as prose: "
            f"their {n:,} figure(s) are not checked against each other")


def count_used(quantities: Iterable[Quantity], claims: list[Claim]) -> int:
    """How many quantities lie inside, or contain the start of, a claim's or input's span.

    Sorted span starts with a running maximum of their ends answer both questions by
    bisection, O((q + s) log s) instead of comparing every quantity with every span.
    """
    used = {(i.start, i.end) for c in claims for i in c.inputs}
    used |= {(c.start, c.end) for c in claims}
    if not used:
        return 0
    spans = sorted(used)
    starts = [s for s, _ in spans]
    reach, top = [], -1  # reach[i]: the furthest end among spans[:i + 1]
    for _, e in spans:
        top = max(top, e)
        reach.append(top)
    n = 0
    for q in quantities:
        i = bisect.bisect_left(starts, q.start)
        if i < len(starts) and starts[i] < q.end:  # a span starts inside the quantity
            n += 1
            continue
        j = bisect.bisect_right(starts, q.start)  # spans starting at or before it
        if j and reach[j - 1] >= q.end:  # one of them covers the quantity
            n += 1
    return n


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Keep one claim per (rule, span) of a prose rule; the first found wins. Sort by
    position."""
    seen, out = set(), []
    for c in sorted(claims, key=Claim.sort_key):
        key = (c.rule, c.start, c.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _defer(claims: list[Claim], rules: list[Rule], prose: set[str]) -> list[Claim]:
    """Drop a reading's claim where a prose rule of a kind it defers to (``defer_to``)
    judged the same figure: the pattern rules bind their textbook shapes more tightly.
    ``prose``: the codes of the rules that read prose (a table's change is not one).

    A pattern claim that computed nothing (an input missing: "the year of the event is
    not stated") defers the other way: it gives way to a reading that found the input
    paragraphs away and holds; a reading that fails there is not clear enough to overrule
    it (the pattern's uncertain stays, the fail is dropped)."""
    defer = {r.code: set(r.param("defer_to") or ()) for r in rules if r.kind == "reading"}
    if not defer:
        return claims
    bound: dict[str, list[tuple[int, int]]] = {}
    unbound: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        if c.rule in prose and c.rule not in defer:
            side = unbound if c.verdict == "uncertain" and c.computed is None else bound
            side.setdefault(c.kind, []).append((c.start, c.end))
    by_bound, by_unbound = _reach(bound), _reach(unbound)

    def over(reach: dict[str, tuple[list[int], list[int]]], c: Claim) -> bool:
        return any(_overlapped(reach.get(k), c.start, c.end) for k in defer.get(c.rule, ()))

    out = [c for c in claims if not over(by_bound, c)
           and not (c.verdict != "pass" and over(by_unbound, c))]
    # the unbound pattern claims a kept reading overlaps give way to it
    replacing: dict[str, list[tuple[int, int]]] = {}
    for c in out:
        if c.rule in defer and over(by_unbound, c):
            for k in defer[c.rule]:
                replacing.setdefault(k, []).append((c.start, c.end))
    if not replacing:
        return out
    by_replacing = _reach(replacing)
    return [c for c in out if not (c.rule in prose and c.rule not in defer
                                   and c.verdict == "uncertain" and c.computed is None
                                   and _overlapped(by_replacing.get(c.kind), c.start, c.end))]


def _reach(spans: dict[str, list[tuple[int, int]]]) -> dict[str, tuple[list[int], list[int]]]:
    """Per kind: the span starts in order and the furthest end so far, so that "does a
    span of this kind overlap the claim" is one bisection, not a scan of every claim."""
    out = {}
    for k, found in spans.items():
        found.sort()
        ends: list[int] = []
        top = -1
        for _, e in found:
            top = max(top, e)
            ends.append(top)
        out[k] = ([s for s, _ in found], ends)
    return out


def _overlapped(reach: tuple[list[int], list[int]] | None, start: int, end: int) -> bool:
    """True when a span of ``reach`` (starts, running maximum of ends) overlaps
    [start, end): one that starts before ``end`` reaches past ``start``."""
    if not reach:
        return False
    starts, ends = reach
    i = bisect.bisect_left(starts, end)  # the spans that start before the claim ends
    return i > 0 and ends[i - 1] > start
