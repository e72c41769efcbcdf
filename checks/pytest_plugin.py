"""pytest plugin: ``pytest --factlint`` checks documents as test items; a ``factlint`` fixture.

Off unless asked for: without ``--factlint`` nothing is collected (the fixture is always
there for users' own tests). Documents are the configured ``paths`` of factlint's
configuration, or else the .md, .txt and .html files under the paths pytest is given. One
item per document, or per claim with ``--factlint-per-claim`` (ini ``factlint_per_claim``
or ``pytest-items = "claim"``). Failing claims that configuration lists under ``xfail``
are reported as expected failures.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# the rest of factlint is imported inside the hooks: pytest loads this plugin (an entry
# point) in every session of a project that installs factlint, --factlint or not (the run
# and the checker take about 0.2 s to import)
from checks.findings import FAIL_ON, SEVERITY_RANK, Verdict

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

    from checks.config import Config
    from checks.findings import Claim, DocumentResult

SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm"}
_STATE = pytest.StashKey["_State"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the factlint options and ini keys."""
    group = parser.getgroup("factlint")
    group.addoption("--factlint", action="store_true", default=False,
                    help="check .md, .txt and .html documents with factlint")
    group.addoption("--factlint-per-claim", action="store_true", default=None,
                    help="one test item per claim instead of one per document")
    group.addoption("--factlint-config", metavar="FILE", default=None,
                    help="factlint configuration file (default: the nearest one)")
    group.addoption("--factlint-fail-on", choices=FAIL_ON, default=None,
                    help="fail items with failing claims of this severity or above")
    parser.addini("factlint_per_claim", type="bool", default=False,
                  help="factlint: one test item per claim")


class _State:
    """The factlint configuration of a pytest session."""

    def __init__(self, pyconfig: pytest.Config):
        from checks.config import discover_config

        self.config = discover_config(pyconfig.getoption("factlint_config"),
                                      start=str(pyconfig.rootpath))
        self.fail_on = pyconfig.getoption("factlint_fail_on") or self.config.fail_on
        flag = pyconfig.getoption("factlint_per_claim")
        self.per_claim = bool(flag) or pyconfig.getini("factlint_per_claim") or \
            self.config.pytest_items == "claim"
        self.roots = [Path(p).resolve() for p in self.config.paths]

    def wants(self, path: Path) -> bool:
        """True for a document under the configured paths (if any) that include/exclude keep."""
        if path.suffix.lower() not in SUFFIXES:
            return False
        full = path.resolve()
        if self.roots and not any(full == r or r in full.parents for r in self.roots):
            return False
        return self.config.selects(str(full))


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker; with --factlint read the configuration and add its paths."""
    config.addinivalue_line("markers", "factlint: a document or claim checked by factlint")
    if not config.getoption("factlint"):
        return
    from checks.errors import FactlintError

    try:
        state = _State(config)
    except FactlintError as exc:
        raise pytest.UsageError(f"factlint: {exc}") from None
    config.stash[_STATE] = state
    # the configured paths are collected even when pytest was given no arguments for them
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        for p in state.config.paths:
            if os.path.exists(p) and p not in config.args:
                config.args.append(p)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactlintFile | None:
    """A FactlintFile for each wanted document when --factlint is on."""
    state = parent.config.stash.get(_STATE, None)
    if state is None or not state.wants(file_path):
        return None
    return FactlintFile.from_parent(parent, path=file_path)


class FactlintFailure(Exception):
    """Failing claims (or document errors) of an item, shown by repr_failure."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


def _check(path: str, state: _State) -> DocumentResult:
    """Check one document as ``factlint check`` would (suppressions and baseline applied)."""
    from checks import suppress
    from checks.run import check_documents

    run = check_documents([path], state.config)
    suppress.apply(run, state.config)
    if state.config.baseline:
        from checks import baseline

        baseline.apply(run, baseline.load(state.config.baseline))
    return run.documents[0]


def failing(doc: DocumentResult, fail_on: str) -> list[Claim]:
    """The claims of a document that fail at or above ``fail_on``."""
    if fail_on == "never":
        return []
    return [c for c in doc.claims if c.verdict == Verdict.FAIL
            and SEVERITY_RANK.get(c.severity, 3) >= SEVERITY_RANK[fail_on]]


def describe(claim: Claim, text: str | None = None) -> list[str]:
    """A failing claim as lines: place, rule, message, inputs, allowed interval, hint."""
    from checks.formatters import common
    from checks.formatters.text import finding_line

    lines = [finding_line(claim)]
    lines += common.detail_lines(claim, text)
    return lines


def xfail_reason(config: Config, claim: Claim, text: str | None) -> str | None:
    """The reason of the first ``xfail`` entry that covers a claim, or None."""
    from checks.suppress import quote_pattern

    for x in config.xfail:
        if not config.matches([x.path], claim.path):
            continue
        if x.rule and x.rule not in (claim.rule, claim.name):
            continue
        if x.claim:
            if text is None:
                continue
            if not any(m.start() < claim.end and claim.start < m.end()
                       for m in quote_pattern(x.claim).finditer(text)):
                continue
        return x.reason
    return None


def _judge(doc: DocumentResult, claims: list[Claim], state: _State) -> None:
    """Raise FactlintFailure for unexpected failures, xfail when all are known issues."""
    from checks.formatters.common import text_of

    if doc.errors:
        raise FactlintFailure(list(doc.errors))
    text = text_of(doc)
    bad = [c for c in failing(doc, state.fail_on) if c in claims]
    known: list[tuple[Claim, str | None]] = []
    unexpected: list[tuple[Claim, str | None]] = []
    for c in bad:
        reason = xfail_reason(state.config, c, text)
        (known if reason else unexpected).append((c, reason))
    if unexpected:
        lines = [f"{len(unexpected)} failing claim{'s' if len(unexpected) > 1 else ''} "
                 f"in {doc.path}:"]
        for c, _ in unexpected:
            lines += describe(c, text)
        raise FactlintFailure(lines)
    if known:
        # (the known ones are those with a reason)
        pytest.xfail("; ".join(sorted({r for _, r in known})))  # type: ignore[misc]


class FactlintFile(pytest.File):
    """A document: one item, or one item per claim.

    The document is checked when it is collected so that items carry the line of their
    claim (pytest reads an item's location before running it).
    """

    def collect(self) -> Iterator[FactlintItem]:
        """Yield the document's item(s)."""
        from checks.errors import FactlintError

        from checks.formatters.common import relpath

        state = self.config.stash[_STATE]
        try:
            # documents are named as pytest names them: relative to where it runs
            doc = _check(relpath(str(self.path), os.getcwd()), state)
        except FactlintError as exc:
            # a bad rule file or baseline: the item reports it when it runs
            yield FactlintItem.from_parent(self, name=self.path.name, doc=None, problem=exc)
            return
        if not state.per_claim or doc.errors:
            yield FactlintItem.from_parent(self, name=self.path.name, doc=doc)
            return
        seen: dict[str, int] = {}
        for c in sorted(doc.claims, key=lambda c: c.sort_key()):
            name = f"{c.line}:{c.column} {c.rule} {' '.join(c.text.split())}"
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name += f" #{seen[name]}"
            yield FactlintClaimItem.from_parent(self, name=name, doc=doc, claim=c)


class FactlintItem(pytest.Item):
    """One document: fails when any claim at or above the fail-on level failed."""

    def __init__(self, *, doc: DocumentResult | None, problem: Exception | None = None,
                 **kwargs: Any):
        super().__init__(**kwargs)
        self.add_marker("factlint")
        self.doc, self.problem = doc, problem
        state = self.config.stash[_STATE]
        bad = failing(doc, state.fail_on) if doc is not None else []
        self.line = min(c.line for c in bad) - 1 if bad else 0

    def runtest(self) -> None:
        """Judge all of the document's claims."""
        if self.problem is not None:
            raise self.problem
        # (an item without a problem has its document)
        _judge(self.doc, self.doc.claims,  # type: ignore[arg-type, union-attr]
               self.config.stash[_STATE])

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: TracebackStyle | None = None) -> str | TerminalRepr:
        """The failing claims with their computations, not a traceback."""
        if isinstance(excinfo.value, FactlintFailure):
            return "\n".join(excinfo.value.lines)
        from checks.errors import FactlintError

        if isinstance(excinfo.value, FactlintError):
            return f"factlint: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        """``path:line`` of the first failing claim (else the document), and a title."""
        return self.path, self.line, f"factlint {self.name}"


class FactlintClaimItem(FactlintItem):
    """One claim of a document: fails when it failed at or above the fail-on level."""

    def __init__(self, *, claim: Claim, **kwargs: Any):
        super().__init__(**kwargs)
        self.claim = claim
        self.line = claim.line - 1

    def runtest(self) -> None:
        """Judge this claim; an uncertain verdict is a skip that says why."""
        # (a claim item has its document)
        _judge(self.doc, [self.claim], self.config.stash[_STATE])  # type: ignore[arg-type]
        if self.claim.verdict == "uncertain":
            pytest.skip(f"uncertain: {self.claim.message}")


# --- the fixture ----------------------------------------------------------------------

class Factlint:
    """What the ``factlint`` fixture gives a test: check text or files, assert consistency."""

    def __init__(self, config: Config):
        self.config = config

    def _options_config(self, as_of: dt.date | str | None = None, rules: Iterable[str] = ()
                        ) -> Config:
        values: dict[str, Any] = {}
        if as_of is not None:
            values["as_of"] = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(
                str(as_of))
        if rules:
            values["rules"] = tuple(self.config.rules) + tuple(os.path.abspath(r) for r in rules)
        return self.config.with_values(**values)

    def check(self, text: str, *, fmt: str = "markdown", path: str = "<string>",
              as_of: dt.date | str | None = None, rules: Iterable[str] = ()
              ) -> DocumentResult:
        """Check a string (Markdown unless ``fmt`` says text or html); a DocumentResult."""
        import checks.checker
        from checks import suppress
        from checks.documents import make_document
        from checks.findings import RunResult

        config = self._options_config(as_of, rules)
        options = config.options(path if path != "<string>" else None)
        doc = make_document(text, path, fmt, options.as_of)
        result = checks.checker.Checker(options).check(doc)
        suppress.apply(RunResult(documents=[result]), config, fmt=fmt)
        return result

    def check_file(self, path: str | os.PathLike[str], *, as_of: dt.date | str | None = None,
                   rules: Iterable[str] = ()) -> DocumentResult:
        """Check a document file; a DocumentResult (read errors are in its ``errors``)."""
        from checks import suppress
        from checks.run import check_documents

        config = self._options_config(as_of, rules)
        run = check_documents([str(path)], config)
        suppress.apply(run, config)
        return run.documents[0]

    def _result(self, source: str | os.PathLike[str], **kw: Any) -> DocumentResult:
        if isinstance(source, os.PathLike):
            return self.check_file(source, **{k: v for k, v in kw.items() if k != "fmt"})
        return self.check(source, **kw)

    def claims(self, source: str | os.PathLike[str], *, verdict: str | None = None,
               rule: str | None = None, **kw: Any) -> list[Claim]:
        """The claims of a string or file (a ``pathlib.Path``), optionally filtered."""
        doc = self._result(source, **kw)
        return [c for c in doc.claims if (verdict is None or c.verdict == verdict)
                and (rule is None or rule in (c.rule, c.name))]

    def assert_consistent(self, source: str | os.PathLike[str], *, fail_on: str = "error",
                          **kw: Any) -> DocumentResult:
        """Assert no claim at or above ``fail_on`` failed; the message lists each one."""
        from checks.formatters.common import text_of

        __tracebackhide__ = True
        doc = self._result(source, **kw)
        if doc.errors:
            raise AssertionError("factlint could not check the document: "
                                 + "; ".join(doc.errors))
        bad = failing(doc, fail_on)
        if bad:
            text = text_of(doc)
            lines = [f"{doc.path} is not consistent: {len(bad)} failing claim"
                     f"{'s' if len(bad) > 1 else ''}"]
            for c in bad:
                lines += describe(c, text)
            raise AssertionError("\n".join(lines))
        return doc


@pytest.fixture
def factlint(request: pytest.FixtureRequest) -> Factlint:
    """Check strings and files with factlint in a test; see :class:`Factlint`."""
    from checks.config import discover_config

    state = request.config.stash.get(_STATE, None)
    config = state.config if state else discover_config(start=str(request.config.rootpath))
    return Factlint(config)
