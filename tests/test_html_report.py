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
    article = out[out.index('<div class="article'):]
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
    links = re.findall(r'<a class="where" href="#(d0-m\d+-\d+)">news/exports.md:5:1</a> '
                       r'<a href="#rule-CHG01">CHG01</a>', summary)
    assert len(links) == 1 and f'id="{links[0]}"' in out
    # failures first, then uncertain claims; passing claims are not in the list
    found = summary[summary.index('class="findings"'):]
    assert found.index("CHG01") < found.index("MUL01") and "PCT01" not in found


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
        elif tag == "div" and cls.split()[:1] == ["article"]:
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
        path = draw(st.sampled_from(["x.txt", "x.md"]))
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
                                "error", path, 1, 1, s, e, text[s:e], "m", ins))
        return text, RunResult(documents=[DocumentResult(path, claims=claims, text=text)])

    @settings(max_examples=150, deadline=None)
    @given(runs())
    def check(case):
        text, run = case
        out = render(run, "html")
        balance = Balance()
        balance.feed(out)
        assert balance.problems == [] and balance.stack == []
        if run.documents[0].path.endswith(".txt"):
            # plain text is shown as written; Markdown is rendered (checked for nesting)
            reader = ArticleText()
            reader.feed(out)
            assert "".join(reader.parts) == text

    check()


# --- reads on a phone and on a desktop ------------------------------------------------------

PHONE_TEXT = """---
title: Beef exports and car sales
date: 2025-07-15
---
# Beef exports and a very long headline that has to wrap on a narrow phone screen

BYD sold 2.146 million cars in the first half, nearly 60% of its 5.5 million target,
an https://example.org/a-very-long-address-without-any-break-in-it-at-all-that-runs-on.

| destination | 2024 (¥ billion) | 2023 (¥ billion) | share of the total (%) | change (%) |
|---|---:|---:|---:|---:|
| United States | 13.4 | 12.1 | 20.7 | 10.7 |
| Taiwan | 11.2 | 10.9 | 17.3 | 2.8 |
| **Total** | 64.8 | 57.8 | 100.0 | 12.1 |

Exports rose 18% to ¥64.8 billion from ¥57.8 billion, and dealers failing rose to 50 from
32, a 66% rise.
"""


def phone_run() -> RunResult:
    t = PHONE_TEXT
    p = "news/beef.md"
    claims = [
        make_claim(t, "nearly 60%", rule="PCT01", path=p, inputs=("2.146 million",
                                                                  "5.5 million"),
                   name="percent.share-mismatch", kind="share", computed=39.018,
                   allowed_low=54.0, allowed_high=60.5,
                   message='stated "nearly 60%"; 2.146 million / 5.5 million = 39.0%',
                   hint="Recompute the share from the part and the whole."),
        make_claim(t, "18%", rule="CHG01", path=p, inputs=("¥57.8 billion", "¥64.8 billion"),
                   name="change.percent-mismatch", kind="change", computed=12.11,
                   allowed_low=17.5, allowed_high=18.5,
                   message='stated "18%"; ¥57.8 billion -> ¥64.8 billion is +12.1%'),
        make_claim(t, "a 66% rise", rule="CHG01", path=p, verdict="uncertain",
                   inputs=("50", "32"), name="change.percent-mismatch",
                   message="grey zone"),
        make_claim(t, "20.7", rule="TBL03", path=p, verdict="pass", inputs=("13.4", "64.8"),
                   name="table.share-mismatch", message="13.4 / 64.8 = 20.7%"),
    ]
    return RunResult(documents=[DocumentResult(p, "2025-07-15", claims, quantities=20,
                                               quantities_used=9, text=t)])


def _page_width_problems(browser) -> list[str]:
    """Elements that stick out of the viewport, outside a table's own scrolling box."""
    return browser.execute_script("""
      var w = document.documentElement.clientWidth, out = [];
      if (document.documentElement.scrollWidth > w) out.push('page ' +
          document.documentElement.scrollWidth + ' > ' + w);
      document.querySelectorAll('body *').forEach(function (e) {
        if (e.closest('.wrap') || e.closest('.pop') || e.closest('[hidden]')) return;
        var r = e.getBoundingClientRect();
        if (r.width && r.right > w + 1) out.push(e.tagName + '.' + e.className + ' ' +
            Math.round(r.right));
      });
      var s = getComputedStyle(document.body);
      if (s.overflowX !== 'visible' || getComputedStyle(document.documentElement).overflowX
          !== 'visible') out.push('overflow hidden on the page');
      return out;""")


@pytest.mark.chromium
@pytest.mark.parametrize("width, height", [(1400, 1000), (400, 860)])
def test_reads_on_a_desktop_and_a_phone(browser, tmp_path, width, height):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    page = tmp_path / "report.html"
    page.write_text(render(phone_run(), "html"), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.execute_script("return window.innerWidth") == width

    # the article as a reader sees it: front matter as a header, headings, a table
    article = browser.find_element(By.CSS_SELECTOR, "div.article")
    assert article.find_element(By.CSS_SELECTOR, "dl.front").text.startswith("title")
    assert article.find_element(By.TAG_NAME, "h1").text.startswith("Beef exports")
    assert len(article.find_elements(By.CSS_SELECTOR, ".wrap > table tr")) == 4
    assert "# Beef" not in article.text and "|---|" not in article.text
    cell = article.find_element(By.CSS_SELECTOR, "td mark.claim")
    assert cell.text.startswith("20.7")

    assert _page_width_problems(browser) == []

    # the strict CSP lets the page's own style and script run, nothing else
    logs = [e["message"] for e in browser.get_log("browser")]
    assert not [m for m in logs if "Content Security Policy" in m], logs

    # a pop-up stays on screen, at the left edge and at the right
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.claim[id]")
    for mark in marks:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'});"
                               "arguments[0].focus();", mark)
        pop = mark.find_element(By.CSS_SELECTOR, ".pop")
        assert pop.is_displayed()
        r = browser.execute_script("var r = arguments[0].getBoundingClientRect();"
                                   "return [r.left, r.right, r.top, r.bottom];", pop)
        assert r[0] >= 0 and r[1] <= width + 0.5 and r[2] >= 0 and r[3] <= height + 0.5, \
            (mark.text, r)
    # the suggestion stands beside the fail
    first = browser.find_element(By.CSS_SELECTOR, "ol.findings > li")
    assert 'write "nearly 40%" for "nearly 60%"' in first.text
    browser.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    browser.save_screenshot(str(_reports() / f"html_report_{width}.png"))

    # the filter narrows every list
    Select(browser.find_element(By.NAME, "verdict")).select_by_value("uncertain")
    shown = [li for li in browser.find_elements(By.CSS_SELECTOR, "ol.findings > li")
             if li.is_displayed()]
    assert [li.get_attribute("data-verdict") for li in shown] == ["uncertain"]
    Select(browser.find_element(By.NAME, "verdict")).select_by_value("")
    Select(browser.find_element(By.NAME, "rule")).select_by_value("PCT01")
    rows = [r for r in browser.find_elements(By.CSS_SELECTOR, "table.claims tbody tr")
            if r.is_displayed()]
    assert [r.get_attribute("data-rule") for r in rows] == ["PCT01"]


def test_hint_once_per_rule_and_markdown_rendered():
    out = render(phone_run(), "html")
    assert out.count("Recompute the share from the part and the whole.") == 1
    assert '<dt id="rule-PCT01">' in out
    article = out[out.index('<div class="article">'):out.index('<div class="wrap"><table '
                                                                 'class="claims">')]
    assert "<h1>" in article and "<table>" in article and "<dl class=\"front\">" in article
    # an article's links are shown as text and lead nowhere
    assert "https://example.org" in article and 'href="http' not in article


def test_csp_allows_only_the_pages_own_style_and_script():
    out = render(phone_run(), "html")
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', out).group(1)
    assert "'unsafe-inline'" not in csp and "default-src 'none'" in csp
    assert csp.count("'sha256-") == 2
    assert not re.search(r'\sstyle="', out)   # inline style attributes would be blocked
