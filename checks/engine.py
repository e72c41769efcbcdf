"""Checking documents: extract quantities, run the rule packs, collect claims per document."""

from __future__ import annotations

import os

from checks.context import DocContext
from checks.documents import Document, discover, read_document
from checks.errors import ConfigError, FactlintError, internal_error
from checks.findings import Claim, DocumentResult, RunResult
from checks.options import CheckOptions
from checks.pipeline import extract_document
from checks.rules import RuleSet, load_rule_packs


class Checker:
    """Rules loaded once, applied to many documents."""

    def __init__(self, options: CheckOptions | None = None, rules: RuleSet | None = None):
        self.options = options or CheckOptions()
        self.ruleset = rules or load_rule_packs(self.options.rule_paths,
                                                builtin=not self.options.no_builtin_rules)
        self.rules = self.ruleset.active(self.options.selected, self.options.disabled)
        from checks.relations import registry

        self.kinds = registry()
        # reference data and document assertions: loaded once per run, shared by documents
        from checks.assertions import CODE as _DOC, NAME as _DOC_NAME, load_assertions
        from checks.references import load_facts, load_rates

        self.facts = load_facts(self.ruleset.files, self.options.fact_files)
        self.rates = load_rates(self.ruleset.files, self.options.rate_files)
        self.assertions = load_assertions(self.ruleset.files)
        if self.options.project_root:
            self.assertions.roots = tuple(os.path.realpath(r) for r in (
                self.options.project_root, *self.options.assertion_roots))
        sel, dis = self.options.selected, self.options.disabled
        self.run_assertions = not (dis and any(n in (_DOC, _DOC_NAME, "doc") for n in dis)) \
            and not (sel and not any(n in (_DOC, _DOC_NAME, "doc", "DOC") for n in sel))

    def context(self, doc: Document) -> DocContext:
        """Extract the document's quantities and prepare it for the relation kinds."""
        quantities = extract_document(doc, self.options.extract)
        as_of = self.options.as_of or doc.as_of
        return DocContext(doc=doc, quantities=quantities, as_of=as_of, options=self.options,
                          facts=self.facts, rates=self.rates)

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
                                quantities=len(ctx.quantities), text=doc.text)
        claims: list[Claim] = []
        for rule in self.rules:
            try:
                claims += list(self.kinds[rule.kind].find(ctx, rule))
            except ConfigError as exc:
                result.errors.append(f"{doc.path}: rule {rule.code}: {exc.message}")
            except Exception as exc:
                exc.factlint_step = f"rule {rule.code}"  # named in the error entry
                raise
        extra: list[Claim] = []
        if self.run_assertions:
            extra, errors = self.assertions.check(ctx)
            result.errors += errors
        from checks.tables import table_claims  # tables: automatic checks and pandera schemas

        extra = extra + table_claims(doc, self.options, errors=result.errors)
        result.claims = sorted(_dedupe(claims) + extra, key=Claim.sort_key)
        used = {(i.start, i.end) for c in result.claims for i in c.inputs}
        used |= {(c.start, c.end) for c in result.claims}
        result.quantities_used = sum(
            1 for q in ctx.quantities
            if any(s <= q.start and q.end <= e or q.start <= s < q.end for s, e in used))
        return result


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Keep one claim per (rule, span); the first found wins. Sort by position."""
    seen, out = set(), []
    for c in sorted(claims, key=Claim.sort_key):
        key = (c.rule, c.start, c.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def check_document(doc: Document, options: CheckOptions | None = None) -> DocumentResult:
    """Check one document with a fresh Checker (use Checker directly for many documents)."""
    return Checker(options).check(doc)


def check_paths(paths: list[str], options: CheckOptions | None = None) -> RunResult:
    """Check every document under ``paths``; unreadable documents become errors, not stops."""
    options = options or CheckOptions()
    checker = Checker(options)
    run = RunResult()
    for path in discover(paths):
        try:
            doc = read_document(path, as_of=options.as_of)
        except FactlintError as exc:
            run.documents.append(DocumentResult(path=path, errors=[str(exc)]))
            continue
        run.documents.append(checker.check(doc))
    return run
