"""Does natasha's NER improve quotex's speaker names? Scored on the development gold.

For every document of the gold files, quotex's quotes are written as predictions three ways:

- ``quotex``: ``quotex.extract`` as it is;
- ``natasha``: each speaker whose mention overlaps a person natasha's NER finds renamed to
  natasha's fullest name for that person in the document (the names that share its surname);
- ``natasha-within``: the same, but only where the mention lies inside natasha's person span
  (not ``пресс-служба Порошенко``, an organisation whose mention overlaps a person);
- ``natasha-augment``: as ``natasha``, but only where natasha's name adds words before quotex's
  surname (``Лукашенко`` → ``Александр Лукашенко``).

Each is scored by ``python -m quotex eval GOLD TEXT_DIR ... --pred FILE --json``; the table has
attribution, exact names and end-to-end F1. Run from the repository root (needs
``quotex[natasha]``)::

    python benchmarks/natasha_eval.py            # the dev gold of ../shared/corpus
    python benchmarks/natasha_eval.py --json     # the figures as one JSON object
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from quotex import extract
from quotex.formats import to_jsonl_line
from quotex.natasha_names import person_spans, with_natasha_names

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus"
DEFAULT = [
    str(CORPUS / "factrueval/gold/dev.jsonl"),
    str(CORPUS / "factrueval"),
    str(CORPUS / "chekhov/gold/dev.jsonl"),
    str(CORPUS / "chekhov"),
]
VARIANTS = ("quotex", "natasha", "natasha-within", "natasha-augment")


def predict(pairs: list[tuple[Path, Path]], out: Path) -> dict[str, object]:
    """Write one predictions file per variant into ``out``; counts of what natasha changed."""
    out.mkdir(parents=True, exist_ok=True)
    files = {v: (out / f"{v}.jsonl").open("w", encoding="utf-8") for v in VARIANTS}
    changed = {v: 0 for v in VARIANTS}
    speakers = 0
    natasha_seconds = 0.0
    try:
        for gold, text_dir in pairs:
            for line in gold.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                doc = json.loads(line)["doc"]
                name = doc.split("/", 1)[1]
                text = (text_dir / f"{name}.txt").read_text(encoding="utf-8-sig")
                quotes = extract(text)
                t = time.perf_counter()
                spans = person_spans(text)
                natasha_seconds += time.perf_counter() - t
                variants = {
                    "quotex": quotes,
                    "natasha": with_natasha_names(text, quotes, spans=spans),
                    "natasha-within": with_natasha_names(text, quotes, spans=spans, within=True),
                    "natasha-augment": with_natasha_names(text, quotes, spans=spans, augment=True),
                }
                speakers += sum(q.speaker is not None for q in quotes)
                for v, qs in variants.items():
                    changed[v] += sum(
                        a.speaker is not None
                        and b.speaker is not None
                        and a.speaker.name != b.speaker.name
                        for a, b in zip(quotes, qs, strict=True)
                    )
                    files[v].write(to_jsonl_line(doc, qs) + "\n")
    finally:
        for f in files.values():
            f.close()
    return {"speakers": speakers, "renamed": changed, "natasha_seconds": natasha_seconds}


def score(args: list[str], pred: Path) -> dict[str, object]:
    cmd = [sys.executable, "-m", "quotex", "eval", *args, "--pred", str(pred), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def table(scores: dict[str, dict], renamed: dict[str, int]) -> str:
    def ratio(m: dict) -> str:
        return f"{m['hits']:>3} / {m['total']:<3} {m['value']:.3f}"

    lines = [f"{'':<16}{'attribution':>18}{'exact names':>20}{'end-to-end F1':>15}{'renamed':>9}"]
    for v in VARIANTS:
        s = scores[v]
        lines.append(
            f"{v:<16}{ratio(s['attribution']):>18}{ratio(s['exact_names']):>20}"
            f"{s['end_to_end']['f1']:>15.3f}{renamed[v]:>9}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="*", metavar="GOLD.jsonl TEXT_DIR", default=DEFAULT)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/out/natasha")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if len(args.pairs) % 2:
        parser.error("give GOLD.jsonl TEXT_DIR pairs")
    pairs = [(Path(g), Path(d)) for g, d in zip(args.pairs[::2], args.pairs[1::2], strict=True)]
    counts = predict(pairs, args.out)
    scores = {v: score(args.pairs, args.out / f"{v}.jsonl") for v in VARIANTS}
    if args.json:
        keys = ("attribution", "attribution_by_via", "exact_names", "end_to_end")
        figures = {v: {k: scores[v][k] for k in keys} for v in VARIANTS}
        print(json.dumps({**counts, "scores": figures}, ensure_ascii=False, indent=2))
    else:
        print(
            f"{scores['quotex']['docs']} docs, {counts['speakers']} predicted speakers; "
            f"natasha took {counts['natasha_seconds']:.1f} s"
        )
        print(table(scores, counts["renamed"]))  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
