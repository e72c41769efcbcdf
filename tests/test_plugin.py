"""The pytest plugin, tested with pytester in subprocesses (off unless --factlint)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

# The engine is swapped for a marker-driven fake in the test projects: 'fail-x' fails,
# 'warn-x' fails as a warning, 'unsure-x' is uncertain, 'pass-x' passes.
FAKE = '''
import checks.checker
from checks.testing_reports import MarkerChecker

checks.checker.Checker = MarkerChecker


def pytest_runtest_logreport(report):
    if report.when == "call":
        with open("locations.txt", "a") as fh:
            fh.write(f"{report.location[0]}:{report.location[1]} {report.outcome}\\n")
'''


@pytest.fixture
def project(pytester):
    pytester.makeconftest(FAKE)
    pytester.makefile(".md", good="# Fine\n\nAll pass-a here.\n")
    pytester.makefile(".md", bad="# Not fine\n\nFirst pass-a.\n\nThen fail-b and unsure-c.\n")
    pytester.makefile(".txt", wire="warn-x in a wire story.\n")
    pytester.makefile(".rst", other="fail-z is not a document factlint reads.\n")
    return pytester


def test_off_unless_asked(project):
    result = project.runpytest_subprocess()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_one_item_per_document(project):
    result = project.runpytest_subprocess("--factlint", "-v")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*bad.md::bad.md FAILED*",
        "1 failing claim in bad.md:",
        "bad.md:5:6: error T01: marker fail-b",
        "*allowed: 2–2.5",
        "*expected: 1.5",
    ])
    assert "Traceback" not in result.stdout.str() and "unsure-c" not in result.stdout.str()
    locations = (project.path / "locations.txt").read_text()
    assert "bad.md:4 failed" in locations  # 0-based: pytest shows line 5


def test_fail_on_option(project):
    result = project.runpytest_subprocess("--factlint", "--factlint-fail-on", "warning")
    result.assert_outcomes(passed=1, failed=2)


def test_one_item_per_claim(project):
    result = project.runpytest_subprocess("--factlint", "--factlint-per-claim", "-v", "-rs")
    # warn-x fails only as a warning, below the default fail-on level
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*bad.md::5:6 T01 fail-b FAILED*",
                                 "*SKIPPED*uncertain: marker unsure-c*"])
    assert "bad.md:4 failed" in (project.path / "locations.txt").read_text()


def test_configuration_paths_and_xfail(project):
    project.makefile(".yaml", **{".factlint": """
paths: [articles]
pytest-items: document
xfail:
  - {path: "articles/known.md", claim: "fail-k", reason: "desk ticket 42"}
"""})
    (project.path / "articles").mkdir()
    (project.path / "articles" / "known.md").write_text("Known fail-k.\n")
    (project.path / "articles" / "mixed.md").write_text("Known fail-k? no: fail-n.\n")
    result = project.runpytest_subprocess("--factlint", "-rx")
    # only the configured paths; known issues are expected failures, others still fail
    result.assert_outcomes(xfailed=1, failed=1)
    result.stdout.fnmatch_lines(["*XFAIL*known.md*desk ticket 42*"])


def test_bad_configuration_is_a_usage_error(project):
    project.makefile(".yaml", **{".factlint": "colour: red\n"})
    result = project.runpytest_subprocess("--factlint")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*factlint: *.factlint.yaml:1: unknown key 'colour'*"])


def test_the_fixture(project):
    project.makepyfile(test_mine='''
import pathlib
import pytest


def test_claims(factlint):
    claims = factlint.claims("Here pass-a and fail-b.")
    assert [c.verdict for c in claims] == ["pass", "fail"]
    assert factlint.claims("fail-b pass-c", verdict="pass")[0].text == "pass-c"


def test_consistent(factlint):
    factlint.assert_consistent("Only pass-a and unsure-b.")
    factlint.assert_consistent(pathlib.Path("good.md"))


def test_not_consistent(factlint):
    with pytest.raises(AssertionError) as exc:
        factlint.assert_consistent("Intro.\\nThen fail-b.")
    assert str(exc.value).splitlines()[:2] == [
        "<string> is not consistent: 1 failing claim",
        "<string>:2:6: error T01: marker fail-b"]


def test_file_errors(factlint, tmp_path):
    p = tmp_path / "x.md"
    p.write_bytes(b"\\x00binary")
    assert factlint.check_file(p).errors
    with pytest.raises(AssertionError, match="could not check"):
        factlint.assert_consistent(p)


def test_suppressed_in_strings(factlint):
    factlint.assert_consistent("<!-- factlint-disable-next-line T01 -->\\nfail-b")
''')
    result = project.runpytest_subprocess("test_mine.py")
    result.assert_outcomes(passed=5)


def test_real_engine(pytester):
    pytester.makefile(".md", article="""---
date: 2025-07-15
---
BYD wants to sell 5.5 million vehicles this year. It sold 2.146 million in the
first half, nearly 40% of that goal.
""")
    result = pytester.runpytest_subprocess("--factlint", "-v")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == 1
    assert "error" not in outcomes


def test_broken_rule_file_fails_the_items_with_one_line(pytester):
    pytester.makefile(".md", article="Up 8% to 10.\n")
    pytester.makefile(".yml", house="- code: X1\n  kind: [unclosed\n")
    pytester.makefile(".yaml", **{".factlint": "rules: [house.yml]\n"})
    result = pytester.runpytest_subprocess("--factlint")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["factlint: *house.yml*"])
    assert "Traceback" not in result.stdout.str()
