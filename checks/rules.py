"""Rule packs: YAML files of rules, each picking a relation kind and setting its parameters.

This is the one rule catalogue: the prose rules, the table checks (rules/tables.yml) and
document assertions (DOC01, rules/documents.yml) are all :class:`Rule` records of a kind
in the one registry (checks.relations), loaded here; the checker, ``factlint rules`` and
``explain``, docs/rules.md, ``--select``/``--disable`` and suppression comments read the
:class:`RuleSet` this module loads.

A rule file is a mapping. The rule loader reads its ``rules:`` list; other top-level
keys belong to other readers (``assertions:`` document-specific assertions, ``tables:``
table schemas, ``rates:`` exchange rates, ``facts:`` reference facts) and are validated by
them. Every problem is a ConfigError naming the file, the line and the key.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import string
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode

from checks.errors import ConfigError
from checks.findings import SEVERITIES
from checks.io import read_text
from checks.relations import KindSpec, registry
from checks.resources import rules_dir
from checks.safeyaml import BudgetLoader, load
from checks.selection import selected, split

TOP_LEVEL_KEYS = {"rules", "assertions", "tables", "rates", "facts", "documents", "version",
                  "description", "vocabulary"}
RULE_KEYS = {"code", "name", "kind", "params", "severity", "tolerance", "message", "hint",
             "description", "link", "examples", "enabled", "pass_message",
             "pass_group_message", "__line__"}
REQUIRED_KEYS = ("code", "name", "kind", "message", "description", "examples")
_CODE_RX = re.compile(r"^[A-Z]{2,6}\d{2,3}$")
_NAME_RX = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)+$")
#: built-in packs loaded even with ``--no-builtin-rules``: the table checks and document
#: assertions run whichever prose packs are chosen
CORE_PACKS = ("documents.yml", "tables.yml")


@dataclass(frozen=True)
class Rule:
    """One rule: a relation kind with parameters, how to report it, and examples."""

    code: str
    name: str
    kind: str
    params: MappingProxyType[str, Any]
    severity: str = "error"
    tolerance: MappingProxyType[str, float] = field(
        default_factory=lambda: MappingProxyType({}))
    message: str = ""
    hint: str = ""
    description: str = ""
    link: str = ""
    examples_pass: tuple[str, ...] = ()
    examples_fail: tuple[str, ...] = ()
    enabled: bool = True
    source: str = ""
    line: int | None = None
    #: the message of a passing claim, and of passes grouped into one (table checks)
    pass_message: str = ""
    pass_group_message: str = ""

    def param(self, key: str, default: Any = None) -> Any:
        """A parameter of the rule's kind (defaults filled in at load time)."""
        return self.params.get(key, default)

    def tol(self, key: str, default: float) -> float:
        """A tolerance setting, e.g. ``tol('relative', 0.05)``."""
        return float(self.tolerance.get(key, default))

    def selected_by(self, names: Iterable[str] | str | None) -> bool:
        """True when ``names`` name this rule: code, name or family, any case, comma lists."""
        return selected(self.code, self.name, split(names))

    def render(self, **values: object) -> str:
        """Fill the message template; unknown fields were rejected at load time."""
        return self.message.format_map(_Defaults(values))


class _Defaults(dict[str, object]):
    """Message fields; one a claim does not give reads "?"."""

    def __missing__(self, key: str) -> str:
        return "?"


class _Lined(dict[Hashable, Any]):
    """A loaded mapping that also knows the line of each of its keys (``key_lines``).

    Its keys are whatever YAML scalars give (strings in factlint's files, but a key may be a
    number); ``key_lines`` is keyed by the key as written.
    """

    key_lines: dict[str | None, int] = {}


def key_line(mapping: object, key: str) -> int | None:
    """The line of ``key`` in a mapping loaded by :func:`load_yaml_with_lines`."""
    lines: dict[str | None, int] = getattr(mapping, "key_lines", None) or {}
    line: int | None = lines.get(key) or (
        mapping.get("__line__") if isinstance(mapping, dict) else None)
    return line


class _LineLoader:
    """A YAML SafeLoader that records the line of every mapping as ``__line__``."""

    @staticmethod
    def make() -> type[BudgetLoader]:
        class Loader(BudgetLoader):
            pass

        def construct_mapping(loader: BudgetLoader, node: MappingNode, deep: bool = False
                              ) -> _Lined:
            mapping = _Lined(yaml.SafeLoader.construct_mapping(loader, node, deep=deep))
            mapping["__line__"] = node.start_mark.line + 1
            mapping.key_lines = {getattr(k, "value", None): k.start_mark.line + 1
                                 for k, _ in node.value}
            return mapping

        Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                               construct_mapping)

        def construct_timestamp(loader: BudgetLoader, node: ScalarNode) -> dt.date:
            # "2025-13-01" looks like a date to YAML and fails with a bare ValueError
            try:
                return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
            except ValueError as exc:
                raise yaml.constructor.ConstructorError(
                    None, None, f"invalid date {node.value!r} ({exc})",
                    node.start_mark) from None

        Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
        return Loader


def load_yaml_with_lines(path: str) -> Any:
    """Load a YAML file, recording the line of each mapping under ``__line__``: whatever the
    file holds, hence ``Any``."""
    text = read_text(path, error=ConfigError)
    try:
        return load(text, _LineLoader.make())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"malformed YAML: {problem}", path,
                          mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None


def strip_lines(obj: Any) -> Any:
    """Return a copy of loaded YAML without the ``__line__`` bookkeeping keys."""
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj


def _template_fields(template: str) -> set[str]:
    try:
        return {f for _, f, _, _ in string.Formatter().parse(template) if f}
    except ValueError as exc:
        raise ConfigError(f"message template is malformed: {exc}") from None


class _Entry:
    """One rule mapping being checked, and how a ConfigError points at its keys."""

    def __init__(self, entry: object, path: str):
        self.line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict):
            raise ConfigError("a rule must be a mapping", path, self.line)
        self.data: dict[str, Any] = entry
        self.path = path
        self.code = entry.get("code", "?")

    def bad(self, msg: str, key: str | None = None) -> ConfigError:
        """The error for ``key`` (its line when known, else the rule's)."""
        where = f"rule {self.code}" + (f", key {key!r}" if key else "")
        at = key_line(self.data, key) if key and key in self.data else self.line
        return ConfigError(f"{where}: {msg}", self.path, at)


def _check_keys(e: _Entry) -> None:
    """Known keys, the required ones, a code like PCT01, a name like percent.share-mismatch."""
    unknown = set(e.data) - RULE_KEYS
    if unknown:
        raise e.bad(f"unknown key (allowed: {', '.join(sorted(RULE_KEYS - {'__line__'}))})",
                    sorted(unknown)[0])
    for key in REQUIRED_KEYS:
        if key not in e.data:
            raise e.bad("missing", key)
    if not isinstance(e.code, str) or not _CODE_RX.match(e.code):
        raise e.bad("must be letters then digits, like PCT01", "code")
    if not isinstance(e.data["name"], str) or not _NAME_RX.match(e.data["name"]):
        raise e.bad("must be a dotted lower-case name of the problem, like "
                    "percent.share-mismatch", "name")


def _kind_spec(e: _Entry, kinds: dict[str, KindSpec], builtin: bool) -> KindSpec:
    """The rule's kind: a known one, and a prose kind unless the pack is the package's."""
    kind = e.data["kind"]
    prose = sorted(k for k, spec in kinds.items() if spec.reads == "prose")
    if kind not in kinds:
        raise e.bad(f"unknown relation kind {kind!r} (known: {', '.join(prose)})", "kind")
    spec = kinds[kind]
    if spec.reads != "prose" and not builtin:
        raise e.bad(f"kind {kind!r} is one of the package's own {spec.reads} checks; a rule "
                    f"pack picks a prose kind (known: {', '.join(prose)})", "kind")
    return spec


def _params(e: _Entry, spec: KindSpec) -> dict[str, Any]:
    """The kind's parameters, defaults filled in and types checked."""
    params = strip_lines(e.data.get("params") or {})
    if not isinstance(params, dict):
        raise e.bad("must be a mapping", "params")
    try:
        return spec.validate_params(params)
    except ConfigError as exc:
        raise e.bad(exc.message, "params") from None


def _tolerance(e: _Entry) -> dict[str, float]:
    """Tolerances: numbers, none negative, relative ones below 1."""
    tolerance = strip_lines(e.data.get("tolerance") or {})
    if not isinstance(tolerance, dict):
        raise e.bad("must be a mapping", "tolerance")
    for k, v in tolerance.items():
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise e.bad(f"{k} must be a number", "tolerance")
        if v < 0 or (k.startswith("rel") and v >= 1):
            raise e.bad(f"{k}={v} is impossible (relative tolerances lie in [0, 1))",
                        "tolerance")
    return tolerance


def _check_templates(e: _Entry, spec: KindSpec) -> None:
    """The message (and pass messages, for the kinds that have them) use only the fields
    the kind offers."""
    message = e.data["message"]
    if not isinstance(message, str) or not message.strip():
        raise e.bad("must be a non-empty string", "message")
    templates = ["message"]
    for key in ("pass_message", "pass_group_message"):
        if key in e.data:
            if not spec.pass_messages:
                raise e.bad(f"kind {spec.name} has no {key}", key)
            if not isinstance(e.data[key], str) or not e.data[key].strip():
                raise e.bad("must be a non-empty string", key)
            templates.append(key)
    for key in templates:
        try:
            unknown_fields = _template_fields(e.data[key]) - set(spec.message_fields)
        except ConfigError as exc:
            raise e.bad(exc.message, key) from None
        if unknown_fields:
            raise e.bad(f"unknown field {{{sorted(unknown_fields)[0]}}} (kind {spec.name} "
                        f"offers: {', '.join(sorted(spec.message_fields))})", key)


def _examples(e: _Entry, spec: KindSpec) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pass and fail examples (both required, unless the kind runs none)."""
    examples = strip_lines(e.data["examples"])
    if not isinstance(examples, dict) or (spec.examples and (
            not examples.get("pass") or not examples.get("fail"))):
        raise e.bad("needs 'pass' and 'fail' lists of example sentences", "examples")

    def as_tuple(v: object) -> tuple[str, ...]:
        """Examples as a tuple; a blank one (a kind that runs none) is left out."""
        # (as YAML gives them: sentences in every pack; a bare number would stay a number)
        return tuple(x for x in (v if isinstance(v, list) else (v,))  # type: ignore[misc]
                     if str(x).strip())

    return as_tuple(examples.get("pass")), as_tuple(examples.get("fail"))


def parse_rule(entry: object, path: str, kinds: dict[str, KindSpec],
               builtin: bool = False) -> Rule:
    """Validate one rule mapping against the relation kinds; return the Rule.

    ``builtin``: the rule is in one of the package's own packs, which alone may use the
    kinds that do not read prose (the table checks, document assertions).
    """
    e = _Entry(entry, path)
    _check_keys(e)
    spec = _kind_spec(e, kinds, builtin)
    severity = e.data.get("severity", "error")
    if severity not in SEVERITIES:
        raise e.bad(f"must be one of {', '.join(SEVERITIES)}", "severity")
    params, tolerance = _params(e, spec), _tolerance(e)
    _check_templates(e, spec)
    examples_pass, examples_fail = _examples(e, spec)
    data = e.data
    pass_message = str(data.get("pass_message", ""))
    return Rule(code=e.code, name=data["name"], kind=spec.name,
                params=MappingProxyType(params), severity=severity,
                tolerance=MappingProxyType(tolerance), message=data["message"],
                hint=str(data.get("hint", "")), description=str(data["description"]).strip(),
                link=str(data.get("link", "")), examples_pass=examples_pass,
                examples_fail=examples_fail, enabled=bool(data.get("enabled", True)),
                source=path, line=e.line, pass_message=pass_message,
                pass_group_message=str(data.get("pass_group_message", pass_message)))


def builtin_rule_files(core_only: bool = False) -> list[str]:
    """The built-in rule packs (every rules/*.yml except the hedge lexicon and the
    vocabulary, which are read by their own loaders); ``core_only``: just CORE_PACKS."""
    return [str(p) for p in sorted(Path(rules_dir()).glob("*.yml"))
            if p.name not in ("hedges.yml", "vocabulary.yml")
            and (not core_only or p.name in CORE_PACKS)]


def load_rule_file(path: str, kinds: dict[str, KindSpec],
                   builtin: bool = False) -> tuple[list[Rule], dict[str, Any]]:
    """Load one rule file; return its rules and the raw mapping (for the other readers)."""
    data = load_yaml_with_lines(path)
    if data is None:
        return [], {}
    if not isinstance(data, dict):
        raise ConfigError("a rule file must be a mapping with a 'rules:' list (or "
                          "'assertions:', 'tables:', 'rates:', 'facts:')", path, 1)
    unknown = set(data) - TOP_LEVEL_KEYS - {"__line__"}
    if unknown:
        raise ConfigError(f"unknown top-level key {sorted(unknown)[0]!r} (allowed: "
                          f"{', '.join(sorted(TOP_LEVEL_KEYS))})", path, 1)
    rules = []
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        raise ConfigError("'rules' must be a list", path, data.get("__line__"))
    for entry in raw_rules:
        rules.append(parse_rule(entry, path, kinds, builtin))
    return rules, data


@dataclass
class RuleSet:
    """All rules of a run, plus the raw files for the other readers."""

    rules: list[Rule]
    files: dict[str, dict[str, Any]]

    def get(self, key: str) -> Rule | None:
        """Find a rule by code or name (any case)."""
        for r in self.rules:
            if key.casefold() in (r.code.casefold(), r.name.casefold()):
                return r
        return None

    def reading(self, what: str) -> list[Rule]:
        """The rules whose kind reads ``what`` (a value of checks.relations.READS)."""
        kinds = registry()
        return [r for r in self.rules if kinds[r.kind].reads == what]

    def active(self, selected: Iterable[str] = (), disabled: Iterable[str] = ()) -> list[Rule]:
        """The rules that run: enabled, selected (when a selection is given), not disabled."""
        out = []
        for r in self.rules:
            if not r.enabled or (disabled and r.selected_by(disabled)):
                continue
            if selected and not r.selected_by(selected):
                continue
            out.append(r)
        return out


def load_rule_packs(paths: Iterable[str] = (), builtin: bool = True) -> RuleSet:
    """Load the built-in packs (without ``builtin``, CORE_PACKS only) and the user's files;
    reject duplicate codes and names."""
    kinds = registry()
    own = builtin_rule_files(core_only=not builtin)
    user = [str(p) for p in paths]
    # a built-in pack named among the user's files (a test of one family) is loaded once
    own = [f for f in own if all(not os.path.exists(u) or not os.path.samefile(f, u)
                                 for u in user)]
    rules: list[Rule] = []
    raw: dict[str, dict[str, Any]] = {}
    seen: dict[str, Rule] = {}
    for f in own + user:
        if Path(f).is_dir():
            for sub in sorted(Path(f).glob("*.y*ml")):
                rs, data = load_rule_file(str(sub), kinds)
                rules += rs
                raw[str(sub)] = data
            continue
        rs, data = load_rule_file(f, kinds, builtin=f in own or _in_rules_dir(f))
        rules += rs
        raw[f] = data
    for r in rules:
        for key in (r.code, r.name):
            if key in seen and seen[key] is not r:
                raise ConfigError(f"rule {key} is defined twice (also in {seen[key].source})",
                                  r.source, r.line)
            seen[key] = r
    return RuleSet(rules, raw)


def _in_rules_dir(path: str) -> bool:
    """True for a file of the package's own rules/ directory (named by a test of a pack)."""
    return os.path.dirname(os.path.realpath(path)) == os.path.realpath(rules_dir())
