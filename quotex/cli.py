"""The demo command line: ``quotex [FILE ...]`` and ``quotex eval ...``.

Reads each FILE (standard input when there is none or for ``-``), finds its quotes with
``extract`` and writes them as text, JSON (a list of documents, ``{"path", "doc", "quotes"}``),
JSONL (one such document per line), CSV (one quote per row) or a speakers table, one input at a
time::

    $ echo '«Мы готовы», — сказал министр.' | quotex --format jsonl

With ``--jsonl-input`` every line of the input is a document, a JSON object with the text in
``--text-field`` (``text`` by default) and an optional ``id`` written as the output's ``doc``
(``FILE:LINE`` when it has none); the output is JSONL, a line per document as it is done::

    $ quotex --jsonl-input --processes 4 news.jsonl > quotes.jsonl

``--processes N`` spreads the documents (and the blocks of a long file) over N worker processes
(``extract_many``), the order kept. ``--doc-name source`` names a file's document
``PARENTDIR/STEM``, as the gold files do, so ``quotex -f jsonl --doc-name source
corpus/chekhov/*.txt`` can be scored by ``quotex eval``. On a terminal a long run shows a progress
bar on stderr: the documents done, or the bytes done of one file read in blocks.

Input is decoded with ``--encoding`` (UTF-8 by default, a byte-order mark dropped) and its line
breaks are read as Python's text mode reads them (``\\r\\n`` and ``\\r`` become ``\\n``), so the
offsets are those of QUOTE_SPEC.md and the JSONL output can be scored by ``quotex eval --pred``.
A file longer than ``--block-chars`` characters (a million by default) is read and extracted in
blocks of whole lines (``quotex.stream``): memory stays bounded, the offsets stay offsets into the
whole file and the output is written as each block is done, in the same format. Output is always
UTF-8: a file name that is not UTF-8 is written with ``\\xff`` escapes, and a lone surrogate in a
JSONL text as a ``\\ud800`` escape.

``quotex eval ARGS`` (``eval`` as the first argument) runs ``quotex.evaluate.main(ARGS)``, and
``quotex serve ARGS`` the local paste-and-see page of ``quotex.serve``; a file named ``eval`` or
``serve`` is read with ``quotex ./eval`` or ``quotex -- eval``.

Exit codes:

- 0: success (also when the reader of the output closed the pipe early, as ``head`` does);
- 1: the run could not be done: an unexpected internal error, or output that cannot be written
  (standard output closed, a full disk: ``quotex: cannot write output: No space left on
  device``); reported as one line on stderr, never a traceback;
- 2: a usage or input error: a bad option, or a file that is missing, a directory, unreadable,
  not valid in the encoding or binary. Each bad file is reported as one line
  ``quotex: FILE: problem`` and the other files are still processed; when both kinds of error
  happen, 1 wins;
- 130: interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import importlib
import io
import itertools
import json
import os
import stat
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from typing import IO, Any

from . import __version__, formats, html, stream
from .batch import extract_many
from .extract import extract
from .stream import Block
from .types import KINDS, Kind, Quote

OK, INTERNAL, USAGE, INTERRUPTED = 0, 1, 2, 130
FORMATS = ("text", "json", "jsonl", "csv", "speakers", "html")
DOC_NAMES = ("path", "source")
# The progress bar on a terminal shows once a run has taken PROGRESS_DELAY seconds (a quick run
# shows none), redrawn at most every PROGRESS_EVERY seconds.
PROGRESS_DELAY = 0.5
PROGRESS_EVERY = 0.1
# Documents sent to a worker at once: a file (or a block of one) may be large, a JSONL line is
# usually small.
CHUNK_FILES, CHUNK_LINES = 1, 16
READ_BYTES = 1 << 20  # bytes read from a file at a time
BINARY = "binary file (contains NUL bytes)"
# Byte-order marks that name an encoding, UTF-32's before UTF-16's (FF FE starts both).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 4096  # the bytes looked at to tell UTF-16 or UTF-32 text without a BOM

EPILOG = """\
commands:
  quotex eval ...   score quotex (or another tool's --pred JSONL) against gold
                    files of QUOTE_SPEC.md; see quotex eval --help
  quotex serve      a local web page: paste a text, see its quotes and speakers;
                    see quotex serve --help

exit codes: 0 ok, 1 internal error, 2 usage or input error, 130 interrupted
            (1 also when the output cannot be written: stdout closed, disk full)
"""


class InputError(Exception):
    """An input that cannot be read as text; the message names the problem, not the file."""


class OutputError(Exception):
    """Standard output cannot be written; the message is the system's."""


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
        info = codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13: not bytes to text
        raise argparse.ArgumentTypeError(f"{value!r} is not a text encoding")
    # The BOM is handled by hand so that an error's byte offset counts it.
    return "utf-8" if info.name == "utf-8-sig" else info.name


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


def _block_chars(value: str) -> int:
    try:
        n = int(value.replace("_", ""))
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of characters, 1 or more, got {value!r}"
        )
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
        help="text (default); json (a list of documents, each {path, doc, quotes}); jsonl "
        "(one such document per line, the gold format plus path; the default with "
        "--jsonl-input); csv (one quote per row); speakers (a table of who is quoted, how much, "
        "and their gender); html (one self-contained page to view the quotes in a browser; one "
        "FILE of at most --block-chars characters)",
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
    parser.add_argument(
        "--block-chars",
        type=_block_chars,
        default=stream.BLOCK_CHARS,
        metavar="N",
        help=f"read a file longer than N characters (default {stream.BLOCK_CHARS:_}) in blocks "
        "of whole lines of about N characters, in bounded memory; offsets stay offsets into the "
        "whole file",
    )
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _say(message: str) -> None:
    """One line on stderr, if there is a stderr."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def _name(path: str) -> str:
    """An input's name in messages: one line of valid UTF-8.

    >>> _name("-"), _name("bad\\udcff\\n.txt")
    ('<stdin>', 'bad\\\\xff\\\\n.txt')
    """
    return "<stdin>" if path == "-" else formats.printable(path)


def _file_name(path: str) -> str:
    """A file name as valid UTF-8: bytes that are not UTF-8 (surrogate escapes) as ``\\xff``.

    >>> _file_name("bad\\udcff.txt")
    'bad\\\\xff.txt'
    """
    if not any("\udc80" <= c <= "\udcff" for c in path):
        return path
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else c for c in path)


def _decode(data: bytes, encoding: str) -> str:
    """A line of a JSONL input as text, decoded as ``_decoded`` decodes a file."""
    start = 3 if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as e:
        if b"\0" in data:
            raise InputError(_binary(data)) from None
        raise InputError(_invalid(encoding, start + e.start)) from None
    if "\0" in text:
        raise InputError(_binary(data))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _bom(data: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at the start of ``data`` names.

    >>> _bom("Да".encode("utf-16")), _bom("Да".encode("utf-32-be")), _bom(b"\\xff\\xfe")
    ('utf-16', None, 'utf-16')
    """
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def _looks_wide(sample: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding (with its byte order) that ``sample``, with NUL bytes and
    no byte-order mark, reads as text in: mostly Latin, Cyrillic and punctuation. ``None`` for
    any other binary data.

    >>> _looks_wide("Мы готовы, — сказал он.".encode("utf-16-le"))
    'utf-16-le'
    >>> _looks_wide("Да, да.".encode("utf-32-be")), _looks_wide(b"ab\\x00cd"), _looks_wide(b"")
    ('utf-32-be', None, None)
    """
    for encoding, unit in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        try:
            text = sample[: len(sample) // unit * unit].decode(encoding)
        except UnicodeDecodeError:
            continue
        usual = sum(
            c.isspace() or (c.isprintable() and (c < "\u0530" or "\u2000" <= c < "\u2070"))
            for c in text
        )
        if text and "\0" not in text and usual >= 0.9 * len(text):
            return encoding
    return None


def _binary(sample: bytes) -> str:
    """The message for an input with NUL bytes: ``BINARY``, with a hint when it reads as UTF-16
    or UTF-32 text that has no byte-order mark.

    >>> _binary("Да, мы готовы.".encode("utf-16-be"))
    'binary file (contains NUL bytes; if it is UTF-16 text, try --encoding utf-16-be)'
    """
    wide = _looks_wide(sample[:SNIFF_BYTES])
    if wide is None:
        return BINARY
    return f"{BINARY[:-1]}; if it is {wide[:6].upper()} text, try --encoding {wide})"


def _invalid(encoding: str, at: int) -> str:
    hint = " (try --encoding cp1251)" if encoding == "utf-8" else ""
    return f"not valid {encoding} at byte {at}{hint}"


def _input_error(e: OSError) -> InputError:
    if isinstance(e, FileNotFoundError):
        return InputError("no such file")
    if isinstance(e, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(e, PermissionError):
        return InputError("permission denied")
    return InputError((e.strerror or str(e)).lower())


def _read_bytes(f: IO[bytes]) -> bytes:
    try:
        return f.read(READ_BYTES)
    except OSError as e:
        raise _input_error(e) from None


def _has_nul(f: IO[bytes]) -> bool:
    """Whether the rest of ``f`` has a NUL byte (it is read to the end)."""
    try:
        return any(b"\0" in data for data in iter(lambda: f.read(READ_BYTES), b""))
    except OSError:
        return False


def _decoded(f: IO[bytes], encoding: str) -> Iterator[str]:
    """The text of a binary file, a piece at a time: the same text and the same errors, with the
    byte offset from the start of the file, whatever the reads give. With ``utf-8`` (the
    default), a UTF-8 byte-order mark is dropped and a UTF-16 or UTF-32 one decodes the file in
    that encoding."""
    data, fed = _read_bytes(f), 0  # fed: bytes given to the decoder so far
    if encoding == "utf-8":
        while 0 < len(data) < 4 and (more := _read_bytes(f)):  # a pipe may give fewer
            data += more
        if data.startswith(codecs.BOM_UTF8):
            data, fed = data[3:] or _read_bytes(f), 3
        else:
            encoding = _bom(data) or encoding  # its codec reads the BOM and drops it
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    sample = data[:SNIFF_BYTES]  # for the message about a binary file
    # NUL bytes tell a binary file only in an encoding that writes none for text.
    wide = b"\0" in "a".encode(encoding)
    nul, carry = False, ""  # carry: a \r at the end of a piece, which may start a \r\n
    while True:
        final = not data
        nul = nul or (not wide and b"\0" in data)
        state = decoder.getstate()[0]
        held = len(state) if isinstance(state, bytes) else 0  # bytes of a character begun
        try:
            text = decoder.decode(data, final)
        except UnicodeDecodeError as e:
            if nul or (not wide and _has_nul(f)):
                raise InputError(_binary(sample)) from None
            raise InputError(_invalid(encoding, fed - held + e.start)) from None
        fed += len(data)
        if "\0" in text:
            raise InputError(_binary(sample))
        text, carry = carry + text, ""
        if text.endswith("\r") and not final:
            text, carry = text[:-1], "\r"
        if text:
            yield text.replace("\r\n", "\n").replace("\r", "\n")
        if final:
            return
        data = _read_bytes(f)


class _Input:
    """One input file (or standard input) and its text, read a piece at a time; read once more
    from the start when it is a file that can seek."""

    def __init__(self, f: IO[bytes] | IO[str], encoding: str, *, text: bool = False) -> None:
        self.size: int | None = None  # the bytes to read, when known
        self.counted: _Counted | None = None
        if not text:
            self.size = _size(f)  # type: ignore[arg-type]
            f = self.counted = _Counted(f)  # type: ignore[arg-type,assignment]
        self.f = f
        self.encoding = encoding
        self.text = text  # already text: standard input replaced by a caller
        self.chars = 0
        self.start: int | None = None  # where reading started, when the input can seek
        if not text:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                self.start = f.tell() if f.seekable() else None

    def bytes_at(self, chars: int) -> int:
        """About how many bytes of the input hold its first ``chars`` characters, from the
        bytes and characters read so far (since the last ``again``)."""
        if self.counted is None or not self.chars:
            return 0
        return min(self.counted.count, round(chars * self.counted.count / self.chars))

    def pieces(self) -> Iterator[str]:
        self.chars = 0  # the characters given so far
        if self.text:
            read = self.f.read
            return iter(lambda: read(stream.READ_CHARS), "")  # type: ignore[arg-type]
        return self._counted(_decoded(self.f, self.encoding))  # type: ignore[arg-type]

    def _counted(self, pieces: Iterator[str]) -> Iterator[str]:
        for piece in pieces:
            self.chars += len(piece)
            yield piece

    def again(self) -> Iterator[str]:
        """The pieces once more from the start (the input can seek: ``start`` is set)."""
        try:
            self.f.seek(self.start or 0)
        except (OSError, ValueError) as e:
            raise InputError(f"cannot read it a second time ({e})") from None
        return self.pieces()


@contextlib.contextmanager
def _opened(path: str, encoding: str) -> Iterator[_Input]:
    if path == "-":
        stdin = sys.stdin
        if stdin is None:
            raise InputError("standard input is closed")
        buffer = getattr(stdin, "buffer", None)
        yield _Input(stdin, encoding, text=True) if buffer is None else _Input(buffer, encoding)
        return
    try:
        f = open(path, "rb")  # noqa: SIM115 - the with below closes it; open errors are input errors
    except OSError as e:
        raise _input_error(e) from None
    with f:
        yield _Input(f, encoding)


def _doc_name(path: str, style: str) -> str:
    """The document's name in the output: the path as given, or ``PARENTDIR/STEM``.

    >>> _doc_name("../corpus/chekhov/nalim.txt", "source"), _doc_name("-", "source")
    ('chekhov/nalim', '-')
    """
    if style == "path" or path == "-":
        return _file_name(path)
    parent, stem = os.path.split(os.path.abspath(path))
    return _file_name(f"{os.path.basename(parent)}/{os.path.splitext(stem)[0]}")


def _lines(path: str, encoding: str) -> Iterator[bytes]:
    """The lines of an input as bytes, read as they are needed."""
    if path == "-":
        stdin = sys.stdin
        if stdin is None:
            raise InputError("standard input is closed")
        if not hasattr(stdin, "buffer"):  # already text, e.g. replaced by a caller
            yield from (line.encode(encoding, "surrogatepass") for line in stdin)
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
    """A progress bar on stderr (``tqdm``), on a terminal only: the documents done, for several
    inputs or ``--jsonl-input``; the bytes read, for one file read in blocks."""

    def __init__(self, stream: IO[str] | None, *, inputs: int | None) -> None:
        self.stream = stream
        self.enabled = stream is not None and _isatty(stream)
        self.inputs = inputs  # the number of inputs; None: documents of unknown number
        self.bar: Any = None
        self.by_bytes = False

    def _open(self, *, total: int | None, by_bytes: bool) -> None:
        from tqdm import tqdm  # only a terminal pays for the import

        class Bar(tqdm):  # type: ignore[type-arg,misc]
            monitor_interval = 0  # no monitor thread: worker processes may be forked later

        unit = {"unit": "B", "unit_scale": True, "unit_divisor": 1024} if by_bytes else {}
        self.bar = Bar(
            total=total,
            desc="quotex",
            file=self.stream,
            delay=PROGRESS_DELAY,
            mininterval=PROGRESS_EVERY,
            dynamic_ncols=True,
            unit=unit.pop("unit", "doc"),
            **unit,
        )
        self.by_bytes = by_bytes

    def start(self) -> None:
        """The run starts: several inputs, or documents of unknown number, get a bar of them."""
        if self.enabled and (self.inputs is None or self.inputs > 1):
            self._open(total=self.inputs, by_bytes=False)

    def document(self, *, streamed: bool, size: int | None) -> None:
        """A document starts: the one input, read in blocks, gets a bar of its ``size`` in
        bytes."""
        if self.enabled and self.bar is None and streamed:
            self._open(total=size, by_bytes=True)

    def read(self, count: int) -> None:
        """A block of the file read in blocks is done; ``count`` bytes of it are read."""
        if self.by_bytes and count > self.bar.n:
            self.bar.update(count - self.bar.n)

    def step(self) -> None:
        """A document is done (or could not be read)."""
        if self.bar is not None and not self.by_bytes:
            self.bar.update(1)

    def _shown(self) -> bool:
        bar = self.bar
        return bar is not None and bar.last_print_t >= bar.start_t + bar.delay

    def clear(self) -> None:
        """Blank the bar, before something else is written to the terminal; it is drawn again at
        its next update."""
        if self._shown():
            self.bar.clear()

    def close(self) -> None:
        """Leave the bar, complete, on its own line (when it was shown)."""
        if self.bar is not None:
            if self.by_bytes and self.bar.total:
                self.read(self.bar.total)
            self.bar.close()
            self.bar = None


class _Counted:
    """A binary file that counts the bytes read from it since it was opened or last sought."""

    def __init__(self, f: IO[bytes]) -> None:
        self.f = f
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.f.read(size)
        self.count += len(data)
        return data

    def seekable(self) -> bool:
        return self.f.seekable()

    def tell(self) -> int:
        return self.f.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        self.count = 0
        return self.f.seek(offset, whence)


def _size(f: IO[bytes]) -> int | None:
    """The bytes left to read in ``f`` when it is a regular file."""
    try:
        info = os.fstat(f.fileno())
        return info.st_size - f.tell() if stat.S_ISREG(info.st_mode) else None
    except (OSError, ValueError, AttributeError):
        return None


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _renumbered(quotes: list[Quote], ids: dict[str, str]) -> list[Quote]:
    """The quotes of one block of a document read in blocks, with speaker ids that hold across
    its blocks (each block numbers its speakers from ``e1``): one id per name, in order of first
    appearance, kept in ``ids``.

    >>> from quotex.types import Span, Speaker
    >>> ids = {}
    >>> def said(name):
    ...     return Quote("direct", (Span(0, 2, "Да"),), speaker=Speaker(name, None, "cue", id="e1"))
    >>> [q.speaker.id for q in _renumbered([said("Иван"), said("Анна"), said("Иван")], ids)]
    ['e1', 'e2', 'e1']
    >>> [q.speaker.id for q in _renumbered([said("Анна")], ids)]
    ['e2']
    """
    out = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None:
            sid = ids.setdefault(speaker.name, f"e{len(ids) + 1}")
            if sid != speaker.id:
                quote = replace(quote, speaker=replace(speaker, id=sid))
        out.append(quote)
    return out


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


# What the reading side has done, in order, for the writing side (see _Run.events):
#   ("doc", name, doc, path, streamed, size): a document starts (name in messages, name in the
#       output, where it was read, whether in blocks, its size in bytes when known);
#   ("piece", Block, done): a text was sent to extract, which ends about ``done`` bytes into its
#       input;
#   ("end", name, problem | None): the document is done, or broke off (unreadable further on);
#   ("fail", name, problem, counts): an input or a JSONL line that could not be read at all.
Entry = tuple[object, ...]


class _Run:
    """One run of the command line: reads the inputs, extracts, writes, keeps the exit code."""

    def __init__(self, args: argparse.Namespace, files: list[str]) -> None:
        self.args = args
        self.files = files
        self.format: str = args.format or ("jsonl" if args.jsonl_input else "text")
        self.several = args.jsonl_input or len(files) > 1
        self.status = OK
        self.out: IO[str] = sys.stdout
        self.progress = _Progress(sys.stderr, inputs=None if args.jsonl_input else len(files))
        self.plan: deque[Entry] = deque()
        self.text = ""  # the document, for --format html, which takes one whole document
        self.writer = None
        if self.format != "html":
            self.writer = formats.Writer(self.format, several=self.several, explain=args.explain)
        self.pending: list[str] = []

    def error(self, name: str, message: str, status: int) -> None:
        self.progress.clear()
        _say(f"quotex: {name}: {message}")
        self.status = INTERNAL if INTERNAL in (status, self.status) else self.status or status

    # Reading: the texts to extract, with what they are in self.plan.

    def inputs(self) -> Iterator[str | None]:
        """The texts to extract, in order; ``None`` where a document or an input is done."""
        for path in self.files:
            try:
                if self.args.jsonl_input:
                    yield from self._jsonl_inputs(path)
                else:
                    yield from self._file_inputs(path)
            except InputError as e:
                self.plan.append(("fail", _name(path), str(e), not self.args.jsonl_input))
                yield None

    def _document(
        self,
        name: str,
        doc: str,
        path: str,
        blocks: Iterator[Block],
        *,
        source: _Input | None = None,
        streamed: bool = False,
    ) -> Iterator[str | None]:
        size = None if source is None else source.size
        self.plan.append(("doc", name, doc, path, streamed, size))
        problem = None
        try:
            for block in blocks:
                done = 0 if source is None else source.bytes_at(block.offset + block.end)
                self.plan.append(("piece", block, done))
                yield block.text
        except InputError as e:  # found on the way: standard input from a pipe cannot be read twice
            problem = str(e)
        self.plan.append(("end", name, problem))
        yield None

    def _file_inputs(self, path: str) -> Iterator[str | None]:
        name, doc = _name(path), _doc_name(path, self.args.doc_name)
        where = _file_name(path)
        limit = self.args.block_chars
        with _opened(path, self.args.encoding) as source:
            pieces = source.pieces()
            head: list[str] = []
            size = 0
            for piece in pieces:
                head.append(piece)
                size += len(piece)
                if size > limit:
                    break
            else:
                text = "".join(head)
                if self.format == "html":
                    self.text = text
                blocks = iter([Block.whole(text)])
                yield from self._document(name, doc, where, blocks, source=source)
                return
            if self.format == "html":
                raise InputError(
                    f"too large for --format html (more than {limit:,} characters; "
                    "see --block-chars)"
                )
            if source.start is not None:
                for _ in pieces:  # every byte checked before any output, as for a shorter file
                    pass
                head.clear()
                pieces = source.again()
            else:  # a pipe: a problem further on is reported when it is reached
                pieces = itertools.chain(head, pieces)
            blocks = stream.blocks(pieces, block_chars=limit)
            yield from self._document(name, doc, where, blocks, source=source, streamed=True)

    def _jsonl_inputs(self, path: str) -> Iterator[str | None]:
        name, doc = _name(path), _doc_name(path, self.args.doc_name)
        source = _file_name(path)
        field = self.args.text_field or "text"
        for n, data in enumerate(_lines(path, self.args.encoding), 1):
            if n == 1 and self.args.encoding == "utf-8" and (bom := _bom(data)) is not None:
                raise InputError(
                    f"{bom.upper()} text (it starts with a byte-order mark); JSONL is read as "
                    f"UTF-8 (convert it first: iconv -f {bom} -t utf-8)"
                )
            where = f"{name}:{n}"
            try:
                line = _decode(data, self.args.encoding)
                if not line.strip():
                    continue
                doc_n, text = _jsonl_document(line, field, f"{doc}:{n}")
            except InputError as e:
                self.plan.append(("fail", where, str(e), False))
                yield None
                continue
            blocks = iter([Block.whole(text)])
            yield from self._document(where, doc_n, source, blocks)

    # Extracting: a result (the quotes, or the exception extract raised) per text, in order.

    def outcomes(self) -> Iterator[list[Quote] | Exception | None]:
        """Each text's quotes or the exception extract raised for it; ``None`` as inputs gives."""
        processes = self.args.processes
        kinds = self.args.kinds
        if processes is not None and processes <= 1:
            for text in self.inputs():
                if text is None:
                    yield None
                    continue
                try:
                    yield extract(text, kinds=kinds)
                except Exception as e:
                    yield e
            return
        texts = (text for text in self.inputs() if text is not None)
        chunksize = CHUNK_LINES if self.args.jsonl_input else CHUNK_FILES
        with extract_many(texts, processes=processes, chunksize=chunksize, kinds=kinds) as it:
            while True:
                try:
                    quotes: list[Quote] | Exception = next(it)
                except StopIteration:
                    return
                except Exception as e:
                    quotes = e
                yield quotes

    def events(self) -> Iterator[Entry]:
        """The entries of ``plan`` in order, each piece as ``("result", block, outcome)``."""
        plan = self.plan
        for outcome in self.outcomes():
            while plan and plan[0][0] != "piece":
                yield plan.popleft()
            if outcome is None:
                continue
            if not plan:  # not a text's result: reading the inputs itself failed
                if isinstance(outcome, Exception):
                    raise outcome
                raise RuntimeError("a result with no text")
            _, block, read = plan.popleft()
            yield ("result", block, outcome, read)
        while plan:
            yield plan.popleft()

    # Writing.

    def emit(self, chunk: str) -> None:
        if chunk:
            self.pending.append(chunk)

    def flush(self) -> None:
        if not self.pending:
            return
        chunk = "".join(self.pending)
        self.pending.clear()
        if _isatty(self.out):
            self.progress.clear()
        try:
            self.out.write(chunk)
            self.out.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise OutputError(e.strerror or str(e)) from None

    def _prepare_output(self) -> None:
        out = self.out
        if isinstance(out, io.TextIOWrapper) and (
            codecs.lookup(out.encoding).name != "utf-8" or out.errors != "backslashreplace"
        ):
            # Formats escape what UTF-8 cannot hold; this is the net under them.
            out.reconfigure(encoding="utf-8", errors="backslashreplace")

    def __call__(self) -> int:
        self._prepare_output()
        writer = self.writer
        name, doc, path, streamed, begun = "", "", "", False, False
        ids: dict[str, str] = {}  # a streamed document's speaker ids, by name
        found: list[Quote] = []  # --format html: the document's quotes
        if writer is not None:
            self.emit(writer.start())
        self.progress.start()
        try:
            for entry in self.events():
                kind = entry[0]
                if kind == "doc":
                    _, name, doc, path, streamed, size = entry  # type: ignore[assignment]
                    self.progress.document(streamed=streamed, size=size)  # type: ignore[arg-type]
                    begun = False
                    found = []
                    ids = {}
                elif kind == "result":
                    block, outcome = entry[1], entry[2]
                    assert isinstance(block, Block)
                    self.progress.read(entry[3])  # type: ignore[arg-type]
                    if isinstance(outcome, Exception):
                        where = ""
                        if streamed:
                            at = block.offset + block.start
                            where = f" in characters {at}-{at + block.end - block.start}"
                        self.error(name, f"internal error{where}: {_one_line(outcome)}", INTERNAL)
                        continue
                    quotes = stream.shift(block, outcome)  # type: ignore[arg-type]
                    if streamed:
                        quotes = _renumbered(quotes, ids)
                    if writer is None:
                        found.extend(quotes)
                    else:
                        if not begun:
                            self.emit(writer.begin(doc, path=path))
                        self.emit(writer.add(quotes))
                        if streamed:
                            self.flush()
                    begun = True
                elif kind == "end":
                    if begun:
                        if writer is None:
                            page = html.render_html(self.text, found, title=doc)
                            self.emit(formats.encodable(page))
                        else:
                            self.emit(writer.end())
                        self.flush()
                    if entry[2] is not None:
                        self.error(str(entry[1]), str(entry[2]), USAGE)
                    self.progress.step()
                else:  # "fail"
                    self.error(str(entry[1]), str(entry[2]), USAGE)
                    if entry[3]:
                        self.progress.step()
        finally:
            self.progress.close()
        if writer is not None:
            self.emit(writer.finish())
        self.flush()
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
    _check_stdout()
    return _Run(args, args.files or ["-"])()


def _check_stdout() -> None:
    # With file descriptor 1 closed (`quotex FILE >&-`) Python sets sys.stdout to None.
    if sys.stdout is None:
        raise OutputError("standard output is closed")


def _eval(argv: list[str]) -> int:
    try:
        evaluate = importlib.import_module(f"{__package__}.evaluate")
    except ModuleNotFoundError as e:
        if e.name != f"{__package__}.evaluate":
            raise
        _say("quotex: eval is not available in this installation")
        return INTERNAL
    _check_stdout()
    return evaluate.main(argv)


def _exit_code(code: object) -> int:
    # What sys.exit(code) would make of it.
    if code is None:
        return OK
    if isinstance(code, int):
        return code
    _say(f"quotex: {code}")
    return INTERNAL


def _silence_stdout() -> None:
    # The reader went away (or the disk is full): send whatever is still buffered to devnull, so
    # that the flush at interpreter exit does not fail again (the recipe of the `signal` module's
    # documentation).
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
        if args[:1] == ["serve"]:
            from . import serve  # only the server pays for its imports

            return _exit_code(serve.main(args[1:]))
        return _run(args)
    except SystemExit as e:  # argparse's --help, --version and usage errors
        return _exit_code(e.code)
    except BrokenPipeError:
        _silence_stdout()
        return OK
    except OutputError as e:
        _silence_stdout()
        message = str(e) if sys.stdout is None else f"cannot write output: {e}"
        _say(f"quotex: {message}")
        return INTERNAL
    except KeyboardInterrupt:
        return INTERRUPTED
    except Exception as e:
        _say(f"quotex: internal error: {_one_line(e)}")
        return INTERNAL
