"""``quotex serve``: a local page where a person pastes Russian text and sees its quotes.

Standard library only (``http.server``). ``GET /`` gives a form; ``POST /`` with the form's
``text`` gives the same form, the text kept, above the HTML view of ``quotex.html``: the quotes
highlighted, the speakers beside them and the speakers table. Nothing is read from or written to
disk: the text lives in the request and the response only.

It is a tool for one person on their own machine, bound to 127.0.0.1 unless ``--host`` is given.
A request body over ``MAX_BYTES`` is refused (413) without being read into memory; everything
the page shows is escaped, and a Content-Security-Policy lets only the page's own script run.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import http.server
import secrets
import socket
import sys
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus

from . import __version__
from .extract import extract
from .html import legend, page, view

HOST, PORT = "127.0.0.1", 8000
MAX_BYTES = 2 * 1024 * 1024  # the largest request body: about a million Cyrillic characters
DRAIN_BYTES = 16 * MAX_BYTES  # of a refused body, read and dropped so the browser sees the answer
TIMEOUT = 30  # seconds a connection may stay silent
TITLE = "quotex: paste a text"

STYLE = """
form.paste { margin: 8px 0 4px; }
form.paste textarea { box-sizing: border-box; width: 100%; min-height: 9em; font: inherit;
  padding: 8px 10px; border: 1px solid #ccc; border-radius: 6px; resize: vertical; }
form.paste .row { display: flex; gap: 12px; align-items: center; margin-top: 6px; }
form.paste button { font: inherit; padding: 4px 16px; border-radius: 6px; border: 1px solid #888;
  background: #fff; cursor: pointer; }
form.paste .hint { color: #666; font-size: 13px; }
.error { margin: 16px 24px; padding: 10px 14px; border: 1px solid #d9480f; border-radius: 6px;
  background: #fff4ee; }
"""


def _form(text: str) -> str:
    """The form, with ``text`` (escaped) in the text area.

    >>> "&lt;/textarea&gt;" in _form("</textarea>")
    True
    """
    return (
        '<form class="paste" method="post" action="/" accept-charset="utf-8">'
        '<textarea name="text" placeholder="Вставьте сюда русский текст: статью, интервью, '
        'главу романа…" autofocus spellcheck="false">'
        f"{html.escape(text)}</textarea>"
        '<div class="row"><button type="submit">Find quotes</button>'
        f'<span class="hint">at most {MAX_BYTES // (1024 * 1024)} MB; nothing is stored. '
        "Ctrl+Enter also submits.</span></div></form>"
    )


def render(text: str | None, *, nonce: str | None = None) -> str:
    """The page: the form and, when a text was sent, its quotes in the HTML view.

    >>> "<mark" in render(None), "<mark" in render("«Да», — сказал он.")
    (False, True)
    """
    header = f"<header><h1>quotex</h1>{_form(text or '')}"
    if text is None:
        return page(title=TITLE, body=header + "</header>\n", style=STYLE, nonce=nonce)
    quotes = extract(text)
    body = f"{header}{legend(quotes)}</header>\n{view(text, quotes)}"
    return page(title=TITLE, body=body, style=STYLE, nonce=nonce)


def error_page(status: HTTPStatus, message: str, *, nonce: str | None = None) -> str:
    """A page that says what went wrong, with a way back.

    >>> "&lt;b&gt;" in error_page(HTTPStatus.BAD_REQUEST, "<b>")
    True
    """
    body = (
        f'<header><h1>quotex</h1></header>\n<div class="error"><b>{status.value} '
        f"{html.escape(status.phrase)}</b>: {html.escape(message)} "
        '<a href="/">Back to the form</a></div>\n'
    )
    return page(title=f"quotex: {status.phrase}", body=body, style=STYLE, nonce=nonce)


def text_of(body: bytes) -> str:
    """The ``text`` field of a form sent as ``application/x-www-form-urlencoded``, its line breaks
    read as ``\\n`` (a browser sends ``\\r\\n``); ``""`` when there is none.

    >>> form = urllib.parse.urlencode({"text": "«Да», — сказал он.\\r\\nИ ушел."})
    >>> text_of(form.encode("ascii"))
    '«Да», — сказал он.\\nИ ушел.'
    """
    fields = urllib.parse.parse_qs(body.decode("latin-1"), encoding="utf-8", errors="replace")
    text = fields.get("text", [""])[0]
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers ``GET /`` and ``POST /``; anything else is 404 or 405."""

    server_version = f"quotex/{__version__}"
    sys_version = ""
    timeout = TIMEOUT
    protocol_version = "HTTP/1.1"

    def _send(self, status: HTTPStatus, html_page: str, *, nonce: str | None = None) -> None:
        data = html_page.encode("utf-8", "surrogatepass")
        script = f"'nonce-{nonce}'" if nonce else "'none'"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header(
            "Content-Security-Policy",
            f"default-src 'none'; style-src 'unsafe-inline'; script-src {script}; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        )
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _refuse(self, status: HTTPStatus, message: str, *, drain: int = 0) -> None:
        self.close_connection = True
        nonce = secrets.token_urlsafe(16)
        self._send(status, error_page(status, message, nonce=nonce), nonce=nonce)
        self._drain(drain)

    def _drain(self, n: int) -> None:
        """Read and drop up to ``n`` bytes of a refused body, a piece at a time: a browser that
        is still sending it would otherwise lose the answer to a reset connection."""
        with contextlib.suppress(OSError):
            while n > 0 and (data := self.rfile.read1(min(n, 1 << 16))):  # type: ignore[attr-defined]
                n -= len(data)

    def do_GET(self) -> None:
        if urllib.parse.urlsplit(self.path).path != "/":
            self._refuse(HTTPStatus.NOT_FOUND, "there is only the page at /.")
            return
        nonce = secrets.token_urlsafe(16)
        self._send(HTTPStatus.OK, render(None, nonce=nonce), nonce=nonce)

    do_HEAD = do_GET

    def _length(self, *, drain: bool) -> int | None:
        """The request body's length, or ``None`` once the request is refused: no length, or a
        body over ``MAX_BYTES`` (whose bytes already sent are read and dropped if ``drain``)."""
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length") is None:
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "send the form with a Content-Length.")
            return None
        try:
            length = int(self.headers["Content-Length"])
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(HTTPStatus.BAD_REQUEST, "the Content-Length is not a number of bytes.")
            return None
        if length > MAX_BYTES:
            size = f"{length / (1024 * 1024):.1f} MB"
            self._refuse(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"the text is too large ({size}); quotex serve takes at most "
                f"{MAX_BYTES // (1024 * 1024)} MB. Use the command line for larger files: "
                "quotex --format html FILE > page.html",
                drain=min(length, DRAIN_BYTES) if drain else 0,
            )
            return None
        return length

    def handle_expect_100(self) -> bool:
        # A client that waits for "100 Continue" before the body hears of a refusal first.
        if self.command == "POST" and self._length(drain=False) is None:
            return False
        return super().handle_expect_100()

    def do_POST(self) -> None:
        if urllib.parse.urlsplit(self.path).path != "/":
            self._refuse(HTTPStatus.NOT_FOUND, "there is only the page at /.")
            return
        length = self._length(drain=True)
        if length is None:
            return
        body = self.rfile.read(length)
        if len(body) < length:
            self.close_connection = True
            return  # the client went away
        nonce = secrets.token_urlsafe(16)
        self._send(HTTPStatus.OK, render(text_of(body), nonce=nonce), nonce=nonce)

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"quotex serve: {self.address_string()} {format % args}\n")


class Server(http.server.ThreadingHTTPServer):
    """A threading HTTP server whose threads do not keep the process alive."""

    daemon_threads = True


class _Server6(Server):
    address_family = socket.AF_INET6


def make_server(*, host: str = HOST, port: int = PORT) -> Server:
    """A server for the page, listening on ``host``:``port`` (0: any free port); call
    ``serve_forever()`` on it.

    >>> server = make_server(port=0)
    >>> server.server_address[0], server.server_address[1] > 0
    ('127.0.0.1', True)
    >>> server.server_close()
    """
    if ":" in host:
        return _Server6((host, port), Handler)
    return Server((host, port), Handler)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {value!r}")
    return port


def main(argv: list[str], *, ready: Callable[[str], None] | None = None) -> int:
    """``quotex serve [--host H] [--port N]``: serve the page until Ctrl-C; the exit code.

    Prints the page's address on stdout (``ready`` is called with it too) once the server
    listens.
    """
    parser = argparse.ArgumentParser(
        prog="quotex serve",
        description="A local web page where you paste Russian text and see its quotes and "
        "speakers. Nothing is stored; stop it with Ctrl-C.",
    )
    parser.add_argument(
        "--host",
        default=HOST,
        help=f"the address to listen on (default {HOST}: this machine only; 0.0.0.0 opens it "
        "to the network)",
    )
    parser.add_argument(
        "--port", type=_port, default=PORT, help=f"the port (default {PORT}; 0: any free one)"
    )
    args = parser.parse_args(argv)
    try:
        server = make_server(host=args.host, port=args.port)
    except OSError as e:
        print(
            f"quotex serve: cannot listen on {args.host}:{args.port}: {e.strerror or e} "
            "(try another --port, or --port 0)",
            file=sys.stderr,
        )
        return 1
    with server:
        host, port = server.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        url = f"http://{shown}:{port}/"
        print(f"quotex serve: {url} (Ctrl-C to stop)", flush=True)
        if ready is not None:
            ready(url)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how it stops
            server.serve_forever()
    return 0
