"""``factlint check``/``baseline``/``rules``/``explain`` end to end.

Most tests swap the engine's Checker for a marker-driven fake so that exit codes and report
wiring are tested whatever the rule packs find; the last ones run the real engine and
assume only that it returns some result.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checks.cli import main
from checks.testing_reports import MarkerChecker

ROOT = Path(__file__).resolve().parent.parent
FakeChecker = MarkerChecker


@pytest.fixture
def fake(monkeypatch, tmp_path):
    import checks.checker

    monkeypatch.setattr(checks.checker, "Checker", FakeChecker)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def doc(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else str(path)


def test_every_format_to_an_output_file(fake, capsys):
    d = doc(fake / "a.md", "One pass-a here.\n\nThen fail-b and unsure-c.\n")
    for fmt in ("text", "json", "sarif", "junit", "github", "markdown", "html"):
        out = fake / f"report.{fmt}"
        assert main(["check", d, "--format", fmt, "--output", str(out)]) == 1
        assert out.read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""
    data = json.loads((fake / "report.json").read_text())
    assert data["summary"] == {"documents": 1, "claims": 3, "pass": 1, "fail": 1,
                               "uncertain": 1}
    assert json.loads((fake / "report.sarif").read_text())["runs"][0]["results"][0][
        "ruleId"] == "T01"
    assert ET.parse(fake / "report.junit").getroot().get("failures") == "1"
    assert not list(fake.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_text_to_stdout_by_default(fake, capsys):
    d = doc(fake / "a.md", "Then fail-b.\n")
    assert main(["check", d]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "a.md:1:6: error T01: marker fail-b"
    assert out[-1].startswith("coverage: 4 quantities found, 1 used")


@pytest.mark.parametrize("text, fail_on, code", [
    ("warn-a", "error", 0), ("warn-a", "warning", 1), ("warn-a", "never", 0),
    ("fail-a", "never", 0), ("unsure-a pass-b", "info", 0), ("fail-a", "info", 1),
])
def test_fail_on(fake, capsys, text, fail_on, code):
    d = doc(fake / "a.md", text + "\n")
    assert main(["check", d, "--fail-on", fail_on]) == code


def test_configuration_and_flag_override(fake, capsys):
    d = doc(fake / "a.md", "warn-a\n")
    (fake / ".factlint.yaml").write_text("fail-on: warning\n")
    assert main(["check", d]) == 1
    assert main(["check", d, "--fail-on", "error"]) == 0
    (fake / ".factlint.yaml").write_text("fail-on: warning\npaths: [docs]\n")
    doc(fake / "docs" / "b.md", "fail-x\n")
    capsys.readouterr()
    assert main(["check", "--format", "json"]) == 1  # the configured paths
    assert [x["path"] for x in json.loads(capsys.readouterr().out)["documents"]] == [
        "docs/b.md"]


def test_config_disable_and_suppress(fake, capsys):
    d = doc(fake / "wire.txt", "fail-a and later fail-b.\n")
    (fake / ".factlint.yaml").write_text(
        "suppress:\n  - {path: '*.txt', claim: 'later fail-b'}\n")
    assert main(["check", d, "--format", "json"]) == 1
    got = json.loads(capsys.readouterr().out)["documents"][0]["claims"]
    assert [c["text"] for c in got] == ["fail-a"]
    assert main(["check", d, "--disable", "T01"]) == 0


def test_unknown_config_key_is_exit_2_one_line(fake, capsys):
    d = doc(fake / "a.md", "fail-a\n")
    (fake / ".factlint.yaml").write_text("fail-on: error\nfial-on: warning\n")
    assert main(["check", d]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".factlint.yaml:2: unknown key 'fial-on'" in err
    assert "Traceback" not in err


def test_bad_input_is_exit_2_and_documents_are_not_modified(fake, capsys):
    good = doc(fake / "a.md", "fail-a\n")
    (fake / "b.txt").write_bytes(b"\x00\x01binary")
    before = {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in (good, "b.txt")}
    assert main(["check", good, "b.txt", "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert "b.txt" in captured.err and "binary" in captured.err
    assert json.loads(captured.out)["summary"]["fail"] == 1  # the rest is still checked
    assert before == {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in before}


def test_usage_errors(fake, capsys):
    assert main(["check"]) == 2
    assert "no paths given" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["check", "a.md", "--format", "yaml"])
    assert exc.value.code == 2
    assert main(["check", "a.md", "--as-of", "July"]) == 2


def test_baseline_then_only_new_findings(fake, capsys):
    d = doc(fake / "a.md", "Old fail-a and unsure-b.\n")
    assert main(["baseline", d, "--output", "base.json"]) == 0
    assert "recorded 2 findings" in capsys.readouterr().err
    assert main(["check", d, "--baseline", "base.json"]) == 0
    Path(d).write_text("A new line first.\n\nOld fail-a and unsure-b. New fail-c.\n")
    capsys.readouterr()
    assert main(["check", d, "--baseline", "base.json", "--format", "json"]) == 1
    claims = json.loads(capsys.readouterr().out)["documents"][0]["claims"]
    assert [c["text"] for c in claims] == ["fail-c"]
    (fake / ".factlint.yaml").write_text("baseline: base.json\n")
    assert main(["check", d, "--format", "markdown"]) == 1
    assert "Not reported: 2 in the baseline." in capsys.readouterr().out


def test_baseline_refuses_unreadable_documents(fake, capsys):
    (fake / "b.txt").write_bytes(b"\xff\xfe bad")
    assert main(["baseline", "b.txt"]) == 2
    assert not (fake / ".factlint-baseline.json").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_diff_reports_changed_lines_only(fake, capsys):
    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                       cwd=fake, check=True, capture_output=True)

    d = doc(fake / "a.md", "Old fail-a.\n\nOther fail-b.\n")
    git("init", "-q")
    git("add", "a.md")
    git("commit", "-q", "-m", "x")
    Path(d).write_text("Old fail-a.\n\nOther fail-b, edited.\n")
    assert main(["check", d, "--diff", "HEAD", "--format", "json"]) == 1
    claims = json.loads(capsys.readouterr().out)["documents"][0]["claims"]
    assert [c["text"] for c in claims] == ["fail-b"]
    assert main(["check", d, "--diff", "nope"]) == 2


def test_github_appends_markdown_to_step_summary(fake, capsys, monkeypatch):
    d = doc(fake / "a.md", "fail-a, 100%\n")
    summary = fake / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["check", d, "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith("::error file=a.md,line=1,col=1,endColumn=7,")
    text = summary.read_text()
    assert text.startswith("earlier step\n## factlint report")


def test_progress_bar_on_a_terminal(fake, capsys, monkeypatch):
    from checks.config import Config
    from checks.run import check_documents

    paths = [doc(fake / f"d{n}.md", f"fail-{n}\n") for n in range(12)]
    run = check_documents(paths, Config(root=str(fake)), progress=True)
    assert len(run.documents) == 12


# --- the real engine ---------------------------------------------------------------------

def test_real_engine_on_the_seeds(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "seeds.json"
    code = main(["check", "seeds", "--format", "json", "--output", str(out)])
    assert code in (0, 1)
    data = json.loads(out.read_text())
    assert data["version"] == 1 and data["summary"]["documents"] == len(data["documents"]) > 0
    assert all(d["errors"] == [] for d in data["documents"])


def test_real_engine_sarif_is_schema_valid(tmp_path, monkeypatch, shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(ROOT)
    out = tmp_path / "seeds.sarif"
    assert main(["check", "seeds", "--format", "sarif", "--output", str(out)]) in (0, 1)
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text())
    data = json.loads(out.read_text())
    jsonschema.validate(data, schema)
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    # the rule metadata comes from the rule packs (where a rule is in one), not only from
    # what the claims carry
    from checks.formatters.common import load_rule_catalog

    catalog = load_rule_catalog()
    in_packs = [r for r in rules if r["id"] in catalog and catalog[r["id"]].description]
    assert in_packs
    for r in in_packs:
        assert r["fullDescription"]["text"] == catalog[r["id"]].description.strip()


def test_rules_and_explain(capsys):
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split()[:4] == ["code", "name", "kind", "severity"]
    code = listing[1].split()[0]
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert {"code", "name", "kind", "severity", "description"} <= set(rules[0])
    assert main(["explain", code]) == 0
    text = capsys.readouterr().out
    assert text.startswith(code) and "relation: " in text
    assert main(["explain", rules[0]["name"]]) == 0  # by name too
    assert capsys.readouterr().out.startswith(code)
    assert main(["explain", code[:-1] + "9" + "9"]) == 2
    assert "unknown rule" in capsys.readouterr().err


def test_installed_script_exit_codes(tmp_path):
    script = Path(sys.executable).with_name("factlint")
    if not script.exists():
        pytest.skip("factlint is not installed in this environment")
    bad = tmp_path / "x.md"
    bad.write_bytes(b"\xff\xfe\x00")
    proc = subprocess.run([str(script), "check", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


# --- documentation that must not drift --------------------------------------------------

def test_pre_commit_hook_definition():
    import yaml

    from checks.cli import build_parser

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = hooks[0]
    assert hook["id"] == "factlint" and hook["language"] == "python"
    assert hook["entry"].split()[0] == "factlint"
    build_parser().parse_args(hook["entry"].split()[1:] + ["a.md"])
    files = re.compile(hook["files"])
    from checks.documents import SUFFIXES

    # every suffix check reads, in any case
    assert all(files.search(f"dir/a{s}") and files.search(f"A{s.upper()}") for s in SUFFIXES)
    assert not any(files.search(n) for n in ("a.py", "b.mdx.py", "c.json"))


def test_github_actions_example_uses_real_flags():
    import shlex

    import yaml

    from checks.cli import build_parser

    doc = (ROOT / "docs" / "github-actions.md").read_text()
    workflow = yaml.safe_load(re.search(r"```yaml\n(.*?)```", doc, re.S).group(1))
    steps = workflow["jobs"]["factlint"]["steps"]
    runs = [s["run"] for s in steps if str(s.get("run", "")).startswith("factlint ")]
    assert len(runs) >= 3
    for cmd in runs:
        build_parser().parse_args(shlex.split(cmd.replace("${{ github.base_ref }}", "main"))[1:])
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)


def test_every_configuration_key_is_documented():
    from checks.config import KNOWN_KEYS

    doc = (ROOT / "docs" / "configuration.md").read_text()
    missing = [k for k in KNOWN_KEYS if f"`{k.replace('_', '-')}`" not in doc]
    assert missing == []


def test_report_files_get_ordinary_permissions(fake):
    import os
    import stat

    d = doc(fake / "a.md", "pass-a\n")
    old = os.umask(0o022)
    try:
        assert main(["check", d, "--format", "json", "--output", "r.json"]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat("r.json").st_mode) == 0o644


def test_colour_only_on_a_terminal(fake, capsys, monkeypatch):
    d = doc(fake / "a.md", "fail-a\n")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["check", d]) == 1
    assert "\x1b[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["check", d]) == 1
    assert "\x1b[" not in capsys.readouterr().out
    assert main(["check", d, "--color", "always", "--output", "t.txt"]) == 1
    assert "\x1b[" in Path("t.txt").read_text()


def test_a_document_the_engine_rejects_does_not_stop_the_others(fake, capsys, monkeypatch):
    from checks.errors import ConfigError

    class Picky(FakeChecker):
        def check(self, doc):
            if "refuse" in doc.text:
                raise ConfigError("front matter names a missing assertion file", doc.path, 2)
            return super().check(doc)

    import checks.checker

    monkeypatch.setattr(checks.checker, "Checker", Picky)
    a = doc(fake / "a.md", "refuse\n")
    b = doc(fake / "b.md", "fail-b\n")
    assert main(["check", a, b, "--format", "json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["errors"] == ["a.md:2: front matter names a missing assertion file"]
    assert data["summary"]["fail"] == 1


def test_unwritable_output_and_missing_config_are_one_line_errors(fake, capsys):
    d = doc(fake / "a.md", "pass-a\n")
    (fake / "blocker").write_text("a file, not a directory")
    assert main(["check", d, "--output", "blocker/report.json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factlint: blocker/report.json: cannot write") and err.count("\n") == 1
    assert main(["check", d, "--config", "nope.yaml"]) == 2
    assert "nope.yaml: no such configuration file" in capsys.readouterr().err
    assert main(["baseline", d, "--output", "blocker/b.json"]) == 2
