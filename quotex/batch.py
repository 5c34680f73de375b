"""Many texts at once: ``extract_many``, results in input order, in this process or a pool.

The pool is fed from the caller's thread a few chunks ahead of what has been consumed, so the
input is read lazily and memory stays bounded however long the stream is (``Pool.imap`` would
read the whole input up front, in a thread of its own). Everything sent to a worker is a
module-level function and plain data, so the pool works with every start method (``fork``,
``spawn``, ``forkserver``).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult, Pool

from .extract import extract
from .types import Kind, Quote

# Loads the lexicons and the morphology once per worker, before the first real text.
WARM_UP_TEXT = "«Мы готовы к переговорам», — заявил министр Иван Петров журналистам."
# Chunks in flight per worker: enough to keep every worker busy while the caller consumes.
CHUNKS_AHEAD = 2
# Without a chunksize, texts go to a worker in chunks of about this many characters (tens of
# milliseconds of work, against well under one for sending a chunk and its quotes back) ...
CHUNK_CHARS = 20_000
# ... and of at most this many texts, so that a stream of short lines is still read lazily.
MAX_CHUNK = 512

Kinds = tuple[Kind, ...] | None
# Per text: the quotes, or the exception extract raised for it.
Outcome = list[Quote] | BaseException


def _init_worker() -> None:
    # Ctrl-C reaches the whole process group: the caller handles it and stops the pool, the
    # workers should not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extract(WARM_UP_TEXT)


def _shippable(error: Exception) -> BaseException:
    try:
        pickle.dumps(error)
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _extract_chunk(texts: Sequence[str], kinds: Kinds) -> list[Outcome]:
    out: list[Outcome] = []
    for text in texts:
        try:
            out.append(extract(text, kinds=kinds))
        except Exception as e:
            out.append(_shippable(e))
    return out


class ExtractMany(Iterator[list[Quote]]):
    """The iterator ``extract_many`` returns; see there.

    ``next()`` raises the exception ``extract`` raised for a text at that text's place and can
    be called again to go on with the next text (a ``for`` loop stops at the first one). An
    exception from the input iterable itself ends the iteration. ``close()`` (or leaving a
    ``with`` block) stops the pool early; it is also stopped when the results run out.
    """

    def __init__(
        self, texts: Iterable[str], *, processes: int, chunksize: int | None, kinds: Kinds
    ) -> None:
        self._texts: Iterator[str] | None = iter(texts)
        self._kinds = kinds
        self._chunksize = chunksize  # None: by CHUNK_CHARS
        self._ready: deque[Outcome] = deque()
        self._pending: deque[AsyncResult[list[Outcome]]] = deque()
        self._pool: Pool | None = None
        self._ahead = CHUNKS_AHEAD * processes
        if processes > 1:
            context = multiprocessing.get_context()
            if context.get_start_method() == "fork":
                # Forked workers share the analyzers loaded here instead of each loading its own.
                extract(WARM_UP_TEXT)
            self._pool = context.Pool(processes, initializer=_init_worker)

    def __iter__(self) -> ExtractMany:
        return self

    def __next__(self) -> list[Quote]:
        if self._pool is None:
            texts = self._read(1)
            if not texts:
                raise StopIteration
            return extract(texts[0], kinds=self._kinds)
        if not self._ready:
            self._ready.extend(self._next_chunk())
        if not self._ready:
            self.close()
            raise StopIteration
        outcome = self._ready.popleft()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def _read(self, n: int | None) -> list[str]:
        """The next ``n`` texts, or (``None``) the next texts up to CHUNK_CHARS characters."""
        if self._texts is None:
            return []
        chunk = []
        size = 0
        try:
            for text in self._texts:
                chunk.append(text)
                if n is None:
                    size += len(text) if isinstance(text, str) else 1
                    if size >= CHUNK_CHARS or len(chunk) == MAX_CHUNK:
                        break
                elif len(chunk) == n:
                    break
            else:
                self._texts = None
        except BaseException:
            self.close()
            raise
        return chunk

    def _next_chunk(self) -> list[Outcome]:
        assert self._pool is not None
        while len(self._pending) < self._ahead:
            texts = self._read(self._chunksize)
            if not texts:
                break
            self._pending.append(self._pool.apply_async(_extract_chunk, (texts, self._kinds)))
        if not self._pending:
            return []
        return self._pending.popleft().get()

    def close(self) -> None:
        """Stop the workers and drop the results not yet consumed; idempotent."""
        self._texts = None
        self._ready.clear()
        self._pending.clear()
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.terminate()
            pool.join()

    def __enter__(self) -> ExtractMany:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        if hasattr(self, "_pool"):  # __init__ may have failed before the pool was made
            self.close()


def extract_many(
    texts: Iterable[str],
    *,
    processes: int | None = None,
    chunksize: int | None = None,
    kinds: Iterable[Kind] | None = None,
) -> ExtractMany:
    """``extract`` over many texts, yielding each text's quotes in input order.

    ``processes`` worker processes do the work (default: one per CPU); ``1`` or ``0`` runs in
    this process with no pool. Workers load quotex's analyzers once, when they start (forked
    ones share this process's). Texts go to the workers in chunks of about 20,000 characters
    (``chunksize`` texts at a time when given), enough work to pay for sending them and their
    quotes between processes; the input is read only a few chunks ahead of the results consumed,
    so ``texts`` may be an endless stream. ``kinds`` is passed to
    ``extract``. Results are the same as ``[extract(t, kinds=kinds) for t in texts]``.
    ``texts`` is an iterable of strings: a bare ``str`` (whose items would be its characters)
    raises ``TypeError``.

    An exception that ``extract`` raises for one text is raised by ``next()`` at that text's
    place; the iterator can be advanced past it. Use the result as a context manager (or call
    ``close()``) to stop the workers when leaving early.

    >>> texts = ["«Мы готовы», — заявил Иван Петров.", "Тишина."]
    >>> [[q.text for q in quotes] for quotes in extract_many(texts, processes=1)]
    [['Мы готовы'], []]
    >>> extract_many("«Да», — сказал он.")
    Traceback (most recent call last):
    ...
    TypeError: extract_many() expects an iterable of texts, not a str (one text: extract())

    With a pool, under an ``if __name__ == "__main__":`` guard where processes are spawned::

        with open("news.txt", encoding="utf-8") as f, extract_many(f, processes=4) as results:
            for n, quotes in enumerate(results, 1):  # line n's quotes
                ...
    """
    if isinstance(texts, str | bytes | bytearray):
        raise TypeError(
            f"extract_many() expects an iterable of texts, not a {type(texts).__name__}"
            " (one text: extract())"
        )
    if processes is None:
        processes = os.cpu_count() or 1
    if processes < 0:
        raise ValueError(f"processes must be 0 or more, got {processes}")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more, got {chunksize}")
    wanted: Kinds = None
    if kinds is not None:
        wanted = (kinds,) if isinstance(kinds, str) else tuple(kinds)
        extract("", kinds=wanted)  # a bad kind fails here, not in every worker
    return ExtractMany(texts, processes=processes, chunksize=chunksize, kinds=wanted)
