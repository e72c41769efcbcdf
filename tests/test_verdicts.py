"""Verdict and Severity are enums whose members equal today's strings (no caller changes)."""

from __future__ import annotations

import json

from checks.findings import (SEVERITIES, SEVERITY_RANK, VERDICTS, Claim, DocumentResult,
                             RunResult, Severity, Verdict)


def test_members_equal_their_strings():
    assert [str(v) for v in Verdict] == ["pass", "fail", "uncertain"]
    assert [str(s) for s in Severity] == ["error", "warning", "info"]
    assert Verdict.FAIL == "fail" and "uncertain" in VERDICTS and "info" in SEVERITIES
    assert SEVERITY_RANK["error"] > SEVERITY_RANK["warning"] > SEVERITY_RANK["info"]
    assert json.dumps({"verdict": Verdict.PASS}) == '{"verdict": "pass"}'
    assert f"{Severity.WARNING}" == "warning" and ", ".join(SEVERITIES) == "error, warning, info"


def test_claims_with_plain_strings_or_members_count_the_same():
    claims = [Claim(rule="PCT01", verdict=v, severity=s, path="a.md", line=1, column=1,
                    start=0, end=1, text="x", message="m")
              for v, s in (("fail", "error"), (Verdict.FAIL, Severity.WARNING),
                           (Verdict.UNCERTAIN, "info"), ("pass", Severity.ERROR))]
    run = RunResult(documents=[DocumentResult(path="a.md", claims=claims)])
    summary = run.summary()
    assert summary == {"documents": 1, "claims": 4, "pass": 1, "fail": 2, "uncertain": 1}
    assert all(type(k) is str for k in summary)
    assert run.exit_code("error") == 1 and run.exit_code("never") == 0
