"""Configuration: [tool.factlint] or .factlint.yaml, validated, overridden by flags and paths."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from checks.config import Config, discover_config, documents, find, load
from checks.errors import ConfigError


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_pyproject_section(tmp_path):
    cfg = load(write(tmp_path / "pyproject.toml", """
[project]
name = "newsroom"

[tool.factlint]
paths = ["articles"]
fail-on = "warning"
as_of = "2025-07-15"
rules = ["house.yml"]
disable = ["RANK01"]
""".lstrip()))
    assert cfg.fail_on == "warning" and cfg.as_of == dt.date(2025, 7, 15)
    assert cfg.paths == (str(tmp_path / "articles"),)
    assert cfg.rules == (str(tmp_path / "house.yml"),)  # relative to the file, not the cwd
    assert cfg.disable == ("RANK01",)


def test_yaml_file_with_every_table(tmp_path):
    cfg = load(write(tmp_path / ".factlint.yaml", """
exclude: ["drafts/"]
as-of: 2025-07-15
suppress:
  - {path: "wire/*.txt", claim: "nearly 40%", rule: PCT01}
xfail:
  - {path: "a.md", reason: known}
overrides:
  - paths: ["archive/**"]
    as-of: 2019-01-01
    disable: [AGE01]
"""))
    assert cfg.suppress[0].claim == "nearly 40%" and cfg.suppress[0].rule == "PCT01"
    assert cfg.xfail[0].reason == "known"
    arch = cfg.options(str(tmp_path / "archive" / "2019" / "x.md"))
    assert arch.as_of == dt.date(2019, 1, 1) and arch.disabled == ("AGE01",)
    assert cfg.options(str(tmp_path / "news.md")).as_of == dt.date(2025, 7, 15)
    assert cfg.options(str(tmp_path / "news.md")).disabled == ()


@pytest.mark.parametrize("name, text, line, key", [
    (".factlint.yaml", "fail-on: error\ncolour: red\n", 2, "colour"),
    (".factlint.yaml", "suppress:\n  - {path: a.txt, claim: x, rle: PCT01}\n", 2, "rle"),
    (".factlint.yaml", "overrides:\n  - paths: [a]\n    fail-on: never\n", 3, "fail-on"),
    ("pyproject.toml", "[tool.factlint]\nfail-on = \"error\"\n\nbogus = 1\n", 4, "bogus"),
])
def test_unknown_keys_name_key_file_and_line(tmp_path, name, text, line, key):
    path = write(tmp_path / name, text)
    with pytest.raises(ConfigError) as exc:
        load(path)
    msg = str(exc.value)
    assert msg.startswith(f"{path}:{line}: unknown key '{key}'"), msg
    assert "\n" not in msg


@pytest.mark.parametrize("text, fragment", [
    ("fail-on: sometimes\n", "fail-on is 'sometimes': allowed are error, warning, info, never"),
    ("fail-on: warnings\n", "fail-on is 'warnings': allowed are error, warning, info, never "
                            "(did you mean 'warning'?)"),
    ("format: sarrif\n", "(did you mean 'sarif'?)"),
    ("as-of: last week\n", "as-of is 'last week': it must be a date"),
    ("rules: 3\n", "rules is 3: it must be a string or a list of strings"),
    ("builtin-rules: maybe\n", "builtin-rules is 'maybe': it must be true or false"),
    ("fail-onn: error\n", "unknown key 'fail-onn' (did you mean 'fail-on'?)"),
    ("suppress:\n  - {path: a.txt, claim: x, rulle: PCT01}\n", "(did you mean 'rule'?)"),
    ("suppress:\n  - {path: a.txt}\n", "suppress[0] lacks 'claim'"),
    ("- just\n- a list\n", "must be a mapping"),
    ("fail-on: [unclosed\n", "malformed YAML"),
])
def test_bad_values(tmp_path, text, fragment):
    path = write(tmp_path / ".factlint.yaml", text)
    with pytest.raises(ConfigError, match=None) as exc:
        load(path)
    assert fragment in str(exc.value) and str(exc.value).startswith(path)


def test_malformed_toml_names_line(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.factlint]\nfail-on = \n")
    with pytest.raises(ConfigError, match=r"pyproject.toml:2:\d+: malformed TOML"):
        load(path)


def test_find_nearest_and_precedence(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.black]\nline-length = 99\n")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find(str(sub)) in (None,) or not find(str(sub)).startswith(str(tmp_path))
    write(tmp_path / "pyproject.toml", "[tool.factlint]\nfail-on = \"info\"\n")
    assert find(str(sub)) == str(tmp_path / "pyproject.toml")
    write(tmp_path / "a" / ".factlint.yaml", "fail-on: warning\n")
    assert find(str(sub)) == str(tmp_path / "a" / ".factlint.yaml")
    assert discover_config(start=str(sub)).fail_on == "warning"
    assert discover_config(str(tmp_path / "pyproject.toml")).fail_on == "info"


def test_flags_override_the_file(tmp_path):
    cfg = load(write(tmp_path / ".factlint.yaml", "fail-on: warning\nyen: CNY\n"))
    cli = cfg.with_values(fail_on="never", yen=None)
    assert cli.fail_on == "never" and cli.yen == "CNY"


def test_include_exclude_globs(tmp_path):
    for name in ("articles/a.md", "articles/drafts/b.md", "articles/c.txt", "notes.html"):
        write(tmp_path / name, "x")
    cfg = load(write(tmp_path / ".factlint.yaml",
                     "include: ['*.md', '*.html']\nexclude: ['drafts/']\n"))
    got = documents(cfg, [str(tmp_path)])
    assert sorted(os.path.relpath(p, tmp_path) for p in got) == ["articles/a.md", "notes.html"]
    missing = str(tmp_path / "nope.md")
    assert documents(cfg, [missing]) == [missing]  # reported by the engine, not dropped


def test_defaults_without_a_file(tmp_path):
    cfg = discover_config(start=str(tmp_path), isolated=True)
    assert cfg == Config(root=str(tmp_path))
    assert cfg.options().no_builtin_rules is False
