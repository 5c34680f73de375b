"""The demo command line: ``quotex [FILE ...]`` and ``quotex eval ...``.

Reads each FILE (standard input when there is none or for ``-``), finds its quotes with
``extract`` and writes them as text, JSON or JSONL, one input at a time::

    $ echo '«Мы готовы», — сказал министр.' | quotex --format jsonl

With ``--jsonl-input`` every line of the input is a document, a JSON object with the text in
``--text-field`` (``text`` by default) and an optional ``id`` written as the output's ``doc``
(``FILE:LINE`` when it has none); the output is JSONL, a line per document as it is done::

    $ quotex --jsonl-input --processes 4 news.jsonl > quotes.jsonl

``--processes N`` spreads the documents over N worker processes (``extract_many``), the order
kept. ``--doc-name source`` names a file's document ``PARENTDIR/STEM``, as the gold files do, so
``quotex -f jsonl --doc-name source corpus/chekhov/*.txt`` can be scored by ``quotex eval``. On a
terminal a long run shows a counter on stderr.

Input is decoded with ``--encoding`` (UTF-8 by default, a byte-order mark dropped) and its line
breaks are read as Python's text mode reads them (``\\r\\n`` and ``\\r`` become ``\\n``), so the
offsets are those of QUOTE_SPEC.md and the JSONL output can be scored by ``quotex eval --pred``.
Output is always UTF-8.

``quotex eval ARGS`` (``eval`` as the first argument) runs ``quotex.evaluate.main(ARGS)``; a file
named ``eval`` is read with ``quotex ./eval`` or ``quotex -- eval``.

Exit codes:

- 0: success (also when the reader of the output closed the pipe early, as ``head`` does);
- 1: an unexpected internal error, reported as one line on stderr, never a traceback;
- 2: a usage or input error: a bad option, or a file that is missing, a directory, unreadable,
  not valid in the encoding or binary. Each bad file is reported as one line
  ``quotex: FILE: problem`` and the other files are still processed; when both kinds of error
  happen, 1 wins;
- 130: interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator
from typing import IO

from . import __version__, formats, html
from .batch import extract_many
from .extract import extract
from .types import KINDS, Kind, Quote

OK, INTERNAL, USAGE, INTERRUPTED = 0, 1, 2, 130
FORMATS = ("text", "json", "jsonl", "html")
DOC_NAMES = ("path", "source")
# The counter on stderr: from this many inputs on (or, when their number is unknown, once this
# many are done), redrawn at most every PROGRESS_EVERY seconds.
PROGRESS_MIN_INPUTS = 20
PROGRESS_EVERY = 0.1
# Documents sent to a worker at once: a file may be large, a JSONL line is usually small.
CHUNK_FILES, CHUNK_LINES = 1, 16

EPILOG = """\
commands:
  quotex eval ...   score quotex (or another tool's --pred JSONL) against gold
                    files of QUOTE_SPEC.md; see quotex eval --help

exit codes: 0 ok, 1 internal error, 2 usage or input error, 130 interrupted
"""


class InputError(Exception):
    """An input that cannot be read as text; the message names the problem, not the file."""


def _kinds(value: str) -> tuple[Kind, ...]:
    names = {name.strip().lower() for name in value.split(",")} - {""}
    for name in sorted(names):
        if name not in KINDS:
            raise argparse.ArgumentTypeError(
                f"unknown kind {name!r} (choose from {','.join(KINDS)})"
            )
    if not names:
        raise argparse.ArgumentTypeError(f"no kind given (choose from {','.join(KINDS)})")
    return tuple(kind for kind in KINDS if kind in names)


def _encoding(value: str) -> str:
    try:
        name = codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    # The BOM is handled by hand so that an error's byte offset counts it.
    return "utf-8" if name == "utf-8-sig" else name


def _processes(value: str) -> int | None:
    if value == "auto":
        return None
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a number of processes or auto, got {value!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotex",
        description="Find quoted speech in Russian text and say who said it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="text files to read; - or none: standard input"
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="text (default), json (an array; an object keyed by document for several) "
        "jsonl (one gold-format line per document; the default with --jsonl-input) "
        "or html (one self-contained page to view the quotes in a browser; one FILE)",
    )
    parser.add_argument(
        "-e",
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="ENC",
        help="encoding of the input (default utf-8; e.g. cp1251, koi8-r)",
    )
    parser.add_argument(
        "-k",
        "--kinds",
        type=_kinds,
        default=None,
        metavar="KINDS",
        help=f"comma-separated kinds of quotes to find (default all: {','.join(KINDS)})",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="text format: show the rules that found each quote and its speaker, and offsets",
    )
    parser.add_argument(
        "--jsonl-input",
        action="store_true",
        help="read each input as JSONL: one document per line, an object with the text and an "
        "optional id (written as the output's doc; FILE:LINE without one)",
    )
    parser.add_argument(
        "--text-field",
        default=None,
        metavar="NAME",
        help="with --jsonl-input: the field that holds the text (default text)",
    )
    parser.add_argument(
        "-j",
        "--processes",
        type=_processes,
        default=1,
        metavar="N",
        help="worker processes (default 1: none, all in this process; auto: one per CPU)",
    )
    parser.add_argument(
        "--doc-name",
        choices=DOC_NAMES,
        default="path",
        help="how a file's document is named in the output: path (as given, default) or "
        "source (PARENTDIR/STEM, as in the gold files, e.g. chekhov/nalim)",
    )
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _decode(data: bytes, encoding: str) -> str:
    start = 3 if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as e:
        if b"\0" in data:
            raise InputError("binary file (contains NUL bytes)") from None
        hint = " (try --encoding cp1251)" if encoding == "utf-8" else ""
        raise InputError(f"not valid {encoding} at byte {start + e.start}{hint}") from None
    if "\0" in text:
        raise InputError("binary file (contains NUL bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _input_error(e: OSError) -> InputError:
    if isinstance(e, FileNotFoundError):
        return InputError("no such file")
    if isinstance(e, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(e, PermissionError):
        return InputError("permission denied")
    return InputError((e.strerror or str(e)).lower())


def _read(path: str, encoding: str) -> str:
    if path == "-":
        stdin = sys.stdin
        if stdin is None:
            raise InputError("standard input is closed")
        if not hasattr(stdin, "buffer"):  # already text, e.g. replaced by a caller
            return stdin.read()
        data = stdin.buffer.read()
    else:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            raise _input_error(e) from None
    return _decode(data, encoding)


def _doc_name(path: str, style: str) -> str:
    """The document's name in the output: the path as given, or ``PARENTDIR/STEM``.

    >>> _doc_name("../corpus/chekhov/nalim.txt", "source"), _doc_name("-", "source")
    ('chekhov/nalim', '-')
    """
    if style == "path" or path == "-":
        return path
    parent, stem = os.path.split(os.path.abspath(path))
    return f"{os.path.basename(parent)}/{os.path.splitext(stem)[0]}"


def _lines(path: str, encoding: str) -> Iterator[bytes]:
    """The lines of an input as bytes, read as they are needed."""
    if path == "-":
        stdin = sys.stdin
        if stdin is None:
            raise InputError("standard input is closed")
        if not hasattr(stdin, "buffer"):  # already text, e.g. replaced by a caller
            yield from (line.encode(encoding) for line in stdin)
            return
        yield from stdin.buffer
        return
    try:
        with open(path, "rb") as f:
            yield from f
    except OSError as e:
        raise _input_error(e) from None


def _jsonl_document(line: str, field: str, default_doc: str) -> tuple[str, str]:
    """``(doc, text)`` of one JSONL input line; ``InputError`` when it has no usable text.

    >>> _jsonl_document('{"id": 7, "text": "Да."}', "text", "-:1")
    ('7', 'Да.')
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"not JSON ({e.msg})") from None
    if not isinstance(obj, dict):
        raise InputError("not a JSON object")
    text = obj.get(field)
    if not isinstance(text, str):
        problem = "no" if text is None else "not a string in"
        raise InputError(f"{problem} field {field!r}")
    doc = obj.get("id")
    if doc is None:
        return default_doc, text
    if isinstance(doc, bool) or not isinstance(doc, str | int):
        raise InputError("id is not a string or an integer")
    return str(doc), text


class _Progress:
    """A ``\\r`` counter of the documents done, on a terminal only."""

    def __init__(self, stream: IO[str] | None, total: int | None) -> None:
        self.stream = stream
        self.enabled = stream is not None and _isatty(stream)
        self.total = total
        self.done = 0
        self.shown = 0  # the width of what is on the line now
        self.drawn = False
        self.last = 0.0

    def step(self) -> None:
        self.done += 1
        if not self.enabled or (self.total or self.done) < PROGRESS_MIN_INPUTS:
            return
        now = time.monotonic()
        if now - self.last >= PROGRESS_EVERY or self.done == self.total:
            self.last = now
            self._draw()

    def _draw(self) -> None:
        assert self.stream is not None
        if self.total:
            line = f"quotex: {self.done:,}/{self.total:,} docs ({100 * self.done // self.total}%)"
        else:
            line = f"quotex: {self.done:,} docs"
        self.stream.write("\r" + line.ljust(self.shown))
        self.stream.flush()
        self.shown = len(line)
        self.drawn = True

    def clear(self) -> None:
        """Blank the line, before something else is written to the terminal."""
        if self.shown and self.stream is not None:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0

    def close(self) -> None:
        """Leave the final count on its own line."""
        if self.drawn:
            self._draw()
            assert self.stream is not None
            self.stream.write("\n")
            self.stream.flush()
            self.shown = 0


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


# One document to do: (name in messages, name in the output, text).
Document = tuple[str, str, str]


class _Run:
    """One run of the command line: reads the inputs, extracts, writes, keeps the exit code."""

    def __init__(self, args: argparse.Namespace, files: list[str]) -> None:
        self.args = args
        self.files = files
        self.format: str = args.format or ("jsonl" if args.jsonl_input else "text")
        self.several = args.jsonl_input or len(files) > 1
        self.status = OK
        self.written = 0
        self.out = sys.stdout
        self.progress = _Progress(sys.stderr, None if args.jsonl_input else len(files))

    def error(self, name: str, message: str, status: int) -> None:
        self.progress.clear()
        print(f"quotex: {name}: {message}", file=sys.stderr)
        self.status = INTERNAL if INTERNAL in (status, self.status) else self.status or status

    def documents(self) -> Iterator[Document]:
        """The documents of all inputs, in order; inputs that cannot be read are reported."""
        for path in self.files:
            name = _name(path)
            if not self.args.jsonl_input:
                try:
                    text = _read(path, self.args.encoding)
                except InputError as e:
                    self.error(name, str(e), USAGE)
                    self.progress.step()
                    continue
                self.text = text  # for --format html, which takes one document
                yield name, _doc_name(path, self.args.doc_name), text
                continue
            try:
                yield from self._jsonl_documents(path)
            except InputError as e:
                self.error(name, str(e), USAGE)

    def _jsonl_documents(self, path: str) -> Iterator[Document]:
        name, doc = _name(path), _doc_name(path, self.args.doc_name)
        field = self.args.text_field or "text"
        for n, data in enumerate(_lines(path, self.args.encoding), 1):
            where = f"{name}:{n}"
            try:
                line = _decode(data, self.args.encoding)
                if not line.strip():
                    continue
                doc_n, text = _jsonl_document(line, field, f"{doc}:{n}")
            except InputError as e:
                self.error(where, str(e), USAGE)
                continue
            yield where, doc_n, text

    def extracted(self) -> Iterator[tuple[str, str, list[Quote] | Exception]]:
        """Each document with its quotes, or with the exception extract raised for it."""
        processes = self.args.processes
        kinds = self.args.kinds
        if processes is not None and processes <= 1:
            for name, doc, text in self.documents():
                try:
                    yield name, doc, extract(text, kinds=kinds)
                except Exception as e:
                    yield name, doc, e
            return
        names: deque[tuple[str, str]] = deque()

        def texts() -> Iterator[str]:
            for name, doc, text in self.documents():
                names.append((name, doc))
                yield text

        chunksize = CHUNK_LINES if self.args.jsonl_input else CHUNK_FILES
        with extract_many(texts(), processes=processes, chunksize=chunksize, kinds=kinds) as it:
            while True:
                try:
                    quotes: list[Quote] | Exception = next(it)
                except StopIteration:
                    return
                except Exception as e:
                    quotes = e
                name, doc = names.popleft()
                yield name, doc, quotes

    def write(self, doc: str, quotes: list[Quote]) -> None:
        several, written = self.several, self.written
        if self.format == "jsonl":
            chunk = formats.to_jsonl_line(doc, quotes) + "\n"
        elif self.format == "json" and several:
            chunk = ("," if written else "") + "\n" + formats.to_json_member(doc, quotes)
        elif self.format == "json":
            chunk = formats.to_json(quotes) + "\n"
        elif self.format == "html":
            chunk = html.render_html(self.text, quotes, title=doc)
        else:
            body = formats.to_text(quotes, explain=self.args.explain)
            chunk = body + "\n" if body else ""
            if several:
                chunk = ("\n" if written else "") + f"==> {doc} <==\n" + chunk
        if _isatty(self.out):
            self.progress.clear()
        self.out.write(chunk)
        self.out.flush()
        self.written += 1

    def __call__(self) -> int:
        out = self.out
        if isinstance(out, io.TextIOWrapper) and codecs.lookup(out.encoding).name != "utf-8":
            out.reconfigure(encoding="utf-8")
        json_object = self.format == "json" and self.several
        if json_object:
            out.write("{")
        try:
            for name, doc, quotes in self.extracted():
                if isinstance(quotes, Exception):
                    self.error(name, f"internal error: {_one_line(quotes)}", INTERNAL)
                else:
                    self.write(doc, quotes)
                self.progress.step()
        finally:
            self.progress.close()
        if json_object:
            out.write("\n}\n")
        out.flush()
        return self.status


def _run(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.explain and (args.format or ("jsonl" if args.jsonl_input else "text")) != "text":
        parser.error("--explain goes with --format text (json and jsonl always carry the rules)")
    if args.text_field is not None and not args.jsonl_input:
        parser.error("--text-field goes with --jsonl-input")
    if args.format == "html" and (args.jsonl_input or len(args.files) > 1):
        parser.error("--format html writes one page: give one FILE and no --jsonl-input")
    if args.jsonl_input and "\n".encode(args.encoding) != b"\n":
        parser.error(f"--jsonl-input needs an ASCII-compatible encoding, not {args.encoding}")
    return _Run(args, args.files or ["-"])()


def _eval(argv: list[str]) -> int:
    try:
        evaluate = importlib.import_module(f"{__package__}.evaluate")
    except ModuleNotFoundError as e:
        if e.name != f"{__package__}.evaluate":
            raise
        print("quotex: eval is not available in this installation", file=sys.stderr)
        return INTERNAL
    return evaluate.main(argv)


def _exit_code(code: object) -> int:
    # What sys.exit(code) would make of it.
    if code is None:
        return OK
    if isinstance(code, int):
        return code
    print(f"quotex: {code}", file=sys.stderr)
    return INTERNAL


def _silence_stdout() -> None:
    # The reader went away: send whatever is still buffered to devnull, so that the flush at
    # interpreter exit does not fail again (the recipe of the `signal` module's documentation).
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (captured in tests): nothing will be flushed to a pipe


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (``sys.argv[1:]`` by default); the exit code.

    >>> main(["--version"])
    quotex 0.1.0
    0
    """
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        if args[:1] == ["eval"]:
            return _exit_code(_eval(args[1:]))
        return _run(args)
    except SystemExit as e:  # argparse's --help, --version and usage errors
        return _exit_code(e.code)
    except BrokenPipeError:
        _silence_stdout()
        return OK
    except KeyboardInterrupt:
        return INTERRUPTED
    except Exception as e:
        print(f"quotex: internal error: {_one_line(e)}", file=sys.stderr)
        return INTERNAL
