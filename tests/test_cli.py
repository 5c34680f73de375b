"""The command line: formats, inputs, errors and exit codes.

In-process tests call ``main([...])`` with a small stand-in for ``extract`` (quotes in « »), so the
output has quotes whatever state the real pipeline is in; subprocess tests run the real thing and
check only structure and exit codes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quotex import __version__, cli, formats, speakers
from quotex.types import KINDS, Quote, Span, Speaker

SAYS = "«Мы готовы», — сказал министр."
ASKS = "Она спросила: «Кто там?» Никто не ответил."


class FakeExtract:
    """Every «…» as a direct quote; remembers what it was called with."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __call__(self, text: str, /, *, kinds: Iterable[str] | None = None) -> list[Quote]:
        self.calls.append((text, kinds))
        return [
            Quote("direct", (Span.of(text, m.start(1), m.end(1)),), rule="fake")
            for m in re.finditer(r"«([^»]*)»", text)
        ]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeExtract:
    fake = FakeExtract()
    monkeypatch.setattr(cli, "extract", fake)
    return fake


@pytest.fixture
def says(tmp_path: Path) -> Path:
    path = tmp_path / "says.txt"
    path.write_text(SAYS, encoding="utf-8")
    return path


@pytest.fixture
def asks(tmp_path: Path) -> Path:
    path = tmp_path / "asks.txt"
    path.write_text(ASKS, encoding="utf-8")
    return path


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("quotex: ")
    assert "Traceback" not in err
    return lines[0]


# formats


def test_text_default(fake: FakeExtract, says: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(says)]) == 0
    out, err = capsys.readouterr()
    assert out == "direct · —\n    Мы готовы\n"
    assert err == ""


def test_text_explain(fake: FakeExtract, says: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--explain", str(says)]) == 0
    out = capsys.readouterr().out
    assert "found by: fake; speaker by: —" in out
    assert "at: parts [1:10]" in out


def test_text_several_files(
    fake: FakeExtract, says: Path, asks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(says), str(asks)]) == 0
    out = capsys.readouterr().out
    assert out == (
        f"==> {says} <==\ndirect · —\n    Мы готовы\n\n==> {asks} <==\ndirect · —\n    Кто там?\n"
    )


def test_json_single(fake: FakeExtract, says: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--format", "json", str(says)]) == 0
    out = capsys.readouterr().out
    (document,) = json.loads(out)
    assert document["path"] == document["doc"] == str(says)
    assert [q["text"] for q in document["quotes"]] == ["Мы готовы"]
    assert document["quotes"][0].keys() >= {"kind", "parts", "speaker", "cue", "rule"}
    assert '"parts": [[1, 10]],' in out  # offsets on one line


def test_json_several_is_a_list_of_documents_too(
    fake: FakeExtract, says: Path, asks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["-f", "json", str(says), str(asks)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["path"], [q["text"] for q in d["quotes"]]) for d in data] == [
        (str(says), ["Мы готовы"]),
        (str(asks), ["Кто там?"]),
    ]


def test_json_several_stays_valid_around_bad_files(
    fake: FakeExtract, says: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "нет.txt"
    assert cli.main(["-f", "json", str(missing), str(says), str(missing)]) == 2
    out, err = capsys.readouterr()
    assert [d["path"] for d in json.loads(out)] == [str(says)]
    assert err.count("quotex: ") == 2


def test_json_all_bad_is_an_empty_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["-f", "json", str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    assert capsys.readouterr().out == "[]\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats_write_the_same_documents(
    fake: FakeExtract,
    says: Path,
    asks: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    set_stdin(monkeypatch, SAYS.encode())
    args = [str(says), str(empty), "-", str(asks)]
    assert cli.main(["-f", fmt, "--doc-name", "source", *args]) == 0
    out = capsys.readouterr().out
    docs = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [list(d) for d in docs] == [["path", "doc", "quotes"]] * 4
    assert [(d["path"], d["doc"]) for d in docs] == [
        (str(says), f"{tmp_path.name}/says"),
        (str(empty), f"{tmp_path.name}/empty"),
        ("-", "-"),
        (str(asks), f"{tmp_path.name}/asks"),
    ]
    assert [len(d["quotes"]) for d in docs] == [1, 0, 1, 1]


def test_jsonl_one_line_per_input(
    fake: FakeExtract,
    says: Path,
    asks: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_stdin(monkeypatch, "«Из трубы», — ответили.".encode())
    assert cli.main(["--format", "jsonl", str(says), "-", str(asks)]) == 0
    lines = capsys.readouterr().out.splitlines()
    objs = [json.loads(line) for line in lines]
    assert [o["doc"] for o in objs] == [str(says), "-", str(asks)]
    for obj in objs:
        assert list(obj) == ["path", "doc", "quotes"]
        assert all({"kind", "parts", "speaker"} <= q.keys() for q in obj["quotes"])
    assert objs[1]["quotes"][0]["text"] == "Из трубы"


# every format on the real pipeline: a split quote, two files and an empty one

SPLIT = "«Дорогу починят к осени, — пообещал мэр Олег Воронцов. — Деньги уже выделены»."


@pytest.fixture
def three(tmp_path: Path) -> list[str]:
    paths = [tmp_path / "split.txt", tmp_path / "empty.txt", tmp_path / "says.txt"]
    for path, text in zip(paths, [SPLIT, "", SAYS], strict=True):
        path.write_text(text, encoding="utf-8")
    return [str(p) for p in paths]


def check_text(out: str, files: list[str]) -> None:
    assert [line for line in out.splitlines() if line.startswith("==>")] == [
        f"==> {f} <==" for f in files
    ]
    assert "    Дорогу починят к осени … Деньги уже выделены\n" in out


def check_json(out: str, files: list[str]) -> None:
    docs = json.loads(out)
    assert [(d["path"], len(d["quotes"])) for d in docs] == list(zip(files, [1, 0, 1], strict=True))
    assert '"parts": [[1, 23], [57, 76]],' in out


def check_jsonl(out: str, files: list[str]) -> None:
    docs = [json.loads(line) for line in out.splitlines()]
    assert [(d["path"], len(d["quotes"])) for d in docs] == list(zip(files, [1, 0, 1], strict=True))
    assert docs[0]["quotes"][0]["parts"] == [[1, 23], [57, 76]]


def check_csv(out: str, files: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [row["document"] for row in rows] == [files[0], files[2]]
    assert rows[0]["text"] == "Дорогу починят к осени … Деньги уже выделены"
    assert (rows[0]["start"], rows[0]["end"]) == ("1", "76")
    assert (rows[0]["speaker"], rows[0]["gender"], rows[0]["cue"]) == (
        "Олег Воронцов",
        "masc",
        "пообещал",
    )


def check_speakers(out: str, files: list[str]) -> None:
    lines = out.splitlines()
    assert lines[1].split()[:3] == ["Олег", "Воронцов", "masc"]
    assert lines[-1].startswith("2 quotes, 2 speakers; ")


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("text", check_text),
        ("json", check_json),
        ("jsonl", check_jsonl),
        ("csv", check_csv),
        ("speakers", check_speakers),
    ],
)
def test_every_format(
    fmt: str, check: Any, three: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["-f", fmt, *three]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    check(out, three)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("text", ""),
        ("json", '[\n  {\n    "path": "-",\n    "doc": "-",\n    "quotes": []\n  }\n]\n'),
        ("jsonl", '{"path": "-", "doc": "-", "quotes": []}\n'),
        ("csv", "document,kind,start,end,text,speaker,gender,via,cue,repaired\n"),
        (
            "speakers",
            "speaker  gender  quotes  direct  dialogue  partial  indirect  words  docs\n"
            "0 quotes, 0 speakers\n",
        ),
    ],
)
def test_every_format_on_empty_input(
    fmt: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, b"")
    assert cli.main(["-f", fmt]) == 0
    assert capsys.readouterr().out == expected


def test_speaker_ids_hold_across_the_blocks_of_a_long_file(tmp_path: Path) -> None:
    text = "".join(
        f"«Мы готовы к разговору номер {i}», — заявил министр Иван Петров.\n"
        f"«Мы тоже», — ответила губернатор Анна Смирнова.\n\n"
        for i in range(30)
    )
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    proc = run("-f", "jsonl", "--block-chars", "300", str(path))
    assert proc.returncode == 0, proc.stderr
    quotes = json.loads(proc.stdout)["quotes"]
    ids = {(q["speaker"], q["speaker_id"]) for q in quotes}
    assert ids == {("Иван Петров", "e1"), ("Анна Смирнова", "e2")}


# inputs


def test_stdin_when_no_file(
    fake: FakeExtract, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, SAYS.encode())
    assert cli.main(["-f", "json"]) == 0
    (document,) = json.loads(capsys.readouterr().out)
    assert document["path"] == "-"
    assert [q["text"] for q in document["quotes"]] == ["Мы готовы"]
    assert fake.calls == [(SAYS, None)]


def test_dash_is_stdin(
    fake: FakeExtract, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, SAYS.encode())
    assert cli.main(["-"]) == 0
    assert "Мы готовы" in capsys.readouterr().out


def test_bom_dropped_and_newlines_as_text_mode(fake: FakeExtract, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Раз.\r\nДва.\rТри.\n".encode())
    assert cli.main(["-f", "json", str(path)]) == 0
    assert fake.calls[0][0] == "Раз.\nДва.\nТри.\n"
    assert fake.calls[0][0] == path.read_text(encoding="utf-8-sig")  # as QUOTE_SPEC reads


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", SAYS),
        ("CP1251", SAYS),
        ("windows-1251", ASKS),
        ("koi8-r", 'Он ответил: "Ещё не вечер".'),  # KOI8-R has no « »
    ],
)
def test_encoding_option(
    fake: FakeExtract,
    tmp_path: Path,
    encoding: str,
    text: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    assert cli.main(["--encoding", encoding, "-f", "json", str(path)]) == 0
    assert fake.calls[0][0] == text
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_unknown_encoding_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--encoding", "no-such-codec", "x.txt"]) == 2
    assert "unknown encoding" in capsys.readouterr().err


# input errors: one line, exit 2, the other files still done


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "нет.txt"
    assert cli.main([str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert one_error_line(err) == f"quotex: {path}: no such file"


def test_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(tmp_path)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith(f"quotex: {tmp_path}: ")
    assert "directory" in line or "permission" in line  # the latter on Windows


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything; POSIX only"
)
def test_permission_denied(says: Path, capsys: pytest.CaptureFixture[str]) -> None:
    says.chmod(0)
    try:
        assert cli.main([str(says)]) == 2
    finally:
        says.chmod(0o644)
    assert one_error_line(capsys.readouterr().err) == f"quotex: {says}: permission denied"


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "input/output error"),
    ],
)
def test_open_errors(
    monkeypatch: pytest.MonkeyPatch,
    says: Path,
    error: OSError,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def failing_open(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(cli, "open", failing_open, raising=False)
    assert cli.main([str(says)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"quotex: {says}: {message}"


def test_not_utf8_reports_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cp.txt"
    data = "Привет, ".encode() + "мир".encode("cp1251")
    path.write_bytes(data)
    assert cli.main([str(path)]) == 2
    assert one_error_line(capsys.readouterr().err) == (
        f"quotex: {path}: not valid utf-8 at byte {len('Привет, '.encode())} "
        "(try --encoding cp1251)"
    )


def test_not_utf8_offset_counts_the_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Да".encode() + b"\xff")
    assert cli.main([str(path)]) == 2
    assert "at byte 7 " in one_error_line(capsys.readouterr().err)


def test_not_valid_in_other_encoding_has_no_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"abc\x98")  # the one byte cp1251 leaves undefined
    assert cli.main(["-e", "cp1251", str(path)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"quotex: {path}: not valid cp1251 at byte 3"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", b"ab\x00cd"])
def test_binary_file(tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "img.png"
    path.write_bytes(data)
    assert cli.main([str(path)]) == 2
    assert (
        one_error_line(capsys.readouterr().err)
        == f"quotex: {path}: binary file (contains NUL bytes)"
    )


def test_utf16_is_not_binary(fake: FakeExtract, tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(SAYS.encode("utf-16"))
    assert cli.main(["-e", "utf-16", "-f", "json", str(path)]) == 0
    assert fake.calls[0][0] == SAYS


UNICODE = "«Мы готовы», — сказал министр.\r\nОна спросила: «Кто там?»\r\n"


@pytest.mark.parametrize("read_bytes", [1, 3, 1 << 20])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read_without_being_told(
    fake: FakeExtract,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    encoding: str,
    read_bytes: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "READ_BYTES", read_bytes)
    path = tmp_path / "wide.txt"
    name = encoding[:6]
    bom = "" if encoding == name else "\ufeff"  # utf-16 and utf-32 write their own
    path.write_bytes((bom + UNICODE).encode(encoding))
    assert cli.main(["-f", "jsonl", str(path)]) == 0
    assert fake.calls[0][0] == UNICODE.replace("\r\n", "\n")  # the BOM dropped
    (document,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [q["parts"] for q in document["quotes"]] == [[[1, 10]], [[46, 54]]]
    assert cli.main(["-f", "jsonl", "--block-chars", "20", str(path)]) == 0  # read in blocks
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == [document]
    fake.calls.clear()
    assert cli.main(["-e", name, "-f", "jsonl", str(path)]) == 0  # as when told
    assert fake.calls[0][0] == UNICODE.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            SAYS.encode("utf-16-le"),
            "binary file (contains NUL bytes; if it is UTF-16 text, try --encoding utf-16-le)",
        ),
        (
            SAYS.encode("utf-16-be"),
            "binary file (contains NUL bytes; if it is UTF-16 text, try --encoding utf-16-be)",
        ),
        (
            SAYS.encode("utf-32-le"),
            "binary file (contains NUL bytes; if it is UTF-32 text, try --encoding utf-32-le)",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        ("Да".encode("utf-16") + b"\x00\xdc", "not valid utf-16 at byte 6"),  # a lone surrogate
        ("Привет".encode("cp1251"), "not valid utf-8 at byte 0 (try --encoding cp1251)"),
    ],
    ids=["utf16le", "utf16be", "utf32le", "png", "utf16-bad", "cp1251"],
)
def test_what_is_not_utf8_has_a_hint(
    tmp_path: Path, data: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    assert cli.main([str(path)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"quotex: {path}: {message}"


def test_jsonl_input_in_utf16_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, jsonl({"text": SAYS}).decode().encode("utf-16"))
    assert cli.main(["--jsonl-input"]) == 2
    assert one_error_line(capsys.readouterr().err) == (
        "quotex: <stdin>: UTF-16 text (it starts with a byte-order mark); JSONL is read as UTF-8 "
        "(convert it first: iconv -f utf-16 -t utf-8)"
    )


def test_bad_file_does_not_stop_the_others(
    fake: FakeExtract, says: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["-f", "jsonl", str(tmp_path), str(says)]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc"] for line in out.splitlines()] == [str(says)]
    one_error_line(err)


# options


@pytest.mark.parametrize(
    ("value", "kinds"),
    [
        ("direct", ("direct",)),
        ("indirect,direct", ("direct", "indirect")),
        (" Dialogue , partial,", ("dialogue", "partial")),
        (",".join(KINDS), KINDS),
    ],
)
def test_kinds_are_passed_to_extract(fake: FakeExtract, says: Path, value: str, kinds: Any) -> None:
    assert cli.main(["--kinds", value, str(says)]) == 0
    assert fake.calls[0][1] == kinds


@pytest.mark.parametrize("value", ["speech", "direct,quoted", "", ","])
def test_kinds_validation(
    fake: FakeExtract, says: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--kinds", value, str(says)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1].startswith("quotex: error: argument -k/--kinds: ")
    assert fake.calls == []


def test_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--format", "xml"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_explain_needs_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--explain", "-f", "json"]) == 2
    assert "--explain" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"quotex {__version__}\n"


def test_help_mentions_eval_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "quotex eval" in out
    assert "exit codes" in out


# JSONL input, document names, processes, progress


def jsonl(*objs: Any) -> bytes:
    return "".join(
        (o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objs
    ).encode()


def test_jsonl_input_streams_a_line_per_document(
    fake: FakeExtract, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(
        monkeypatch, jsonl({"id": "n1", "text": SAYS}, "", {"text": ASKS}, {"id": 7, "text": ""})
    )
    assert cli.main(["--jsonl-input"]) == 0
    objs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["doc"] for o in objs] == ["n1", "-:3", "7"]
    assert [[q["text"] for q in o["quotes"]] for o in objs] == [["Мы готовы"], ["Кто там?"], []]
    assert [text for text, _ in fake.calls] == [SAYS, ASKS, ""]


def test_jsonl_input_text_field_and_files(
    fake: FakeExtract, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(b"\xef\xbb\xbf" + jsonl({"body": SAYS, "text": "x"}))
    b.write_bytes(jsonl({"id": "b", "body": ASKS}))
    assert cli.main(["--jsonl-input", "--text-field", "body", str(a), str(b)]) == 0
    objs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["doc"] for o in objs] == [f"{a}:1", "b"]
    assert [text for text, _ in fake.calls] == [SAYS, ASKS]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('["a list"]', "not a JSON object"),
        ('{"body": "x"}', "no field 'text'"),
        ('{"text": 5}', "not a string in field 'text'"),
        ('{"text": "x", "id": [1]}', "id is not a string or an integer"),
    ],
)
def test_jsonl_input_bad_line_is_reported_and_skipped(
    fake: FakeExtract,
    monkeypatch: pytest.MonkeyPatch,
    line: str,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_stdin(monkeypatch, jsonl({"id": "ok1", "text": SAYS}, line, {"id": "ok2", "text": ASKS}))
    assert cli.main(["--jsonl-input"]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(x)["doc"] for x in out.splitlines()] == ["ok1", "ok2"]
    assert one_error_line(err).startswith(f"quotex: <stdin>:2: {message}")


def test_jsonl_input_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--jsonl-input", str(tmp_path / "no.jsonl")]) == 2
    assert (
        one_error_line(capsys.readouterr().err) == f"quotex: {tmp_path / 'no.jsonl'}: no such file"
    )


def test_jsonl_input_with_text_format(
    fake: FakeExtract, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, jsonl({"id": "n1", "text": SAYS}))
    assert cli.main(["--jsonl-input", "-f", "text"]) == 0
    assert capsys.readouterr().out == "==> n1 <==\ndirect · —\n    Мы готовы\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--text-field", "body"],
        ["--jsonl-input", "--explain"],
        ["--jsonl-input", "-e", "utf-16"],
        ["--processes", "-1"],
        ["--processes", "many"],
        ["--doc-name", "stem"],
    ],
)
def test_new_options_usage_errors(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(args) == 2
    assert capsys.readouterr().err.splitlines()[-1].startswith("quotex: error: ")


class FakeMany:
    """Stands in for extract_many: FakeExtract's quotes, an error for texts with "boom"."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, texts: Iterable[str], **options: Any) -> Iterator[list[Quote]]:
        self.calls.append(options)
        fake, texts = FakeExtract(), iter(texts)

        class Results:
            def __enter__(self) -> Results:
                return self

            def __exit__(self, *exc: object) -> None:
                pass

            def __next__(self) -> list[Quote]:
                text = next(texts)
                if "boom" in text:
                    raise ValueError("boom")
                return fake(text)

        return Results()  # type: ignore[return-value]


@pytest.mark.parametrize(("value", "processes"), [("2", 2), ("auto", None)])
def test_processes_go_to_extract_many_and_errors_stay_in_place(
    monkeypatch: pytest.MonkeyPatch,
    value: str,
    processes: int | None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    many = FakeMany()
    monkeypatch.setattr(cli, "extract_many", many)
    set_stdin(
        monkeypatch,
        jsonl({"id": "a", "text": SAYS}, {"id": "b", "text": "boom"}, {"id": "c", "text": ASKS}),
    )
    assert cli.main(["--jsonl-input", "--processes", value, "--kinds", "direct"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(x)["doc"] for x in out.splitlines()] == ["a", "c"]
    assert one_error_line(err) == "quotex: <stdin>:2: internal error: ValueError: boom"
    assert many.calls == [
        {"processes": processes, "chunksize": cli.CHUNK_LINES, "kinds": ("direct",)}
    ]


def test_doc_name_source(
    fake: FakeExtract,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "chekhov").mkdir()
    path = tmp_path / "chekhov" / "nalim.txt"
    path.write_text(SAYS, encoding="utf-8")
    set_stdin(monkeypatch, ASKS.encode())
    monkeypatch.chdir(tmp_path / "chekhov")
    args = ["-f", "jsonl", "--doc-name", "source", str(path), "nalim.txt", "-"]
    assert cli.main(args) == 0
    docs = [json.loads(x)["doc"] for x in capsys.readouterr().out.splitlines()]
    assert docs == ["chekhov/nalim", "chekhov/nalim", "-"]


def test_doc_name_source_output_scores_with_eval(
    fake: FakeExtract, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = tmp_path / "src"
    texts.mkdir()
    (texts / "one.txt").write_text(SAYS, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc": "src/one", "quotes": [{"kind": "direct", "parts": [[1, 10]]}]}) + "\n",
        encoding="utf-8",
    )
    assert cli.main(["-f", "jsonl", "--doc-name", "source", str(texts / "one.txt")]) == 0
    pred = tmp_path / "pred.jsonl"
    pred.write_text(capsys.readouterr().out, encoding="utf-8")
    assert cli.main(["eval", str(gold), str(texts), "--pred", str(pred), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["detection"]["f1"] == 1.0


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def terminal(monkeypatch: pytest.MonkeyPatch, *, delay: float = 0.0) -> Terminal:
    # Called in the test itself: pytest sets its own sys.stderr after the fixtures.
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", delay)
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 0.0)
    return err


def drawn(err: Terminal) -> list[str]:
    """The states of the bar, in order, as the terminal showed them."""
    return [line.strip() for line in err.getvalue().replace("\n", "\r").split("\r") if line.strip()]


def test_progress_bar_of_documents_for_several_inputs(
    fake: FakeExtract,
    says: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = terminal(monkeypatch)
    assert cli.main(["-f", "jsonl"] + [str(says)] * 4) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    states = drawn(err)
    assert states[0].startswith("quotex:   0%") and states[0].endswith("0/4 [00:00<?, ?doc/s]")
    assert any(" 2/4 " in state for state in states)
    assert states[-1].startswith("quotex: 100%") and " 4/4 " in states[-1]
    assert err.getvalue().endswith("\n")  # the bar is left on its line


def test_progress_counts_documents_of_unknown_number(
    fake: FakeExtract, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, jsonl(*[{"text": SAYS}] * 5))
    err = terminal(monkeypatch)
    assert cli.main(["--jsonl-input"]) == 0
    states = drawn(err)
    assert states[0].startswith("quotex: 0doc")
    assert states[-1].startswith("quotex: 5doc")


def test_progress_bar_of_bytes_for_one_long_file(
    fake: FakeExtract, long_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "READ_BYTES", 1000)
    long_file.write_bytes(long_file.read_bytes() * 8)  # stream's context reads 2 000 chars ahead
    err = terminal(monkeypatch)
    assert cli.main(["-f", "jsonl", "--block-chars", "300", str(long_file)]) == 0
    states = drawn(err)
    size = long_file.stat().st_size
    assert states[-1].startswith("quotex: 100%") and f"/{size // 1024}k " in states[-1]
    assert states[-1].endswith("B/s]")
    percents = {int(m.group(1)) for s in states if (m := re.match(r"quotex:\s+(\d+)%", s))}
    assert len(percents - {0, 100}) >= 10  # it moves as the blocks are done


def test_no_bar_for_one_file_read_whole(
    fake: FakeExtract, long_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = terminal(monkeypatch)
    assert cli.main(["-f", "jsonl", str(long_file)]) == 0
    assert err.getvalue() == ""


def test_progress_bar_is_cleared_before_an_error(
    fake: FakeExtract, says: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = terminal(monkeypatch)
    missing = tmp_path / "missing.txt"
    assert cli.main([str(says), str(missing), str(says)]) == 2
    pieces = err.getvalue().split("\r")
    assert f"quotex: {missing}: no such file\n" in pieces
    assert drawn(err)[-1].startswith("quotex: 100%")


def test_no_progress_for_a_quick_run(
    fake: FakeExtract, says: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = terminal(monkeypatch, delay=30.0)
    assert cli.main([str(says)] * 30) == 0
    assert err.getvalue() == ""


def test_no_progress_when_stderr_is_not_a_terminal(
    fake: FakeExtract,
    says: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.0)
    assert cli.main([str(says)] * 30) == 0
    assert capsys.readouterr().err == ""


# eval


@pytest.fixture
def fake_evaluate(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []

    def main(argv: list[str] | None = None) -> int:
        calls.append(list(argv or []))
        if argv and argv[0] == "--help":
            raise SystemExit(0)
        return 3

    module = types.ModuleType("quotex.evaluate")
    module.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quotex.evaluate", module)
    return calls


def test_eval_dispatch(fake_evaluate: list[list[str]]) -> None:
    assert cli.main(["eval", "gold.jsonl", "texts", "--pred", "p.jsonl"]) == 3
    assert fake_evaluate == [["gold.jsonl", "texts", "--pred", "p.jsonl"]]


def test_eval_system_exit_becomes_return_code(fake_evaluate: list[list[str]]) -> None:
    assert cli.main(["eval", "--help"]) == 0


def test_eval_only_as_first_argument(
    fake_evaluate: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--", "eval"]) == 2  # a file named eval
    assert fake_evaluate == []
    assert one_error_line(capsys.readouterr().err) == "quotex: eval: no such file"


def test_eval_missing_module(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "quotex.evaluate", None)
    assert cli.main(["eval"]) == 1
    assert "eval is not available" in one_error_line(capsys.readouterr().err)


# failures of quotex itself, interrupts, closed output


def test_internal_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, says: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(text: str, /, **kwargs: Any) -> list[Quote]:
        raise ValueError("bad\nstate")

    monkeypatch.setattr(cli, "extract", broken)
    assert cli.main([str(says)]) == 1
    assert one_error_line(capsys.readouterr().err) == (
        f"quotex: {says}: internal error: ValueError: bad state"
    )


def test_internal_error_wins_over_input_error(
    monkeypatch: pytest.MonkeyPatch, says: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "extract", lambda text, **kw: 1 / 0)
    assert cli.main([str(tmp_path / "missing"), str(says)]) == 1


def test_keyboard_interrupt(
    monkeypatch: pytest.MonkeyPatch, says: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(text: str, /, **kwargs: Any) -> list[Quote]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "extract", interrupted)
    assert cli.main([str(says)]) == 130
    assert capsys.readouterr().err == ""


class ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_in_process(
    fake: FakeExtract,
    says: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main([str(says)]) == 0
    assert capsys.readouterr().err == ""


# the real program, in a subprocess


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quotex", *args], input=stdin, capture_output=True, timeout=60
    )


def test_subprocess_stdin_json() -> None:
    proc = run("--format", "json", stdin=SAYS.encode())
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout), list)
    assert proc.stderr == b""


def test_subprocess_jsonl_from_dash() -> None:
    proc = run("-f", "jsonl", "-", stdin=ASKS.encode())
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.decode().splitlines()
    obj = json.loads(line)
    assert obj["doc"] == "-"
    assert isinstance(obj["quotes"], list)


def test_subprocess_text_several(says: Path, asks: Path) -> None:
    proc = run(str(says), str(asks))
    assert proc.returncode == 0, proc.stderr
    headers = [line for line in proc.stdout.decode().splitlines() if line.startswith("==> ")]
    assert headers == [f"==> {says} <==", f"==> {asks} <=="]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("cp1251.txt", "Тест".encode("cp1251"), "not valid utf-8 at byte 0"),
        ("nul.bin", b"\x00\x01\x02", "binary file"),
    ],
)
def test_subprocess_input_errors(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    proc = run(str(path))
    assert proc.returncode == 2
    assert proc.stdout == b""
    err = proc.stderr.decode()
    assert one_error_line(err).startswith(f"quotex: {path}: {message}")


def test_subprocess_usage_error() -> None:
    proc = run("--kinds", "direct,spoken")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("quotex: error: ")


def test_subprocess_processes_keep_order_and_results(tmp_path: Path) -> None:
    lines = [
        {"id": f"d{i}", "text": text}
        for i, text in enumerate([SAYS, ASKS, "Тишина.", "", SAYS + " " + ASKS] * 4)
    ]
    data = jsonl(*lines, "{bad")
    one = run("--jsonl-input", stdin=data)
    two = run("--jsonl-input", "--processes", "2", stdin=data)
    assert one.returncode == two.returncode == 2
    assert two.stdout == one.stdout
    assert [json.loads(x)["doc"] for x in two.stdout.decode().splitlines()] == [
        o["doc"] if "doc" in o else o["id"] for o in lines
    ]
    assert one_error_line(two.stderr.decode()).startswith(f"quotex: <stdin>:{len(lines) + 1}: ")


def test_subprocess_processes_with_files(says: Path, asks: Path, tmp_path: Path) -> None:
    files = [str(says), str(tmp_path / "missing.txt"), str(asks)]
    one = run("-f", "jsonl", *files)
    two = run("-f", "jsonl", "-j", "2", *files)
    assert one.returncode == two.returncode == 2
    assert two.stdout == one.stdout
    assert [json.loads(x)["doc"] for x in two.stdout.decode().splitlines()] == [
        str(says),
        str(asks),
    ]


def test_subprocess_closed_stdout(says: Path) -> None:
    # Far more output than a pipe buffer holds, and the reader leaves after one line.
    args = [str(says)] * 5000
    with subprocess.Popen(
        [sys.executable, "-m", "quotex", "--format", "jsonl", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        code = proc.wait(timeout=60)
    assert json.loads(first)["doc"] == str(says)
    assert code == 0
    assert err == b""


# output that cannot be written


def test_stdout_closed_in_process(
    fake: FakeExtract,
    says: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert cli.main([str(says)]) == 1
    assert one_error_line(capsys.readouterr().err) == "quotex: standard output is closed"
    assert fake.calls == []  # nothing read or extracted for nothing


class FullDisk(io.StringIO):
    def write(self, s: str) -> int:
        raise OSError(28, "No space left on device")


def test_full_disk_in_process(
    fake: FakeExtract,
    says: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdout", FullDisk())
    assert cli.main([str(says)]) == 1
    assert one_error_line(capsys.readouterr().err) == (
        "quotex: cannot write output: No space left on device"
    )


def test_not_a_text_encoding(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--encoding", "base64", "x.txt"]) == 2
    assert "not a text encoding" in capsys.readouterr().err


# a file longer than --block-chars: read and extracted in blocks, the output the same

LONG = "".join(
    f"Абзац {i}: «Мы готовы к переговорам номер {i}», — сказал министр.\r\n"
    + ("\r\n" if i % 3 else "")
    + f"Второй абзац {i}, без кавычек, но длиннее прочих строк текста.\r"
    for i in range(60)
)


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    path.write_bytes(b"\xef\xbb\xbf" + LONG.encode("utf-8"))
    return path


def decoded(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")  # BOM dropped, \r\n and \r read as \n


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
@pytest.mark.parametrize("several", [False, True], ids=["one", "several"])
def test_long_file_output_is_the_same_as_whole(
    fake: FakeExtract,
    long_file: Path,
    says: Path,
    fmt: str,
    several: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [str(long_file), str(says)] if several else [str(long_file)]
    assert cli.main(["-f", fmt, "--explain" if fmt == "text" else "-k=direct", *files]) == 0
    whole = capsys.readouterr().out
    assert len(fake.calls) == len(files)
    fake.calls.clear()
    args = ["-f", fmt, "--block-chars", "300", "--explain" if fmt == "text" else "-k=direct"]
    assert cli.main([*args, *files]) == 0
    assert capsys.readouterr().out == whole
    text = decoded(long_file)
    assert len(fake.calls) > len(text) // 1200  # in blocks
    assert all(len(block) < 300 + 4 * 2_000 for block, _ in fake.calls)
    if fmt == "jsonl":
        (first, *_) = whole.splitlines()
        for q in json.loads(first)["quotes"]:
            (start, end), *_ = q["parts"]
            assert text[start:end] == q["text"]  # offsets into the whole decoded file


@pytest.mark.parametrize("read_bytes", [1, 2, 3, 7])
def test_long_file_read_in_small_pieces(
    fake: FakeExtract,
    long_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    read_bytes: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A \r\n, a character of two bytes and the BOM split between reads change nothing.
    assert cli.main(["-f", "jsonl", "--block-chars", "500", str(long_file)]) == 0
    expected = capsys.readouterr().out
    monkeypatch.setattr(cli, "READ_BYTES", read_bytes)
    assert cli.main(["-f", "jsonl", "--block-chars", "500", str(long_file)]) == 0
    assert capsys.readouterr().out == expected
    assert cli.main(["-f", "jsonl", str(long_file)]) == 0  # and read whole
    assert capsys.readouterr().out == expected


@pytest.mark.parametrize("read_bytes", [1, 2, 5, 1 << 20])
@pytest.mark.parametrize(
    ("data", "offset"),
    [
        ("Мы ".encode() + b"\xff" + "готовы".encode(), 5),
        (b"abc\xd0", 3),
        (b"\xef\xbb\xbf" + "Да ".encode() + b"\x80", 8),
        ("«Да», — сказал он.\n".encode() * 50 + b"\xe2\x82\x28", 33 * 50),
    ],
    ids=["lone-ff", "truncated", "bom", "late"],
)
def test_invalid_utf8_offset_whatever_the_reads(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    read_bytes: int,
    data: bytes,
    offset: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "READ_BYTES", read_bytes)
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    for block_chars in ("10", "1000000"):
        assert cli.main(["--block-chars", block_chars, str(path)]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert one_error_line(err).startswith(f"quotex: {path}: not valid utf-8 at byte {offset}")


@pytest.mark.parametrize(
    ("bad", "message"), [(b"\xff", "not valid utf-8 at byte"), (b"\0", "binary")]
)
def test_bad_bytes_deep_in_a_long_file(
    fake: FakeExtract,
    long_file: Path,
    says: Path,
    monkeypatch: pytest.MonkeyPatch,
    bad: bytes,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every byte is checked before the first block is extracted: no output for the file."""
    monkeypatch.setattr(cli, "READ_BYTES", 1000)
    data = long_file.read_bytes()
    at = data.rindex(b"\r\n")  # near the end, between two characters
    long_file.write_bytes(data[:at] + bad + data[at:])
    assert cli.main(["-f", "jsonl", "--block-chars", "300", str(long_file), str(says)]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc"] for line in out.splitlines()] == [str(says)]
    assert one_error_line(err).startswith(f"quotex: {long_file}: {message}")
    if bad == b"\xff":
        assert f"at byte {at} " in err


class Pipe(io.BytesIO):
    def seekable(self) -> bool:
        return False


def test_bad_bytes_deep_in_a_pipe(
    fake: FakeExtract, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pipe cannot be read twice: the blocks before the problem are written, the output stays
    valid JSON, and the problem is reported when it is reached."""
    monkeypatch.setattr(cli, "READ_BYTES", 1000)
    data = LONG.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Pipe(data + b"\xff"), encoding="utf-8"))
    assert cli.main(["-f", "json", "--block-chars", "300"]) == 2
    out, err = capsys.readouterr()
    (document,) = json.loads(out)
    assert 0 < len(document["quotes"]) < LONG.count("«")
    assert one_error_line(err) == f"quotex: <stdin>: not valid utf-8 at byte {len(data)} " + (
        "(try --encoding cp1251)"
    )


def test_long_stdin_from_a_pipe(
    fake: FakeExtract,
    long_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["-f", "json", str(long_file)]) == 0
    expected = capsys.readouterr().out
    data = long_file.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Pipe(data), encoding="utf-8"))
    assert cli.main(["-f", "json", "--block-chars", "300"]) == 0
    out = capsys.readouterr().out
    assert out == expected.replace(json.dumps(str(long_file)), '"-"')
    assert len(fake.calls) > 3


def test_internal_error_in_one_block(
    long_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeExtract()

    def sometimes(text: str, /, **kwargs: Any) -> list[Quote]:
        if len(fake.calls) == 2:
            fake.calls.append((text, None))
            raise ValueError("boom")
        return fake(text, **kwargs)

    monkeypatch.setattr(cli, "extract", sometimes)
    assert cli.main(["-f", "jsonl", "--block-chars", "300", str(long_file)]) == 1
    out, err = capsys.readouterr()
    assert re.fullmatch(
        rf"quotex: {re.escape(str(long_file))}: internal error in characters \d+-\d+: "
        r"ValueError: boom\n",
        err,
    )
    (line,) = out.splitlines()
    assert 0 < len(json.loads(line)["quotes"]) < LONG.count("«")  # the other blocks' quotes


def test_long_file_with_processes(
    long_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "extract", FakeExtract())
    assert cli.main(["-f", "jsonl", str(long_file)]) == 0
    expected = capsys.readouterr().out
    many = FakeMany()
    monkeypatch.setattr(cli, "extract_many", many)
    assert cli.main(["-f", "jsonl", "-j", "2", "--block-chars", "300", str(long_file)]) == 0
    assert capsys.readouterr().out == expected
    assert many.calls == [{"processes": 2, "chunksize": cli.CHUNK_FILES, "kinds": None}]


def test_html_refuses_a_long_file(
    fake: FakeExtract, long_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["-f", "html", "--block-chars", "300", str(long_file)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert one_error_line(err) == (
        f"quotex: {long_file}: too large for --format html (more than 300 characters; "
        "see --block-chars)"
    )
    assert cli.main(["-f", "html", str(long_file)]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("value", ["0", "-5", "many", ""])
def test_block_chars_validation(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--block-chars", value]) == 2
    assert "expected a number of characters" in capsys.readouterr().err


def test_subprocess_long_file_real_extract(tmp_path: Path) -> None:
    """The real pipeline on a file cut into blocks: the same quotes as read whole, offsets into
    the whole decoded file."""
    paragraphs = [
        "Министр финансов Иван Петров провел встречу с журналистами.",
        "«Мы готовы к переговорам», — заявил он.",
        "Губернатор Анна Смирнова ответила: «Бюджет утвержден».",
        "— Когда начнется ремонт? — спросил Петров.",
        "— Весной, — ответила она.",
    ]
    text = "\r\n\r\n".join(paragraphs * 12) + "\r\n"
    path = tmp_path / "news.txt"
    path.write_bytes(text.encode("utf-8"))
    whole = run("-f", "jsonl", str(path))
    blocks = run("-f", "jsonl", "--block-chars", "300", str(path))
    pooled = run("-f", "jsonl", "--block-chars", "300", "-j", "2", str(path))
    assert whole.returncode == blocks.returncode == pooled.returncode == 0, blocks.stderr
    assert pooled.stdout == blocks.stdout
    decoded_text = text.replace("\r\n", "\n")
    got = [json.loads(line) for line in (whole.stdout, blocks.stdout)]
    assert [q["parts"] for q in got[0]["quotes"]] == [q["parts"] for q in got[1]["quotes"]]
    for q in got[1]["quotes"]:
        assert " ".join(decoded_text[s:e] for s, e in q["parts"]) == q["text"]
        if q["mention"]:
            assert decoded_text[slice(*q["mention"])] == q["mention_text"]


MEASURE = """
import resource, sys
from quotex import cli, extract
extract("«Мы готовы», — заявил Иван Петров.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
code = cli.main(sys.argv[1:])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(code, before, after, file=sys.stderr)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in kilobytes, as on Linux")
def test_subprocess_memory_on_a_60_mb_file(tmp_path: Path) -> None:
    unit = (
        "Министр финансов Иван Петров провел встречу с журналистами.\n"
        "«Мы готовы к переговорам», — заявил он.\n\n" + (" " * 999 + "\n") * 20 + "\n"
    ).encode()
    path = tmp_path / "big.txt"
    n = 60_000_000 // len(unit) + 1
    with open(path, "wb") as f:
        for _ in range(n // 100):
            f.write(unit * 100)
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, "-f", "jsonl", "--block-chars", "200000", str(path)],
        capture_output=True,
        timeout=120,
    )
    code, before, after = map(int, proc.stderr.split())
    assert code == 0
    (line,) = proc.stdout.splitlines()
    assert len(json.loads(line)["quotes"]) == n // 100 * 100
    assert after - before < 40_000, f"{(after - before) / 1000:.0f} MB more"


def writer_output(
    fmt: str,
    docs: list[tuple[str, list[Quote]]],
    split: int,
    *,
    paths: dict[str, str] | None = None,
    **kw: Any,
) -> str:
    w = formats.Writer(fmt, several=len(docs) > 1, **kw)
    out = [w.start()]
    for doc, quotes in docs:
        out.append(w.begin(doc, path=(paths or {}).get(doc)))
        for i in range(0, max(len(quotes), 1), split):
            out.append(w.add(quotes[i : i + split]))
        out.append(w.end())
    out.append(w.finish())
    return "".join(out)


@pytest.mark.parametrize("split", [1, 2, 100])
def test_writer_gives_the_whole_document_formats(split: int) -> None:
    text = "«Мы готовы», — сказал министр.\n«Да\nнет», — ответил он. «Ещё»"
    quotes = FakeExtract()(text)
    quotes[0] = Quote(
        "direct",
        quotes[0].parts,
        cue=Span.of(text, 15, 21),
        speaker=Speaker("министр", Span.of(text, 22, 29), "cue", "after"),
        rule="fake",
    )
    docs = [("a.txt", quotes), ("пусто", []), ("b\nc", quotes[:1])]
    for explain in (False, True):
        assert writer_output("text", docs[:1], split, explain=explain) == (
            formats.to_text(quotes, explain=explain) + "\n"
        )
        assert writer_output("text", docs, split, explain=explain) == "".join(
            ("\n" if i else "")
            + f"==> {formats.printable(doc)} <==\n"
            + (formats.to_text(qs, explain=explain) + "\n" if qs else "")
            for i, (doc, qs) in enumerate(docs)
        )
    documents = [formats.document(qs, path=f"in/{doc}", doc=doc) for doc, qs in docs]
    paths = {doc: f"in/{doc}" for doc, _ in docs}
    assert writer_output("json", docs, split, paths=paths) == formats.to_json(documents)
    assert writer_output("json", docs[1:2], split, paths=paths) == formats.to_json(documents[1:2])
    assert writer_output("jsonl", docs, split, paths=paths) == "".join(
        formats.to_jsonl_line(doc, qs, path=f"in/{doc}") + "\n" for doc, qs in docs
    )
    assert writer_output("csv", docs, split) == formats.to_csv(
        [formats.CSV_COLUMNS, *(formats.csv_row(doc, q) for doc, qs in docs for q in qs)]
    )
    assert writer_output("speakers", docs, split) == (
        formats.to_speakers(speakers(quotes, [], quotes[:1])) + "\n"
    )


def test_writer_with_no_documents() -> None:
    assert writer_output("json", [], 1) == "[]\n"
    for fmt in ("text", "jsonl"):
        assert writer_output(fmt, [], 1) == ""
    assert writer_output("csv", [], 1) == ",".join(formats.CSV_COLUMNS) + "\n"
    assert writer_output("speakers", [], 1).startswith("speaker ")
