"""Checking documents: extract quantities, run the rule packs, collect claims per document."""

from __future__ import annotations

from checks.documents import Document, discover, read_document
from checks.errors import FactlintError
from checks.findings import DocumentResult, RunResult
from checks.options import CheckOptions
from checks.pipeline import extract_document


def check_document(doc: Document, options: CheckOptions | None = None) -> DocumentResult:
    """Check one document and return its claims (rules are applied by the rule engine)."""
    options = options or CheckOptions()
    quantities = extract_document(doc, options.extract)
    as_of = options.as_of or doc.as_of
    return DocumentResult(path=doc.path, as_of=as_of.isoformat() if as_of else None,
                          quantities=len(quantities), text=doc.text)


def check_paths(paths: list[str], options: CheckOptions | None = None) -> RunResult:
    """Check every document under ``paths``; unreadable documents become errors, not stops."""
    options = options or CheckOptions()
    run = RunResult()
    for path in discover(paths):
        try:
            doc = read_document(path, as_of=options.as_of)
        except FactlintError as exc:
            run.documents.append(DocumentResult(path=path, errors=[str(exc)]))
            continue
        run.documents.append(check_document(doc, options))
    return run
