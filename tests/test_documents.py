"""Documents: decoding, masking, and offsets that point into the original file."""

from __future__ import annotations

import html
import re

import pytest

from checks.documents import discover, make_document, read_document
from checks.errors import InputError
from checks.extraction import extract_document, extract_paths

MARKDOWN = """---
date: 2024-05-01
title: 99 problems
---
# Exports in 2023

Beef exports rose **12%** to [¥64.8 billion](https://example.com/2024/77/report).
Code such as `x = 4200` and the block below is not prose.

```
total = 1234567
```

<!-- an editor's note: 555 -->
Car sales reached 2.146 million vehicles.
"""

HTML = """<!doctype html>
<html><head><title>Report 2024</title><style>p { margin: 12px; }</style></head>
<body><p>Exports hit &yen;5 billion, up <b>12</b>% on the year,
and sales reached &euro;3&nbsp;million.</p>
<script>var hidden = 7777;</script>
<p>Nearly 40&#37; of buyers were new.</p></body></html>
"""


def _visible(raw: str) -> str:
    """What a reader sees of a slice of the original file: tags dropped, entities decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", raw)).replace("\xa0", " ").split())


def _check_offsets(doc, quantities):
    for q in quantities:
        raw = doc.text[q.start:q.end]
        assert _visible(raw).replace(" ", "") == q.text.replace(" ", ""), (raw, q.text)
        line, col = doc.position(q.start)
        lines = doc.text.split("\n")
        assert lines[line - 1][col - 1:].startswith(raw.split("\n")[0])


def test_markdown_offsets_point_into_the_file():
    doc = make_document(MARKDOWN, "a.md", "markdown")
    qs = extract_document(doc)
    assert [q.text for q in qs] == ["2023", "12%", "¥64.8 billion", "2.146 million vehicles"]
    _check_offsets(doc, qs)
    assert doc.as_of.isoformat() == "2024-05-01"


def test_markdown_masks_front_matter_code_links_and_comments():
    doc = make_document(MARKDOWN, "a.md", "markdown")
    assert len(doc.scan_text) == len(doc.text)
    values = {q.value for q in extract_document(doc)}
    assert not values & {99.0, 4200.0, 1234567.0, 555.0, 77.0}


def test_html_offsets_cover_tags_and_entities():
    doc = make_document(HTML, "a.html", "html")
    qs = extract_document(doc)
    assert [(q.text, q.value) for q in qs] == [
        ("¥5 billion", 5e9), ("12 %", 12.0), ("€3 million", 3e6), ("Nearly 40 %", 40.0)]
    _check_offsets(doc, qs)
    assert doc.text[qs[0].start:qs[0].start + 5] == "&yen;"


def test_html_hides_scripts_styles_and_head():
    doc = make_document(HTML, "a.html", "html")
    assert not {q.value for q in extract_document(doc)} & {7777.0, 2024.0}


def test_crlf_and_bom(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("\ufeffLine one\r\nSales rose 8% to $5 million.\r\n".encode("utf-8"))
    doc = read_document(str(p))
    qs = extract_document(doc)
    assert [q.text for q in qs] == ["8%", "$5 million"]
    assert doc.position(qs[0].start) == (2, 12)
    assert doc.text[qs[1].start:qs[1].end] == "$5 million"


# --------------------------------------------------------------------------- bad input

def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(b"GIF89a\x00\x01\x02")
    with pytest.raises(InputError, match="binary file") as exc:
        read_document(str(p))
    assert str(exc.value).startswith(str(p))


def test_invalid_utf8_names_line_and_column(tmp_path):
    p = tmp_path / "bad.md"
    p.write_bytes(b"fine line\nsecond \xff line\n")
    with pytest.raises(InputError) as exc:
        read_document(str(p))
    assert str(exc.value).startswith(f"{p}:2:8: not valid UTF-8")


def test_missing_file():
    with pytest.raises(InputError, match="no such file"):
        read_document("/nonexistent/article.md")


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("12345 " * 100)
    with pytest.raises(InputError, match="too large"):
        read_document(str(p), max_bytes=100)


def test_malformed_front_matter_names_the_line(tmp_path):
    p = tmp_path / "fm.md"
    p.write_text("---\ndate: 2024-01-01\ntitle: [unclosed\n---\nText 5%.\n")
    with pytest.raises(InputError, match="malformed YAML front matter") as exc:
        read_document(str(p))
    assert exc.value.line is not None and exc.value.line >= 2


def test_bad_date_in_front_matter(tmp_path):
    p = tmp_path / "d.md"
    p.write_text("---\ndate: someday\n---\nText.\n")
    with pytest.raises(InputError, match="not a date"):
        read_document(str(p))


def test_directories_are_walked_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/z.md", "a.txt", "b/c.html", ".hidden/x.txt", "notes.pdf"):
        (tmp_path / name).write_text("5%")
    found = [p[len(str(tmp_path)) + 1:] for p in discover([str(tmp_path)])]
    assert found == ["a.txt", "b/c.html", "b/z.md"]


def test_other_documents_are_still_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Sales rose 8%.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    results = extract_paths([str(bad), str(tmp_path / "missing.txt"), str(good)])
    assert [bool(r.error) for r in results] == [True, True, False]
    assert results[2].quantities[0].value == 8.0


def test_documents_are_not_modified(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(HTML)
    before = p.read_bytes(), p.stat().st_mtime_ns
    extract_paths([str(p)])
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("5%")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # every read goes through checks.io.read_bytes, which opens with os.open
    with monkeypatch.context() as m, \
            pytest.raises(InputError, match="cannot read: Permission denied") as exc:
        m.setattr("checks.io.os.open", denied)
        read_document(str(p))
    assert exc.value.path == str(p)


def test_directory_given_as_a_file(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


def test_utf16_is_named_as_such(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Sales rose 5%.".encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16 text"):
        read_document(str(p))
