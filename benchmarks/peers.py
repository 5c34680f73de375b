"""Run one of the benchmark's peers over texts; run by bench.py in benchmarks/.venv-peers.

    python peers.py SPEC.json

SPEC is ``{"tool": "dse" | "natasha", "files": [PATH, ...], "dev": [[DOC, PATH], ...]}``. Prints
one JSON object: the tool's version, its load time, the characters and seconds over ``files``,
the texts it failed on, and for ``dse`` (direct-speech-extractor-ru) the strings it returned for
each dev document. Needs only the standard library besides the tool, since quotex is not
installed in that environment.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any


def read(path: str) -> str:
    # As quotex eval reads a text: UTF-8, a BOM dropped, universal newlines.
    return Path(path).read_text(encoding="utf-8-sig")


def load_dse() -> tuple[str, Callable[[str], list[str]]]:
    from direct_speech_extractor_ru import Extractor

    return metadata.version("direct_speech_extractor_ru"), lambda t: Extractor(t).direct_speech()


def load_natasha() -> tuple[str, Callable[[str], list[str]]]:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def ner(text: str) -> list[str]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [span.text for span in doc.spans]

    return metadata.version("natasha"), ner


def main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    version, run = {"dse": load_dse, "natasha": load_natasha}[spec["tool"]]()
    load = time.perf_counter() - t0
    texts = [read(p) for p in spec["files"]]
    failures: list[str] = []
    seconds = 0.0
    for path, text in zip(spec["files"], texts, strict=True):
        t0 = time.perf_counter()
        try:
            run(text)
        except Exception as e:  # the peer's own bug: count it, go on
            failures.append(f"{Path(path).name}: {type(e).__name__}: {e}"[:200])
        seconds += time.perf_counter() - t0
    out: dict[str, Any] = {
        "version": version,
        "load_seconds": load,
        "chars": sum(map(len, texts)),
        "seconds": seconds,
        "docs": len(texts),
        "failures": failures,
    }
    if spec["tool"] == "dse":
        strings: dict[str, list[str] | None] = {}
        for doc, path in spec.get("dev", []):
            try:
                strings[doc] = run(read(path))
            except Exception:
                strings[doc] = None
        out["strings"] = strings
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
