"""The command line against hostile inputs and outputs, as a user runs it: ``python -m quotex``.

Missing, unreadable, binary and wrongly encoded files, odd file names, broken JSONL lines, a
closed or full standard output, a reader that goes away early (``| head -1``) and Ctrl-C: each
ends in a one-line message per problem or a quiet exit, with the exit code that ``quotex.cli``
documents, and never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from quotex import cli

POSIX = os.name == "posix"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

SAYS = "«Мы готовы к переговорам», — заявил министр финансов Иван Петров."
ASKS = "Губернатор спросила: «Когда начнется ремонт?» Ей никто не ответил."
# KOI8-R has no guillemets and no long dash: the straight marks a KOI8-R text would use.
PLAIN = '"Мы готовы к переговорам", - заявил министр финансов Иван Петров.'

OK, INTERNAL, USAGE, INTERRUPTED = 0, 1, 2, 130


def quotex(
    *args: str | Path, stdin: bytes | None = None, timeout: float = 300, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quotex", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        **kwargs,  # type: ignore[arg-type]
    )


def no_traceback(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in err, err
    return err


def one_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    """The single message line on stderr (``quotex: ...``)."""
    err = no_traceback(proc)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("quotex: "), err
    return lines[0]


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


@pytest.fixture
def says(tmp_path: Path) -> Path:
    return write(tmp_path / "says.txt", SAYS + "\n")


@pytest.fixture
def big(tmp_path: Path) -> Path:
    """A file whose text output is far more than a pipe buffer holds."""
    paragraphs = [
        f"«Мы готовы к переговорам номер {i}», — заявил министр финансов Иван Петров."
        for i in range(400)
    ]
    return write(tmp_path / "big.txt", "\n\n".join(paragraphs) + "\n")


# ---------------------------------------------------------------------------------------------
# The documented exit codes.


def test_exit_codes_are_documented() -> None:
    doc = cli.__doc__ or ""
    documented = {int(code) for code in re.findall(r"^- (\d+): ", doc, flags=re.MULTILINE)}
    assert documented == {OK, INTERNAL, USAGE, INTERRUPTED}
    assert (cli.OK, cli.INTERNAL, cli.USAGE, cli.INTERRUPTED) == (OK, INTERNAL, USAGE, INTERRUPTED)
    assert "exit codes: 0 ok, 1 internal error, 2 usage or input error, 130 interrupted" in (
        cli.EPILOG
    )


def test_help_shows_the_exit_codes() -> None:
    proc = quotex("--help")
    assert proc.returncode == OK
    assert b"130 interrupted" in proc.stdout


def test_usage_error() -> None:
    proc = quotex("--format", "yaml")
    assert proc.returncode == USAGE
    no_traceback(proc)


# ---------------------------------------------------------------------------------------------
# Files that cannot be read.


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    proc = quotex(path)
    assert proc.returncode == USAGE
    assert one_line(proc) == f"quotex: {path}: no such file"
    assert proc.stdout == b""


def test_directory(tmp_path: Path) -> None:
    proc = quotex(tmp_path)
    assert proc.returncode == USAGE
    assert one_line(proc) == f"quotex: {tmp_path}: is a directory"


@pytest.mark.skipif(not POSIX or IS_ROOT, reason="root reads anything; POSIX only")
def test_permission_denied(says: Path) -> None:
    says.chmod(0)
    try:
        proc = quotex(says)
    finally:
        says.chmod(0o644)
    assert proc.returncode == USAGE
    assert one_line(proc) == f"quotex: {says}: permission denied"


# Runs the real command line in a fresh interpreter whose open() refuses one path, as the OS
# does for a user without the right; it works for root too.
FAKE_DENIED = """
import builtins, sys
real_open = builtins.open
def fake_open(file, *args, **kwargs):
    if str(file) == sys.argv[1]:
        raise PermissionError(13, "Permission denied", file)
    return real_open(file, *args, **kwargs)
builtins.open = fake_open
from quotex.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_permission_denied_via_a_fake(says: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "asks.txt", ASKS)
    proc = subprocess.run(
        [sys.executable, "-c", FAKE_DENIED, str(says), str(other)],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == USAGE
    assert one_line(proc) == f"quotex: {says}: permission denied"
    assert "ремонт" in proc.stdout.decode("utf-8")  # the other file was still read


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux only")
def test_read_error() -> None:
    # /proc/self/mem opens, but reading it from offset 0 fails with EIO.
    proc = quotex("/proc/self/mem")
    assert proc.returncode == USAGE
    assert one_line(proc) == "quotex: /proc/self/mem: input/output error"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_socket_file(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    if len(str(path)) > 100:
        pytest.skip("socket path too long")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        proc = quotex(path)
    assert proc.returncode == USAGE
    assert one_line(proc).startswith(f"quotex: {path}: ")


def test_bad_files_do_not_stop_the_good_ones(says: Path, tmp_path: Path) -> None:
    binary = write(tmp_path / "x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = quotex(tmp_path / "absent.txt", says, tmp_path, binary, "-f", "jsonl")
    assert proc.returncode == USAGE
    err = no_traceback(proc).splitlines()
    assert len(err) == 3, err
    lines = proc.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["doc"] for line in lines] == [str(says)]


# ---------------------------------------------------------------------------------------------
# Files that are not text in the encoding.


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07\x00",
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)),
        "«Да», — сказал он.\0".encode(),  # valid UTF-8, but with a NUL
    ],
    ids=["png", "gzip", "elf", "nul-in-text"],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "f.dat", data)
    proc = quotex(path)
    assert proc.returncode == USAGE
    assert one_line(proc) == f"quotex: {path}: binary file (contains NUL bytes)"


def test_binary_stdin() -> None:
    proc = quotex(stdin=b"\x00\x01\x02\xff")
    assert proc.returncode == USAGE
    assert one_line(proc) == "quotex: <stdin>: binary file (contains NUL bytes)"


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        ("Мы ".encode() + b"\xff" + "готовы".encode(), 5),
        (b"abc\xd0", 3),  # a sequence cut short at the end
        (b"\xc3\x28", 0),  # a bad continuation byte
        (b"\xed\xa0\x80", 0),  # an encoded surrogate
        (b"\xf4\x90\x80\x80", 0),  # beyond U+10FFFF
        (b"\xc0\xaf", 0),  # an overlong form
        (b"\xef\xbb\xbf" + "Да ".encode() + b"\x80", 8),  # the BOM counts
        (SAYS.encode("cp1251"), 0),
    ],
    ids=["lone-ff", "truncated", "continuation", "surrogate", "too-big", "overlong", "bom", "1251"],
)
def test_invalid_utf8_reports_the_byte_offset(tmp_path: Path, data: bytes, offset: int) -> None:
    path = write(tmp_path / "bad.txt", data)
    proc = quotex(path)
    assert proc.returncode == USAGE
    line = one_line(proc)
    assert line.startswith(f"quotex: {path}: not valid utf-8 at byte {offset}"), line
    assert "--encoding" in line


def test_invalid_utf8_on_stdin() -> None:
    proc = quotex(stdin=b"ok \xfe")
    assert proc.returncode == USAGE
    assert "at byte 3" in one_line(proc)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", SAYS),
        ("windows-1251", SAYS),
        ("koi8-r", PLAIN),
        ("koi8_r", PLAIN),
        ("utf-16", SAYS),
    ],
)
def test_encoding_option(tmp_path: Path, encoding: str, text: str) -> None:
    body = text + "\r\n" + ASKS.replace("«", '"').replace("»", '"') + "\r\n"
    path = write(tmp_path / "enc.txt", body.encode(encoding))
    proc = quotex("--encoding", encoding, "-f", "json", path)
    assert proc.returncode == OK, proc.stderr
    no_traceback(proc)
    (document,) = json.loads(proc.stdout.decode("utf-8"))  # output is always UTF-8
    quotes = document["quotes"]
    decoded = body.replace("\r\n", "\n")
    assert any("Мы готовы к переговорам" in q["text"] for q in quotes), quotes
    for q in quotes:
        for (start, end), part in zip(q["parts"], q["text"].split(" "), strict=False):
            assert decoded[start:end].startswith(part)


def test_wrong_encoding_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "koi.txt", PLAIN.encode("koi8-r"))
    proc = quotex("--encoding", "ascii", path)
    assert proc.returncode == USAGE
    assert one_line(proc).startswith(f"quotex: {path}: not valid ascii at byte 1")


def test_unknown_encoding() -> None:
    proc = quotex("--encoding", "klingon", "-")
    assert proc.returncode == USAGE
    assert "unknown encoding" in no_traceback(proc)


# ---------------------------------------------------------------------------------------------
# Odd but valid files.


@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b"\n\n\r\n", b"\xef\xbb\xbf\r\n", " \u00a0\u200b\n".encode()],
    ids=["empty", "bom-only", "line-ends", "bom-crlf", "blank-unicode"],
)
def test_empty_and_blank_files(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "blank.txt", data)
    empty_document = (
        f'[\n  {{\n    "path": "{path}",\n    "doc": "{path}",\n    "quotes": []\n  }}\n]\n'
    )
    for fmt, expected in [("text", ""), ("json", empty_document)]:
        proc = quotex("-f", fmt, path)
        assert proc.returncode == OK
        assert proc.stdout.decode() == expected
        assert proc.stderr == b""


def test_hostile_text_file(tmp_path: Path) -> None:
    text = "«" * 300 + "\u0301\u200b😀𝔸\u202e" * 50 + "— " * 300 + "\r" * 50 + SAYS
    path = write(tmp_path / "h.txt", text)
    proc = quotex("-f", "jsonl", path)
    assert proc.returncode == OK, proc.stderr
    assert proc.stderr == b""
    json.loads(proc.stdout)


def test_file_named_like_an_option(tmp_path: Path) -> None:
    write(tmp_path / "-f", SAYS)
    proc = quotex("--", "-f", cwd=tmp_path)
    assert proc.returncode == OK
    assert "Мы готовы" in proc.stdout.decode("utf-8")


@pytest.mark.skipif(not POSIX, reason="POSIX file names are bytes")
@pytest.mark.parametrize("strict_stdout", [False, True], ids=["default", "strict-stdout"])
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_file_name_not_utf8(tmp_path: Path, fmt: str, strict_stdout: bool) -> None:
    name = os.fsdecode(b"bad\xff.txt")
    write(tmp_path / name, SAYS)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"} if strict_stdout else None
    proc = quotex("-f", fmt, name, "-", stdin=ASKS.encode(), cwd=tmp_path, env=env)
    no_traceback(proc)
    assert proc.returncode == OK, proc.stderr
    out = proc.stdout.decode("utf-8")  # all UTF-8
    assert "ремонт" in out  # and stdin was read too
    assert "bad\\xff.txt" in out.replace("\\\\", "\\")  # the name, escaped (twice in JSON)


@pytest.mark.skipif(not POSIX, reason="POSIX file names are bytes")
def test_missing_file_name_not_utf8(tmp_path: Path) -> None:
    proc = quotex(os.fsdecode(b"absent\xff.txt"), cwd=tmp_path)
    assert proc.returncode == USAGE
    assert one_line(proc) == "quotex: absent\\xff.txt: no such file"


@pytest.mark.skipif(not POSIX, reason="POSIX file names")
def test_file_name_with_a_line_break(tmp_path: Path) -> None:
    proc = quotex(tmp_path / "no\nsuch.txt")
    assert proc.returncode == USAGE
    assert one_line(proc) == f"quotex: {tmp_path}/no\\nsuch.txt: no such file"


@pytest.mark.skipif(not POSIX, reason="POSIX file names")
def test_file_name_with_a_line_break_in_the_text_header(tmp_path: Path) -> None:
    a, b = write(tmp_path / "a\nb.txt", SAYS), write(tmp_path / "c.txt", ASKS)
    proc = quotex(a.name, b.name, cwd=tmp_path)
    assert proc.returncode == OK, proc.stderr
    headers = [x for x in proc.stdout.decode().splitlines() if x.startswith("==>")]
    assert headers == ["==> a\\nb.txt <==", "==> c.txt <=="]


# ---------------------------------------------------------------------------------------------
# JSONL input.


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": SAYS}, ensure_ascii=False).encode(),
        b"not json",
        b"[1, 2]",
        b'{"id": "no text"}',
        b'{"text": 5}',
        b'{"text": "\xff"}',
        b"",
        b'{"id": [1], "text": "x"}',
        json.dumps({"id": "b", "text": ASKS}).encode(),
    ]
    path = write(tmp_path / "in.jsonl", b"\n".join(lines) + b"\n")
    proc = quotex("--jsonl-input", path)
    assert proc.returncode == USAGE
    err = no_traceback(proc).splitlines()
    assert [line.split(": ")[1] for line in err] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6, 8)]
    docs = [json.loads(line)["doc"] for line in proc.stdout.decode().splitlines()]
    assert docs == ["a", "b"]


def test_jsonl_lone_surrogate_does_not_stop_the_run(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "«Да\\ud800», — сказал он."}',
        json.dumps({"id": "b", "text": ASKS}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    proc = quotex("--jsonl-input", path)
    no_traceback(proc)
    assert proc.returncode == OK, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["doc"] for o in objs] == ["a", "b"]
    # Processed as it is: the surrogate is written as a JSON escape and reads back the same.
    assert [q["text"] for q in objs[0]["quotes"]] == ["Да\ud800"]
    assert b"\\ud800" in proc.stdout


def test_jsonl_lone_surrogate_in_text_format(tmp_path: Path) -> None:
    path = write(tmp_path / "in.jsonl", '{"id": "a\\ud800", "text": "«Да\\ud800», — сказал он."}\n')
    proc = quotex("--jsonl-input", "-f", "text", path)
    assert proc.returncode == OK, proc.stderr
    assert proc.stdout.decode("utf-8").splitlines()[0] == "==> a\\ud800 <=="
    assert "Да\\ud800" in proc.stdout.decode("utf-8")


# ---------------------------------------------------------------------------------------------
# Standard streams that are closed, full, or go away.


@pytest.mark.skipif(not POSIX, reason="pipes and SIGPIPE as on POSIX")
@pytest.mark.parametrize(
    "options",
    [["-f", "text"], ["-f", "json"], ["-f", "jsonl"], ["-f", "text", "--processes", "2"]],
    ids=["text", "json", "jsonl", "processes"],
)
def test_reader_closes_the_pipe_early(big: Path, options: list[str]) -> None:
    """``quotex big.txt | head -1``: a quiet exit 0."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotex", *options, str(big), str(big), str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=300)
    assert first
    assert code == OK, err
    assert err == b""


@pytest.mark.skipif(not POSIX, reason="POSIX shell")
def test_shell_pipe_to_head(big: Path) -> None:
    proc = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m quotex "$1" "$1" | head -1', "sh", str(big)],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr == b""


def _close_fd(fd: int) -> None:
    os.close(fd)


@pytest.mark.skipif(not POSIX, reason="preexec_fn")
def test_stdin_closed() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quotex"],
        capture_output=True,
        preexec_fn=lambda: _close_fd(0),
        timeout=300,
    )
    assert proc.returncode == USAGE
    assert one_line(proc) == "quotex: <stdin>: standard input is closed"


def _run_with_stdout_closed(path: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quotex", str(path)],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: _close_fd(1),
        timeout=300,
    )


@pytest.mark.skipif(not POSIX, reason="preexec_fn")
def test_stdout_closed_is_one_line(says: Path) -> None:
    """``quotex says.txt >&-``: no traceback."""
    proc = _run_with_stdout_closed(says)
    assert proc.returncode in (INTERNAL, USAGE)
    one_line(proc)


@pytest.mark.skipif(not POSIX, reason="preexec_fn")
def test_stdout_closed_says_so(says: Path) -> None:
    proc = _run_with_stdout_closed(says)
    assert proc.returncode == INTERNAL
    assert one_line(proc) == "quotex: standard output is closed"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_stdout_full(big: Path) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "quotex", str(big)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    assert proc.returncode == INTERNAL
    assert one_line(proc) == "quotex: cannot write output: No space left on device"


@pytest.mark.skipif(not POSIX, reason="SIGINT to a process group")
@pytest.mark.parametrize("options", [[], ["--processes", "2"]], ids=["inline", "processes"])
def test_ctrl_c(big: Path, options: list[str]) -> None:
    """Ctrl-C in the middle of a run: exit 130, no traceback from the CLI or its workers."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotex", *options, *[str(big)] * 100],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline()  # it is running
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends it: to the whole group
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == INTERRUPTED
    assert b"Traceback" not in err, err.decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------------------------
# An internal error.

FAKE_CRASH = """
import sys
from quotex import cli
def broken(text, **kwargs):
    raise RuntimeError("boom\\nsecond line")
cli.extract = broken
sys.exit(cli.main(sys.argv[1:]))
"""


def test_internal_error_is_one_line(says: Path, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", FAKE_CRASH, str(says), str(tmp_path / "absent.txt")],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == INTERNAL  # 1 wins over the missing file's 2
    err = no_traceback(proc).splitlines()
    assert err == [
        f"quotex: {says}: internal error: RuntimeError: boom second line",
        f"quotex: {tmp_path / 'absent.txt'}: no such file",
    ]
