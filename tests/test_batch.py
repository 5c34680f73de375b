"""extract_many: the same results as extract, in order, in process and in a pool; results pickle;
the Dask example of docs/scale.md runs.
"""

from __future__ import annotations

import itertools
import os
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotex import batch, extract
from quotex.batch import extract_many
from quotex.types import Quote, Span, Speaker

SCALE_MD = Path(__file__).resolve().parent.parent / "docs" / "scale.md"

TEXTS = [
    "«Мы готовы к переговорам», — заявил министр Иван Петров.",
    "",
    "Тишина.",
    "По словам Анны Ивановой, решение «пока не принято».",
    "— Кто там? — спросил он.\n— Почтальон, — ответила Маша.",
    'Он сказал: "Приду завтра". Она промолчала.',
    "   \n  ",
    "«Нет», — отрезал директор. «Будем думать», — добавил он позже.",
]


def many(n: int = 3) -> list[str]:
    return [f"{text} {i}" if text.strip() else text for i in range(n) for text in TEXTS]


@pytest.mark.parametrize("processes", [0, 1, 2])
@pytest.mark.parametrize("chunksize", [None, 1, 3, 16])
def test_same_results_in_order(processes: int, chunksize: int) -> None:
    texts = many()
    expected = [extract(t) for t in texts]
    got = list(extract_many(iter(texts), processes=processes, chunksize=chunksize))
    assert got == expected


@pytest.mark.parametrize("processes", [1, 2])
def test_kinds_are_passed_on(processes: int) -> None:
    texts = many(1)
    expected = [extract(t, kinds=["direct"]) for t in texts]
    assert list(extract_many(texts, processes=processes, kinds=["direct"])) == expected
    assert list(extract_many(texts, processes=processes, kinds="direct")) == expected


def test_bad_arguments_fail_at_once() -> None:
    with pytest.raises(ValueError, match="unknown quote kind"):
        extract_many(TEXTS, kinds=["speech"])
    with pytest.raises(ValueError, match="processes"):
        extract_many(TEXTS, processes=-1)
    with pytest.raises(ValueError, match="chunksize"):
        extract_many(TEXTS, chunksize=0)


@pytest.mark.parametrize("text", ["«Да», — сказал он.", b"bytes", bytearray(b"x")])
def test_one_text_instead_of_many_is_a_type_error(text: object) -> None:
    with pytest.raises(TypeError, match="iterable of texts"):
        extract_many(text)  # type: ignore[arg-type]


def test_chunks_by_characters() -> None:
    """Without a chunksize, texts go to a worker about CHUNK_CHARS characters at a time, at
    most MAX_CHUNK of them: long texts one by one, short ones by the hundred."""
    long_text = "«Да», — сказал он. " * (batch.CHUNK_CHARS // 10)
    short = "«Да», — сказал он."
    results = extract_many(iter([long_text, long_text]), processes=1)
    assert results._read(None) == [long_text]
    results = extract_many(itertools.repeat(short), processes=1)
    assert len(results._read(None)) == min(batch.MAX_CHUNK, -(-batch.CHUNK_CHARS // len(short)))


@pytest.mark.parametrize("processes", [1, 2])
def test_an_error_is_raised_in_place_and_the_rest_follows(processes: int) -> None:
    texts: list[object] = [TEXTS[0], b"bytes", TEXTS[3]]
    results = extract_many(texts, processes=processes, chunksize=2)  # type: ignore[arg-type]
    assert next(results) == extract(TEXTS[0])
    with pytest.raises(TypeError, match="expects str"):
        next(results)
    assert next(results) == extract(TEXTS[3])
    with pytest.raises(StopIteration):
        next(results)


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize("chunksize", [None, 4])
def test_input_is_read_lazily(processes: int, chunksize: int | None) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"«Да», — сказал он {i}."

    with extract_many(endless(), processes=processes, chunksize=chunksize) as results:
        first = list(itertools.islice(results, 10))
    assert [q.text for quotes in first for q in quotes] == ["Да"] * 10
    assert pulled <= 10 + 2 * processes * (chunksize or batch.MAX_CHUNK) * 2


def test_close_stops_early() -> None:
    results = extract_many(many(), processes=2, chunksize=1)
    next(results)
    results.close()
    results.close()
    with pytest.raises(StopIteration):
        next(results)


def test_spawned_workers() -> None:
    script = textwrap.dedent(
        f"""
        import multiprocessing
        from quotex import extract
        from quotex.batch import extract_many

        if __name__ == "__main__":
            multiprocessing.set_start_method("spawn")
            texts = {many(1)!r}
            got = list(extract_many(texts, processes=2, chunksize=2))
            assert got == [extract(t) for t in texts], "differs"
            print("ok")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "ok\n"


def test_quotes_pickle_round_trip() -> None:
    s = "«Мы готовы», — сказал Лукашенко."
    made = Quote(
        "direct",
        (Span.of(s, 1, 10),),
        cue=Span.of(s, 15, 21),
        speaker=Speaker("Александр Лукашенко", Span.of(s, 22, 31), "cue", "after"),
        repaired=True,
        rule="marks",
    )
    found = [q for text in TEXTS for q in extract(text)]
    assert found, "the texts should have quotes"
    for quotes in ([made], found):
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            back = pickle.loads(pickle.dumps(quotes, protocol=protocol))
            assert back == quotes
            assert [q.to_dict() for q in back] == [q.to_dict() for q in quotes]


def scale_md_dask_block() -> str:
    text = SCALE_MD.read_text(encoding="utf-8")
    match = re.search(
        r"<!-- tests/test_batch\.py runs this block[^>]*-->\n```python\n(.*?)```", text, re.S
    )
    assert match, "docs/scale.md lost its tested dask.bag example"
    return match.group(1)


def test_dask_bag_example() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("dask is not installed, and CI must run this test: install dask[bag]")
        pytest.skip("dask is not installed (pip install 'dask[bag]')")
    code = scale_md_dask_block()
    assert 'scheduler="processes"' in code
    namespace: dict[str, object] = {"__name__": "docs_scale_example"}
    exec(compile(code, str(SCALE_MD), "exec"), namespace)
    texts = namespace["texts"]
    assert isinstance(texts, list)
    assert namespace["quotes"] == [extract(t) for t in texts]
    assert namespace["rows"] == [[q.to_dict() for q in extract(t)] for t in texts]
