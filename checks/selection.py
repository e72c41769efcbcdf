"""Which rules a selector names: the one place ``--select``, ``--disable``, configuration and
suppression comments are matched against rules.

A selector is a rule code (``PCT01``), a rule name (``percent.share-mismatch``), a family
(``percent``: every name that starts ``percent.``; ``PCT``: every code that starts with those
letters) or ``all``; case does not matter, and a value may hold a comma-separated list.
A selector that names no rule is an error with the nearest known names ("did you mean").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, cast

from checks.config import Config, Override
from checks.errors import ConfigError

_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class RuleId:
    """A rule as selectors see it: its code and its readable name."""

    code: str
    name: str = ""


def split(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """Selectors from flags or settings: comma or space separated lists flattened, blanks out."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(s for v in values for s in _SPLIT.split(str(v).strip()) if s)


def matches(code: str, name: str, selector: str) -> bool:
    """True when ``selector`` names the rule: code, name, family or ``all`` (any case)."""
    s = selector.casefold()
    code_f, name_f = code.casefold(), (name or "").casefold()
    if s in ("all", code_f, name_f):
        return True
    if name_f and name_f.startswith(s + "."):
        return True
    return s.isalpha() and code_f.startswith(s) and code_f[len(s):].isdigit()


def selected(code: str, name: str, selectors: Iterable[str]) -> bool:
    """True when any of ``selectors`` names the rule."""
    return any(matches(code, name, s) for s in selectors)


def candidates(rules: Iterable[RuleId]) -> list[str]:
    """Every spelling a selector may take for these rules: codes, names, families."""
    out: set[str] = set()
    for r in rules:
        out.add(r.code)
        if r.name:
            out.add(r.name)
            out.add(r.name.split(".")[0])
        letters = re.match(r"[A-Za-z]+", r.code)
        if letters:
            out.add(letters.group(0))
    return sorted(out)


def did_you_mean(selector: str, rules: Iterable[RuleId]) -> str:
    """" (did you mean PCT01?)" for the nearest known spellings, or a pointer to the list."""
    spellings = candidates(rules)
    folded = {s.casefold(): s for s in spellings}
    near = difflib.get_close_matches(selector.casefold(), list(folded), n=3, cutoff=0.6)
    if near:
        return f" (did you mean {' or '.join(folded[n] for n in near)}?)"
    return " (see `factlint rules` for the codes and names)"


def unknown(selectors: Iterable[str], rules: Iterable[RuleId]) -> list[str]:
    """The selectors that name no rule, in the order given."""
    rules = list(rules)
    return [s for s in selectors if not any(matches(r.code, r.name, s) for r in rules)]


def resolve(selectors: Iterable[str], rules: Iterable[RuleId], where: str = "",
            source: str | None = None) -> tuple[str, ...]:
    """The codes ``selectors`` name, in catalog order; a selector naming none raises.

    ``where`` says where the selectors were written (``--select``, ``disable``) for the
    message; ``source`` is the file they came from, if any.
    """
    rules = list(rules)
    sels = split(selectors)
    for s in unknown(sels, rules):
        label = f"{where} " if where else ""
        raise ConfigError(f"{label}names no rule: {s!r}{did_you_mean(s, rules)}", source,
                          _line_of(source, s) if source else None)
    return tuple(r.code for r in rules if selected(r.code, r.name, sels))


def _line_of(source: str, word: str) -> int | None:
    """The first line of a configuration file where ``word`` stands as a value (best effort)."""
    try:
        with open(source, encoding="utf-8-sig") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError):
        return None
    m = re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w.-])", text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def catalog(rule_paths: Iterable[str] = (), builtin: bool = True) -> list[RuleId]:
    """Every rule a check run can report (prose, table and assertion rules: one list)."""
    from checks.rules import load_rule_packs  # checks.rules reads this module: a cycle

    rules = load_rule_packs(tuple(rule_paths), builtin=builtin).rules
    return sorted((RuleId(r.code, r.name) for r in rules), key=lambda r: r.code)


_KNOWN: dict[tuple[object, tuple[str, ...], bool], list[RuleId]] = {}


def known_rules(config: Config) -> list[RuleId]:
    """The catalog for a configuration: its rule packs and those its overrides add.

    The engine in use may name its own rules (``Checker.known_rules(config)``), so that a
    stand-in engine is checked against the rules it reports.
    """
    # imported here: the checker reads the rule packs, which read this module (a cycle)
    import checks.checker

    provider: Callable[[Config], Iterable[RuleId]] | None = getattr(
        checks.checker.Checker, "known_rules", None)
    paths = tuple(config.rules) + tuple(
        p for o in config.overrides for k, v in o.values if k == "rules"
        for p in cast("tuple[str, ...]", v))
    builtin = config.builtin_rules and all(
        v for o in config.overrides for k, v in o.values if k == "builtin_rules")
    key = (provider, paths, builtin)
    if key not in _KNOWN:
        if len(_KNOWN) > 32:
            _KNOWN.clear()
        _KNOWN[key] = list(provider(config)) if provider else catalog(paths, builtin)
    return _KNOWN[key]


def resolve_config(config: Config, rules: list[RuleId] | None = None) -> Config:
    """``config`` with every ``select``/``disable`` (overrides too) as exact rule codes.

    A selector that names no rule raises ConfigError naming the setting and the file.
    """
    rules = known_rules(config) if rules is None else rules
    source = config.source
    values: dict[str, Any] = {}
    for key in ("select", "disable"):
        given = getattr(config, key)
        if given:
            values[key] = resolve(given, rules, key, source)
    overrides = []
    for n, o in enumerate(config.overrides):
        vals = tuple((k, resolve(cast("tuple[str, ...]", v), rules, f"overrides[{n}].{k}",
                                 source) if k in ("select", "disable") else v)
                     for k, v in o.values)
        overrides.append(Override(paths=o.paths, values=vals))
    for key in ("suppress", "xfail"):
        for n, s in enumerate(getattr(config, key)):
            if s.rule:
                resolve([s.rule], rules, f"{key}[{n}].rule", source)
    return replace(config, overrides=tuple(overrides), **values)
