"""Errors that reach the user as one line with a place, never as a traceback."""

from __future__ import annotations


class FactlintError(Exception):
    """A problem the user can fix: bad input, configuration or rule file (exit code 2)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        place = self.path or ""
        if place and self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.message}" if place else self.message


class InputError(FactlintError):
    """A document that cannot be read: missing, binary, undecodable or too large."""


class ConfigError(FactlintError):
    """A configuration, rule pack, lexicon or schema file that is malformed."""


class InternalError(Exception):
    """A bug in factlint itself, such as a quantity table that violates its schema."""


#: the marker of an error entry that is a factlint bug, not a problem with the input
INTERNAL = "InternalError"


class InternalFailure(FactlintError):
    """An unexpected exception while reading or checking one document: a factlint bug.

    It is carried like a FactlintError so that the run records it as that document's error
    and goes on; its message starts with ``InternalError:`` so that people, CI and
    :func:`is_internal` tell it apart from bad input.
    """

    def __init__(self, exc: BaseException, path: str | None = None, step: str = ""):
        super().__init__(internal_message(exc, step), path)
        self.original = exc


def internal_message(exc: BaseException, step: str = "") -> str:
    """``InternalError: <Type>: <message> (at module.py:NN; ...)``, one line, bounded."""
    import os
    import traceback

    here = os.path.dirname(os.path.abspath(__file__))
    place = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if os.path.abspath(frame.filename).startswith(here + os.sep):
            place = f"{os.path.relpath(frame.filename, here)}:{frame.lineno}"
    text = " ".join(str(exc).split())
    if len(text) > 200:
        text = text[:197] + "..."
    where = f" in {step}" if step else ""
    at = f"at {place}; " if place else ""
    return (f"{INTERNAL}: {type(exc).__name__}{': ' + text if text else ''}{where} "
            f"({at}this is a factlint bug, please report it)")


def internal_error(path: str, exc: BaseException, step: str = "") -> str:
    """The error entry of a document whose check raised ``exc`` unexpectedly."""
    return f"{path}: {internal_message(exc, step)}"


def is_internal(error: str) -> bool:
    """True when an error entry records a factlint bug rather than bad input."""
    return f": {INTERNAL}: " in error or error.startswith(INTERNAL + ":")
