"""Hypothesis strategies for fuzzing factlint: prose built from the pieces numbers live in.

Plain random text seldom reaches the relation kinds; documents assembled from amounts,
currencies, scale words, hedges, ranges, conversions, dates and markup (closed and unclosed)
do, and so do the separators and control characters that broke factlint before (a narrow
no-break space as a digit separator, a zero amount in a conversion).
"""

from __future__ import annotations

from hypothesis import strategies as st

SEPARATORS = [",", ".", " ", "\u202f", "\xa0", "\u2009", "'", ""]
DASHES = ["-", "\u2013", "\u2014", " to ", " and ", "\u2212", "~"]
CURRENCY_BEFORE = ["$", "US$", "\u20ac", "\xa3", "\xa5", "\u20b9", "CN\xa5", "RMB ", "S$", ""]
CURRENCY_AFTER = [" dong", " yen", " yuan", " euros", " dollars", " won", " ringgit", " baht",
                  " rupees", " pesos", ""]
SCALES = ["", " million", " billion", " trillion", " thousand", "m", "bn", " crore", " lakh",
          "k", " mn"]
UNITS = ["", "%", " percent", " per cent", " percentage points", " km", " kilometres",
         " tonnes", " vehicles", " people", " mph", " kg", " years", " months", "-fold",
         " times"]
HEDGES = ["", "nearly ", "about ", "more than ", "almost ", "roughly ", "at least ",
          "up to ", "over ", "under ", "some ", "just over "]
WORDS = ["rose", "fell", "doubled", "tripled", "grew", "of", "the total", "share", "up",
         "down", "from", "to", "by", "in", "compared with", "a third of", "half of",
         "twice", "sixfold", "record", "since", "ago", "anniversary", "ranked", "first",
         "second", "than", "more", "less", "sold", "paid", "worth", "($", "(", ")", ",",
         ".", ";", "\n", "\n\n", "per", "a", "each", "total", "combined", "together"]
MARKUP = ["<!--", "-->", "[5](", "](http://x)", "<div ", "<a", "<script>", "</script>",
          "<p>", "</p>", "<td>", "<tr>", "<table>", "&amp;", "&yen;", "&#8364;", "&#x202f;",
          "`", "```", "**", "_", "|", "| --- |", "<", ">", "\x1b[31m", "\x00", "\r",
          "\u200b", "\ufeff", "\u2028"]


@st.composite
def numbers(draw) -> str:
    """A number as prose writes it: digits with separators, decimals, words, zero, huge."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.sampled_from(["0", "0.0", "00", "0.5", "1e400", "9" * 40, "NaN",
                                     "inf", "one", "a dozen", "zero", "1/3", "\u00bd"]))
    whole = draw(st.integers(0, 10**9))
    sep = draw(st.sampled_from(SEPARATORS))
    digits = f"{whole:,}".replace(",", sep) if sep != "," else f"{whole:,}"
    if draw(st.booleans()):
        digits += "." + str(draw(st.integers(0, 999)))
    return digits


@st.composite
def quantity(draw) -> str:
    """A hedge, currency, number, scale and unit: "nearly $2.1 billion", "5 000 dong"."""
    before = draw(st.sampled_from(CURRENCY_BEFORE))
    after = draw(st.sampled_from(CURRENCY_AFTER)) if not before else ""
    unit = draw(st.sampled_from(UNITS)) if not (before or after) else ""
    return (draw(st.sampled_from(HEDGES)) + before + draw(numbers())
            + draw(st.sampled_from(SCALES)) + after + unit)


@st.composite
def fragment(draw) -> str:
    """One piece of a document: a quantity, a range, a conversion, a year, a word, markup."""
    kind = draw(st.integers(0, 11))
    if kind <= 3:
        return draw(quantity())
    if kind == 4:
        return draw(quantity()) + draw(st.sampled_from(DASHES)) + draw(quantity())
    if kind == 5:
        return f"{draw(quantity())} ({draw(quantity())})"
    if kind == 6:
        return str(draw(st.integers(1000, 2100)))
    if kind == 7:
        return draw(st.sampled_from(MARKUP))
    if kind == 8:
        return draw(st.text(max_size=8))
    return draw(st.sampled_from(WORDS))


@st.composite
def documents(draw, max_fragments: int = 40) -> tuple[str, str]:
    """(format, text): prose of fragments, sometimes with front matter, in one format."""
    fmt = draw(st.sampled_from(["text", "markdown", "html", "csv"]))
    parts = draw(st.lists(fragment(), max_size=max_fragments))
    text = " ".join(parts)
    if fmt == "markdown" and draw(st.booleans()):
        date = draw(st.sampled_from(["2024-05-01", "2025-13-01", "x", "'2023-01-01'", ""]))
        text = f"---\ndate: {date}\ntitle: {draw(st.text(max_size=10))!r}\n---\n" + text
    return fmt, text


SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html", "csv": ".csv"}


def problems(fmt: str, text: str, checker, path: str | None = None) -> list[str]:
    """Check one document and render it in every format; return what went wrong.

    A problem is an ``InternalError`` entry (a factlint bug the engine contained), an
    exception from reading, checking or a formatter, or a JSON, SARIF or JUnit report that
    does not parse. Bad input (a malformed front matter)
    is no problem: it is the error factlint must report.
    """
    import json

    from checks.documents import make_document
    from checks.errors import FactlintError, is_internal
    from checks.findings import RunResult
    from checks.formatters import formats, render

    out = []
    try:
        doc = make_document(text, path or "fuzz" + SUFFIX[fmt], fmt)
    except FactlintError:
        return out
    except Exception as exc:  # noqa: BLE001 - the campaign records every crash
        return [f"make_document: {type(exc).__name__}: {exc}"]
    try:
        result = checker.check(doc)
    except Exception as exc:  # noqa: BLE001
        return [f"check: {type(exc).__name__}: {exc}"]
    out += [e for e in result.errors if is_internal(e)]
    run = RunResult(documents=[result])
    for name in formats():
        try:
            report = render(run, name)
            if name in ("json", "sarif"):
                json.loads(report)
            elif name == "junit":
                import xml.etree.ElementTree as ET

                ET.fromstring(report)  # well-formed XML, whatever the text held
        except Exception as exc:  # noqa: BLE001
            out.append(f"format {name}: {type(exc).__name__}: {exc}")
    out += [e for e in result.errors if is_internal(e) and e not in out]
    return out


def save(corpus: str, fmt: str, text: str) -> str:
    """Write a crashing input into the corpus directory, named by its hash; return the path."""
    import hashlib
    import os

    os.makedirs(corpus, exist_ok=True)
    name = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = os.path.join(corpus, name + SUFFIX[fmt])
    with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
        fh.write(text)
    return path
