"""Linear-time scanners for the markup constructs that documents mask.

The masking regexes of :mod:`checks.documents` (``<!--.*?-->``, ``</?[A-Za-z][^>]*>``,
``\\]\\([^)\\s]*...``) try every opening and scan to the end of the text when the construct
is never closed, so ``<!--`` repeated costs time quadratic in the length (75 s at 192 KB).
Each scanner here finds exactly the spans its regex would (leftmost first, the same
alternatives in the same order, non-overlapping, as ``re.sub`` does) but remembers where
the next closing delimiter is, so that every character is scanned a bounded number of
times whatever the input. :class:`Work` counts the characters scanned: the tests assert it
grows linearly with the input, which a wall clock on a shared machine cannot.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator


class Work:
    """Characters scanned by the scanners of one call (a test's work counter)."""

    def __init__(self) -> None:
        self.chars = 0


class Finder:
    """The first occurrence of ``needle`` (a string or compiled regex) at or after ``p``.

    Queries come in increasing ``p``: the answer of the last search stands while ``p`` has
    not passed it (the first occurrence after an earlier start that lies at or after ``p``
    is also the first after ``p``), and "none after p0" stands for every later ``p``.
    """

    def __init__(self, text: str, needle: str | re.Pattern[str], work: Work):
        self.text, self.needle, self.work = text, needle, work
        self.start, self.at = -1, -1
        self.match: re.Match[str] | None = None

    def __call__(self, p: int) -> int:
        """Position of the first occurrence at or after ``p``, or -1."""
        if 0 <= self.start <= p and (self.at == -1 or p <= self.at):
            return self.at
        if isinstance(self.needle, str):
            at = self.text.find(self.needle, p)
            self.match = None
        else:
            self.match = self.needle.search(self.text, p)
            at = self.match.start() if self.match else -1
        self.work.chars += (at if at >= 0 else len(self.text)) - p
        self.start, self.at = p, at
        return at


def substitute(text: str, spans: Iterator[tuple[int, int]], repl: Callable[[str], str]) -> str:
    """``text`` with each (start, end) span replaced by ``repl(text[start:end])``."""
    out, last = [], 0
    for s, e in spans:
        out += [text[last:s], repl(text[s:e])]
        last = e
    out.append(text[last:])
    return "".join(out)


def delimited(text: str, opening: str, closing: str, work: Work) -> Iterator[tuple[int, int]]:
    """Spans of ``re.escape(opening) + '.*?' + re.escape(closing)`` with re.S."""
    close = Finder(text, closing, work)
    i = 0
    while True:
        s = text.find(opening, i)
        if s < 0:
            work.chars += len(text) - i
            return
        work.chars += s - i + 1
        e = close(s + len(opening))
        if e < 0:
            return  # no closing after this opening: none after any later one either
        yield s, e + len(closing)
        i = e + len(closing)


def html_hidden(text: str, work: Work) -> Iterator[tuple[int, int]]:
    """Spans of ``<(script|style|noscript|template|head)\\b.*?</\\1\\s*>`` (re.S | re.I)."""
    closers: dict[str, Finder] = {}
    i = 0
    for m in _HIDDEN_OPEN.finditer(text):
        s = m.start()
        if s < i:
            continue
        name = m.group(1).lower()
        close = closers.get(name)
        if close is None:
            close = closers[name] = Finder(
                text, re.compile(r"</" + name + r"\s*>", re.I), work)
        at = close(m.end())
        if at < 0:
            continue
        work.chars += m.end() - s
        # the match found (or remembered) at ``at``: a regex needle, and ``at`` >= 0
        i = close.match.end()  # type: ignore[union-attr]
        yield s, i


_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|template|head)\b", re.I)
_LETTERS = frozenset(string.ascii_letters)


def html_tags(text: str, work: Work) -> Iterator[tuple[int, int]]:
    """Spans of ``<!--.*?-->|<![^>]*>|<\\?.*?\\?>|</?[A-Za-z][^>]*>`` (re.S)."""
    gt, comment_end, pi_end = (Finder(text, ">", work), Finder(text, "-->", work),
                               Finder(text, "?>", work))
    n = len(text)
    i = 0
    while True:
        s = text.find("<", i)
        if s < 0:
            work.chars += len(text) - i
            return
        work.chars += s - i + 1
        end = -1
        nxt = text[s + 1] if s + 1 < n else ""
        if nxt == "!":
            if text.startswith("--", s + 2):
                e = comment_end(s + 4)
                if e >= 0:
                    end = e + 3
            if end < 0:
                e = gt(s + 2)
                if e >= 0:
                    end = e + 1
        elif nxt == "?":
            e = pi_end(s + 2)
            if e >= 0:
                end = e + 2
        else:
            p = s + 2 if nxt in _LETTERS else (
                s + 3 if nxt == "/" and s + 2 < n and text[s + 2] in _LETTERS else -1)
            if p >= 0:
                e = gt(p)
                if e >= 0:
                    end = e + 1
        if end < 0:
            i = s + 1
            continue
        yield s, end
        i = end


def md_link_urls(text: str, work: Work) -> Iterator[tuple[int, int]]:
    """Spans of ``\\]\\([^)\\s]*(?:\\s+"[^"]*")?\\)``."""
    stop, nonspace, quote = (Finder(text, re.compile(r"[)\s]"), work),
                             Finder(text, re.compile(r"\S"), work), Finder(text, '"', work))
    n = len(text)
    i = 0
    while True:
        s = text.find("](", i)
        if s < 0:
            work.chars += len(text) - i
            return
        work.chars += s - i + 1
        r = stop(s + 2)
        end = -1
        if r >= 0 and text[r] == ")":
            end = r + 1
        elif r >= 0:  # whitespace: only a quoted title may follow, then ")"
            w = nonspace(r)
            if w >= 0 and text[w] == '"':
                q = quote(w + 1)
                if q >= 0 and q + 1 < n and text[q + 1] == ")":
                    end = q + 2
        if end < 0:
            i = s + 1
            continue
        yield s, end
        i = end


def md_ref_defs(text: str, work: Work) -> Iterator[tuple[int, int]]:
    """Spans of ``^[ \\t]{0,3}\\[[^\\]]+\\]:.*$`` (re.M)."""
    close = Finder(text, "]", work)
    n = len(text)
    ls = 0
    while ls <= n:
        k = ls
        while k < n and k - ls < 4 and text[k] in " \t":
            k += 1
        work.chars += k - ls + 1
        end = -1
        if k - ls <= 3 and k < n and text[k] == "[" and k + 1 < n and text[k + 1] != "]":
            q = close(k + 1)
            if q >= 0 and q + 1 < n and text[q + 1] == ":":
                nl = text.find("\n", q + 2)
                end = n if nl < 0 else nl
                work.chars += end - q
        if end >= 0:
            yield ls, end
            start = end
        else:
            start = ls
        nl = text.find("\n", start)
        if nl < 0:
            return
        work.chars += nl - start + 1
        ls = nl + 1


def md_autolinks(text: str, work: Work) -> Iterator[tuple[int, int]]:
    """Spans of ``<(?:https?|mailto|ftp):[^>\\s]*>``."""
    stop = Finder(text, re.compile(r"[>\s]"), work)
    i = 0
    for m in _AUTOLINK_OPEN.finditer(text):
        if m.start() < i:
            continue
        r = stop(m.end())
        if r >= 0 and text[r] == ">":
            work.chars += m.end() - m.start()
            yield m.start(), r + 1
            i = r + 1


_AUTOLINK_OPEN = re.compile(r"<(?:https?|mailto|ftp):")
