"""A small, safe expression language: arithmetic, comparisons and a few functions.

Expressions are parsed with :mod:`ast` and compiled into closures over a whitelist of node
types; nothing is ever passed to ``eval``. Names are looked up in a mapping at evaluation.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from typing import Any

from checks.errors import ConfigError
from checks.intervals import Interval

#: what an expression computes: a number, an Interval or a bool, as its operators and
#: functions decide at run time (the names' values are the caller's)
Value = Any
#: the names an expression reads
Env = Mapping[str, object]

#: limits that keep a user's expression cheap: characters, nesting, nodes, exponent size
MAX_SOURCE = 1000
MAX_DEPTH = 50
MAX_NODES = 300
MAX_EXPONENT = 100


def _pow(a: Value, b: Value) -> Value:
    """``a ** b`` that never builds a huge integer: exponents beyond MAX_EXPONENT overflow."""
    for e in (b.lo, b.hi) if isinstance(b, Interval) else (b,):
        if not isinstance(e, (int, float)) or abs(e) > MAX_EXPONENT:
            raise OverflowError(f"exponent {e!r} is beyond the limit of {MAX_EXPONENT}")
    if isinstance(a, Interval):
        return a ** b
    return float(a) ** float(b)  # a float power overflows with an error, quickly


_BIN: dict[type[ast.operator], Callable[[Value, Value], Value]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.Pow: _pow, ast.Mod: operator.mod,
    ast.FloorDiv: operator.floordiv}
_CMP: dict[type[ast.cmpop], Callable[[Value, Value], Value]] = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Eq: operator.eq, ast.NotEq: operator.ne}


def _ends(x: Value) -> tuple[Value, Value]:
    return (x.lo, x.hi) if isinstance(x, Interval) else (x, x)


def _extreme(pick: Callable[..., Value]) -> Callable[..., Value]:
    """min/max that work on numbers and on Intervals (end by end, not by possibility)."""

    def f(*args: Value) -> Value:
        if len(args) == 1 and not isinstance(args[0], Interval):
            args = tuple(args[0])
        if not any(isinstance(a, Interval) for a in args):
            return pick(args)
        ends = [_ends(a) for a in args]
        return Interval(pick(e[0] for e in ends), pick(e[1] for e in ends))
    f.__name__ = pick.__name__
    return f


def _monotone(fn: Callable[..., Value]) -> Callable[..., Value]:
    """Lift a non-decreasing function of one number to Intervals (applied to both ends)."""

    def f(x: Value, *rest: Value) -> Value:
        if isinstance(x, Interval):
            return Interval(fn(x.lo, *rest), fn(x.hi, *rest))
        return fn(x, *rest)
    f.__name__ = fn.__name__
    return f


FUNCTIONS: dict[str, Callable[..., Value]] = {
    "min": _extreme(min), "max": _extreme(max), "abs": abs, "round": _monotone(round),
    "sum": lambda *a: sum(a), "sqrt": _monotone(math.sqrt), "log": _monotone(math.log),
    "floor": _monotone(math.floor), "ceil": _monotone(math.ceil),
}
CONSTANTS = {"inf": math.inf, "pi": math.pi}


def _check_size(root: ast.AST, short: str) -> None:
    """Refuse expressions nested deeper than MAX_DEPTH, with more than MAX_NODES nodes, or
    with a constant exponent beyond MAX_EXPONENT (``10**10**10`` would never finish)."""
    stack, nodes = [(root, 1)], 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if depth > MAX_DEPTH:
            raise ConfigError(f"expression {short!r} is nested too deeply (more than "
                              f"{MAX_DEPTH} levels)")
        if nodes > MAX_NODES:
            raise ConfigError(f"expression {short!r} has too many terms (more than "
                              f"{MAX_NODES} nodes)")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) \
                and isinstance(node.right, ast.Constant) \
                and isinstance(node.right.value, (int, float)) \
                and abs(node.right.value) > MAX_EXPONENT:
            raise ConfigError(f"expression {short!r}: exponent {node.right.value} is beyond "
                              f"the limit of {MAX_EXPONENT}")
        stack += [(child, depth + 1) for child in ast.iter_child_nodes(node)]


class Expression:
    """A compiled expression; call :meth:`evaluate` with a mapping of names to values."""

    __slots__ = ("source", "names", "_fn")

    def __init__(self, source: str, functions: Mapping[str, Callable[..., Value]] | None = None):
        self.source = str(source)
        funcs = dict(FUNCTIONS, **(functions or {}))
        short = self.source if len(self.source) <= 60 else self.source[:57] + "..."
        if len(self.source) > MAX_SOURCE:
            raise ConfigError(f"expression {short!r} is too long ({len(self.source)} "
                              f"characters; the limit is {MAX_SOURCE})")
        try:
            tree = ast.parse(self.source.strip(), mode="eval")
        except SyntaxError as exc:
            raise ConfigError(f"invalid expression {self.source!r}: {exc.msg}") from None
        except (RecursionError, MemoryError):
            raise ConfigError(f"expression {short!r} is nested too deeply") from None
        _check_size(tree.body, short)
        self.names: set[str] = set()
        self._fn = self._compile(tree.body, funcs)

    def evaluate(self, env: Env) -> Value:
        """Evaluate with ``env`` supplying the names; unknown names raise ConfigError."""
        return self._fn(env)

    def _compile(self, node: ast.AST, funcs: Mapping[str, Callable[..., Value]]
                 ) -> Callable[[Env], Value]:
        c = self._compile
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            v = node.value
            return lambda env: v
        if isinstance(node, ast.Name):
            name = node.id
            if name in CONSTANTS and name not in self.names:
                v = CONSTANTS[name]
                return lambda env: env[name] if name in env else v
            self.names.add(name)

            def lookup(env: Env, name: str = name, src: str = self.source) -> Value:
                try:
                    return env[name]
                except KeyError:
                    raise ConfigError(f"unknown name {name!r} in expression {src!r}") from None
            return lookup
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
            op, a, b = _BIN[type(node.op)], c(node.left, funcs), c(node.right, funcs)
            return lambda env: op(a(env), b(env))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)):
            a = c(node.operand, funcs)
            if isinstance(node.op, ast.USub):
                return lambda env: -a(env)
            if isinstance(node.op, ast.Not):
                return lambda env: not a(env)
            return a
        if isinstance(node, ast.Compare) and all(type(o) in _CMP for o in node.ops):
            first = c(node.left, funcs)
            rest = [(_CMP[type(o)], c(v, funcs)) for o, v in zip(node.ops, node.comparators)]

            def compare(env: Env) -> bool:
                left = first(env)
                for op, f in rest:
                    right = f(env)
                    if not op(left, right):
                        return False
                    left = right
                return True
            return compare
        if isinstance(node, ast.BoolOp):
            parts = [c(v, funcs) for v in node.values]
            if isinstance(node.op, ast.And):
                return lambda env: all(p(env) for p in parts)
            return lambda env: any(p(env) for p in parts)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in funcs and not node.keywords):
            f = funcs[node.func.id]
            args = [c(a, funcs) for a in node.args]
            return lambda env: f(*(a(env) for a in args))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in funcs):
            raise ConfigError(f"keyword arguments are not supported ({node.func.id}) in "
                              f"expression {self.source!r}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            raise ConfigError(f"unknown function {node.func.id!r} in expression "
                              f"{self.source!r}")
        raise ConfigError(f"unsupported syntax {type(node).__name__} in expression "
                          f"{self.source!r}")
