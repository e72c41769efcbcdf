"""Output formats: one small formatter each, all reading the same finding records."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable

from checks.errors import internal_error
from checks.findings import DocumentResult, RunResult


class Format(str, enum.Enum):
    """The report formats of ``factlint check``."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    MARKDOWN = "markdown"
    HTML = "html"


#: format -> module under checks.formatters with a ``render(run, **options) -> str``;
#: imported on use so that start-up stays light
MODULES = {Format.TEXT.value: "text", Format.JSON.value: "json_",
           Format.SARIF.value: "sarif", Format.JUNIT.value: "junit",
           Format.GITHUB.value: "github", Format.MARKDOWN.value: "markdown",
           Format.HTML.value: "html"}

#: the file suffix of each format's report
SUFFIXES = {"text": ".txt", "json": ".json", "sarif": ".sarif", "junit": ".xml",
            "github": ".txt", "markdown": ".md", "html": ".html"}


def formats() -> list[str]:
    """The names of every output format."""
    return [f.value for f in Format]


def render(run: RunResult, fmt: str, **options: object) -> str:
    """Render a run in the named format.

    Options every formatter accepts (and may ignore): ``rules`` (code -> RuleMeta),
    ``color`` (text on a terminal), ``verbose`` (list passing claims too).
    """
    try:
        module = MODULES[Format(fmt).value]
    except ValueError:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(formats())})") from None
    formatter: Callable[..., str] = importlib.import_module(f"checks.formatters.{module}").render
    try:
        return formatter(run, **options)
    except Exception:  # noqa: BLE001 - find the document that broke the formatter
        _isolate(run, formatter, fmt, options)
        return formatter(run, **options)


def _isolate(run: RunResult, formatter: Callable[..., str], fmt: str,
             options: dict[str, object]) -> None:
    """Replace each document the formatter fails on by its InternalError entry, in place.

    A formatter bug on one document's claims must not lose the report of the others; the
    run then exits 2 because that document has an error.
    """
    for i, doc in enumerate(run.documents):
        try:
            formatter(RunResult(documents=[doc]), **options)
        except Exception as exc:  # noqa: BLE001
            run.documents[i] = DocumentResult(
                path=doc.path, as_of=doc.as_of, quantities=doc.quantities,
                errors=list(doc.errors) + [internal_error(doc.path, exc, f"the {fmt} format")])
