"""--diff REF: only claims whose text or inputs lie on lines changed since REF."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from checks.errors import ConfigError
from checks.findings import DocumentResult, RunResult
from checks.gitdiff import ALL, ChangedLines, apply, parse_diff, unquote
from checks.testing_reports import make_claim

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

DIFF = """diff --git a/news/a.md b/news/a.md
index 1..2 100644
--- a/news/a.md
+++ b/news/a.md
@@ -3 +3 @@ x
-old
+new
@@ -10,2 +12,3 @@
+a
+b
+c
@@ -20,2 +22,0 @@
-gone
-gone
diff --git a/old.txt b/old.txt
deleted file mode 100644
--- a/old.txt
+++ /dev/null
@@ -1 +0,0 @@
-bye
--- "a/caf\\303\\251 \\"x\\".md"
+++ "b/caf\\303\\251 \\"x\\".md"
@@ -1,0 +2 @@
+hello
"""


def test_parse_diff():
    got = parse_diff(DIFF)
    assert got == {"news/a.md": {3, 12, 13, 14}, 'café "x".md': {2}}


def test_unquote():
    assert unquote('"tab\\there"') == "tab\there"
    assert unquote("plain name.md") == "plain name.md"


def git(repo, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=repo, check=True, capture_output=True)


TEXT = "Line one.\nThe goal is 5.5 million cars.\nThey sold 2.146 million.\n\n" \
       "That is nearly 40% of the goal.\nDealers: 50, up from 32, a 56% rise.\n"


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text(TEXT)
    git(tmp_path, "add", "a.md")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def claims(path, text):
    return [make_claim(text, "nearly 40%", path=path, rule="PCT01",
                       inputs=("5.5 million", "2.146 million")),
            make_claim(text, "a 56% rise", path=path, rule="CHG01", inputs=("50", "32"))]


def test_claims_on_changed_lines_or_with_changed_inputs(repo):
    edited = TEXT.replace("sold 2.146 million", "sold, in all, 2.146 million")
    (repo / "a.md").write_text(edited)
    path = str(repo / "a.md")
    run = RunResult(documents=[DocumentResult(path, claims=claims(path, edited), text=edited)])
    changed = ChangedLines("HEAD", cwd=str(repo))
    assert changed.lines(path) == {3}
    apply(run, changed)
    # the share's input changed; the rise is untouched
    assert [c.rule for c in run.documents[0].claims] == ["PCT01"]
    assert run.documents[0].filtered == {"diff": 1}


def test_unchanged_file_reports_nothing_new_file_everything(repo):
    (repo / "b.md").write_text(TEXT)
    changed = ChangedLines("HEAD", cwd=str(repo))
    old, new = str(repo / "a.md"), str(repo / "b.md")
    assert changed.lines(new) is ALL and changed.lines(old) == set()
    run = RunResult(documents=[DocumentResult(old, claims=claims(old, TEXT), text=TEXT),
                               DocumentResult(new, claims=claims(new, TEXT), text=TEXT)])
    apply(run, changed)
    assert [len(d.claims) for d in run.documents] == [0, 2]


def test_staged_and_committed_changes_since_an_older_ref(repo):
    (repo / "a.md").write_text(TEXT.replace("a 56% rise", "a 57% rise"))
    git(repo, "commit", "-q", "-am", "second")
    assert ChangedLines("HEAD~1", cwd=str(repo)).lines(str(repo / "a.md")) == {6}
    assert ChangedLines("HEAD", cwd=str(repo)).lines(str(repo / "a.md")) == set()


def test_bad_ref_and_no_repository(repo, tmp_path_factory):
    with pytest.raises(ConfigError, match="'no-such-branch' is not a commit, branch or tag"):
        ChangedLines("no-such-branch", cwd=str(repo))
    with pytest.raises(ConfigError, match="--diff needs a git revision"):
        ChangedLines("", cwd=str(repo))
    with pytest.raises(ConfigError, match="is not a revision"):
        ChangedLines("main..topic", cwd=str(repo))
    with pytest.raises(ConfigError, match="not a revision"):
        ChangedLines("--output=/tmp/x", cwd=str(repo))
    outside = tmp_path_factory.mktemp("plain")
    with pytest.raises(ConfigError, match="is not inside a git repository"):
        ChangedLines("HEAD", cwd=str(outside))


def test_compares_with_the_merge_base_not_the_tip_of_ref(repo):
    """On a branch, lines that only main changed since the branch left it are not reported."""
    git(repo, "branch", "-M", "main")
    git(repo, "checkout", "-q", "-b", "topic")
    (repo / "a.md").write_text(TEXT.replace("a 56% rise", "a 57% rise"))
    git(repo, "commit", "-q", "-am", "topic edits line 6")
    git(repo, "checkout", "-q", "main")
    lines = TEXT.splitlines(keepends=True)
    lines[0] = "# Changed on main\n"
    (repo / "a.md").write_text("".join(lines))
    git(repo, "commit", "-q", "-am", "main edits line 1")
    git(repo, "checkout", "-q", "topic")
    # git diff main (tip to tip) would name line 1 too; the branch changed only line 6
    assert ChangedLines("main", cwd=str(repo)).lines(str(repo / "a.md")) == {6}
    assert ChangedLines("main...", cwd=str(repo)).lines(str(repo / "a.md")) == {6}
