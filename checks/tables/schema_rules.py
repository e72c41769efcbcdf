"""Table rules from YAML: find a table (caption, heading, header row, position), validate it with pandera.

A rule file's top-level ``tables:`` list holds the rules (the prose rule loader skips it)::

    tables:
      - name: beef-by-destination          # shown in findings
        documents: ["seeds/tables_*.md"]   # optional globs; default every document
        match:                             # every key given must hold
          caption: beef exports            # words of the caption (case-insensitive)
          heading: Beef                    # words of the heading above the table
          header: [Destination, Share (%)] # these column names are in the header row
          position: 1                      # the n-th table of the document (1-based)
        severity: error                    # of the schema's findings (default: per check)
        auto: true                         # keep the automatic checks too (default)
        schema:                            # pandera's own YAML schema format, or a file name
          columns:
            "2024 (¥ billion)": {dtype: float64, checks: {ge: 0}}
          checks:
            parts_sum_to_total: {columns: ["2024 (¥ billion)"]}

The schema is pandera's YAML schema format (``DataFrameSchema.from_yaml``), with factlint's
registered checks (checks/tables/pandera_checks.py) beside pandera's built-in ones.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from checks.documents import Document
from checks.errors import ConfigError
from checks.findings import SEVERITIES
from checks.rules import load_yaml_with_lines, strip_lines
from checks.saferegex import check_user_regex
from checks.tables import relations as R
from checks.tables.infer import KINDS
from checks.tables.model import Cell, Table
from checks.tables.pandera_checks import CHECK_NAMES, register, validating

if TYPE_CHECKING:
    import pandera.pandas as pa

# pandera is imported where used: about 1 s, which only a run with table rules pays

RULE_KEYS = {"name", "documents", "match", "severity", "auto", "schema", "description",
             "__line__"}
MATCH_KEYS = {"caption", "heading", "header", "position", "__line__"}
#: keys of a pandera column mapping that are not checks
_COLUMN_KEYS = {"dtype", "nullable", "unique", "coerce", "required", "regex", "checks",
                "name", "title", "description", "default", "report_duplicates",
                "drop_invalid_rows", "__line__"}


@dataclass(frozen=True)
class TableSchema:
    """A user's table rule: which table, which documents, and the pandera schema."""

    name: str
    source: str
    line: int | None
    #: (criterion, wanted) as the rule file gives them: a caption or heading (text), a
    #: position (a number), a header (a list of column names)
    match: tuple[tuple[str, Any], ...]
    documents: tuple[str, ...]
    severity: str | None
    auto: bool
    schema: pa.DataFrameSchema

    def applies_to(self, path: str) -> bool:
        """True when the rule names no documents, or ``path`` matches one of its globs."""
        if not self.documents:
            return True
        norm = os.path.normpath(path)
        return any(fnmatch.fnmatch(norm, os.path.normpath(g)) or
                   fnmatch.fnmatch(os.path.basename(norm), g) for g in self.documents)

    def matches(self, table: Table) -> bool:
        """True when every criterion of ``match`` holds for the table."""
        for key, want in self.match:
            if key == "caption" and str(want).lower() not in table.caption.lower():
                return False
            if key == "heading" and str(want).lower() not in table.heading.lower():
                return False
            if key == "position" and table.index != want:
                return False
            if key == "header":
                have = {" ".join(h.lower().split()) for h in table.header}
                if not all(" ".join(str(w).lower().split()) in have for w in want):
                    return False
        return True


def _check_names(obj: object, path: str, line: int | None, where: str) -> None:
    """Every check a schema names must exist in pandera (built-in or registered)."""
    import pandera.pandas as pa  # (see the note at the top)

    def known(name: str, at: int | None) -> None:
        if not hasattr(pa.Check, name):
            raise ConfigError(f"{where}: unknown check {name!r} (pandera's built-in checks, "
                              f"or factlint's: parts_sum_to_total, shares_sum_to_100, "
                              f"share_of_total, change_between, ordered_by, "
                              f"agrees_with_prose, inferred_relation)", path, at)

    def checks_of(checks: object, at: int | None) -> None:
        if isinstance(checks, dict):
            for name in checks:
                if name != "__line__":
                    known(name, checks.get("__line__", at))
                    stats = checks[name]
                    how = stats.get("how", "relative") if isinstance(stats, dict) else None
                    if name == "change_between" and how not in ("relative", "difference",
                                                                 "either"):
                        raise ConfigError(f"{where}: change_between how must be relative, "
                                          f"difference or either, not {how!r}", path,
                                          stats.get("__line__", at))
                    if name == "inferred_relation":
                        relation_kind(stats, at)
        elif isinstance(checks, list):
            for c in checks:
                if isinstance(c, dict):
                    opt = c.get("options") or {}
                    if isinstance(opt, dict) and opt.get("check_name"):
                        known(opt["check_name"], c.get("__line__", at))
                        if opt["check_name"] == "inferred_relation":
                            relation_kind(c, c.get("__line__", at))

    def relation_kind(stats: object, at: int | None) -> None:
        kind = stats.get("kind") if isinstance(stats, dict) else None
        if kind not in KINDS:
            raise ConfigError(f"{where}: inferred_relation kind must be one of "
                              f"{', '.join(KINDS)}, not {kind!r}", path,
                              stats.get("__line__", at) if isinstance(stats, dict) else at)

    if not isinstance(obj, dict):
        raise ConfigError(f"{where}: 'schema' must be a mapping (pandera's YAML schema format) "
                          "or the name of a schema file", path, line)
    cols = obj.get("columns") or {}
    if isinstance(cols, dict):
        for cname, spec in cols.items():
            if cname == "__line__" or not isinstance(spec, dict):
                continue
            at = spec.get("__line__", line)
            checks_of(spec.get("checks"), at)
            for k in spec:
                if k not in _COLUMN_KEYS:
                    known(k, at)   # pandera's flat form: "greater_than_or_equal_to: 0"
    checks_of(obj.get("checks"), obj.get("__line__", line))
    _check_regexes(obj, path, line, where)


#: pandera checks whose argument is a regular expression run on table cells
_REGEX_CHECKS = ("str_matches", "str_contains")


def _check_regexes(obj: object, path: str, line: int | None, where: str) -> None:
    """Refuse a ``str_matches``/``str_contains`` pattern that could backtrack without end."""
    stack: list[tuple[object, int | None]] = [(obj, line)]
    while stack:
        node, at = stack.pop()
        if isinstance(node, dict):
            at = node.get("__line__", at)
            for key, value in node.items():
                if key in _REGEX_CHECKS:
                    patterns = [value] if isinstance(value, str) else [
                        v for k, v in (value.items() if isinstance(value, dict) else ())
                        if k != "__line__" and isinstance(v, str)]
                    for pattern in patterns:
                        try:
                            check_user_regex(pattern, key)
                        except ConfigError as exc:
                            raise ConfigError(f"{where}: {exc.message}", path, at) from None
                stack.append((value, at))
        elif isinstance(node, list):
            stack += [(v, at) for v in node]


def _schema(entry: dict[str, Any], path: str, line: int | None, where: str
            ) -> pa.DataFrameSchema:
    """Deserialize the rule's schema with pandera; every problem a ConfigError at its line."""
    import pandera.errors  # (see the note at the top)
    import pandera.pandas as pa

    register()
    spec = entry.get("schema")
    src, src_line = path, line
    if isinstance(spec, str):
        src = os.path.normpath(os.path.join(os.path.dirname(path), spec))
        spec = load_yaml_with_lines(src)
        src_line = 1
    if spec is None:
        raise ConfigError(f"{where}: needs a 'schema'", path, line)
    _check_names(spec, src, spec.get("__line__", src_line) if isinstance(spec, dict)
                 else src_line, where)
    from pandera.io import pandas_io

    try:
        schema: pa.DataFrameSchema = pandas_io.deserialize_schema(strip_lines(spec))
        return schema
    except (pandera.errors.SchemaDefinitionError, pandera.errors.SchemaInitError,
            TypeError, ValueError, AttributeError, KeyError) as exc:
        msg = " ".join(str(exc).split())[:300]
        raise ConfigError(f"{where}: the schema does not parse: {msg}", src,
                          _culprit_line(spec, pandas_io) or spec.get("__line__", src_line)) \
            from None
    except pa.errors.SchemaError as exc:  # pragma: no cover - pandera may raise at build
        raise ConfigError(f"{where}: the schema does not parse: {exc}", src, src_line) \
            from None


def _culprit_line(spec: dict[str, Any], pandas_io: ModuleType) -> int | None:
    """The line of the first column whose own schema does not parse, to point the error there."""
    cols = spec.get("columns")
    if not isinstance(cols, dict):
        return None
    for name, col in cols.items():
        if name == "__line__":
            continue
        try:
            pandas_io.deserialize_schema({"columns": {name: strip_lines(col)}})
        except Exception:  # the culprit: any error pandera raises for this column alone
            return col.get("__line__") if isinstance(col, dict) else cols.get("__line__")
    return None


def parse_table_rules(data: dict[str, Any], path: str) -> list[TableSchema]:
    """Parse the ``tables:`` list of one loaded rule file (with ``__line__`` marks)."""
    raw = data.get("tables")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ConfigError("'tables' must be a list of table rules", path, data.get("__line__"))
    out: list[TableSchema] = []
    for i, entry in enumerate(raw):
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict):
            raise ConfigError("a table rule must be a mapping", path, line)
        name = str(entry.get("name") or f"table rule {i + 1}")
        where = f"table rule {name!r}"
        if "code" in entry and "schema" not in entry:
            # the built-in check list (rules/tables.yml) has this shape: nothing to validate
            continue
        unknown = set(entry) - RULE_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: "
                              f"{', '.join(sorted(RULE_KEYS - {'__line__'}))})", path, line)
        match = entry.get("match") or {}
        if not isinstance(match, dict):
            raise ConfigError(f"{where}: 'match' must be a mapping", path, line)
        bad = set(match) - MATCH_KEYS
        if bad:
            raise ConfigError(f"{where}: unknown match key {sorted(bad)[0]!r} (allowed: "
                              f"caption, heading, header, position)", path,
                              match.get("__line__", line))
        if "position" in match and (not isinstance(match["position"], int)
                                    or match["position"] < 1):
            raise ConfigError(f"{where}: match position must be a whole number from 1", path,
                              match.get("__line__", line))
        if "header" in match and not (isinstance(match["header"], list) and match["header"]):
            raise ConfigError(f"{where}: match header must be a list of column names", path,
                              match.get("__line__", line))
        sev = entry.get("severity")
        if sev is not None and sev not in SEVERITIES:
            raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}",
                              path, line)
        docs = entry.get("documents") or []
        if isinstance(docs, str):
            docs = [docs]
        if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
            raise ConfigError(f"{where}: 'documents' must be a list of paths or globs", path,
                              line)
        schema = _schema(entry, path, line, where)
        out.append(TableSchema(name=name, source=path, line=line,
                             match=tuple((k, v) for k, v in match.items() if k != "__line__"),
                             documents=tuple(docs), severity=sev,
                             auto=bool(entry.get("auto", True)), schema=schema))
    return out


@lru_cache(maxsize=32)
def _load(paths: tuple[str, ...], stamps: tuple[tuple[int, int] | None, ...]
          ) -> tuple[TableSchema, ...]:
    out: list[TableSchema] = []
    for p in paths:
        if os.path.isdir(p):
            continue
        data = load_yaml_with_lines(p)
        if isinstance(data, dict):
            out += parse_table_rules(data, p)
    return tuple(out)


def load_table_rules(paths: tuple[str, ...]) -> tuple[TableSchema, ...]:
    """The table rules of the rule files in ``paths`` (loaded once per file version)."""
    stamps: list[tuple[int, int] | None] = []
    for p in paths:
        try:
            st = os.stat(p)
            stamps.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append(None)
    return _load(tuple(paths), tuple(stamps))


def _anchor(table: Table, column: object, index: object) -> Cell:
    """The cell a pandera failure case points at: the cell, the column header, or the table."""
    j = None
    if column is not None:
        try:
            j = table.column_index(str(column))
        except KeyError:
            j = None
    if j is not None and index is not None:
        try:
            r: int = int(index)  # type: ignore[call-overload]  # (TypeError caught below)
            if 0 <= r < len(table.rows):
                return table.rows[r][j]
        except (TypeError, ValueError):
            pass
    if j is not None and table.columns[j].header is not None:
        return table.columns[j].header  # type: ignore[return-value]  # (checked just above)
    first = table.columns[0].header if table.columns and table.columns[0].header else None
    return first or Cell(text=table.title(), start=table.start, end=table.start,
                         line=table.line, column=1)


def validate(table: Table, rule: TableSchema, prose: list[R.Outcome]) -> list[R.Outcome]:
    """Validate one table with a rule's schema, lazily; return one Outcome per finding."""
    import pandera.errors  # (see the note at the top)

    out: list[R.Outcome] = []
    with validating(table, prose) as state:
        cases: list[dict[str, Any]]
        try:
            rule.schema.validate(table.frame, lazy=True)
            cases = []
        except pandera.errors.SchemaErrors as exc:
            cases = exc.failure_cases.to_dict("records")
        except pandera.errors.SchemaError as exc:
            cases = [{"check": str(getattr(exc, "check", "") or "schema"), "column": None,
                      "index": None, "failure_case": str(exc).splitlines()[0]}]
        except Exception as exc:  # a check that cannot run: say so, never a traceback
            cases = [{"check": "schema", "column": None, "index": None,
                      "failure_case": f"could not run: {type(exc).__name__}: {exc}"}]
    for o in state.outcomes:
        o.severity = rule.severity or ""
        o.data().setdefault("schema", rule.name)
    out += state.outcomes
    seen: set[tuple[str, object, object]] = set()
    for case in cases:
        check = str(case.get("check") or "")
        base = check.split("(", 1)[0]
        failure = case.get("failure_case")
        col = case.get("column")
        idx = case.get("index")
        if base in CHECK_NAMES:
            # a failure is reported from the check's own outcomes, with the arithmetic; a
            # check that raised (a column it names is missing) comes back as error text
            if idx is None and col is None and isinstance(failure, str) and \
                    re.match(r"^\w+Error\(", failure):
                key = (check, None, None)
                if key not in seen:
                    seen.add(key)
                    msg = re.sub(r"^\w+Error\((['\"])(.*)\1\)$", r"\2", failure)
                    cell = _anchor(table, None, None)
                    o = R.Outcome("TBL10", "uncertain", cell, table,
                                  {"check": check, "column": "the table",
                                   "failure": f"could not run: {msg}", "schema": rule.name})
                    o.severity = rule.severity or ""
                    out.append(o)
            continue
        key = (check, col, idx)
        if key in seen:
            continue
        seen.add(key)
        cell = _anchor(table, col, idx)
        if check == "column_in_dataframe":
            what = f"the table has no column {failure!r}"
            col_text = repr(failure)
        else:
            what = f"value {failure!r}" if idx is not None else str(failure)
            col_text = repr(col) if col is not None else "the table"
        fields = {"check": check, "column": col_text, "failure": what,
                  "schema": rule.name}
        o = R.Outcome("TBL10", "fail", cell, table, fields, [cell] if cell.start else [],
                      row=int(idx) if isinstance(idx, (int, float)) and not
                      (isinstance(idx, float) and idx != idx) else None)
        o.severity = rule.severity or ""
        out.append(o)
    return out


def schema_outcomes(doc: Document, tables: list[Table], rules: tuple[TableSchema, ...],
                    outcomes: list[R.Outcome]) -> list[R.Outcome]:
    """Apply the table rules to a document's tables; schema outcomes replace automatic ones."""
    applicable = [r for r in rules if r.applies_to(doc.path)]
    if not applicable:
        return outcomes
    prose = [o for o in outcomes if o.rule == "TBL06"]
    result: list[R.Outcome] = []
    replaced: set[tuple[str, int, int]] = set()
    no_auto: set[int] = set()
    for rule in applicable:
        hits = [t for t in tables if rule.matches(t)]
        if not hits and rule.documents:
            t0 = tables[0]
            anchor = Cell(text=t0.title(), start=t0.start, end=t0.start, line=t0.line,
                          column=1)
            o = R.Outcome("TBL10", "uncertain", anchor, t0,
                          {"check": f"table rule {rule.name!r}", "column": "this document",
                           "failure": "no table matches the rule's 'match'", "schema": rule.name})
            result.append(o)
        for t in hits:
            outs = validate(t, rule, prose)
            for o in outs:
                replaced.add((o.rule, id(o.table), o.cell.start))
            if not rule.auto:
                no_auto.add(id(t))
            result += outs
    # a schema that declares inferred relations replaces the ones guessed from the numbers
    declared = {id(o.table) for o in result if o.rule == "TBL07"}
    kept = [o for o in outcomes if (o.rule, id(o.table), o.cell.start) not in replaced
            and not (id(o.table) in no_auto and o.rule not in ("TBL06",))
            and not (o.rule == "TBL07" and id(o.table) in declared)]
    return kept + result
