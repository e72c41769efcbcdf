"""Reading documents: decoding, front matter, and a same-length 'scan text' of visible prose.

The scan text has exactly the length of the decoded file, with everything that is not
prose (front matter, tags, scripts, code blocks, URLs, comments) replaced by spaces, so
that every offset found in it is an offset into the original file.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checks.errors import FactlintError, InputError, InternalFailure
from checks.io import read_bytes
from checks.safeyaml import load
from checks.scanning import (Work, delimited, html_hidden, html_tags, md_autolinks,
                             md_link_urls, md_ref_defs, substitute)

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html",
            ".csv": "csv", ".tsv": "tsv"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """A decoded document with its scan text and metadata."""

    path: str
    text: str
    scan_text: str
    format: str = "text"
    #: the front matter (a YAML mapping), empty without one
    meta: dict[str, Any] = field(default_factory=dict)
    as_of: dt.date | None = None
    #: (start, end) of every HTML character reference ("&yen;"): the scan text holds its
    #: character at end - 1, so a quantity starting there starts at the reference in the file
    entities: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        object.__setattr__(self, "_line_starts", starts)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        starts = self._line_starts  # type: ignore[attr-defined]
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    def line_of(self, offset: int) -> int:
        """Return the 1-based line of a character offset."""
        return self.position(offset)[0]

    def original_start(self, offset: int) -> int:
        """Move a start offset that falls on a decoded character reference to its '&'."""
        ents = self.entities
        if not ents:
            return offset
        i = bisect.bisect_right(ents, (offset, float("inf"))) - 1
        if i >= 0 and ents[i][0] < offset < ents[i][1]:
            return ents[i][0]
        return offset


def discover(paths: list[str], suffixes: set[str] | None = None) -> list[str]:
    """Expand directories into the documents below them, in sorted order; keep files as given."""
    suffixes = suffixes or set(SUFFIXES)
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in files
                          if Path(f).suffix.lower() in suffixes]
            out += sorted(found)
        else:
            out.append(p)
    return out


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM); raise InputError for binary or broken input."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("UTF-16 text (byte-order mark); factlint reads UTF-8", path)
    if b"\x00" in data:
        off = data.index(b"\x00")
        raise InputError(f"binary file (NUL byte at byte {off}), not a text document", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte "
                         f"{exc.start})", path, line, col) from None
    # Normalise newlines without changing length: a lone CR becomes LF, CRLF keeps its CR
    # as a space-like character so offsets stay those of the file.
    return text


def read_document(path: str, as_of: dt.date | None = None, fmt: str | None = None,
                  max_bytes: int = MAX_BYTES) -> Document:
    """Read and decode one document; raise InputError with the path on any problem.

    Only a regular file is read (a FIFO, device or directory is refused, never waited on),
    and at most ``max_bytes`` of it.
    """
    data = read_bytes(path, max_bytes, InputError)
    text = decode(data, path)
    fmt = fmt or SUFFIXES.get(Path(path).suffix.lower(), "text")
    try:
        return make_document(text, path, fmt, as_of)
    except FactlintError:
        raise
    except Exception as exc:  # noqa: BLE001 - a factlint bug, reported as this document's
        raise InternalFailure(exc, path, "reading") from exc


def make_document(text: str, path: str = "<string>", fmt: str = "text",
                  as_of: dt.date | None = None) -> Document:
    """Build a Document from decoded text."""
    meta: dict[str, Any] = {}
    entities: tuple[tuple[int, int], ...] = ()
    if fmt == "markdown":
        scan, meta = _mask_markdown(text, path)
    elif fmt == "html":
        scan = mask_html(text)
        entities = tuple((m.start(), m.end()) for m in _ENTITY.finditer(text)
                         if len(html.unescape(m.group(0))) == 1)
    elif fmt in ("csv", "tsv"):
        # a data file has no prose: its cells are read as a table (checks.tables)
        scan = _blank(text)
    else:
        scan = text
    scan = scan.replace("\r", " ")
    if as_of is None:
        as_of = _as_date(meta.get("date"), path)
    return Document(path=path, text=text, scan_text=scan, format=fmt, meta=meta, as_of=as_of,
                    entities=entities)


def _as_date(value: object, path: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"front matter 'date' is not a date: {value!r}", path, 2) from None


def _blank(s: str) -> str:
    """Replace every character but newlines with a space."""
    return re.sub(r"[^\n]", " ", s)


_FRONT = re.compile(r"\A(---[ \t]*\r?\n)(.*?)(^---[ \t]*$|^\.\.\.[ \t]*$)", re.S | re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~).*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
# the reference semantics of the scanners in checks.scanning (tests compare the two)
_MD_LINK_URL = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:.*$", re.M)
_MD_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INLINE_CODE = re.compile(r"(`+)[^`\n]*?\1")
_MD_EMPHASIS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)")


def front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    """Parse YAML front matter; return (mapping, offset where the body starts)."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0
    try:
        meta = load(m.group(2)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"malformed YAML front matter: {problem}", path, line) from None
    except ValueError as exc:  # an impossible date such as 2025-13-01
        raise InputError(f"malformed YAML front matter: {exc}", path, 2) from None
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping", path, 2)
    return meta, m.end()


def _mask_markdown(text: str, path: str, work: Work | None = None
                   ) -> tuple[str, dict[str, Any]]:
    work = work or Work()
    meta, body = front_matter(text, path)
    scan = _blank(text[:body]) + text[body:]
    # fences and inline code: their regexes end every attempt at a line end or the text's
    # end, so they stay linear; comments, reference definitions, autolinks and link URLs
    # use the linear scanners of checks.scanning (their regexes were quadratic unclosed)
    scan = _FENCE.sub(lambda m: _blank(m.group(0)), scan)
    scan = substitute(scan, delimited(scan, "<!--", "-->", work), _blank)
    scan = substitute(scan, md_ref_defs(scan, work), _blank)
    scan = substitute(scan, md_autolinks(scan, work), _blank)
    scan = _INLINE_CODE.sub(lambda m: _blank(m.group(0)), scan)
    scan = substitute(scan, md_link_urls(scan, work), lambda s: "]" + _blank(s[1:]))
    # emphasis markers ("**5** million") would separate a number from its scale or unit
    scan = _MD_EMPHASIS.sub(lambda m: " " * len(m.group(0)), scan)
    return scan, meta


_HTML_HIDDEN = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.S | re.I)
_HTML_TAG = re.compile(r"<!--.*?-->|<![^>]*>|<\?.*?\?>|</?[A-Za-z][^>]*>", re.S)
_BLOCK = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|thead|tbody|section|"
                    r"article|header|footer|blockquote|pre|title|caption|figcaption|dt|dd)\b",
                    re.I)
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def mask_html(text: str, work: Work | None = None) -> str:
    """Blank out tags, hidden elements and comments; turn entities into their character."""
    work = work or Work()

    def tag(t: str) -> str:
        s = _blank(t)
        # keep block boundaries as line breaks so sentences do not run together
        if _BLOCK.match(t) and "\n" not in s:
            s = "\n\n" + s[2:]
        return s

    def entity(m: re.Match[str]) -> str:
        ch = html.unescape(m.group(0))
        if len(ch) != 1:
            return m.group(0)
        if ch == "\xa0":
            ch = " "
        # pad before the character so that "&yen;5" stays adjacent: "    ¥5"
        return " " * (len(m.group(0)) - 1) + ch

    # linear scanners with the semantics of _HTML_HIDDEN and _HTML_TAG (checks.scanning)
    scan = substitute(text, html_hidden(text, work), _blank)
    scan = substitute(scan, html_tags(scan, work), tag)
    return _ENTITY.sub(entity, scan)
