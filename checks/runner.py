"""A check run as the CLI and the pytest plugin perform it.

Configuration -> documents -> engine (one Checker per distinct set of options) -> rule
selection -> suppressions -> baseline -> ``--diff`` filter. Also the ``check``, ``baseline``,
``rules`` and ``explain`` subcommands (the parsers are in checks.cli).
"""

from __future__ import annotations

import os
import sys

from checks.config import Config
from checks.errors import ConfigError, FactlintError
from checks.findings import DocumentResult, RunResult

#: a progress bar appears on a terminal from this many documents on
PROGRESS_MIN = 10


def check_documents(paths: list[str], config: Config, progress: bool = False) -> RunResult:
    """Run the engine over ``paths`` with each document's options; errors are collected."""
    from checks import engine
    from checks.documents import read_document

    run = RunResult()
    checkers: dict = {}
    bar = _progress(len(paths)) if progress else None
    try:
        for path in paths:
            options = config.options(path)
            try:
                key = hash(options)
            except TypeError:  # an options field that is not hashable: compare by value
                key = repr(options)
            if key not in checkers:
                make = getattr(engine, "Checker", None)
                checkers[key] = (make(options).check if make else
                                 (lambda doc, o=options: engine.check_document(doc, o)))
            try:
                doc = read_document(path, as_of=options.as_of)
                result = checkers[key](doc)
            except FactlintError as exc:
                # one document's problem (unreadable, a bad assertion file it names) must
                # not stop the others
                result = DocumentResult(path=path, errors=[str(exc)])
            run.documents.append(result)
            if bar:
                bar[0].advance(bar[1])
    finally:
        if bar:
            bar[0].stop()
    for doc in run.documents:
        _select(doc, config.for_path(doc.path))
    return run


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                        console=Console(file=sys.stderr), transient=True)
    progress.start()
    return progress, progress.add_task("check", total=total)


def _select(doc: DocumentResult, config: Config) -> None:
    """Drop claims of rules switched off (by code or name) or not selected."""
    off, on = set(config.disable), set(config.select)
    if not off and not on:
        return
    doc.claims = [c for c in doc.claims
                  if not ({c.rule, c.name} & off) and (not on or {c.rule, c.name} & on)]


def run_check(paths: list[str], config: Config, *, diff: str | None = None,
              baseline: str | None = None, progress: bool = False) -> RunResult:
    """Everything ``factlint check`` does before formatting: check, then filter."""
    from checks import config as config_mod
    from checks import suppress

    docs = config_mod.documents(config, paths)
    changed = None
    if diff:
        from checks.gitdiff import ChangedLines

        changed = ChangedLines(diff)
    base = None
    if baseline:
        from checks import baseline as baseline_mod

        base = baseline_mod.load(baseline)
    run = check_documents(docs, config, progress=progress and len(docs) >= PROGRESS_MIN)
    suppress.apply(run, config)
    if base is not None:
        from checks import baseline as baseline_mod

        baseline_mod.apply(run, base)
    if changed is not None:
        from checks import gitdiff

        gitdiff.apply(run, changed)
    return run


# --- subcommands ---------------------------------------------------------------------

def config_from_args(args) -> Config:
    """The configuration file (``--config`` or the nearest) overridden by the flags given."""
    from checks.config import discover_config

    config = discover_config(getattr(args, "config", None))

    def extend(current, extra):
        """Configured paths, then the flag's (relative to the working directory)."""
        return tuple(current) + tuple(os.path.abspath(p) for p in extra or ())

    values = {
        "rules": extend(config.rules, getattr(args, "rules", None)),
        "facts": extend(config.facts, getattr(args, "facts", None)),
        "rates": extend(config.rates, getattr(args, "rates", None)),
        "hedges": extend(config.hedges, getattr(args, "hedges", None)),
        "disable": tuple(config.disable) + tuple(getattr(args, "disable", None) or ()),
        "select": tuple(getattr(args, "select", None) or ()) or None,
        "fail_on": getattr(args, "fail_on", None),
        "yen": getattr(args, "yen", None),
        "format": getattr(args, "format", None),
        "baseline": getattr(args, "baseline", None),
    }
    if getattr(args, "no_builtin_rules", False):
        values["builtin_rules"] = False
    as_of = getattr(args, "as_of", None)
    if as_of:
        import datetime as dt

        try:
            values["as_of"] = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(as_of)
        except ValueError:
            raise ConfigError(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)") from None
    return config.with_values(**values)


def _want_color(args) -> bool:
    choice = getattr(args, "color", "auto") or "auto"
    if choice != "auto":
        return choice == "always"
    return (not getattr(args, "output", None) and sys.stdout.isatty()
            and "NO_COLOR" not in os.environ)


def _paths(args, config: Config) -> list[str]:
    if args.paths:
        return list(args.paths)
    if config.paths:
        # reports name documents relative to where factlint runs, as given paths are
        from checks.formatters.common import relpath

        return [relpath(p, os.getcwd()) for p in config.paths]
    raise ConfigError("no paths given and none configured (paths = [...] in [tool.factlint])")


def cmd_check(args) -> int:
    """Check the documents; write the report; return the exit code (RunResult.exit_code)."""
    from checks.formatters import render
    from checks.formatters.common import load_rule_catalog

    config = config_from_args(args)
    paths = _paths(args, config)
    progress = sys.stderr.isatty() and not getattr(args, "quiet", False)
    run = run_check(paths, config, diff=getattr(args, "diff", None), baseline=config.baseline,
                    progress=progress)
    fmt = config.format
    output = getattr(args, "output", None)
    if fmt != "text" or output:
        # a text report on the terminal shows the errors already
        from checks.formatters.common import terminal_safe

        for err in run.errors + [e for d in run.documents for e in d.errors]:
            print(f"factlint: {terminal_safe(err)}", file=sys.stderr)
    if not run.documents:
        print("factlint: no documents found to check", file=sys.stderr)
    rules = load_rule_catalog(config.rules, config.builtin_rules) if fmt == "sarif" else None
    report = render(run, fmt, color=_want_color(args) and fmt == "text",
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


def _emit(text: str, output: str | None) -> None:
    if output:
        _write(output, text)
    else:
        sys.stdout.write(text)


def _write(path: str, text: str) -> None:
    """Write a report or baseline atomically; an OS error becomes one line, exit code 2."""
    from checks.errors import InputError
    from checks.io import atomic_write

    try:
        atomic_write(path, text)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path) from None


def cmd_baseline(args) -> int:
    """Record the current fail and uncertain claims in a baseline file."""
    from checks import baseline as baseline_mod
    from checks.baseline import DEFAULT_NAME

    config = config_from_args(args)
    target = args.output or config.baseline or DEFAULT_NAME
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


def _ruleset(args):
    from checks.rules import load_rule_packs

    config = config_from_args(args)
    return load_rule_packs(tuple(config.rules), builtin=config.builtin_rules)


def cmd_rules(args) -> int:
    """List every rule, built-in and user: code, name, kind, severity, summary."""
    import json

    from checks.tables.claims import catalog  # the table rules (rules/tables.yml)

    rules = sorted(list(_ruleset(args).rules) + catalog(), key=lambda r: r.code)
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


def cmd_explain(args) -> int:
    """Print one rule's description, relation, tolerance, message and examples."""
    from checks.tables.claims import catalog_entry

    ruleset = _ruleset(args)
    rule = ruleset.get(args.rule) or catalog_entry(args.rule)
    if rule is None:
        import difflib

        names = [r.code for r in ruleset.rules] + [r.name for r in ruleset.rules]
        near = difflib.get_close_matches(args.rule, names, n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(near)}?)" if near else " (see `factlint rules`)"
        raise ConfigError(f"unknown rule {args.rule!r}{hint}")
    sys.stdout.write(explain_text(rule))
    return 0


def explain_text(rule) -> str:
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
            out += ["", f"{label}:"] + [f"  - {' '.join(e.split())}" for e in examples]
    source = getattr(rule, "source", "")
    if source:
        line = getattr(rule, "line", None)
        out += ["", f"defined in {os.path.basename(source)}" + (f":{line}" if line else "")]
    return "\n".join(out) + "\n"
