"""Scale: linear coverage count, --jobs, the result cache, streamed reports, archives, Dask.

The real engine runs on a few seed articles copied to a temporary directory; the outputs
of every way of running are compared byte for byte with ``--jobs 1 --no-cache``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import parallel
from checks.cli import main
from checks.checker import count_used
from checks.findings import Claim, Input

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ["errors_share.md", "errors_change.md", "errors_multiplier.md", "byd_half_year.md",
         "regional_briefing.txt", "asia_markets.html"]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A few seed articles (and one unreadable file) in a temporary working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SEEDS:
        shutil.copy(ROOT / "seeds" / name, docs / name)
    (docs / "zz_binary.txt").write_bytes(b"abc\x00def")
    return tmp_path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


# --- coverage count ----------------------------------------------------------------

def _naive(quantities, claims) -> int:
    used = {(i.start, i.end) for c in claims for i in c.inputs}
    used |= {(c.start, c.end) for c in claims}
    return sum(1 for q in quantities
               if any(s <= q.start and q.end <= e or q.start <= s < q.end for s, e in used))


class _Q:
    def __init__(self, start, end):
        self.start, self.end = start, end


_span = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_span, max_size=12),
       st.lists(st.tuples(_span, st.lists(_span, max_size=3)), max_size=6))
def test_count_used_matches_the_pairwise_definition(qspans, cspans):
    quantities = [_Q(s, e) for s, e in qspans]
    claims = [Claim(rule="X", verdict="pass", severity="error", path="p", line=1, column=1,
                    start=s, end=e, text="t", message="m",
                    inputs=tuple(Input("i", a, b) for a, b in ins))
              for (s, e), ins in cspans]
    assert count_used(quantities, claims) == _naive(quantities, claims)


# --- jobs and the cache --------------------------------------------------------------

def test_jobs_two_is_byte_identical_to_jobs_one_with_errors_collected(corpus, capsys,
                                                                       monkeypatch):
    code1, ref, err1 = run(capsys, "docs", "--format", "json", "--jobs", "1", "--no-cache")
    assert code1 == 2 and "zz_binary.txt" in err1 and "binary file" in err1
    # a pool even for six documents, two per batch, so both workers take part
    monkeypatch.setattr(parallel, "POOL_MIN", 2)
    monkeypatch.setattr(parallel, "CHUNK", 2)
    code2, out, err2 = run(capsys, "docs", "--format", "json", "--jobs", "2", "--no-cache")
    assert (code2, out, err2) == (code1, ref, err1)
    data = json.loads(out)
    assert len(data["documents"]) == len(SEEDS) + 1
    assert data["summary"]["claims"] > 0


def test_cache_reads_unchanged_documents_and_rechecks_changed_ones(corpus, capsys):
    from checks.cache import Cache

    code, ref, _ = run(capsys, "docs", "--format", "json", "--no-cache")
    assert run(capsys, "docs", "--format", "json", "--jobs", "1")[:2] == (code, ref)
    db = sqlite3.connect(corpus / ".factlint-cache" / "results.sqlite3")
    stored = db.execute("select count(*) from results").fetchone()[0]
    db.close()
    assert stored == len(SEEDS)  # the unreadable file is not cached: its error is reported anew
    # a second run is served from the cache, with the same report
    cache = Cache(str(corpus / ".factlint-cache"))
    from checks.config import Config
    from checks.run import check_documents

    paths = sorted(f"docs/{p.name}" for p in (corpus / "docs").iterdir())
    again = check_documents(paths, Config(), cache=cache)
    assert cache.hits == len(SEEDS) and cache.misses == 1  # the unreadable file
    assert run(capsys, "docs", "--format", "json")[:2] == (code, ref)
    # an edited document is checked again; so is every document under another as-of date
    edited = corpus / "docs" / "errors_share.md"
    edited.write_text(edited.read_text() + "\nIt grew 50% from 10 to 20.\n")
    cache = Cache(str(corpus / ".factlint-cache"))
    check_documents(paths, Config(), cache=cache)
    assert (cache.hits, cache.misses) == (len(SEEDS) - 1, 2)
    cache = Cache(str(corpus / ".factlint-cache"))
    check_documents(paths, Config(as_of=__import__("datetime").date(2030, 1, 1)), cache=cache)
    assert cache.hits == 0
    assert [d.path for d in again.documents] == paths


def test_cache_key_covers_the_files_a_document_names(corpus, capsys):
    """A sidecar assertion file named in front matter is part of the document's key."""
    for name in ("asia_autos_and_beef.md", "asia_autos_and_beef.assertions.yml"):
        shutil.copy(ROOT / "seeds" / name, corpus / "docs" / name)
    args = ("docs/asia_autos_and_beef.md", "--format", "json", "--jobs", "1")
    first = run(capsys, *args)
    assert run(capsys, *args) == first
    sidecar = corpus / "docs" / "asia_autos_and_beef.assertions.yml"
    sidecar.write_text("checks: [\n")  # now malformed: the error must show, not a cached pass
    code, _, err = run(capsys, *args)
    assert code == 2 and "asia_autos_and_beef.assertions.yml" in err
    assert run(capsys, *args[:3], "--no-cache")[0] == 2


def test_a_corrupt_cache_is_rebuilt_with_a_warning(corpus, capsys):
    code, ref, _ = run(capsys, "docs", "--format", "json", "--no-cache")
    cache_dir = corpus / "c"
    cache_dir.mkdir()
    (cache_dir / "results.sqlite3").write_bytes(b"this is not a database" * 100)
    code2, out, err = run(capsys, "docs", "--format", "json", "--cache-dir", "c")
    assert (code2, out) == (code, ref)
    assert "cache unreadable" in err and "rebuilding" in err
    db = sqlite3.connect(cache_dir / "results.sqlite3")
    assert db.execute("select count(*) from results").fetchone()[0] == len(SEEDS)
    db.close()
    # a cache whose stored record is damaged is never trusted
    db = sqlite3.connect(cache_dir / "results.sqlite3")
    db.execute("update results set value = '{\"claims\": 3}'")
    db.commit()
    db.close()
    code3, out3, err3 = run(capsys, "docs", "--format", "json", "--cache-dir", "c")
    assert (code3, out3) == (code, ref) and "rebuilding" in err3


def test_two_concurrent_runs_share_one_cache(corpus):
    cmd = [sys.executable, "-m", "checks", "check", "docs", "--format", "json", "--jobs", "1"]
    ref = subprocess.run(cmd + ["--no-cache"], capture_output=True, text=True, timeout=300)
    runs = [subprocess.Popen(cmd + ["--cache-dir", "shared"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in runs]
    for p, (out, err) in zip(runs, outs):
        assert p.returncode == ref.returncode and out == ref.stdout
        assert "warning" not in err
    again = subprocess.run(cmd + ["--cache-dir", "shared"], capture_output=True, text=True,
                           timeout=300)
    assert again.stdout == ref.stdout


def test_shared_checker_is_built_once_per_options_and_reloaded_when_a_file_changes(tmp_path):
    from checks.options import CheckOptions

    calls = []

    class Counting:
        def __init__(self, options):
            calls.append(options)

    rules = tmp_path / "r.yml"
    rules.write_text("rules: []\n")
    o = CheckOptions(rule_paths=(str(rules),))
    a = parallel.shared_checker(o, Counting)
    assert parallel.shared_checker(CheckOptions(rule_paths=(str(rules),)), Counting) is a
    rules.write_text("rules: []  # edited, so one byte longer\n")
    assert parallel.shared_checker(o, Counting) is not a
    assert len(calls) == 2


# --- streamed reports ----------------------------------------------------------------

def test_streamed_reports_equal_the_rendered_ones(corpus, capsys):
    from checks.config import Config
    from checks.formatters import render
    from checks.run import run_check

    from checks.formatters.common import load_rule_catalog

    whole = run_check(["docs"], Config())
    for fmt in ("json", "text", "sarif", "junit"):
        code, out, _ = run(capsys, "docs", "--format", fmt, "--no-cache", "--color", "never")
        assert out == render(whole, fmt, rules=load_rule_catalog()), fmt
        assert code == whole.exit_code()
    out = run(capsys, "docs", "--format", "text", "-v", "--no-cache", "--color", "never")[1]
    assert out == render(whole, "text", verbose=True)
    # an empty run, too
    (corpus / "none").mkdir()
    empty = run_check(["none"], Config())
    for fmt in ("json", "sarif", "junit"):
        assert run(capsys, "none", "--format", fmt)[1] == render(empty, fmt, rules={}), fmt
    # to a file: atomic, no temporary file left behind
    assert main(["check", "docs", "--format", "json", "-o", "r.json", "--no-cache"]) == 2
    assert json.loads((corpus / "r.json").read_text())["summary"]["documents"] == len(SEEDS) + 1
    assert not list(corpus.glob(".r.json.*"))


def test_jsonl_claims_one_record_a_claim(corpus, capsys):
    code, out, _ = run(capsys, "docs", "--format", "jsonl", "--no-cache")
    recs = [json.loads(line) for line in out.splitlines()]
    _, ref, _ = run(capsys, "docs", "--format", "json", "--no-cache")
    claims = [(d["path"], c["rule"], c["start"], c["verdict"])
              for d in json.loads(ref)["documents"] for c in d["claims"]]
    assert [(r["path"], r["rule"], r["start"], r["verdict"]) for r in recs] == claims
    assert {"message", "computed", "allowed_low", "inputs", "as_of"} <= set(recs[0])


# --- archives ------------------------------------------------------------------------

ARTICLE = ("Sales rose 50% from 200 units to 300 units.\n"
           "Of the 300 units, 150 units, or 60%, went abroad.\n")


def test_archive_rows_are_documents_named_by_their_id(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rows = [{"url": "https://news.example/a", "body": ARTICLE, "published": "2025-03-01"},
            {"url": "https://news.example/b", "body": "Nothing to check here.",
             "published": "2025-03-02"},
            {"url": "https://news.example/c", "body": ARTICLE, "published": "not a date"}]
    lines = [json.dumps(r) for r in rows]
    lines.insert(2, "{broken")
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    code, out, err = run(capsys, "a.jsonl", "--text-column", "body", "--id-column", "url",
                         "--date-column", "published", "--format", "jsonl", "--no-cache")
    assert code == 2  # the broken rows are errors naming file and line
    assert "a.jsonl: line 3: malformed JSON" in err
    assert "a.jsonl: line 4: column 'published' is not a date" in err
    recs = [json.loads(line) for line in out.splitlines()]
    assert recs and {r["path"] for r in recs} == {"https://news.example/a"}
    assert {r["as_of"] for r in recs} == {"2025-03-01"}
    verdicts = {r["text"]: r["verdict"] for r in recs}
    assert "fail" in verdicts.values()

    # the same rows as CSV and as Parquet give the same claims
    import pandas as pd

    good = [r for r in rows if r["published"] != "not a date"]
    pd.DataFrame(good).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame(good).to_parquet(tmp_path / "a.parquet")
    want = [r for r in recs]
    for name in ("a.csv", "a.parquet"):
        code, out, err = run(capsys, name, "--text-column", "body", "--id-column", "url",
                             "--date-column", "published", "--format", "jsonl", "--no-cache")
        assert code == 1 and err == "", name
        assert [json.loads(line) for line in out.splitlines()] == want, name
    # claims as Parquet, for pandas or DuckDB
    assert main(["check", "a.csv", "--text-column", "body", "--id-column", "url",
                 "--format", "parquet", "-o", "claims.parquet", "--no-cache"]) == 1
    frame = pd.read_parquet(tmp_path / "claims.parquet")
    assert list(frame["rule"]) == [r["rule"] for r in want]
    assert list(frame["inputs"].map(len)) == [len(r["inputs"]) for r in want]


def test_archive_errors_are_one_line_with_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.csv").write_text("url,text\nx,hello\n")
    code, _, err = run(capsys, "a.csv", "--text-column", "body", "--format", "jsonl")
    assert code == 2 and err.startswith("factlint: a.csv:1: no column 'body'")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "a.txt", "--text-column", "body", "--format", "jsonl")
    assert code == 2 and "a.txt: an archive is a .jsonl, .csv or .parquet file" in err
    code, _, err = run(capsys, "a.csv", "--text-column", "text", "--format", "html")
    assert code == 2 and "cannot be written for an archive" in err


# --- dask ----------------------------------------------------------------------------

def test_dask_local_cluster_gives_the_same_report_as_jobs_one(corpus):
    pytest.importorskip("distributed")
    cmd = [sys.executable, "-m", "checks", "check", "docs", "--format", "json", "--no-cache"]
    ref = subprocess.run(cmd + ["--jobs", "1"], capture_output=True, text=True, timeout=300)
    assert ref.returncode == 2 and ref.stdout
    try:
        got = subprocess.run(cmd + ["--dask", "local", "--jobs", "2"], capture_output=True,
                             text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("a 2-worker LocalCluster did not finish within 300 s")
    assert got.returncode == ref.returncode, got.stderr[-2000:]
    assert got.stdout == ref.stdout


def test_check_documents_builds_one_checker_for_every_document(corpus, monkeypatch):
    """What makes `pytest --factlint` cheap: items share the checker of their options."""
    import checks.checker
    from checks.config import Config
    from checks.run import check_documents
    from checks.testing_reports import MarkerChecker

    built = []

    class Counting(MarkerChecker):
        def __init__(self, options=None):
            built.append(options)
            super().__init__(options)

    monkeypatch.setattr(checks.checker, "Checker", Counting)
    for name in SEEDS:
        check_documents([f"docs/{name}"], Config())
    assert len(built) == 1


def test_dask_python_api_on_a_bag_and_a_dataframe(corpus):
    db = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    from checks.dask import check_bag, claims_frame
    from checks.parallel import Task, run_chunk
    from checks.options import CheckOptions

    paths = [f"docs/{name}" for name in SEEDS]
    got = check_bag(db.from_sequence(paths, npartitions=3)).compute(scheduler="sync")
    want = run_chunk([Task(p, CheckOptions()) for p in paths])
    assert [d.contract() for d in got] == [d.contract() for d in want]

    frame = pd.DataFrame({"url": ["u1", "u2"], "body": [ARTICLE, "No numbers."],
                          "published": ["2025-03-01", None]})
    claims = claims_frame(dd.from_pandas(frame, npartitions=2), "body", "url",
                          "published").compute(scheduler="sync")
    assert set(claims["path"]) == {"u1"} and "fail" in set(claims["verdict"])
    assert list(claims.columns)[:3] == ["path", "as_of", "rule"]


# --- jobs in the configuration -------------------------------------------------------

def test_jobs_is_read_from_the_configuration_and_the_flag_wins(tmp_path):
    from types import SimpleNamespace

    from checks.config import Config, parse
    from checks.errors import ConfigError
    from checks.commands import _scale

    source = str(tmp_path / ".factlint.yaml")
    config = parse({"jobs": 3}, source)
    assert config.jobs == 3

    def jobs(flag, cfg):
        args = SimpleNamespace(jobs=flag, no_cache=True, cache_dir=None, dask=None)
        return _scale(args, cfg)["jobs"]

    assert jobs(None, config) == 3
    assert jobs(1, config) == 1
    assert jobs(None, Config()) == parallel.usable_cores()
    for bad in (0, -2, 1.5, "2", True):
        with pytest.raises(ConfigError, match="jobs"):
            parse({"jobs": bad}, source)


def test_jobs_in_pyproject_runs_the_check(corpus, capsys):
    (corpus / "pyproject.toml").write_text("[tool.factlint]\njobs = 1\ncache = false\n")
    code, out, _ = run(capsys, "docs", "--format", "json")
    ref = run(capsys, "docs", "--format", "json", "--jobs", "1", "--no-cache")
    assert (code, out) == ref[:2]
