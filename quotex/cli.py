"""The demo command line: ``quotex [FILE ...]`` and ``quotex eval ...``.

Reads each FILE (standard input when there is none or for ``-``), finds its quotes with
``extract`` and writes them as text, JSON or JSONL, one input at a time::

    $ echo '«Мы готовы», — сказал министр.' | quotex --format jsonl

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
import os
import sys

from . import __version__, formats
from .extract import extract
from .types import KINDS, Kind

OK, INTERNAL, USAGE, INTERRUPTED = 0, 1, 2, 130
FORMATS = ("text", "json", "jsonl")

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
        default="text",
        help="text (default), json (an array; an object keyed by file for several files) "
        "or jsonl (one gold-format line per file)",
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
        except FileNotFoundError:
            raise InputError("no such file") from None
        except IsADirectoryError:
            raise InputError("is a directory") from None
        except PermissionError:
            raise InputError("permission denied") from None
        except OSError as e:
            raise InputError((e.strerror or str(e)).lower()) from None
    return _decode(data, encoding)


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _run(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.explain and args.format != "text":
        parser.error("--explain goes with --format text (json and jsonl always carry the rules)")
    files: list[str] = args.files or ["-"]
    several = len(files) > 1
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper) and codecs.lookup(out.encoding).name != "utf-8":
        out.reconfigure(encoding="utf-8")

    status = OK
    written = 0
    if args.format == "json" and several:
        out.write("{")
    for path in files:
        try:
            text = _read(path, args.encoding)
        except InputError as e:
            print(f"quotex: {_name(path)}: {e}", file=sys.stderr)
            status = status or USAGE
            continue
        try:
            quotes = extract(text, kinds=args.kinds)
        except Exception as e:
            print(f"quotex: {_name(path)}: internal error: {_one_line(e)}", file=sys.stderr)
            status = INTERNAL
            continue
        if args.format == "jsonl":
            chunk = formats.to_jsonl_line(path, quotes) + "\n"
        elif args.format == "json" and several:
            chunk = ("," if written else "") + "\n" + formats.to_json_member(path, quotes)
        elif args.format == "json":
            chunk = formats.to_json(quotes) + "\n"
        else:
            body = formats.to_text(quotes, explain=args.explain)
            chunk = body + "\n" if body else ""
            if several:
                chunk = ("\n" if written else "") + f"==> {path} <==\n" + chunk
        out.write(chunk)
        out.flush()
        written += 1
    if args.format == "json" and several:
        out.write("\n}\n")
    out.flush()
    return status


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
