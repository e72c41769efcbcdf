"""Relation kinds: a small, fixed set implemented in Python, one module each.

A module registers its kind with :func:`kind`; YAML rules pick a kind and set its
parameters. Each kind declares its parameters (type and default; ``REQUIRED`` for none)
and the fields its message template may use, so rule packs are checked when they load.

A kind's ``find(ctx, rule)`` scans one document (a :class:`checks.context.DocContext`)
for the claim shapes it knows and yields :class:`checks.findings.Claim` records. Every
rule the checker runs has a kind in this registry: the prose kinds, and also the table
checks (``tables.py``: one kind per table relation, all fed by one reading of the
document's tables) and the document assertions (``assertion.py``). What a kind reads is
its ``reads``; the checker runs the prose kinds first, then the document's assertions,
then its tables (:data:`READS`).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from checks.errors import ConfigError
from checks.findings import Claim

#: a parameter's specification: its type and its default (REQUIRED: none)
ParamSpec = tuple[type, Any]
#: a load-time check of a rule's filled-in parameters (raises ConfigError)
Validator = Callable[[dict[str, Any]], None]
#: a kind's finder: ``find(ctx, rule)`` yields the claims of one rule in one document
Finder = Callable[..., Iterable[Claim]]
F = TypeVar("F", bound=Finder)

REQUIRED = object()
#: fields every message template may use
COMMON_FIELDS = ("stated", "computed", "allowed", "inputs", "claim", "reason")
#: what a kind reads, in the order the checker runs them: the prose (each rule on its
#: own), the document's assertion files, the document's tables
READS = ("prose", "document", "table")


@dataclass(frozen=True)
class KindSpec:
    """A relation kind: its finder, parameter specification and message fields."""

    name: str
    find: Finder
    params: dict[str, ParamSpec] = field(default_factory=dict)
    message_fields: tuple[str, ...] = COMMON_FIELDS
    description: str = ""
    #: optional check of the filled-in parameters at load time (raises ConfigError)
    validate: Validator | None = None
    #: what the kind reads (one of READS); only the built-in packs use the kinds that do
    #: not read prose: their claims come from checks the package runs, not from the rule
    reads: str = "prose"
    #: whether a rule of the kind has ``pass_message`` (and ``pass_group_message``)
    pass_messages: bool = False
    #: whether a rule of the kind must give pass and fail examples (a check of the user's
    #: own schema or assertion file has none the package could run)
    examples: bool = True

    def validate_params(self, params: dict[str, Any]) -> dict[str, Any]:
        """Fill defaults, reject unknown or missing parameters and wrong types."""
        out: dict[str, Any] = {}
        unknown = set(params) - set(self.params)
        if unknown:
            raise ConfigError(f"unknown parameter {sorted(unknown)[0]!r} for kind "
                              f"{self.name} (known: {', '.join(sorted(self.params)) or 'none'})")
        for key, (typ, default) in self.params.items():
            if key not in params:
                if default is REQUIRED:
                    raise ConfigError(f"missing parameter {key!r} for kind {self.name}")
                out[key] = default
                continue
            value = params[key]
            if typ is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if typ is list and isinstance(value, str):
                value = [value]
            if typ is tuple and isinstance(value, list):
                value = tuple(value)
            if not isinstance(value, typ):
                raise ConfigError(f"parameter {key!r} must be {typ.__name__}, "
                                  f"not {type(value).__name__}")
            out[key] = value
        if self.validate is not None:
            self.validate(out)
        return out


_REGISTRY: dict[str, KindSpec] = {}


def kind(name: str, params: dict[str, ParamSpec] | None = None,
         message_fields: tuple[str, ...] = (), description: str = "",
         validate: Validator | None = None, *, reads: str = "prose",
         pass_messages: bool = False, examples: bool = True) -> Callable[[F], F]:
    """Register a relation kind's finder under ``name``.

    ``validate``, when given, checks the parameters of a rule when its pack loads (for
    instance that a pattern or an expression parses) and raises ConfigError.
    """

    def deco(fn: F) -> F:
        _REGISTRY[name] = KindSpec(name, fn, dict(params or {}),
                                   tuple(COMMON_FIELDS) + tuple(message_fields),
                                   description or (fn.__doc__ or "").strip().splitlines()[0]
                                   if (description or fn.__doc__) else "", validate,
                                   reads, pass_messages, examples)
        return fn

    return deco


@lru_cache(maxsize=1)
def registry() -> dict[str, KindSpec]:
    """Import every relation module once and return the kinds by name."""
    for mod in pkgutil.iter_modules(__path__):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{__name__}.{mod.name}")
    return dict(_REGISTRY)
