"""The user documentation says what the program does: the quick start's output is the
program's, examples use real flags, the rule reference lists what `factlint rules` lists."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

import pytest

from checks.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
USER_DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_quick_start_shows_what_factlint_prints(tmp_path, monkeypatch, capsys):
    """The README's article, checked, gives the findings and suggestions the README shows."""
    article = _blocks(README, "markdown")[0]
    console = _blocks(README, "console")[0]
    shown = console.split("$ factlint check article.md\n", 1)[1].split("$ echo $?")[0]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.md").write_text(article, encoding="utf-8")
    code = main(["check", "article.md", "--color", "never"])
    out = capsys.readouterr().out

    def key_lines(text):
        return [ln.split(": ", 2)[0] + ln.split(": ", 2)[1].split(":")[0]
                if not ln.startswith(" ") else ln for ln in text.splitlines()
                if not ln.startswith(" ") and re.match(r"\S+:\d+:\d+: ", ln)
                or ln.startswith(("    suggestion:", "    expected:"))]

    assert key_lines(out) == key_lines(shown)
    assert out.splitlines()[-2] == shown.splitlines()[-2]   # the summary line
    assert f"$ echo $?\n{code}" in console


@pytest.mark.parametrize("doc", USER_DOCS, ids=lambda p: p.name)
def test_no_internal_words_in_user_docs(doc):
    text = doc.read_text(encoding="utf-8")
    for pattern in (r"\bissue \d+", r"\.ci/run", r"\bissue-\d+"):
        assert not re.search(pattern, text, re.I), (doc.name, pattern)


def test_license_changelog_and_tags_match_the_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    version = project["version"]
    from checks import __version__

    assert __version__ == version
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{version}]" in changelog and "## [Unreleased]" in changelog
    # the pre-commit rev people copy is the release tag of this version
    assert f"rev: v{version}" in README
    assert f"rev: v{version}" in (ROOT / ".pre-commit-hooks.yaml").read_text()


def test_gitlab_and_reviewdog_examples_use_real_flags():
    import yaml

    doc = (ROOT / "docs" / "gitlab-ci.md").read_text()
    commands = []
    for block in _blocks(doc, "yaml"):
        for job in yaml.safe_load(block).values():
            commands += [c for c in job["script"] if c.startswith("factlint ")]
    for block in _blocks(doc, "sh"):
        joined = block.replace("\\\n", " ")
        commands += [ln.split("|")[0] for ln in joined.splitlines()
                     if ln.startswith("factlint ")]
    assert len(commands) >= 5
    for cmd in commands:
        cmd = re.sub(r"\$\{?\w+\}?", "main", cmd)
        build_parser().parse_args(shlex.split(cmd)[1:])
    assert "-f=sarif" in doc and "junit: factlint.xml" in doc


def test_rules_doc_lists_every_rule_factlint_rules_lists(capsys):
    assert main(["rules", "--format", "json"]) == 0
    listed = {r["code"] for r in json.loads(capsys.readouterr().out)}
    doc = (ROOT / "docs" / "rules.md").read_text()
    indexed = set(re.findall(r"^\| \[([A-Z]+\d+)\]\(", doc, re.M))
    assert listed == indexed


def test_explain_prints_example_tables_as_tables(capsys):
    assert main(["explain", "TBL01"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = next(ln for ln in lines if "Destination" in ln)
    rule = lines[lines.index(header) + 1]
    assert set(rule.strip()) <= {"-", " "}
    total = next(ln for ln in lines if ln.strip().startswith("Total"))
    # the columns line up: the figure starts where its header starts
    assert total.index("64.8") == header.index("2024")
    assert "| " not in out.split("passes:")[1]


def test_configuration_docs_cover_suppressions_diff_and_selection():
    doc = (ROOT / "docs" / "configuration.md").read_text()
    for word in ("factlint-disable-line", "factlint-disable-next-line", "factlint-disable-file",
                 "factlint-enable", "merge base", "REF...", "did you mean",
                 "factlint.schema.json"):
        assert word in doc, word
