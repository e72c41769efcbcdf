"""User regular expressions that cannot hang a run: refused at load when they backtrack badly.

Python's ``re`` backtracks: ``(a+)+b`` takes 32 s on 28 characters, and a rule pattern,
an ``unless`` or a pandera ``str_matches`` comes from a user's rule file. An ``unless`` runs
on RE2 (``google-re2``, linear time, :func:`compile_linear`) whenever RE2 accepts it; a
pattern fragment, a ``str_matches`` or an ``unless`` RE2 cannot run (lookaround,
backreference) runs on ``re``, and factlint refuses, when the rule loads, the shapes that
make its backtracking explode, with the rule and line in the error:

- a variable quantifier inside a repeated group: ``(a+)+``, ``(\\w+\\s?)*``, ``(x{1,3})+``
  (nested quantifiers; exponential);
- alternatives inside a repeated group: ``(a|ab)+`` (overlapping branches; exponential);
- backreferences: ``(a+)\\1`` (not regular at all);
- more than MAX_UNBOUNDED unbounded quantifier (``*``, ``+``, ``{n,}``) that one match
  passes in sequence: ``.*a.*b`` retries every split (cubic);
- more than MAX_LENGTH characters.

Groups repeated a fixed number of times (``(\\d{3}){2}``), character classes and
alternatives outside repeats (``rose|fell``) are fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from checks.errors import ConfigError

MAX_LENGTH = 1000
#: unbounded quantifiers one match may pass in a row: with one, a failing search costs at
#: most quadratic time in a sentence (cut at 2,000 characters); with two, ``.*a.*b`` takes
#: 17 s on 2,000 characters
MAX_UNBOUNDED = 1

if TYPE_CHECKING:  # typeshed has the old names only; the modules are the same
    import sre_constants as _c
    import sre_parse as _p
else:
    try:  # Python 3.11+: the parser moved and sre_parse warns on import
        from re import _constants as _c
        from re import _parser as _p
    except ImportError:  # pragma: no cover - older Pythons
        import sre_constants as _c
        import sre_parse as _p

#: a parse-tree node, (op, argument): the argument's shape depends on the op, which
#: typeshed's union of shapes cannot follow
_Node = tuple[Any, Any]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT}
                                             if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def unsafe_reason(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` could backtrack catastrophically, or None when it is safe."""
    if len(pattern) > MAX_LENGTH:
        return f"longer than {MAX_LENGTH} characters"
    try:
        tree = _p.parse(pattern, flags)
    except re.error as exc:
        return f"not a valid regular expression ({exc})"
    except (RecursionError, OverflowError, MemoryError):
        return "nested too deeply"
    # (a SubPattern iterates by __getitem__, which typeshed's SubPattern does not declare)
    nodes: list[_Node] = list(tree)  # type: ignore[call-overload]
    reason = _walk(nodes, repeated=False)
    degree = _degree(nodes)
    if reason is None and degree > MAX_UNBOUNDED:
        reason = (f"{degree} unbounded quantifiers (*, +, {{n,}}) in a row; at most "
                  f"{MAX_UNBOUNDED} keep the matching time bounded")
    return reason


def _degree(items: Iterable[_Node]) -> int:
    """Unbounded quantifiers one match can pass through in sequence (alternatives: the most
    of any one), which bounds the polynomial degree of backtracking."""
    total = 0
    for op, av in items:
        if op in _REPEATS:
            total += (av[1] == _c.MAXREPEAT) + _degree(list(av[2]))
        elif op is _c.SUBPATTERN:
            total += _degree(list(av[-1]))
        elif op is _c.BRANCH:
            total += max((_degree(list(b)) for b in av[1]), default=0)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            total += _degree(list(av[1]))
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            total += _degree(list(av))
    return total


def _walk(items: Iterable[_Node], repeated: bool) -> str | None:
    for op, av in items:
        reason: str | None = None
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return "a backreference (\\1, (?P=name)) makes matching exponential"
        if op in _REPEATS:
            lo, hi, sub = av
            variable = hi != lo
            if variable and repeated:
                return ("a quantifier inside a repeated group (nested quantifiers such as "
                        "(a+)+ backtrack exponentially)")
            if hi > 1 and _has_branch(list(sub)):
                return ("alternatives (|) inside a repeated group (such as (a|ab)+ "
                        "backtrack exponentially)")
            reason = _walk(list(sub), repeated or hi > 1)
        elif op is _c.SUBPATTERN:
            reason = _walk(list(av[-1]), repeated)
        elif op is _c.BRANCH:
            for branch in av[1]:
                reason = reason or _walk(list(branch), repeated)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            reason = _walk(list(av[1]), repeated)
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            reason = _walk(list(av), repeated)
        if reason:
            return reason
    return None


def _has_branch(items: Iterable[_Node]) -> bool:
    for op, av in items:
        if op is _c.BRANCH:
            return True
        if op is _c.SUBPATTERN and _has_branch(list(av[-1])):
            return True
        if op in _REPEATS and _has_branch(list(av[2])):
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT) and _has_branch(list(av[1])):
            return True
    return False


def check_user_regex(pattern: str, what: str = "regular expression", flags: int = 0) -> None:
    """Raise ConfigError (``what`` names the key) when ``pattern`` is not safe to run."""
    reason = unsafe_reason(pattern, flags)
    if reason:
        shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
        raise ConfigError(f"{what} /{shown}/ is refused: {reason}")


def compile_user_regex(pattern: str, flags: int = 0, what: str = "regular expression"
                       ) -> re.Pattern[str]:
    """``re.compile`` for a user's pattern, after :func:`check_user_regex`."""
    check_user_regex(pattern, what, flags)
    return re.compile(pattern, flags)


def compile_linear(pattern: str, ignore_case: bool = True, what: str = "unless"
                   ) -> re.Pattern[str] | Any:
    """A pattern with ``search(text, pos, endpos)``: RE2 when ``google-re2`` is installed and
    accepts it (linear time; ASCII ``\\b``, ``\\w`` and ``\\d``), else ``re`` after
    :func:`check_user_regex`. (RE2's pattern is untyped: ``Any``.)"""
    try:  # (imported here to fall back to ``re`` when it is missing)
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency
        re2 = None
    if re2 is not None and len(pattern) <= MAX_LENGTH:
        options = re2.Options()
        options.log_errors = False  # a pattern RE2 cannot run falls back, silently
        options.case_sensitive = not ignore_case
        try:
            return re2.compile(pattern, options)
        except re2.error:
            pass
    return compile_user_regex(pattern, re.I if ignore_case else 0, what)


def check_linear(pattern: str, ignore_case: bool = True, what: str = "unless") -> None:
    """Raise ConfigError when :func:`compile_linear` would refuse ``pattern``."""
    compile_linear(pattern, ignore_case, what)

