"""Output formats: one small formatter each, all reading the same finding records."""

from __future__ import annotations

import enum
import importlib

from checks.findings import RunResult


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


def render(run: RunResult, fmt: str, **options) -> str:
    """Render a run in the named format.

    Options every formatter accepts (and may ignore): ``rules`` (code -> RuleMeta),
    ``color`` (text on a terminal), ``verbose`` (list passing claims too).
    """
    try:
        module = MODULES[Format(fmt).value]
    except ValueError:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(formats())})") from None
    return importlib.import_module(f"checks.formatters.{module}").render(run, **options)
