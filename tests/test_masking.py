"""Linear masking (issue 9): the scanners find what the masking regexes find, and their work
grows linearly on unclosed constructs (a work counter, never the wall clock)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import documents as d
from checks import scanning as sc

PIECES = ["<!--", "-->", "<!", "<?", "?>", ">", "<", "</", "<a", "<div ", "<script>",
          "</script>", "</SCRIPT >", "<style", "</style>", "<head>", "<header>", "</head>",
          "[5](", "](", ")", " ", "\n", "\t", '"', "]", "[", "]:", "<http:", "<https://x",
          "<mailto:", "a", "5", "b c", "/", "!", "--", "   [x]: y"]

markup = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)

CASES = [
    (d._COMMENT, lambda t, w: sc.delimited(t, "<!--", "-->", w)),
    (d._HTML_HIDDEN, sc.html_hidden),
    (d._HTML_TAG, sc.html_tags),
    (d._MD_LINK_URL, sc.md_link_urls),
    (d._MD_REF_DEF, sc.md_ref_defs),
    (d._MD_AUTOLINK, sc.md_autolinks),
]


@settings(max_examples=300, deadline=None)
@given(markup)
def test_the_scanners_find_exactly_what_the_regexes_find(text):
    for rx, scanner in CASES:
        assert list(scanner(text, sc.Work())) == [m.span() for m in rx.finditer(text)], rx


def _work(fn, text: str) -> int:
    work = sc.Work()
    fn(text, work)
    return work.chars


def _mask_md(text, work):
    return d._mask_markdown(text, "x.md", work)


@pytest.mark.parametrize("construct", ["<!--", "[5](", "<div ", "<a", "<script>", "<!",
                                       "<?", "<http:", '](x "', "[x\n", "<style"])
@pytest.mark.parametrize("mask", [d.mask_html, _mask_md], ids=["html", "markdown"])
def test_unclosed_constructs_cost_linear_work(construct, mask):
    size = 20_000
    counts = [_work(mask, (construct * (k * size // len(construct)))) for k in (1, 2, 4)]
    assert counts[0] > 0
    # linear: twice the text, at most a little over twice the work (quadratic would be 4x)
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 4.4 * counts[0], counts


def test_masking_keeps_length_and_prose():
    text = "<p>Sales <!-- hidden 9% --> rose <b>5%</b></p><script>var x = 7;</script>"
    scan = d.mask_html(text)
    assert len(scan) == len(text) and "5%" in scan and "9%" not in scan and "7" not in scan
    md = "Up [5%](http://x/9) and <https://y/8> <!-- 7 -->\n[r]: http://z/6\n"
    scan, _ = d._mask_markdown(md, "x.md")
    assert len(scan) == len(md) and "5%" in scan
    assert not any(c in scan for c in "9876")


def test_a_runaway_sentence_is_cut_into_pieces_of_bounded_length():
    from checks.context import MAX_SENTENCE, split_sentences

    text = "word 5 " * 3000 + ". The end is 7%."
    spans = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text) and len(spans) > 10
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # cut at spaces, no gaps
    short = "Of 10 people, 5 came, or 50%. Then 6 left."
    assert split_sentences(short) == [(0, 29), (29, len(short))]  # as before
