"""Safe report writing (issue 9): atomic for files, direct for devices and FIFOs, never
replacing what is not a regular file; temporary files removed on signals and swept later."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checks.io import atomic_write, sweep


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(str(target), "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_symlink_stays_a_link_and_its_target_is_written(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    atomic_write(str(link), "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"


def test_a_link_to_a_device_is_written_through_not_replaced(tmp_path):
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    atomic_write(str(link), "discarded")
    assert link.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_fifo_is_written_directly(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(Path(fifo).read_text()), daemon=True)
    reader.start()
    atomic_write(str(fifo), "through the pipe")
    reader.join(10)
    assert got == ["through the pipe"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_dash_is_standard_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    atomic_write("-", "to stdout\n")
    assert capsys.readouterr().out == "to stdout\n" and not (tmp_path / "-").exists()


def test_a_directory_is_an_error(tmp_path):
    with pytest.raises(IsADirectoryError):
        atomic_write(str(tmp_path), "x")


def test_check_output_dash_and_devnull_through_the_cli(tmp_path, capsys):
    from checks.cli import main

    doc = tmp_path / "a.txt"
    doc.write_text("Of 10 people, 5 came, or 50%.\n")
    assert main(["check", str(doc), "--format", "json", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("{")
    link = tmp_path / "out"
    link.symlink_to(os.devnull)
    assert main(["check", str(doc), "-o", str(link)]) == 0
    assert link.is_symlink()


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def test_stale_temporary_files_of_dead_writers_are_swept(tmp_path):
    dead = tmp_path / f".report.json.{_dead_pid()}.abc123.tmp"
    live = tmp_path / f".report.json.{os.getpid()}.def456.tmp"
    other = tmp_path / ".notes.txt.1.abc.tmp"
    for p in (dead, live, other):
        p.write_text("partial")
    assert sweep(str(tmp_path), "report.json") == [str(dead)]
    assert not dead.exists() and live.exists() and other.exists()
    atomic_write(str(tmp_path / "report.json"), "x")  # a write sweeps as well
    assert live.exists()


def test_sigterm_while_writing_removes_the_temporary_file(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old")
    code = (
        "import os, signal, sys\n"
        "from checks import io\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)\n"
        f"io.atomic_write({str(target)!r}, 'new')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 128 + 15, proc.stderr
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
