"""The HTML report: one self-contained page, all text escaped, claims highlighted by verdict.

The browser test opens the page in real headless Chromium (Debian packages ``chromium`` and
``chromium-driver``, installed by .ci/run) and saves a screenshot under reports/.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checks.findings import DocumentResult, RunResult
from checks.formatters import render
from checks.testing_reports import make_claim, sample_run

ROOT = Path(__file__).resolve().parent.parent
VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "col", "source", "area", "base"}

TEXT = """# Exports <script>alert("pwned")</script> & <img src=x onerror=alert(2)>

Japan sold ¥13.4 billion of beef to the US, 21% of the ¥64.8 billion total, and
exports should almost double to ¥113.2 billion. Dealers failing rose to 50 from 32,
a 66% rise.
"""


def tricky_run() -> RunResult:
    t = TEXT
    claims = [
        make_claim(t, "21%", rule="PCT01", verdict="pass", path="news/exports.md",
                   inputs=("¥13.4 billion", "¥64.8 billion"),
                   message='stated "21%"; 13.4 / 64.8 = 20.7%'),
        # a claim whose span contains one of its inputs (nested) and overlaps another claim
        make_claim(t, "almost double to ¥113.2 billion", rule="MUL01", verdict="uncertain",
                   severity="warning", path="news/exports.md",
                   inputs=("¥64.8 billion", "¥113.2 billion"),
                   message='stated "almost double"; 113.2 / 64.8 = 1.75x'),
        make_claim(t, "¥113.2 billion. Dealers", rule="ODD01", verdict="pass",
                   path="news/exports.md", message="an overlapping span"),
        make_claim(t, "a 66% rise", rule="CHG01", verdict="fail", path="news/exports.md",
                   inputs=("50", "32"), message='stated "a 66% rise"; 50 / 32 - 1 = 56.3%'),
        # two rules on the same words: one highlight, the worse verdict
        make_claim(t, "a 66% rise", rule="CHG02", verdict="pass", path="news/exports.md",
                   inputs=("50",), message="a second rule on the same words"),
    ]
    return RunResult(documents=[DocumentResult("news/exports.md", "2025-07-15", claims,
                                               quantities=8, quantities_used=7, text=t)])


class Balance(HTMLParser):
    """Checks that every element is closed in order."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def test_page_is_well_formed_even_with_overlapping_spans():
    out = render(tricky_run(), "html")
    p = Balance()
    p.feed(out)
    assert p.problems == [] and p.stack == []


def test_document_text_is_escaped():
    out = render(tricky_run(), "html")
    assert '&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;' in out
    assert "<img" not in out
    assert out.count("<script>") == 1  # factlint's own inline script only


def test_self_contained():
    out = render(sample_run(), "html")
    assert 'http-equiv="Content-Security-Policy"' in out and "default-src 'none'" in out
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", out)
    assert "@import" not in out and "url(" not in out
    assert "<link" not in out


def test_summary_first_coverage_last():
    out = render(sample_run(), "html")
    assert out.index('id="summary"') < out.index('class="document"') < out.index('id="coverage"')
    assert "9 quantities found, 6 used in a checked claim" in out


def test_html_documents_show_their_visible_text():
    text = "<html><body><p>Sales rose <b>8%</b> to $2.7 billion.</p>" \
           "<script>var x = 1;</script></body></html>"
    c = make_claim(text, "8%", path="a.html")
    out = render(RunResult(documents=[DocumentResult("a.html", claims=[c], text=text)]), "html")
    article = out[out.index('<div class="article">'):]
    assert "var x = 1" not in article and "&lt;p&gt;" not in article
    assert ">8%<span class=\"pop\"" in article


# --- in a real browser --------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium is absent: install the Debian packages chromium and "
                    "chromium-driver (.ci/run does)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="factlint-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                f"--user-data-dir={profile}", "--window-size=1200,1000"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.chromium
def test_rendered_in_chromium(browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(render(tricky_run(), "html"), encoding="utf-8")
    browser.get(page.as_uri())

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - the article's <script> must not run
    article = browser.find_element(By.CSS_SELECTOR, "div.article")
    assert '<script>alert("pwned")</script>' in article.text

    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim[id]")
    got = sorted((m.get_attribute("data-verdict"), m.get_attribute("data-rule")) for m in marks)
    assert got == [("fail", "CHG01 CHG02"), ("pass", "ODD01"), ("pass", "PCT01"),
                   ("uncertain", "MUL01")]
    fail = browser.find_element(By.CSS_SELECTOR, "mark.claim.fail")
    assert fail.text.startswith("a 66% rise")
    color = fail.value_of_css_property("background-color")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")

    pop = fail.find_element(By.CSS_SELECTOR, ".pop")
    assert not pop.is_displayed()
    ActionChains(browser).move_to_element(fail).perform()
    assert pop.is_displayed()
    assert "50 / 32 - 1 = 56.3%" in pop.text
    linked = browser.find_elements(By.CSS_SELECTOR, ".input.linked")
    assert sorted(e.text for e in linked) == ["32", "50"]

    # click pins the computation; its input links lead to the numbers in the text
    unc = browser.find_element(By.CSS_SELECTOR, "mark.claim.uncertain")
    unc.click()
    unc_pop = unc.find_element(By.CSS_SELECTOR, ".pop")
    assert unc_pop.is_displayed() and "1.75x" in unc_pop.text
    browser.save_screenshot(str(_reports() / "html_report.png"))
    link = unc_pop.find_element(By.LINK_TEXT, "¥64.8 billion")
    link.click()
    target = browser.execute_script("return location.hash")
    assert browser.find_element(By.CSS_SELECTOR, target).text == "¥64.8 billion"

    summary = browser.find_element(By.ID, "summary")
    assert "1 fail" in summary.text and "1 uncertain" in summary.text
    assert browser.execute_script(
        "return document.querySelectorAll('script[src],link,img,iframe').length") == 0


def _reports() -> Path:
    out = ROOT / "reports"
    out.mkdir(exist_ok=True)
    return out


def test_summary_lists_failing_claims_with_links():
    out = render(tricky_run(), "html")
    summary = out[out.index('id="summary"'):out.index('class="document"')]
    links = re.findall(r'<li><a href="#(d0-m\d+-\d+)">news/exports.md:5:1</a> CHG01', summary)
    assert len(links) == 1 and f'id="{links[0]}"' in out


class ArticleText(HTMLParser):
    """The text of div.article without the popups: what a reader sees in the flow."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside div.article
        self.pop = 0  # > 0 inside a popup
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if self.depth:
            self.depth += 1
            if self.pop or cls == "pop":
                self.pop += 1
        elif tag == "div" and cls == "article":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.pop:
                self.pop -= 1

    def handle_data(self, data):
        if self.depth and not self.pop:
            self.parts.append(data)


def test_random_overlapping_spans_keep_the_text_and_the_nesting():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checks.findings import Claim, Input

    alphabet = st.sampled_from(list("ab <>&\"'\n%¥1"))

    @st.composite
    def runs(draw):
        text = draw(st.text(alphabet, min_size=1, max_size=80))
        span = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
        claims = []
        for n in range(draw(st.integers(0, 6))):
            s, e = draw(span)
            if s == e:
                continue
            ins = tuple(Input(text[a:b], a, b) for a, b in draw(st.lists(span, max_size=3))
                        if a < b)
            claims.append(Claim(f"R{n % 3}", draw(st.sampled_from(["pass", "fail",
                                                                   "uncertain"])),
                                "error", "x.md", 1, 1, s, e, text[s:e], "m", ins))
        return text, RunResult(documents=[DocumentResult("x.md", claims=claims, text=text)])

    @settings(max_examples=150, deadline=None)
    @given(runs())
    def check(case):
        text, run = case
        out = render(run, "html")
        balance = Balance()
        balance.feed(out)
        assert balance.problems == [] and balance.stack == []
        reader = ArticleText()
        reader.feed(out)
        assert "".join(reader.parts) == text

    check()
