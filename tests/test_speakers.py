"""The speakers table: ``quotex.speakers`` and ``quotex --format speakers``."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pytest

import quotex
from quotex import Quote, Span, Speaker, SpeakerSummary, cli, extract, speakers
from quotex.summary import Tally, words


def said(kind: str, text: str, name: str | None, gender: str | None = None) -> Quote:
    speaker = None if name is None else Speaker(name, None, "cue", gender=gender)  # type: ignore[arg-type]
    return Quote(kind, (Span(0, len(text), text),), speaker=speaker)  # type: ignore[arg-type]


ANNA = "Анна Петрова"
OLEG = "Олег Иванов"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("", 0),
        ("Да.", 1),
        ("Мы готовы к переговорам", 4),
        ("что-то, кое-где", 2),
        ("в 2024 году — на 5%", 5),
        ("О'Коннор сказал", 2),
        ("— … !", 0),
    ],
)
def test_words(text: str, n: int) -> None:
    assert words(text) == n


def test_counts_by_kind_words_and_order() -> None:
    quotes = [
        said("direct", "Мост откроют в субботу", ANNA, "femn"),
        said("dialogue", "Нет", OLEG, "masc"),
        said("indirect", "движение будет бесплатным", ANNA, "femn"),
        said("partial", "самой сложной", None),
        said("dialogue", "Да, конечно", OLEG, "masc"),
        said("direct", "Ура", "толпа"),
    ]
    assert speakers(quotes) == [
        SpeakerSummary(ANNA, "femn", quotes=2, direct=1, indirect=1, words=7),
        SpeakerSummary(OLEG, "masc", quotes=2, dialogue=2, words=3),
        SpeakerSummary("толпа", None, quotes=1, direct=1, words=1),
        SpeakerSummary(None, None, quotes=1, partial=1, words=2),
    ]


@pytest.mark.parametrize(
    ("genders", "expected"),
    [
        (["femn", "femn"], "femn"),
        (["femn", None], "femn"),  # one quote that does not know it
        ([None, None], None),
        (["femn", "masc"], None),  # two people of one name, or a wrong guess: not said
    ],
)
def test_gender_only_when_the_quotes_agree(genders: list[str | None], expected: str) -> None:
    (row,) = speakers([said("direct", "Да", "директор", g) for g in genders])
    assert row.gender == expected


def test_ties_keep_the_order_of_first_quote() -> None:
    quotes = [said("direct", "Да", OLEG), said("direct", "Нет", ANNA)]
    assert [r.name for r in speakers(quotes)] == [OLEG, ANNA]
    quotes.append(said("direct", "Нет и нет", ANNA))
    assert [r.name for r in speakers(quotes)] == [ANNA, OLEG]


def test_several_documents_pool_by_name() -> None:
    one = [said("direct", "Да", ANNA, "femn"), said("direct", "Нет", OLEG, "masc")]
    two = [said("indirect", "скоро", ANNA, "femn")]
    rows = speakers(one, two, [])
    assert [(r.name, r.quotes, r.documents) for r in rows] == [(ANNA, 2, 2), (OLEG, 1, 1)]


def test_no_documents_no_quotes() -> None:
    assert speakers() == [] and speakers([]) == []


def test_tally_adds_blocks_of_one_document() -> None:
    tally = Tally()
    tally.add([said("direct", "Да", ANNA)], document="a")
    tally.add([said("direct", "Нет", ANNA)], document="a")
    tally.add([said("direct", "Ещё", ANNA)], document="b")
    tally.add([said("direct", "И ещё", ANNA)])
    (row,) = tally.summary()
    assert (row.quotes, row.documents) == (4, 3)


def test_to_dict_is_json_ready() -> None:
    row = SpeakerSummary(ANNA, "femn", quotes=1, direct=1, words=3)
    assert json.loads(json.dumps(row.to_dict())) == {
        "name": ANNA,
        "gender": "femn",
        "quotes": 1,
        "direct": 1,
        "dialogue": 0,
        "partial": 0,
        "indirect": 0,
        "words": 3,
        "documents": 1,
    }


# Written for this test: two women and a man, quotes of every kind.
NEWS = """\
Глава района Светлана Орлова в пятницу открыла новую школу.
«Здесь будут учиться восемьсот детей», — сказала Орлова.
Директор школы Павел Зуев назвал здание «лучшим в области».
Орлова добавила, что в следующем году откроют бассейн.
— Когда начнутся занятия? — спросила журналистка Вера Лис.
— Первого сентября, — ответил Зуев.
"""


def test_on_extracted_quotes() -> None:
    quotes = extract(NEWS)
    rows = {r.name: r for r in speakers(quotes)}
    assert rows["Светлана Орлова"].gender == "femn"
    assert rows["Светлана Орлова"].quotes >= 2
    assert rows["Павел Зуев"].gender == "masc"
    assert sum(r.quotes for r in rows.values()) == len(quotes)
    assert sum(r.words for r in rows.values()) == sum(words(q.text) for q in quotes)
    assert quotex.speakers is speakers


def test_cli_speakers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["--format", "speakers", str(path)]) == 0
    one = capsys.readouterr().out
    lines = one.splitlines()
    assert lines[0].split() == [
        "speaker",
        "gender",
        "quotes",
        "direct",
        "dialogue",
        "partial",
        "indirect",
        "words",
        "docs",
    ]
    assert lines[1].startswith("Светлана Орлова") and " femn " in lines[1]
    assert lines[-1].startswith(f"{len(extract(NEWS))} quotes, ")
    assert "quotes by gender: femn" in lines[-1]
    # Two files and an empty one: one table, the counts doubled, each speaker in 2 documents.
    assert cli.main(["-f", "speakers", str(path), str(empty), str(path)]) == 0
    two = capsys.readouterr().out.splitlines()
    assert [line.split()[-1] for line in two[1:-1]] == ["2"] * (len(lines) - 2)
    assert cli.main(["-f", "speakers", str(empty)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 quotes, 0 speakers"


DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("page", ["speakers.md", "api.md"])
def test_the_docs_examples_run(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(>>> .*?)```", text, re.S)
    assert blocks
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for n, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"{page}[{n}]", page, 0))
    assert runner.summarize(verbose=False).failed == 0


def test_the_docs_show_the_cli_formats(capsys: pytest.CaptureFixture[str]) -> None:
    # The figures follow the extraction rules; the shape of the output is what the page shows.
    text = (DOCS / "speakers.md").read_text(encoding="utf-8")
    example = str(DOCS.parent / "examples" / "news.txt")
    assert cli.main(["-f", "speakers", example]) == 0
    shown = re.search(r"speakers examples/news.txt\n```\n\n```text\n(.*?)```", text, re.S)
    assert shown is not None
    assert shown.group(1).splitlines()[0] == capsys.readouterr().out.splitlines()[0]
    assert cli.main(["-f", "csv", example]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert f"```text\n{header}\nexamples/news.txt,direct," in text
