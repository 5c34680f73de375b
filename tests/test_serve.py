"""``quotex serve``: the page driven in headless Chromium (paste, submit, read the DOM), and the
server's limits and escaping over plain HTTP.

The server runs as ``python -m quotex serve --port 0`` (any free port on 127.0.0.1). Chromium is
driven through the DevTools protocol over a pipe (``--remote-debugging-pipe``: JSON messages
ending in NUL on file descriptors 3 and 4), so no driver or WebSocket library is needed.

``python tests/test_serve.py --screenshot docs/screenshot-serve.png`` redraws the docs' picture of
the page from ``TEXT`` (a text written for it).
"""

from __future__ import annotations

import fcntl
import http.client
import json
import os
import select
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from test_html import CHROMIUM_FLAGS, check_page, chromium, speaker_counts

from quotex import extract, serve

# Written for this test: a direct quote in two parts, an indirect one, dialogue.
TEXT = """\
Директор заповедника Ольга Синицына в четверг показала журналистам новую экотропу.
«Тропа проходит по старой гати, — рассказала Синицына. — Весной здесь гнездятся журавли».
Лесничий Борис Ким сообщил, что до конца лета откроют еще две смотровые площадки.
— А зимой тропа работает? — спросил фотограф.
— Только на лыжах, — ответил Ким.
"""
HOSTILE = (
    'Он сказал: «<script>alert("x")</script> и <img src=x onerror="alert(2)">», — '
    "написал <b>Иван</b> & Co.\n"
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The address of a running ``quotex serve --port 0``."""
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "quotex", "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.startswith("quotex serve: http://127.0.0.1:"), line
            yield line.split()[2]
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def request(
    url: str, method: str, path: str = "/", body: bytes | None = None, **headers: str
) -> tuple[int, dict[str, str], str]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        conn.close()


def form(text: str) -> bytes:
    return urllib.parse.urlencode({"text": text}).encode("ascii")


# Over plain HTTP.


def test_the_empty_page(server: str) -> None:
    status, headers, page = request(server, "GET")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "script-src 'nonce-" in headers["Content-Security-Policy"]
    assert '<textarea name="text"' in page and "<mark" not in page


def test_a_text_gives_its_quotes(server: str) -> None:
    status, _, page = request(
        server, "POST", body=form(TEXT), **{"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 200
    quotes = extract(TEXT)
    check_page(page, TEXT, quotes)
    assert speaker_counts(page) == Counter(q.speaker.name for q in quotes if q.speaker)


def test_everything_is_escaped(server: str) -> None:
    _, headers, page = request(server, "POST", body=form(HOSTILE))
    nonce = headers["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert page.count("<script") == 1 and f'<script nonce="{nonce}">' in page
    assert "<img" not in page and "<b>" not in page
    assert page.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 2  # form, view


@pytest.mark.parametrize("expect", [False, True], ids=["body-sent", "expect-100"])
def test_an_oversized_request_is_refused(server: str, expect: bool) -> None:
    body = b"text=" + b"a" * serve.MAX_BYTES
    headers = {"Expect": "100-continue"} if expect else {}
    parts = urllib.parse.urlsplit(server)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.putrequest("POST", "/")
        conn.putheader("Content-Length", str(len(body)))
        for key, value in headers.items():
            conn.putheader(key, value)
        conn.endheaders()
        if not expect:
            conn.send(body)
        response = conn.getresponse()
        page = response.read().decode()
    finally:
        conn.close()
    assert response.status == 413
    assert "the text is too large (2.0 MB); quotex serve takes at most 2 MB" in page
    assert request(server, "GET")[0] == 200  # and it still serves


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("GET", "/etc/passwd", {}, 404),
        ("GET", "/../../etc/passwd", {}, 404),
        ("POST", "/x", {}, 404),
        ("POST", "/", {"Transfer-Encoding": "chunked"}, 411),
        ("POST", "/", {"Content-Length": "-5"}, 400),
        ("PUT", "/", {}, 501),
    ],
)
def test_other_requests(
    server: str, method: str, path: str, headers: dict[str, str], status: int
) -> None:
    parts = urllib.parse.urlsplit(server)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        if method == "POST" and not headers:
            head = "Content-Length: 0\r\n"
        sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode())
        answer = sock.recv(4096).decode("latin-1")
    assert answer.startswith(f"HTTP/1.1 {status} ")


def test_head_has_no_body(server: str) -> None:
    status, headers, page = request(server, "HEAD")
    assert status == 200 and page == "" and int(headers["Content-Length"]) > 0


def test_a_port_in_use_is_one_line(server: str) -> None:
    port = urllib.parse.urlsplit(server).port
    proc = subprocess.run(
        [sys.executable, "-m", "quotex", "serve", "--port", str(port)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"quotex serve: cannot listen on 127.0.0.1:{port}: ")
    assert len(proc.stderr.splitlines()) == 1


def test_a_bad_port_is_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quotex", "serve", "--port", "http"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "expected a port number" in proc.stderr


# In headless Chromium, through the DevTools protocol on a pipe.


class Browser:
    """Headless Chromium and one page of it, driven by DevTools protocol messages."""

    def __init__(self) -> None:
        self.profile = tempfile.TemporaryDirectory()
        to_read, self.to_browser = os.pipe()  # the browser reads fd 3
        self.from_browser, to_write = os.pipe()  # and writes fd 4
        # Its ends moved past 9, so that the shell's redirections cannot clobber one another.
        for fd in (to_read, to_write):
            high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
            os.close(fd)
            to_read, to_write = (high, to_write) if fd == to_read else (to_read, high)
        script = f'exec "$@" 3<&{to_read} 4>&{to_write} {to_read}<&- {to_write}>&-'
        args = [*CHROMIUM_FLAGS, f"--user-data-dir={self.profile.name}", "--remote-debugging-pipe"]
        self.proc = subprocess.Popen(
            ["bash", "-c", script, "bash", chromium(), *args, "about:blank"],
            pass_fds=(to_read, to_write),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_read)
        os.close(to_write)
        self.buffer = b""
        self.events: list[dict[str, Any]] = []
        self.last = 0
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.send("Page.enable", on_page=True)
        self.send("Runtime.enable", on_page=True)

    def send(self, method: str, *, on_page: bool = False, **params: Any) -> dict[str, Any]:
        self.last += 1
        message: dict[str, Any] = {"id": self.last, "method": method, "params": params}
        if on_page:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        answer = self.wait(lambda m, n=self.last: m.get("id") == n)
        assert "error" not in answer, answer
        return answer["result"]

    def wait(self, wanted: Callable[[dict[str, Any]], bool], timeout: float = 60) -> dict[str, Any]:
        """The first message (answer or event) that is ``wanted``; the others are kept."""
        for i, message in enumerate(self.events):
            if wanted(message):
                return self.events.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
                self.events.append(message)
            left = deadline - time.monotonic()
            assert left > 0, "no answer from Chromium"
            if select.select([self.from_browser], [], [], left)[0]:
                data = os.read(self.from_browser, 1 << 16)
                assert data, "Chromium closed the pipe"
                self.buffer += data

    def js(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", on_page=True, expression=expression, returnByValue=True
        )
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def loaded(self, action: Callable[[], object]) -> None:
        """Do ``action`` and wait until the page it leads to has loaded."""
        self.events = [m for m in self.events if m.get("method") != "Page.loadEventFired"]
        action()
        self.wait(lambda m: m.get("method") == "Page.loadEventFired")

    def click(self, selector: str) -> None:
        box = self.js(
            f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                on_page=True,
                type=kind,
                x=box[0],
                y=box[1],
                button="left",
                clickCount=1,
            )

    def close(self) -> None:
        with_pipe = self.proc.poll() is None
        if with_pipe:
            os.write(self.to_browser, json.dumps({"id": 0, "method": "Browser.close"}).encode())
            os.write(self.to_browser, b"\0")
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)
        os.close(self.to_browser)
        os.close(self.from_browser)
        self.profile.cleanup()


@pytest.fixture
def browser() -> Iterator[Browser]:
    b = Browser()
    try:
        yield b
    finally:
        b.close()


def paste_and_submit(browser: Browser, url: str, text: str) -> str:
    """Open the page, paste ``text`` into its text area, press the button; the DOM after."""
    browser.loaded(lambda: browser.send("Page.navigate", on_page=True, url=url))
    browser.js("document.querySelector('textarea').focus()")
    browser.send("Input.insertText", on_page=True, text=text)  # as a paste types it
    assert browser.js("document.querySelector('textarea').value") == text
    browser.loaded(lambda: browser.click("form.paste button"))
    return browser.js("document.documentElement.outerHTML")


def no_dialog(browser: Browser) -> bool:
    return not any(m.get("method") == "Page.javascriptDialogOpening" for m in browser.events)


def test_paste_and_see_in_chromium(server: str, browser: Browser) -> None:
    dom = paste_and_submit(browser, server, TEXT)
    quotes = extract(TEXT)
    assert {q.kind for q in quotes} >= {"direct", "indirect", "dialogue"}
    assert any(len(q.parts) == 2 for q in quotes)
    # Every quote part highlighted with its text, a label per quote, the cues, the table.
    parsed = check_page(dom, TEXT, quotes)
    assert parsed.classes["table.speakers"] == 1
    assert speaker_counts(dom) == Counter(q.speaker.name for q in quotes if q.speaker)
    labels = browser.js(
        "Array.from(document.querySelectorAll('.text .speaker')).map(e => e.textContent)"
    )
    assert labels == [q.speaker.name if q.speaker else "—" for q in quotes]
    assert browser.js("document.body.getAttribute('data-ready')") == "1"  # the script ran
    assert browser.js("document.querySelector('textarea').value") == TEXT  # kept for editing
    assert no_dialog(browser)


def test_a_script_in_the_text_stays_text_in_chromium(server: str, browser: Browser) -> None:
    paste_and_submit(browser, server, HOSTILE)
    assert browser.js("document.querySelectorAll('script').length") == 1  # the page's own
    assert browser.js("document.querySelectorAll('img, b').length") == 0
    assert browser.js("document.querySelector('.text').textContent").startswith(HOSTILE[:30])
    assert browser.js("document.querySelector('textarea').value") == HOSTILE
    assert no_dialog(browser)


def test_an_oversized_paste_is_refused_in_chromium(server: str, browser: Browser) -> None:
    browser.loaded(lambda: browser.send("Page.navigate", on_page=True, url=server))
    # 1.25 million characters: 2.3 MB as UTF-8, 6.6 MB as the form sends it.
    browser.js(
        "document.querySelector('textarea').value = 'Мы готовы к переговорам.\\n'.repeat(50000)"
    )
    browser.loaded(lambda: browser.js("document.querySelector('form.paste').requestSubmit()"))
    assert "the text is too large" in browser.js("document.body.textContent")
    assert "Back to the form" in browser.js("document.body.textContent")


def screenshot(out: str) -> None:
    """Draw the page after pasting ``TEXT`` to ``out`` (a PNG), as a person sees it."""
    import base64

    proc = subprocess.Popen(
        [sys.executable, "-m", "quotex", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    b = Browser()
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split()[2]
        b.send(
            "Emulation.setDeviceMetricsOverride",
            on_page=True,
            width=1200,
            height=640,
            deviceScaleFactor=1,
            mobile=False,
        )
        paste_and_submit(b, url, TEXT)
        b.js("document.querySelector('textarea').scrollTop = 0; window.scrollTo(0, 0)")
        shot = b.send("Page.captureScreenshot", on_page=True, format="png")
        with open(out, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    finally:
        b.close()
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    if sys.argv[1:2] != ["--screenshot"] or len(sys.argv) != 3:
        sys.exit("usage: python tests/test_serve.py --screenshot docs/screenshot-serve.png")
    screenshot(sys.argv[2])
