"""From paths to quantities: read each document, scan it, attach places in the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from checks.documents import Document, discover, read_document
from checks.errors import FactlintError, internal_error
from checks.extract import extract
from checks.quantity import ExtractConfig, Quantity


@dataclass
class Extracted:
    """A document and its quantities, or the error that stopped it."""

    path: str
    document: Document | None = None
    quantities: list[Quantity] = field(default_factory=list)
    error: str | None = None

    def records(self) -> list[dict[str, Any]]:
        """Contract records (path, line, column, ...) of the quantities."""
        doc = self.document
        assert doc is not None  # an Extracted with quantities has its document
        out = []
        for q in self.quantities:
            line, col = doc.position(q.start)
            out.append(q.contract(self.path, line, col))
        return out


def extract_document(doc: Document, config: ExtractConfig | None = None) -> list[Quantity]:
    """Return the quantities of a document (scanning its visible text only).

    Offsets point into the original file: a quantity that starts on an HTML character
    reference ("&yen;5 billion") starts at its '&'.
    """
    qs = extract(doc.scan_text, config or ExtractConfig())
    if doc.entities:
        qs = [replace(q, start=doc.original_start(q.start),
                      num_start=doc.original_start(q.num_start)) for q in qs]
    return qs


def extract_paths(paths: list[str], config: ExtractConfig | None = None,
                  as_of: dt.date | None = None) -> list[Extracted]:
    """Read and scan every document under ``paths``; errors are collected, not raised."""
    return list(iter_extracted(paths, config, as_of))


def iter_extracted(paths: list[str], config: ExtractConfig | None = None,
                   as_of: dt.date | None = None) -> Iterator[Extracted]:
    """As extract_paths, one document at a time (``factlint extract`` streams its output)."""
    for path in discover(paths):
        try:
            doc = read_document(path, as_of=as_of)
        except FactlintError as exc:
            yield Extracted(path, error=str(exc))
            continue
        try:
            quantities = extract_document(doc, config)
        except FactlintError as exc:
            yield Extracted(path, error=str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the run
            yield Extracted(path, error=internal_error(path, exc, "extraction"))
            continue
        yield Extracted(path, doc, quantities)
