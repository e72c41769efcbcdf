"""The ``factlint`` command line: stdout is data, stderr is for people."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from checks import __version__
from checks.errors import FactlintError, InternalError, internal_message
from checks.findings import EXIT_ERROR, EXIT_OK, FAIL_ON
from checks.formatters import formats
from checks.formatters.common import terminal_safe


#: what ``add_subparsers`` returns: ``add_parser`` makes one subcommand's parser
Subparsers = argparse._SubParsersAction  # noqa: SLF001 - argparse names it privately


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:  # noqa: D102
        self.exit(EXIT_ERROR, f"factlint: error: {message}\n")


def _config_flags(p: argparse.ArgumentParser) -> None:
    """Flags shared by check, baseline, rules and explain: where configuration and rules are."""
    p.add_argument("--config", metavar="FILE",
                   help="configuration file (default: the nearest .factlint.yaml or "
                        "pyproject.toml with [tool.factlint])")
    p.add_argument("--rules", action="append", metavar="PATH",
                   help="a rule pack or document assertion file (YAML), may repeat; "
                        "adds to the configured ones")
    p.add_argument("--no-builtin-rules", action="store_true",
                   help="use only the rule packs given or configured")


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: needs at least 1")
    return n


def _scale_flags(p: argparse.ArgumentParser) -> None:
    """Flags of ``check`` for many documents: cores, cache, archives, Dask."""
    g = p.add_argument_group("scale")
    g.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                   help="worker processes (default: the usable cores; 1: in this process)")
    g.add_argument("--cache-dir", metavar="DIR",
                   help="result cache directory (default .factlint-cache)")
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    g.add_argument("--text-column", metavar="COLUMN",
                   help="read the PATHs as archives (.jsonl, .csv, .parquet): one document "
                        "a row, its text in COLUMN")
    g.add_argument("--id-column", metavar="COLUMN",
                   help="archives: the row's id, shown where a path would be "
                        "(default file:row)")
    g.add_argument("--date-column", metavar="COLUMN",
                   help="archives: the row's as-of date")
    g.add_argument("--text-format", choices=["text", "markdown", "html"], default=None,
                   help="archives: how the text column is written (default text)")
    g.add_argument("--dask", metavar="ADDRESS",
                   help="check on a dask.distributed cluster: a scheduler address, or "
                        "'local' for a LocalCluster of --jobs workers")


def _extract_parser(sub: Subparsers[_Parser]) -> None:
    """The flags of ``factlint extract``."""
    e = sub.add_parser("extract", help="list every quantity found in the documents")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--format", choices=["jsonl", "csv", "table"], default="table")
    e.add_argument("--output", "-o", metavar="FILE", help="write here (atomically)")
    e.add_argument("--yen", choices=["JPY", "CNY"], default="JPY",
                   help="currency of a bare ¥ (default JPY; CNY when the text says yuan)")
    e.add_argument("--hedges", action="append", metavar="FILE",
                   help="extra hedge lexicon (YAML), may repeat")
    e.add_argument("--validate", action="store_true",
                   help="validate the quantity table with its pandera schema")
    e.set_defaults(command="cmd_extract")


def _check_parser(sub: Subparsers[_Parser]) -> None:
    """The flags of ``factlint check``."""
    c = sub.add_parser("check", help="check the relations the documents state")
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="documents or directories (default: the configured paths)")
    _config_flags(c)
    c.add_argument("--as-of", metavar="DATE", help="the documents' date (YYYY-MM-DD)")
    c.add_argument("--rates", action="append", metavar="FILE",
                   help="exchange-rate table (YAML with 'rates:'), may repeat; used before "
                        "the built-in ECB reference rates")
    c.add_argument("--facts", action="append", metavar="FILE",
                   help="reference facts (YAML with 'facts:'), e.g. the year of an event; "
                        "may repeat")
    c.add_argument("--fail-on", choices=FAIL_ON, default=None,
                   help="exit 1 when a claim of this severity or above fails (default error)")
    c.add_argument("--format", choices=formats() + ["jsonl", "parquet"], default=None,
                   help="report format (default text); jsonl and parquet: one record a "
                        "claim, for pandas or DuckDB")
    c.add_argument("--output", "-o", metavar="FILE", help="write here (atomically)")
    c.add_argument("--diff", metavar="REF",
                   help="report only claims on lines this branch changed: the working tree "
                        "against the merge base of REF and HEAD, as git diff REF... "
                        "(REF... accepted)")
    c.add_argument("--baseline", metavar="FILE",
                   help="report only findings not recorded in this baseline file")
    c.add_argument("--disable", action="append", metavar="RULE",
                   help="switch rules off: codes, names or families (PCT01, "
                        "percent.share-mismatch, percent), any case, comma lists; may repeat")
    c.add_argument("--select", action="append", metavar="RULE",
                   help="check only these rules: codes, names or families, any case, "
                        "comma lists; may repeat")
    c.add_argument("--verbose", "-v", action="store_true",
                   help="text format: list passing claims too")
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="text format: colours and tables (default: on a terminal)")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    c.add_argument("--yen", choices=["JPY", "CNY"], default=None)
    c.add_argument("--hedges", action="append", metavar="FILE")
    _scale_flags(c)
    c.set_defaults(command="cmd_check")


def _baseline_parser(sub: Subparsers[_Parser]) -> None:
    """The flags of ``factlint baseline``."""
    b = sub.add_parser("baseline", help="record current findings; later checks report new ones")
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help="documents or directories (default: the configured paths)")
    _config_flags(b)
    b.add_argument("--output", "-o", metavar="FILE",
                   help="baseline file (default: configured, else .factlint-baseline.json)")
    b.add_argument("--as-of", metavar="DATE", help="the documents' date (YYYY-MM-DD)")
    b.add_argument("--rates", action="append", metavar="FILE",
                   help="exchange-rate table (YAML), may repeat")
    b.add_argument("--facts", action="append", metavar="FILE",
                   help="reference facts (YAML), may repeat")
    b.add_argument("--yen", choices=["JPY", "CNY"], default=None)
    b.add_argument("--hedges", action="append", metavar="FILE")
    b.set_defaults(command="cmd_baseline")


def _rules_parser(sub: Subparsers[_Parser]) -> None:
    """The flags of ``factlint rules``."""
    r = sub.add_parser("rules", help="list every rule, built-in and user")
    _config_flags(r)
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.set_defaults(command="cmd_rules")


def _tables_parser(sub: Subparsers[_Parser]) -> None:
    """The flags of ``factlint tables``."""
    t = sub.add_parser("tables", help="list the tables of documents, or infer their schemas")
    t.add_argument("paths", nargs="+", metavar="PATH")
    t.add_argument("--infer-schema", action="store_true",
                   help="write the relations found as table rules (pandera YAML) for --rules")
    t.add_argument("--output", "-o", metavar="FILE", help="write here (atomically)")
    t.set_defaults(command="cmd_tables")


def _explain_parser(sub: Subparsers[_Parser]) -> None:
    """The flags of ``factlint explain``."""
    x = sub.add_parser("explain", help="explain a rule: description, relation, examples")
    x.add_argument("rule", metavar="RULE", help="rule code or name")
    _config_flags(x)
    x.set_defaults(command="cmd_explain")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    p = _Parser(prog="factlint", description="Check the numbers in prose before publishing.")
    p.add_argument("--version", action="version", version=f"factlint {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for add in (_extract_parser, _check_parser, _baseline_parser, _rules_parser,
                _tables_parser, _explain_parser):
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        # imported once the flags are read: the commands' modules take about 0.1 s to
        # import, which --help, --version and a usage error should not pay
        from checks import commands

        command: Callable[[argparse.Namespace], int] = getattr(commands, args.command)
        return command(args)
    except FactlintError as exc:
        print(f"factlint: {terminal_safe(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except InternalError as exc:
        print(f"factlint: internal error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a factlint bug outside any one document
        print(f"factlint: {internal_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
