"""The bodies of the ``factlint`` subcommands: read the flags, run, write the report.

``checks.cli`` builds the parsers and calls ``cmd_<command>`` here; ``checks.run`` is the
check run they share with the pytest plugin.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import io
import json
import math
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, TypedDict

from checks import archive, streaming
from checks import baseline as baseline_mod
from checks.cache import Cache
from checks.config import Config, discover_config, documents
from checks.errors import ConfigError, InputError
from checks.formatters import render
from checks.findings import EXIT_ERROR, EXIT_OK
from checks.formatters.common import load_rule_catalog, relpath, terminal_safe
from checks.io import atomic_write
from checks.parallel import forget_checkers, usable_cores
from checks.quantity import CONTRACT_FIELDS, ExtractConfig
from checks.rules import Rule, RuleSet, load_rule_packs
from checks.run import PROGRESS_MIN, run_check, stream_check
from checks.selection import known_rules, resolve, resolve_config
from checks.streaming import CLAIM_FORMATS, STREAMED, Sink
from checks.verdict import fmt_plain


def _extract_config(args: argparse.Namespace) -> ExtractConfig:
    return ExtractConfig(yen_symbol=args.yen, hedge_files=tuple(args.hedges or ()))


def cmd_extract(args: argparse.Namespace) -> int:
    """Print every quantity of the documents (jsonl, csv or a table).

    jsonl and csv are written one document at a time (to stdout, or to a temporary file
    renamed over ``--output`` at the end); the table needs every record for its widths.
    """
    # imported here: the scanner's patterns cost start-up time the other commands skip
    from checks.extraction import iter_extracted

    status = EXIT_OK
    records: list[dict[str, Any]] = []
    sink = Sink(args.output) if args.format != "table" else None
    try:
        if sink and args.format == "csv":
            sink.write(",".join(CONTRACT_FIELDS) + "\n")
        for r in iter_extracted(args.paths, _extract_config(args)):
            if r.error:
                print(f"factlint: {r.error}", file=sys.stderr)
                status = EXIT_ERROR
                continue
            recs = r.records()
            if args.validate:
                from checks.quantity_table import to_frame  # pandera: slow to import

                # (a result without an error has its document)
                to_frame(recs, len(r.document.text))  # type: ignore[union-attr]
            # (jsonl and csv have a sink: only the table has none)
            if args.format == "jsonl":
                # strict JSON has no Infinity: an unbounded end ("more than 800,000") is null
                sink.write(  # type: ignore[union-attr]
                    "".join(json.dumps(_finite(rec), ensure_ascii=False, allow_nan=False)
                            + "\n" for rec in recs))
            elif args.format == "csv":
                buf = io.StringIO()
                w = csv.DictWriter(buf, fieldnames=list(CONTRACT_FIELDS), lineterminator="\n")
                for rec in recs:
                    w.writerow(rec)
                sink.write(buf.getvalue())  # type: ignore[union-attr]
            else:
                records += recs
        if sink:
            sink.commit()
    except BaseException:
        if sink:
            sink.abort()
        raise
    if not sink:
        _emit(_table(records), args.output)
    return status


def _finite(rec: dict[str, Any]) -> dict[str, Any]:
    """Replace infinite interval ends with None (JSON null)."""
    return {k: (None if isinstance(v, float) and math.isinf(v) else v) for k, v in rec.items()}


def _table(records: list[dict[str, Any]]) -> str:
    rows = [("place", "text", "value", "unit", "kind", "interval", "hedge")]
    for r in records:
        interval = (fmt_plain(r["low"]) if r["low"] == r["high"] else
                    f"{fmt_plain(r['low'])} – {fmt_plain(r['high'])}")
        rows.append((f"{r['path']}:{r['line']}:{r['column']}", r["text"], fmt_plain(r["value"]),
                     r["unit"], r["kind"], interval, r["hedge"] or ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n"
                   for row in rows)


def config_from_args(args: argparse.Namespace) -> Config:
    """The configuration file (``--config`` or the nearest) overridden by the flags given."""
    config = discover_config(getattr(args, "config", None))

    def extend(current: Iterable[str], extra: Iterable[str] | None) -> tuple[str, ...]:
        """Configured paths, then the flag's (relative to the working directory)."""
        return tuple(current) + tuple(os.path.abspath(p) for p in extra or ())

    values: dict[str, Any] = {
        "rules": extend(config.rules, getattr(args, "rules", None)),
        "facts": extend(config.facts, getattr(args, "facts", None)),
        "rates": extend(config.rates, getattr(args, "rates", None)),
        "hedges": extend(config.hedges, getattr(args, "hedges", None)),
        "disable": None, "select": None,
        "fail_on": getattr(args, "fail_on", None),
        "yen": getattr(args, "yen", None),
        "format": getattr(args, "format", None),
        "baseline": getattr(args, "baseline", None),
    }
    if getattr(args, "no_builtin_rules", False):
        values["builtin_rules"] = False
    as_of = getattr(args, "as_of", None)
    if as_of:
        try:
            values["as_of"] = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(as_of)
        except ValueError:
            raise ConfigError(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)") from None
    config = config.with_values(**values)
    if getattr(args, "select", None) or getattr(args, "disable", None) or config.select \
            or config.disable or config.overrides or config.suppress \
            or config.xfail:
        # the file's selectors are checked where they were written, then the flags'
        known = known_rules(config)
        config = resolve_config(config, known)
        flags: dict[str, tuple[str, ...]] = {}
        if getattr(args, "select", None):
            flags["select"] = resolve(args.select, known, "--select")
        if getattr(args, "disable", None):
            flags["disable"] = tuple(config.disable) + resolve(args.disable, known, "--disable")
        config = config.with_values(**flags)
    return config


def _want_color(args: argparse.Namespace) -> bool:
    choice = getattr(args, "color", "auto") or "auto"
    if choice != "auto":
        return choice == "always"
    return (not getattr(args, "output", None) and sys.stdout.isatty()
            and "NO_COLOR" not in os.environ)


def _paths(args: argparse.Namespace, config: Config) -> list[str]:
    if args.paths:
        return list(args.paths)
    if config.paths:
        # reports name documents relative to where factlint runs, as given paths are
        return [relpath(p, os.getcwd()) for p in config.paths]
    raise ConfigError("no paths given and none configured (paths = [...] in [tool.factlint])")


def cmd_check(args: argparse.Namespace) -> int:
    """Check the documents; write the report; return the exit code (RunResult.exit_code)."""
    forget_checkers()
    config = config_from_args(args)
    fmt = config.format
    output = getattr(args, "output", None)
    color = _want_color(args) and fmt == "text"
    if fmt in STREAMED and not color:
        return _stream(args, config, fmt, output)
    if getattr(args, "text_column", None) or fmt in CLAIM_FORMATS:
        raise ConfigError(f"--format {fmt} cannot be written for an archive or a claim "
                          f"table; use json, text, sarif, junit, jsonl or parquet")
    paths = _paths(args, config)
    progress = sys.stderr.isatty() and not getattr(args, "quiet", False)
    run = run_check(paths, config, diff=getattr(args, "diff", None), baseline=config.baseline,
                    progress=progress, keep_text=fmt == "html", **_scale(args, config))
    if fmt != "text" or output:
        # a text report on the terminal shows the errors already
        for err in run.errors + [e for d in run.documents for e in d.errors]:
            print(f"factlint: {terminal_safe(err)}", file=sys.stderr)
        for warning in (w for d in run.documents for w in d.warnings):
            print(f"factlint: warning: {terminal_safe(warning)}", file=sys.stderr)
    if not run.documents:
        print("factlint: no documents found to check", file=sys.stderr)
    rules = load_rule_catalog(config.rules, config.builtin_rules) if fmt == "sarif" else None
    report = render(run, fmt, color=color,
                    verbose=getattr(args, "verbose", False), rules=rules)
    _emit(report, output)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary:
        try:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write(render(run, "markdown"))
        except OSError as exc:
            print(f"factlint: cannot append to $GITHUB_STEP_SUMMARY: {exc.strerror}",
                  file=sys.stderr)
    return run.exit_code(config.fail_on)


class _Scale(TypedDict):
    """How a run is spread: worker processes, the result cache, a Dask scheduler."""

    jobs: int
    cache: Cache | None
    dask: str | None


def _scale(args: argparse.Namespace, config: Config) -> _Scale:
    """``jobs``, ``cache`` and ``dask`` for a run, from the flags and the configuration."""
    jobs = getattr(args, "jobs", None)
    if jobs is None:
        jobs = config.jobs  # [tool.factlint] jobs / .factlint.yaml
    if jobs is None:
        jobs = usable_cores()
    if jobs < 1:
        raise ConfigError(f"--jobs {jobs}: needs at least 1")
    cache = None
    if config.cache and not getattr(args, "no_cache", False):
        cache = Cache(getattr(args, "cache_dir", None) or config.cache_dir)
    return {"jobs": jobs, "cache": cache, "dask": getattr(args, "dask", None)}


def _stream(args: argparse.Namespace, config: Config, fmt: str, output: str | None) -> int:
    """Check and write the report one document at a time (checks.streaming.STREAMED):
    memory stays flat however many documents there are."""
    text_column = getattr(args, "text_column", None)
    if text_column:
        if not args.paths:
            raise ConfigError("--text-column needs archive files (.jsonl, .csv, .parquet)")
        columns = archive.Columns(text_column, getattr(args, "id_column", None),
                                  getattr(args, "date_column", None),
                                  getattr(args, "text_format", None) or "text")
        for p in args.paths:
            archive.archive_kind(p)
        paths, tasks = [], archive.tasks(list(args.paths), columns, config)
    else:
        # report order (by path) is check order, so each document is final when it arrives
        paths, tasks = sorted(documents(config, _paths(args, config))), None
    progress = (sys.stderr.isatty() and not getattr(args, "quiet", False)
                and len(paths) >= PROGRESS_MIN)
    scale = _scale(args, config)
    rules = None
    if fmt == "sarif":
        rules = load_rule_catalog(config.rules, config.builtin_rules)
    writer = streaming.writer(fmt, output, verbose=getattr(args, "verbose", False),
                              rules=rules)
    quiet_errors = fmt == "text" and not output  # the report on stdout shows them
    try:
        writer.start()
        for doc in stream_check(paths, config, diff=getattr(args, "diff", None),
                                baseline=config.baseline, progress=progress, tasks=tasks,
                                keep_text=False, **scale):
            if not quiet_errors:
                for err in doc.errors:
                    print(f"factlint: {err}", file=sys.stderr)
            writer.document(doc)
        writer.finish()
    except BaseException:
        writer.abort()
        raise
    if not writer.tally.count:
        print("factlint: no documents found to check", file=sys.stderr)
    return writer.tally.exit_code(config.fail_on)


def _emit(text: str, output: str | None) -> None:
    if output:
        _write(output, text)
    else:
        sys.stdout.write(text)


def _write(path: str, text: str) -> None:
    """Write a report or baseline atomically; an OS error becomes one line, exit code 2."""
    try:
        atomic_write(path, text)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path) from None


def cmd_baseline(args: argparse.Namespace) -> int:
    """Record the current fail and uncertain claims in a baseline file."""
    forget_checkers()
    config = config_from_args(args)
    target = args.output or config.baseline or baseline_mod.DEFAULT_NAME
    run = run_check(_paths(args, config), config.with_values(baseline=None))
    errors = run.errors + [e for d in run.documents for e in d.errors]
    for err in errors:
        print(f"factlint: {err}", file=sys.stderr)
    if errors:
        print("factlint: baseline not written: fix the errors above first", file=sys.stderr)
        return 2
    text = baseline_mod.dumps(run, target)
    _write(target, text)
    n = text.count('"fingerprint"')
    print(f"factlint: recorded {n} findings of {len(run.documents)} documents in {target}",
          file=sys.stderr)
    return 0


def _ruleset(args: argparse.Namespace) -> RuleSet:
    config = config_from_args(args)
    return load_rule_packs(tuple(config.rules), builtin=config.builtin_rules)


def cmd_rules(args: argparse.Namespace) -> int:
    """List every rule, built-in and user: code, name, kind, severity, summary."""
    rules = sorted(_ruleset(args).rules, key=lambda r: r.code)
    if getattr(args, "format", "text") == "json":
        out = [{"code": r.code, "name": r.name, "kind": r.kind, "severity": r.severity,
                "enabled": getattr(r, "enabled", True), "description": r.description,
                "source": os.path.basename(getattr(r, "source", "") or "")} for r in rules]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [("code", "name", "kind", "severity", "summary")]
    for r in rules:
        summary = " ".join((r.description or "").split())
        rows.append((r.code, r.name, r.kind, r.severity,
                     summary if len(summary) <= 70 else summary[:67] + "..."))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join([c.ljust(w) for c, w in zip(row[:4], widths)] + [row[4]]).rstrip()
             for row in rows]
    sys.stdout.write("\n".join(lines) + f"\n{len(rules)} rules\n")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    """Print one rule's description, relation, tolerance, message and examples."""
    ruleset = _ruleset(args)
    rule = ruleset.get(args.rule)
    if rule is None:
        names = [r.code for r in ruleset.rules] + [r.name for r in ruleset.rules]
        near = difflib.get_close_matches(args.rule, names, n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(near)}?)" if near else " (see `factlint rules`)"
        raise ConfigError(f"unknown rule {args.rule!r}{hint}")
    sys.stdout.write(explain_text(rule))
    return 0


def _example_lines(example: str) -> list[str]:
    """An example as printed: prose on one line; a table (or any lines that hold pipes or
    tabs) line by line, as a table, its columns aligned."""
    lines = [ln.rstrip() for ln in example.strip("\n").splitlines() if ln.strip()]
    rows = [ln for ln in lines if ln.lstrip().startswith("|") or "\t" in ln]
    if len(rows) < 2:
        return [f"  - {' '.join(example.split())}"]
    out = ["  -"]
    table: list[list[str]] = []
    for ln in lines:
        if ln in rows:
            cells = ln.strip().strip("|").split("|") if "|" in ln else ln.split("\t")
            table.append([c.strip() for c in cells])
        else:
            if table:
                out += _aligned(table)
                table = []
            out.append(f"    {' '.join(ln.split())}")
    if table:
        out += _aligned(table)
    return out


def _aligned(table: list[list[str]]) -> list[str]:
    """Rows of cells as a text table with aligned columns; a Markdown rule row as dashes."""
    n = max(len(r) for r in table)
    rows = [r + [""] * (n - len(r)) for r in table]
    rule = [all(re.fullmatch(r":?-+:?", c or "-") for c in r) for r in rows]
    widths = [max((len(r[i]) for r, is_rule in zip(rows, rule) if not is_rule), default=1)
              for i in range(n)]
    out = []
    for r, is_rule in zip(rows, rule):
        cells = ["-" * w for w in widths] if is_rule else [c.ljust(w) for c, w in zip(r, widths)]
        out.append("    " + "  ".join(cells).rstrip())
    return out


def explain_text(rule: Rule) -> str:
    """The ``factlint explain`` text of a loaded rule."""
    out = [f"{rule.code}  {rule.name}", ""]
    if rule.description:
        out += [" ".join(rule.description.split()), ""]
    params = dict(getattr(rule, "params", {}) or {})
    out.append(f"relation: {rule.kind}" + (
        " (" + ", ".join(f"{k}={v}" for k, v in sorted(params.items())) + ")" if params else ""))
    tol = dict(getattr(rule, "tolerance", {}) or {})
    if tol:
        out.append("tolerance: " + ", ".join(f"{k}={v}" for k, v in sorted(tol.items())))
    out.append(f"severity: {rule.severity}")
    if rule.message:
        out.append(f"message: {rule.message}")
    if rule.hint:
        out.append(f"hint: {rule.hint}")
    if rule.link:
        out.append(f"link: {rule.link}")
    for label, examples in (("passes", rule.examples_pass), ("fails", rule.examples_fail)):
        if examples:
            out += ["", f"{label}:"]
            for e in examples:
                out += _example_lines(e)
    source = getattr(rule, "source", "")
    if source:
        line = getattr(rule, "line", None)
        out += ["", f"defined in {os.path.basename(source)}" + (f":{line}" if line else "")]
    return "\n".join(out) + "\n"


def cmd_tables(args: argparse.Namespace) -> int:
    """List the tables of the documents, or write their inferred schemas (checks/tables)."""
    # (imported here: the table readers import the extractor, which costs start-up time
    # the other commands skip)
    from checks.tables.schema_infer import cmd_tables as tables

    return tables(args)
