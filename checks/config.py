"""Configuration: ``[tool.factlint]`` in pyproject.toml or ``.factlint.yaml``.

Keys may be written with dashes or underscores (``fail-on`` = ``fail_on``). Paths are
relative to the configuration file; globs are matched (gitignore style) against document
paths relative to it. Command-line flags override the file; ``overrides`` entries change
options for the documents their ``paths`` globs match. An unknown key is an error that names
the key, the file and (where it can be found) the line.

Example ``.factlint.yaml``::

    paths: [articles]
    exclude: ["drafts/"]
    rules: [rules/house.yml]
    fail-on: warning
    as-of: 2025-07-15
    disable: [RANK01]
    suppress:
      - {path: "wire/*.txt", claim: "nearly 40%", rule: PCT01}
    xfail:
      - {path: "articles/beef.md", rule: MUL01, reason: "desk knows, fix pending"}
    overrides:
      - {paths: ["archive/**"], as-of: 2019-01-01, disable: [AGE01]}
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
import tomllib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from checks.documents import discover
from checks.errors import ConfigError
from checks.findings import FAIL_ON
from checks.io import MAX_CONFIG_BYTES, read_bytes, read_text
from checks.options import CheckOptions
from checks.quantity import ExtractConfig
from checks.safeyaml import load as load_yaml

if TYPE_CHECKING:
    import pathspec

CONFIG_NAMES = (".factlint.yaml", ".factlint.yml")
YEN = ("JPY", "CNY")


@dataclass(frozen=True)
class Suppression:
    """A claim left out of reports: a path glob, a quoted phrase and optionally a rule."""

    path: str
    claim: str
    rule: str = ""
    reason: str = ""


@dataclass(frozen=True)
class XFail:
    """A known issue: failing claims that pytest reports as expected failures."""

    path: str
    claim: str = ""
    rule: str = ""
    reason: str = "known issue (factlint configuration)"


@dataclass(frozen=True)
class Override:
    """Options for the documents that ``paths`` (globs) match."""

    paths: tuple[str, ...]
    #: (setting, value): each value of its setting's type (a Config field's)
    values: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Config:
    """The settings of a run, from a configuration file and the command line."""

    source: str | None = None
    root: str = "."
    paths: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    builtin_rules: bool = True
    fail_on: str = "error"
    as_of: dt.date | None = None
    rates: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    yen: str = "JPY"
    disable: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    format: str = "text"
    baseline: str | None = None
    suppress: tuple[Suppression, ...] = ()
    xfail: tuple[XFail, ...] = ()
    overrides: tuple[Override, ...] = ()
    #: pytest plugin: one item per "document" or per "claim"
    pytest_items: str = "document"
    #: the result cache (checks.cache): on or off, and its directory
    cache: bool = True
    cache_dir: str = ".factlint-cache"
    #: worker processes for factlint check (None: the usable cores; 1: in process)
    jobs: int | None = None
    #: directories besides the root from which front matter may name assertion files
    assertion_roots: tuple[str, ...] = ()

    def with_values(self, **values: Any) -> Config:
        """A copy with the given settings (e.g. from command-line flags) replacing these."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})

    def relative(self, path: str) -> str:
        """``path`` relative to the configuration's root, in / form (for glob matching)."""
        full = os.path.abspath(path)
        rel = os.path.relpath(full, os.path.abspath(self.root))
        return rel.replace(os.sep, "/")

    def matches(self, globs: Collection[str], path: str) -> bool:
        """True when any gitignore-style glob in ``globs`` matches ``path``."""
        return bool(globs) and _spec(tuple(globs)).match_file(self.relative(path))

    def selects(self, path: str) -> bool:
        """True when a discovered document passes ``include`` and ``exclude``."""
        if self.include and not self.matches(self.include, path):
            return False
        return not self.matches(self.exclude, path)

    def for_path(self, path: str) -> Config:
        """The settings for one document: this configuration with its overrides applied."""
        out = self
        for o in self.overrides:
            if self.matches(o.paths, path):
                out = replace(out, **dict(o.values))
        return out

    def options(self, path: str | None = None) -> CheckOptions:
        """CheckOptions for one document (or, without a path, for the whole run)."""
        c = self.for_path(path) if path else self
        return CheckOptions(extract=ExtractConfig(yen_symbol=c.yen, hedge_files=c.hedges),
                            rule_paths=c.rules, no_builtin_rules=not c.builtin_rules,
                            as_of=c.as_of, rate_files=c.rates, fact_files=c.facts,
                            disabled=c.disable, selected=c.select,
                            project_root=os.path.abspath(c.root),
                            assertion_roots=c.assertion_roots)


def _spec(globs: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    # (pathspec takes about 11 ms to import; only a configuration with globs needs it)
    import pathspec

    return _SPECS.get(globs) or _SPECS.setdefault(
        globs, pathspec.GitIgnoreSpec.from_lines(globs))


_SPECS: dict[tuple[str, ...], pathspec.GitIgnoreSpec] = {}


# --- reading ---------------------------------------------------------------------------

def _key(k: object) -> str:
    return str(k).replace("-", "_")


def _shown(key: str) -> str:
    """A key as the documentation writes it: ``fail-on``, ``suppress[0].rule``."""
    return key.replace("_", "-")


def _written(value: object) -> str:
    """What the user wrote, for a message: 'warnings', 3, [1, 2]."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, int, float)):
        return str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "nothing" if value is None else repr(value)


def _near(word: object, allowed: Iterable[object]) -> str:
    """" (did you mean 'warning'?)" when a known word is close to ``word``."""
    folded = {str(a).casefold(): str(a) for a in allowed}
    near = difflib.get_close_matches(str(word).casefold(), list(folded), n=1, cutoff=0.6)
    return f" (did you mean '{folded[near[0]]}'?)" if near else ""


class _Reader:
    """Validates one file's settings; every error names the file, the key and its line."""

    def __init__(self, source: str, text: str, fmt: str):
        self.source, self.text, self.fmt = source, text, fmt
        self.root = os.path.dirname(os.path.abspath(source))

    def line_of(self, key: str) -> int | None:
        """The line where ``key`` is set, found in the file text (best effort)."""
        names = {key, key.replace("_", "-"), key.replace("-", "_")}
        alts = "|".join(re.escape(n) for n in sorted(names))
        if self.fmt == "toml":
            pat = rf"^[ \t]*[\"']?(?:{alts})[\"']?[ \t]*="
            start = re.search(r"^\s*\[\[?\s*tool\.factlint\b", self.text, re.M)
            offset = start.start() if start else 0
        else:
            pat = rf"^[ \t-]*[\"']?(?:{alts})[\"']?[ \t]*:"
            offset = 0
        m = re.search(pat, self.text[offset:], re.M) or re.search(
            rf"[{{,\s][\"']?(?:{alts})[\"']?\s*[:=]", self.text[offset:])
        return self.text.count("\n", 0, offset + m.start()) + 1 if m else None

    def error(self, key: str, message: str) -> ConfigError:
        """A ConfigError at ``key``'s line."""
        return ConfigError(message, self.source, self.line_of(key.split(".")[-1].split("[")[0]))

    # value checkers -----------------------------------------------------------------
    def strings(self, key: str, value: object) -> tuple[str, ...]:
        """A string or a list of strings."""
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, f"{_shown(key)} is {_written(value)}: it must be a string "
                             "or a list of strings")
        return tuple(value)

    def paths(self, key: str, value: object) -> tuple[str, ...]:
        """Paths, made absolute relative to the configuration file."""
        return tuple(os.path.normpath(os.path.join(self.root, p))
                     for p in self.strings(key, value))

    def string(self, key: str, value: object, choices: Sequence[str] | None = None) -> str:
        """A string, optionally one of ``choices``."""
        if not isinstance(value, str) or (choices and value not in choices):
            if choices:
                raise self.error(key, f"{_shown(key)} is {_written(value)}: allowed are "
                                 f"{', '.join(choices)}{_near(value, choices)}")
            raise self.error(key, f"{_shown(key)} is {_written(value)}: it must be a string")
        return value

    def boolean(self, key: str, value: object) -> bool:
        """true or false."""
        if not isinstance(value, bool):
            raise self.error(key, f"{_shown(key)} is {_written(value)}: it must be true or "
                             "false" + _near(value, ("true", "false")))
        return value

    def positive(self, key: str, value: object) -> int:
        """A whole number of at least 1."""
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.error(key, f"{_shown(key)} is {_written(value)}: it must be a whole "
                             "number of at least 1")
        return value

    def date(self, key: str, value: object) -> dt.date:
        """A date (YYYY-MM-DD)."""
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise self.error(key, f"{_shown(key)} is {_written(value)}: it must be a date "
                             "(YYYY-MM-DD, e.g. 2025-07-15)") from None

    def table_list(self, key: str, value: object, allowed: dict[str, bool]
                   ) -> list[dict[str, Any]]:
        """A list of tables whose keys are all in ``allowed`` (True: required)."""
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(key, f"{_shown(key)} is {_written(value)}: it must be a list of "
                             "tables")
        out: list[dict[str, Any]] = []
        for n, entry in enumerate(value):
            item: dict[str, Any] = {}
            for k, v in entry.items():
                if _key(k) not in allowed:
                    known = sorted(_shown(a) for a in allowed)
                    raise self.error(str(k), f"unknown key '{k}' in {_shown(key)}[{n}]"
                                     f"{_near(_shown(_key(k)), known)} (known: "
                                     f"{', '.join(known)})")
                item[_key(k)] = v
            missing = [k for k, required in allowed.items() if required and k not in item]
            if missing:
                raise self.error(key, f"{_shown(key)}[{n}] lacks '{_shown(missing[0])}'")
            out.append(item)
        return out


_FORMATS = ("text", "json", "sarif", "junit", "github", "markdown", "html")

#: key -> how to read it; the keys an ``overrides`` entry may set are marked True
_SCALARS = {
    "paths": ("paths", False), "include": ("strings", False), "exclude": ("strings", False),
    "rules": ("paths", True), "builtin_rules": ("boolean", True),
    "fail_on": ("fail_on", False), "as_of": ("date", True), "rates": ("paths", True),
    "facts": ("paths", True), "hedges": ("paths", True), "yen": ("yen", True),
    "disable": ("strings", True), "select": ("strings", True), "format": ("format", False),
    "baseline": ("path", False), "pytest_items": ("items", False),
    "cache": ("boolean", False), "cache_dir": ("path", False),
    "assertion_roots": ("paths", True), "jobs": ("positive", False),
}
_TABLES = ("suppress", "xfail", "overrides")
KNOWN_KEYS = tuple(sorted(set(_SCALARS) | set(_TABLES)))


def _scalar(r: _Reader, key: str, value: object
            ) -> tuple[str, ...] | str | bool | int | dt.date:
    how = _SCALARS[key][0]
    if how == "paths":
        return r.paths(key, value)
    if how == "path":
        return r.paths(key, r.string(key, value))[0]
    if how == "strings":
        return r.strings(key, value)
    if how == "boolean":
        return r.boolean(key, value)
    if how == "positive":
        return r.positive(key, value)
    if how == "date":
        return r.date(key, value)
    if how == "fail_on":
        return r.string(key, value, FAIL_ON)
    if how == "yen":
        return r.string(key, value, YEN)
    if how == "format":
        return r.string(key, value, _FORMATS)
    return r.string(key, value, ("document", "claim"))


def parse(data: object, source: str, text: str = "", fmt: str = "yaml") -> Config:
    """Validate a settings mapping read from ``source``; raise ConfigError on any problem."""
    r = _Reader(source, text, fmt)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of settings", source)
    #: Config's fields by name, each read by its own checker (so of its own type)
    values: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = _key(raw_key)
        if key in _SCALARS:
            values[key] = _scalar(r, key, value)
        elif key == "suppress":
            values[key] = tuple(
                Suppression(path=r.string("path", e["path"]), claim=r.string("claim", e["claim"]),
                            rule=r.string("rule", e.get("rule", "")),
                            reason=r.string("reason", e.get("reason", "")))
                for e in r.table_list(key, value, {"path": True, "claim": True, "rule": False,
                                                   "reason": False}))
        elif key == "xfail":
            values[key] = tuple(
                XFail(path=r.string("path", e["path"]), claim=r.string("claim", e.get("claim", "")),
                      rule=r.string("rule", e.get("rule", "")),
                      reason=r.string("reason", e.get("reason", XFail.reason)))
                for e in r.table_list(key, value, {"path": True, "claim": False, "rule": False,
                                                   "reason": False}))
        elif key == "overrides":
            allowed = {"paths": True} | {k: False for k, (_, o) in _SCALARS.items() if o}
            overrides = []
            for e in r.table_list(key, value, allowed):
                globs = r.strings("paths", e.pop("paths"))
                overrides.append(Override(paths=globs, values=tuple(
                    (k, _scalar(r, k, v)) for k, v in e.items())))
            values[key] = tuple(overrides)
        else:
            known = [_shown(k) for k in KNOWN_KEYS]
            raise r.error(str(raw_key), f"unknown key '{raw_key}'"
                          f"{_near(_shown(key), known)} (known: {', '.join(known)})")
    return Config(source=source, root=r.root, **values)


def load(path: str) -> Config:
    """Read a configuration file: pyproject.toml ([tool.factlint]) or YAML."""
    text = read_text(path, error=ConfigError, what="configuration file")
    if Path(path).suffix.lower() == ".toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            msg = re.sub(r"\s*\(at line.*\)$", "", str(exc))
            raise ConfigError(f"malformed TOML: {msg}", path, int(m.group(1)) if m else None,
                              int(m.group(2)) if m else None) from None
        tool = doc.get("tool", {})
        section = tool.get("factlint", {}) if isinstance(tool, dict) else {}
        return parse(section, path, text, "toml")
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"malformed YAML: {problem}", path, mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None
    return parse(data, path, text, "yaml")


def find(start: str | None = None) -> str | None:
    """The nearest configuration file at or above ``start`` (default: the working directory).

    In each directory a ``.factlint.yaml`` wins over pyproject.toml, and a pyproject.toml
    counts only when it has a ``[tool.factlint]`` table.
    """
    here = Path(os.path.abspath(start or os.getcwd()))
    if here.is_file():
        here = here.parent
    for d in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (d / name).is_file():
                return str(d / name)
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = read_bytes(str(pyproject), MAX_CONFIG_BYTES).decode("utf-8",
                                                                           "replace")
            except OSError:
                continue  # unreadable, too large or not a regular file: not ours
            if re.search(r"^\s*\[\[?\s*tool\.factlint\b", text, re.M):
                return str(pyproject)
    return None


def discover_config(explicit: str | None = None, start: str | None = None,
                    isolated: bool = False) -> Config:
    """The configuration of a run: ``explicit`` file, else the nearest one, else defaults."""
    if explicit:
        return load(explicit)
    if isolated:
        return Config(root=os.path.abspath(start or os.getcwd()))
    found = find(start)
    return load(found) if found else Config(root=os.path.abspath(start or os.getcwd()))


def documents(config: Config, paths: list[str]) -> list[str]:
    """The documents to check: ``paths`` (or the configured ones) filtered by include/exclude.

    A path that does not exist is kept, so that the engine reports it as an error.
    """
    given = paths or list(config.paths)
    out: list[str] = []
    for p in discover(given):
        if os.path.exists(p) and not config.selects(p):
            continue
        out.append(p)
    return out


# --- the published JSON Schema ------------------------------------------------------------

_STRINGS = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
_DESCRIPTIONS = {
    "assertion_roots": "directories besides the project root from which front matter may name "
                       "assertion files",
    "cache": "reuse results of unchanged documents from the result cache (default true)",
    "cache_dir": "where the result cache lives (default .factlint-cache)",
    "jobs": "worker processes for factlint check (default: the usable cores; 1: in "
            "process; --jobs overrides it)",
    "paths": "what factlint check (and pytest --factlint) checks when given no paths",
    "include": "keep only documents matching one of these globs",
    "exclude": "leave out documents matching one of these globs",
    "rules": "user rule packs and document assertion files (YAML)",
    "builtin_rules": "use the built-in rule packs (default true)",
    "fail_on": "exit 1 when a claim of this severity or above fails (default error)",
    "as_of": "the documents' date when their front matter gives none (YYYY-MM-DD)",
    "rates": "exchange-rate tables (YAML)", "facts": "reference facts (YAML)",
    "hedges": "extra hedge lexicons (YAML)", "yen": "the currency of a bare ¥",
    "disable": "rules switched off: codes, names or families (PCT01, percent), any case",
    "select": "check only these rules: codes, names or families, any case",
    "format": "the default report format", "baseline": "report only findings not in this file",
    "pytest_items": "pytest --factlint: one test item per document or per claim",
    "suppress": "claims left out: those overlapping the quoted claim in files matching path",
    "xfail": "failing claims pytest reports as expected failures",
    "overrides": "options for the documents the paths globs match",
}


def _value_schema(how: str) -> dict[str, Any]:
    schemas: dict[str, dict[str, Any]] = {
        "paths": _STRINGS, "strings": _STRINGS, "path": {"type": "string"},
        "boolean": {"type": "boolean"},
        "positive": {"type": "integer", "minimum": 1},
        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "fail_on": {"enum": list(FAIL_ON)}, "yen": {"enum": list(YEN)},
        "format": {"enum": list(_FORMATS)},
        "items": {"enum": ["document", "claim"]}}
    return schemas[how]


def _object(props: dict[str, Any], required: Sequence[str] = ()) -> dict[str, Any]:
    """An object schema whose keys may be written with dashes or underscores."""
    properties: dict[str, Any] = {}
    for key, schema in props.items():
        properties[_shown(key)] = schema
        if "_" in key:
            properties[key] = schema
    out: dict[str, Any] = {"type": "object", "properties": properties,
                           "additionalProperties": False}
    if required:
        out["required"] = list(required)
    return out


def _tables(entry: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [entry, {"type": "array", "items": entry}]}


def config_schema() -> dict[str, Any]:
    """The JSON Schema of ``[tool.factlint]`` and ``.factlint.yaml``, built from the loader's
    own key table so that the two cannot drift (factlint.schema.json is this, committed)."""
    props: dict[str, Any] = {}
    for key, (how, _) in _SCALARS.items():
        props[key] = dict(_value_schema(how), description=_DESCRIPTIONS[key])
    text = {"type": "string"}
    props["suppress"] = dict(_tables(_object(
        {"path": text, "claim": text, "rule": text, "reason": text}, ("path", "claim"))),
        description=_DESCRIPTIONS["suppress"])
    props["xfail"] = dict(_tables(_object(
        {"path": text, "claim": text, "rule": text, "reason": text}, ("path",))),
        description=_DESCRIPTIONS["xfail"])
    override = {"paths": _STRINGS} | {k: _value_schema(how) for k, (how, o) in _SCALARS.items()
                                      if o}
    props["overrides"] = dict(_tables(_object(override, ("paths",))),
                              description=_DESCRIPTIONS["overrides"])
    schema = _object(props)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "factlint configuration ([tool.factlint] or .factlint.yaml)", **schema}


def schema_text() -> str:
    """factlint.schema.json as committed: the schema, 2-space indented, sorted keys."""
    return json.dumps(config_schema(), indent=2, ensure_ascii=False) + "\n"
