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
