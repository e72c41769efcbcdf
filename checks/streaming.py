"""Reports written one document at a time, so memory does not grow with the corpus.

A stream writer receives each document's result as soon as it is final (in report order)
and keeps only running counts (:class:`Tally`). To a file it writes a temporary file in
the same directory and renames it at the end, so the report is either the old one or the
whole new one, as ``--output`` promises for every format.

Streamed, byte for byte what the formatter of the whole run renders: ``json``, plain
``text``, ``sarif`` and ``junit`` (these two spool their per-document parts to a temporary
file, because their headers hold counts and rule indexes known only at the end); and the
archive formats ``jsonl`` and ``parquet`` (one record a claim, for pandas or DuckDB).
Other formats gather the run and render it at the end.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from checks import __version__
from checks.errors import ConfigError, InputError
from checks.findings import SEVERITY_RANK, VERDICTS, Claim, DocumentResult, RunResult
from checks.formatters import common

# the formatters (text, sarif, junit) are imported where used: checks.formatters loads
# them on use so that start-up stays light, and every command imports this module

#: formats written as documents finish
STREAMED = ("json", "text", "sarif", "junit", "jsonl", "parquet")
#: formats that only ``factlint check`` on an archive or ``--format`` chooses: claim tables
CLAIM_FORMATS = ("jsonl", "parquet")


class Tally:
    """The counts a report ends with, kept while the documents stream past.

    It answers what formatters ask a RunResult at the end: ``summary()``, the coverage
    (through ``documents``: one aggregate record) and ``exit_code()``.
    """

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.total = DocumentResult(path="")
        self.count = 0
        self.verdicts: dict[str, int] = dict.fromkeys(VERDICTS, 0)
        self.failed_rank = 0

    @property
    def documents(self) -> list[DocumentResult]:
        """One aggregate record: quantities, used, errors and filtered counts summed."""
        return [self.total]

    def add(self, doc: DocumentResult) -> None:
        """Count a document."""
        self.count += 1
        t = self.total
        t.quantities += doc.quantities
        t.quantities_used += doc.quantities_used
        t.errors += doc.errors
        for k, v in doc.filtered.items():
            t.filtered[k] = t.filtered.get(k, 0) + v
        for c in doc.claims:
            self.verdicts[c.verdict] = self.verdicts.get(c.verdict, 0) + 1
            if c.verdict == "fail":
                self.failed_rank = max(self.failed_rank, SEVERITY_RANK.get(c.severity, 3))

    def summary(self) -> dict[str, int]:
        """Counts of documents, claims and verdicts (as RunResult.summary)."""
        out = {"documents": self.count, "claims": sum(self.verdicts.values())}
        for v in VERDICTS:
            out[v] = self.verdicts.get(v, 0)
        return out

    def exit_code(self, fail_on: str = "error") -> int:
        """As RunResult.exit_code: 2 errors, 1 a failure at or above ``fail_on``, else 0."""
        if self.errors or self.total.errors:
            return 2
        if fail_on == "never":
            return 0
        return 1 if self.failed_rank >= SEVERITY_RANK[fail_on] else 0


class Sink:
    """Text or bytes to stdout, or to a temporary file renamed over ``output`` at the end."""

    def __init__(self, output: str | None, binary: bool = False):
        self.output, self.binary = output, binary
        self.tmp: str | None = None
        self.fh: IO[Any]
        if output == "-":
            output = self.output = None  # "-" is stdout, as for every other writer
        if output is None:
            self.fh = sys.stdout.buffer if binary else sys.stdout
            return
        # the same choices as checks.io.atomic_write: a link's target is replaced, a device
        # or a FIFO is written directly, never swapped for a regular file
        if os.path.islink(output):
            output = self.output = os.path.realpath(output)
        if os.path.exists(output) and not os.path.isfile(output):
            try:
                # (the binary or the text overload of open, picked at run time)
                self.fh = (open(output, "wb") if binary  # noqa: SIM115
                           else open(output, "w", encoding="utf-8", newline=""))
            except OSError as exc:
                raise InputError(f"cannot write: {exc.strerror or exc}", output) from None
            self.direct = True
            return
        directory = os.path.dirname(os.path.abspath(output)) or "."
        try:
            os.makedirs(directory, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix="." + os.path.basename(output) + ".",
                                            suffix=".tmp", dir=directory)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", output) from None
        self.fh = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8",
                                                               newline="")

    def write(self, data: str | bytes) -> None:
        """Append to the report."""
        self.fh.write(data)

    def commit(self) -> None:
        """Finish: flush stdout, or give the file its mode and rename it into place."""
        if self.tmp is None:
            self.fh.flush()
            if getattr(self, "direct", False):
                self.fh.close()
            return
        # (a temporary file is made only for an output path: self.output is set)
        try:
            perms = os.stat(self.output).st_mode & 0o777  # type: ignore[arg-type]
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            perms = 0o666 & ~umask
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self.tmp, perms)
            os.replace(self.tmp, self.output)  # type: ignore[arg-type]
        except OSError as exc:
            self.abort()
            raise InputError(f"cannot write: {exc.strerror or exc}", self.output) from None
        self.tmp = None

    def abort(self) -> None:
        """Drop the temporary file (the old report, if any, stays)."""
        if self.tmp is not None:
            try:
                self.fh.close()
            except OSError:
                pass
            finally:
                try:
                    os.unlink(self.tmp)
                except OSError:
                    pass
                self.tmp = None


class Writer:
    """Base of the stream writers: ``start()``, ``document(doc)`` per document, ``finish()``."""

    binary = False

    def __init__(self, output: str | None, **options: Any):
        self.sink = Sink(output, self.binary)
        self.tally = Tally()
        self.options = options

    def start(self) -> None:
        """Write what comes before the first document."""

    def document(self, doc: DocumentResult) -> None:
        """Write one document and count it."""
        self.tally.add(doc)
        self.write_document(doc)

    def write_document(self, doc: DocumentResult) -> None:
        """Format-specific part of ``document``."""
        raise NotImplementedError

    def finish(self) -> None:
        """Write the end of the report and put it in place."""
        self.write_end()
        self.sink.commit()

    def write_end(self) -> None:
        """Format-specific end of the report."""

    def abort(self) -> None:
        """Stop without replacing the report."""
        self.sink.abort()


class JsonWriter(Writer):
    """The ``--format json`` contract, one document at a time, same bytes as json_.render."""

    def start(self) -> None:  # noqa: D102
        self.sink.write('{\n  "version": 1,\n  "documents": [')

    def write_document(self, doc: DocumentResult) -> None:  # noqa: D102
        body = json.dumps(doc.contract(), ensure_ascii=False, indent=2)
        sep = ",\n" if self.tally.count > 1 else "\n"
        # JSON strings escape newlines, so every line of the dump is a line of the record
        self.sink.write(sep + "\n".join("    " + line for line in body.split("\n")))

    def write_end(self) -> None:  # noqa: D102
        summary = json.dumps(self.tally.summary(), ensure_ascii=False, indent=2)
        close = "\n  ]" if self.tally.count else "]"
        self.sink.write(close + ',\n  "summary": ' + summary.replace("\n", "\n  ") + "\n}\n")


class TextWriter(Writer):
    """Plain text lines (checks.formatters.text without colour), one document at a time."""

    def write_document(self, doc: DocumentResult) -> None:  # noqa: D102
        from checks.formatters import text  # (see the note at the top)

        # the plain renderer of one document, without its two closing lines
        lines = text._plain(RunResult(documents=[doc]), self.options.get("verbose", False))
        self.sink.write(lines.rsplit("\n", 3)[0] + "\n" if lines.count("\n") > 2 else "")

    def write_end(self) -> None:  # noqa: D102
        self.sink.write(common.summary_line(self.tally) + "\n"
                        + common.coverage_line(self.tally) + "\n")


class _Spool:
    """Per-document parts of a report kept in a temporary file until the end."""

    def __init__(self) -> None:
        self.fh = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        self.count = 0

    def add(self, line: str) -> None:
        """Keep one part (a single line)."""
        self.fh.write(line + "\n")
        self.count += 1

    def parts(self) -> Iterator[str]:
        """The parts, in the order they were kept."""
        self.fh.seek(0)
        for line in self.fh:
            yield line[:-1]

    def close(self) -> None:
        """Delete the temporary file."""
        self.fh.close()


class _IndexProbe(dict[str, int]):
    """A rule index that is not known yet: every code maps to -1 (set at the end)."""

    def __missing__(self, key: str) -> int:
        return -1


class SarifWriter(Writer):
    """SARIF 2.1.0, as checks.formatters.sarif renders it, spooling results to disk."""

    def __init__(self, output: str | None, **options: Any):
        super().__init__(output, **options)
        self.spool = _Spool()
        self.catalog: dict[str, common.RuleMeta] = {}
        self.known: dict[str, common.RuleMeta] | None = None

    def write_document(self, doc: DocumentResult) -> None:  # noqa: D102
        from checks.formatters import sarif  # (see the note at the top)

        if self.known is None:  # the rule packs' metadata, as common.rule_catalog reads it
            self.known = {}
            rules = self.options.get("rules")
            if rules:
                items = rules.values() if hasattr(rules, "values") else rules
                for r in items:
                    meta = r if isinstance(r, common.RuleMeta) else common.rule_meta(r)
                    self.known[meta.code] = meta
        for c in doc.claims:
            if c.rule not in self.catalog:
                self.catalog[c.rule] = self.known.get(c.rule) or common.RuleMeta(
                    code=c.rule, name=c.name, kind=c.kind, severity=c.severity, hint=c.hint)
        text = common.text_of(doc)
        for c in common.findings(doc):
            self.spool.add(json.dumps(sarif._result(c, text, _IndexProbe()),
                                      ensure_ascii=False, allow_nan=False))

    def write_end(self) -> None:  # noqa: D102
        from checks.formatters import sarif  # (see the note at the top)

        catalog = dict(sorted(self.catalog.items()))
        index = {code: n for n, code in enumerate(catalog)}
        errors = list(self.tally.errors) + list(self.tally.total.errors)
        marker = "\x00results\x00"
        sarif_run: dict[str, object] = {
            "tool": {"driver": {"name": "factlint", "version": __version__,
                                "semanticVersion": __version__,
                                "rules": [sarif._rule(m) for m in catalog.values()]}},
            "invocations": [{"executionSuccessful": not errors,
                             "toolExecutionNotifications": [sarif._notification(e)
                                                            for e in errors]}],
            "columnKind": "unicodeCodePoints",
            "results": [marker] if self.spool.count else [],
            "properties": {"summary": self.tally.summary(),
                           "coverage": common.coverage(self.tally)},
        }
        doc = {"$schema": sarif.SCHEMA, "version": "2.1.0", "runs": [sarif_run]}
        skeleton = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        if not self.spool.count:
            self.sink.write(skeleton)
            return
        head, tail = skeleton.split(" " * 8 + json.dumps(marker) + "\n")
        self.sink.write(head)
        first = True
        for part in self.spool.parts():
            result = json.loads(part)
            result["ruleIndex"] = index[result["ruleId"]]
            body = json.dumps(result, ensure_ascii=False, indent=2, allow_nan=False)
            self.sink.write(("" if first else ",\n")
                            + "\n".join(" " * 8 + line for line in body.split("\n")))
            first = False
        self.sink.write("\n" + tail)
        self.spool.close()

    def abort(self) -> None:  # noqa: D102
        self.spool.close()
        super().abort()


class JunitWriter(Writer):
    """JUnit XML, as checks.formatters.junit renders it, spooling test suites to disk."""

    PLACEHOLDER = '<testsuite name="@@factlint-suites@@" />'

    def __init__(self, output: str | None, **options: Any):
        super().__init__(output, **options)
        self.spool = _Spool()

    def write_document(self, doc: DocumentResult) -> None:  # noqa: D102
        from checks.formatters import junit  # (see the note at the top)

        # the document's suite as the whole-run renderer indents it (level 1, followed by
        # a sibling): the text between the root's start tag and <system-out>
        body = junit.render(RunResult(documents=[doc]))
        start = body.index(">\n  ", body.index("<testsuites")) + 4
        self.spool.add(json.dumps(body[start:body.rindex("<system-out>")],
                                  ensure_ascii=False))

    def write_end(self) -> None:  # noqa: D102
        import xml.etree.ElementTree as ET  # (with the junit formatter: see the top)

        s = self.tally.summary()
        errors = list(self.tally.errors) + list(self.tally.total.errors)
        root = ET.Element("testsuites", name="factlint", tests=str(s["claims"]),
                          failures=str(s["fail"]), errors=str(len(errors)),
                          skipped=str(s["uncertain"]))
        ET.SubElement(root, "testsuite", name="@@factlint-suites@@")
        out = ET.SubElement(root, "system-out")
        out.text = common.summary_line(self.tally) + "\n" + common.coverage_line(self.tally)
        ET.indent(root)
        skeleton = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                    + ET.tostring(root, encoding="unicode") + "\n")
        head, tail = skeleton.split(self.PLACEHOLDER + "\n  ")
        self.sink.write(head)
        for part in self.spool.parts():
            self.sink.write(json.loads(part))
        self.sink.write(tail)
        self.spool.close()

    def abort(self) -> None:  # noqa: D102
        self.spool.close()
        super().abort()


def _finite(v: object) -> object:
    return None if isinstance(v, float) and not math.isfinite(v) else v


#: the columns of a claim record (jsonl and parquet)
CLAIM_FIELDS = ("path", "as_of", "rule", "name", "kind", "verdict", "severity", "line",
                "column", "start", "end", "text", "message", "hint", "computed",
                "allowed_low", "allowed_high", "inputs", "computed_low", "computed_high")


def claim_records(doc: DocumentResult) -> list[dict[str, Any]]:
    """One flat record per claim of a document (path is the document's id), in order."""
    return [{"path": doc.path, "as_of": doc.as_of, "rule": c.rule, "name": c.name,
             "kind": c.kind, "verdict": c.verdict, "severity": c.severity, "line": c.line,
             "column": c.column, "start": c.start, "end": c.end, "text": c.text,
             "message": c.message, "hint": c.hint, "computed": _finite(c.computed),
             "allowed_low": _finite(c.allowed_low), "allowed_high": _finite(c.allowed_high),
             "inputs": [i.contract() for i in c.inputs],
             "computed_low": _finite(c.computed_low), "computed_high": _finite(c.computed_high)}
            for c in sorted(doc.claims, key=Claim.sort_key)]


class JsonlWriter(Writer):
    """One JSON object per claim and line (``pandas.read_json(lines=True)``, DuckDB)."""

    def write_document(self, doc: DocumentResult) -> None:  # noqa: D102
        self.sink.write("".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n"
                                for r in claim_records(doc)))


class ParquetWriter(Writer):
    """Claims as a Parquet table (pyarrow), written in row groups as documents finish."""

    binary = True
    ROWS = 10_000

    def __init__(self, output: str | None, **options: Any):
        if output is None:
            raise ConfigError("--format parquet needs --output FILE (Parquet is binary)")
        try:  # (optional: the archive extra; and about 0.25 s to import)
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ConfigError("--format parquet needs pyarrow "
                              "(pip install 'factlint[archive]')") from None
        super().__init__(output, **options)
        self.pa = pa
        self.schema = pa.schema([
            ("path", pa.string()), ("as_of", pa.string()), ("rule", pa.string()),
            ("name", pa.string()), ("kind", pa.string()), ("verdict", pa.string()),
            ("severity", pa.string()), ("line", pa.int64()), ("column", pa.int64()),
            ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
            ("message", pa.string()), ("hint", pa.string()), ("computed", pa.float64()),
            ("allowed_low", pa.float64()), ("allowed_high", pa.float64()),
            ("inputs", pa.list_(pa.struct([("text", pa.string()), ("start", pa.int64()),
                                           ("end", pa.int64())]))),
            ("computed_low", pa.float64()), ("computed_high", pa.float64())])
        self.writer = pq.ParquetWriter(self.sink.fh, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write_document(self, doc: DocumentResult) -> None:  # noqa: D102
        self.rows += claim_records(doc)
        if len(self.rows) >= self.ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def write_end(self) -> None:  # noqa: D102
        self._flush()
        self.writer.close()

    def abort(self) -> None:  # noqa: D102
        try:
            self.writer.close()
        finally:
            super().abort()


WRITERS = {"json": JsonWriter, "text": TextWriter, "sarif": SarifWriter,
           "junit": JunitWriter, "jsonl": JsonlWriter, "parquet": ParquetWriter}


def writer(fmt: str, output: str | None, **options: Any) -> Writer:
    """The stream writer of a format."""
    return WRITERS[fmt](output, **options)
