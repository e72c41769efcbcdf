"""Options of a check run, gathered from configuration and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from checks.quantity import ExtractConfig


@dataclass(frozen=True)
class CheckOptions:
    """Everything that changes what a check run reports."""

    extract: ExtractConfig = field(default_factory=ExtractConfig)
    #: user rule packs and document-specific assertion files (YAML)
    rule_paths: tuple[str, ...] = ()
    #: skip the built-in rule packs
    no_builtin_rules: bool = False
    #: the as-of date when a document does not give one
    as_of: dt.date | None = None
    #: exchange-rate tables and reference-fact files (YAML)
    rate_files: tuple[str, ...] = ()
    fact_files: tuple[str, ...] = ()
    #: rules switched off, by code or name
    disabled: tuple[str, ...] = ()
    #: rules selected (empty: all)
    selected: tuple[str, ...] = ()
    #: the project root (the configuration file's directory, else the working directory):
    #: assertion files named in front matter must lie below it or below assertion_roots
    project_root: str | None = None
    assertion_roots: tuple[str, ...] = ()
