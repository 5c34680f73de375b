"""The quotex benchmark: speed, scaling, hostile input and the alternatives, as one table.

Run from the repository root, with the interpreter quotex is installed in::

    python benchmarks/bench.py --corpus ../shared/corpus          # the full run, ~5 minutes
    python benchmarks/bench.py --corpus ../shared/corpus --quick  # a smoke run, ~1 minute

The full run prints the table and writes it to docs/benchmarks.md (``--out`` elsewhere, ``--out
-`` nowhere); ``--quick`` uses an eighth of the corpus, fewer sizes and one repetition, and
writes nothing unless ``--out`` is given. Every quotex measurement runs in a fresh interpreter
whose analyzers were first loaded on a short unrelated text, so nothing of the measured text is
cached; the best of ``--repeat`` such processes is reported.

The peers, direct-speech-extractor-ru and natasha, are installed into their own virtual
environment, benchmarks/.venv-peers (made on the first run; never a dependency of quotex), and
run there. A peer that cannot be installed or imported is reported and skipped. The peer's and
the regex baseline's strings are turned into gold-format predictions (marks and dashes
stripped, each string looked for in the text after the previous one) in benchmarks/out/ and
scored on the dev gold by ``python -m quotex eval ... --pred``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS_VENV = HERE / ".venv-peers"
OUT_DIR = HERE / "out"
DOC = ROOT / "docs" / "benchmarks.md"
SOURCES = ("factrueval", "chekhov")
PEER_PACKAGES = {"dse": "direct-speech-extractor-ru", "natasha": "natasha"}

# The analyzers of every measuring process are loaded on this, and nothing of the corpus.
WARM_UP = (
    "В Новосибирске открылась выставка старинных часов. «Мы собирали их двадцать лет», — "
    "рассказал коллекционер Пётр Смирнов. По его словам, самые старые часы сделаны в Англии."
)
COLD_TEXT = "«Мы готовы», — сказал министр."
TARGET_CPS = 500_000
TARGET_COLD = 0.5
TARGET_SCALING = 9 / 8  # 8 x the text in at most 9 x the time
TARGET_FIRST = 0.75  # first pass over news, against razdel.tokenize in the same process
TARGET_WARM = 1.0  # the second pass
TARGET_HOSTILE = 3.0  # time per character, against the corpus's
TARGET_GROWTH = 5.0  # time for 4 x the text, against the time for 1 x
GROWTH_SIZES = (8_000, 100_000)  # each hostile input runs at N and 4 N characters
SLOW = 20.0  # seconds: a measurement this slow is not repeated

Row = tuple[str, str, str, str, str]  # what, result, detail, target, met

HOW = """\
How it is measured: every quotex figure comes from a fresh interpreter whose analyzers were
loaded on a short unrelated text, the best of the repetitions; the corpus is every .txt of
corpus/factrueval and corpus/chekhov. Scaling repeats the corpus as documents and, joined by blank
lines, as one text, so the repeated runs meet words already cached; the stream row feeds
documents of pseudo-words to show whether the caches are bounded. Each hostile input
(benchmarks/hostile.py) runs at N and 4 N characters for N = 8,000 and 100,000: its growth is
the time for 4 N over the time for N (5× at most: linear time with room for noise), and its
ratio the worst time per character of the four runs over the corpus's (the dense inputs have a
mark, a dash, a colon or a speech verb after every word, where real news has one mark per 60
characters). F1 is the all-kinds
detection F1 of `quotex eval` on the dev gold of both sources; the peer and the baseline return
strings, turned into predictions by `locate` in benchmarks/bench.py. The peers run in their own
virtual environment, benchmarks/.venv-peers."""


# --- the measuring side: run as `bench.py --child SPEC` in a fresh interpreter ----------------


def read(path: str | Path) -> str:
    # As quotex eval and the CLI read a text: UTF-8, a BOM dropped, universal newlines.
    return Path(path).read_text(encoding="utf-8-sig")


def rss_kb() -> int:
    """The resident set size now, in KiB (the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError):
        return peak_kb()


def peak_kb() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere


def timed_extract(texts: Sequence[str]) -> dict[str, Any]:
    """Load quotex on WARM_UP, then extract every text once; the seconds and the memory."""
    import quotex

    quotex.extract(WARM_UP)
    gc.collect()
    before = peak_kb()
    quotes = 0
    t0 = time.perf_counter()
    for text in texts:
        quotes += len(quotex.extract(text))
    seconds = time.perf_counter() - t0
    return {
        "chars": sum(map(len, texts)),
        "docs": len(texts),
        "seconds": seconds,
        "quotes": quotes,
        "peak_kb_warm": before,
        "peak_kb": peak_kb(),
    }


def child_extract(spec: dict[str, Any]) -> dict[str, Any]:
    texts = [read(p) for p in spec["files"]] * spec.get("times", 1)
    if spec.get("one_text"):
        texts = ["\n\n".join(texts)]
    return timed_extract(texts)


def child_hostile(spec: dict[str, Any]) -> dict[str, Any]:
    from hostile import DASHES, DENSE, HOSTILE

    corpus = "\n\n".join(read(p) for p in spec["files"])
    text = {**HOSTILE, **DENSE}[spec["name"]](corpus, spec["length"])
    out = timed_extract([text])
    out.update(
        dashes=sum(text.count(d) for d in DASHES),
        marks=sum(text.count(m) for m in '«»„“”‘’"'),
        lines=text.count("\n") + 1,
    )
    return out


def dictionary_kind() -> str:
    """Which implementation of pymorphy3's dictionary lookups is installed: the C one (the
    ``fast`` extra, DAWG2) or the pure-Python one."""
    try:
        import dawg  # noqa: F401
    except ImportError:
        return "pure-Python dictionary (DAWG2-Python)"
    return "C dictionary (DAWG2)"


def child_first(spec: dict[str, Any]) -> dict[str, Any]:
    """Each document once in a fresh process (after loading on WARM_UP), then once again; and
    razdel's tokenizer over the same texts in the same process, as a yardstick."""
    import razdel

    import quotex

    texts = [read(p) for p in spec["files"]]
    quotex.extract(WARM_UP)
    list(razdel.tokenize(WARM_UP))
    out: dict[str, Any] = {"chars": sum(map(len, texts)), "docs": len(texts)}
    for label in ("first", "warm"):
        t0 = time.perf_counter()
        for text in texts:
            quotex.extract(text)
        out[label] = time.perf_counter() - t0
        t0 = time.perf_counter()
        for text in texts:
            list(razdel.tokenize(text))
        out[f"razdel_{label}"] = time.perf_counter() - t0
    out["seconds"] = out["first"]
    out["dictionary"] = dictionary_kind()
    return out


def child_batch(spec: dict[str, Any]) -> dict[str, Any]:
    """``extract_many`` over every paragraph of the corpus as a document of its own (``times``
    over), with ``processes`` processes; the pool's start-up is in the time."""
    import quotex

    paragraphs = [p for path in spec["files"] for p in read(path).splitlines() if p.strip()]
    texts = paragraphs * spec["times"]
    t0 = time.perf_counter()
    quotes = sum(map(len, quotex.extract_many(texts, processes=spec["processes"])))
    seconds = time.perf_counter() - t0
    return {"chars": sum(map(len, texts)), "docs": len(texts), "seconds": seconds, "quotes": quotes}


def child_stream(spec: dict[str, Any]) -> dict[str, Any]:
    """Memory over a stream of documents full of words never seen before (pseudo-words), so
    every cache keeps meeting new keys: the resident size at checkpoints along the stream."""
    import random

    import quotex

    quotex.extract(WARM_UP)
    rng = random.Random(8)
    syllables = [c + v for c in "бвгдзклмнпрстфхцчшщ" for v in "аеиоуыэюя"]

    def word(capital: bool = False) -> str:
        w = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        return w.capitalize() if capital else w

    def document() -> str:
        lines = []
        for _ in range(8):
            said = " ".join(word() for _ in range(rng.randint(4, 12)))
            who = f"{word(True)} {word(True)}"
            lines.append(f"«{said.capitalize()}», — сказал {word()} {who}. {word(True)} {word()}.")
        return "\n".join(lines)

    total, checkpoints = spec["chars"], spec["checkpoints"]
    chars = docs = 0
    out: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for mark in checkpoints:
        while chars < total * mark:
            text = document()
            quotex.extract(text)
            chars += len(text)
            docs += 1
        gc.collect()
        out.append({"share": mark, "chars": chars, "docs": docs, "rss_kb": rss_kb()})
    seconds = time.perf_counter() - t0
    return {"checkpoints": out, "seconds": seconds, "peak_kb": peak_kb(), "caches": caches()}


def caches() -> list[list[Any]]:
    """``[name, entries, bound]`` of every functools cache in quotex holding over 1,000 entries
    (bound ``None``: unbounded)."""
    out = []
    for module_name, module in sorted(sys.modules.items()):
        if module_name != "quotex" and not module_name.startswith("quotex."):
            continue
        for name, f in sorted(vars(module).items()):
            info = getattr(f, "cache_info", None)
            if callable(info) and getattr(f, "__module__", None) == module_name:
                size = info()
                if size.currsize > 1000:
                    out.append([f"{module_name}.{name}", size.currsize, size.maxsize])
    return out


def child_baseline(spec: dict[str, Any]) -> dict[str, Any]:
    from baseline import quotes

    texts = [read(p) for p in spec["files"]]
    t0 = time.perf_counter()
    for text in texts:
        quotes(text)
    seconds = time.perf_counter() - t0
    strings = {doc: quotes(read(path)) for doc, path in spec["dev"]}
    return {"chars": sum(map(len, texts)), "seconds": seconds, "strings": strings, "failures": []}


CHILDREN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "extract": child_extract,
    "hostile": child_hostile,
    "stream": child_stream,
    "batch": child_batch,
    "first": child_first,
    "baseline": child_baseline,
}


# --- the driving side -------------------------------------------------------------------------


class ChildFailed(Exception):
    """A measuring process that timed out or crashed; the message says which."""


def run_child(spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        raise ChildFailed(f"timed out after {timeout:.0f} s") from None
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise ChildFailed(f"exit {proc.returncode}: {last}")
    return json.loads(proc.stdout)


def best_of(spec: dict[str, Any], repeat: int, timeout: float) -> dict[str, Any]:
    """The fastest of ``repeat`` fresh processes; a run slower than SLOW seconds is not
    repeated, and a timeout or a crash ends the tries."""
    runs = [run_child(spec, timeout)]
    while len(runs) < repeat and runs[-1]["seconds"] < SLOW:
        runs.append(run_child(spec, timeout))
    return min(runs, key=lambda r: r["seconds"])


def wall(cmd: list[str], n: int) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return times


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def peers_python(log: Callable[[str], None]) -> tuple[Path | None, dict[str, str]]:
    """The peers' interpreter, the peers installed in it; and why each one that is not, isn't."""
    python = venv_python(PEERS_VENV)
    problems: dict[str, str] = {}
    if not python.exists():
        log(f"making {PEERS_VENV.relative_to(ROOT)} for the peers")
        proc = subprocess.run(
            [sys.executable, "-m", "venv", "--clear", str(PEERS_VENV)],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            why = f"cannot make a venv: {first_error(proc.stdout + proc.stderr)}"
            return None, dict.fromkeys(PEER_PACKAGES, why)
    modules = {"dse": "direct_speech_extractor_ru", "natasha": "natasha"}
    for tool, package in PEER_PACKAGES.items():
        probe = [str(python), "-c", f"import {modules[tool]}"]
        if subprocess.run(probe, capture_output=True).returncode == 0:
            continue
        log(f"installing {package} into {PEERS_VENV.relative_to(ROOT)}")
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        proc = subprocess.run([*pip, package], capture_output=True, text=True)
        if proc.returncode != 0:
            problems[tool] = f"pip install {package} failed: {last_line(proc.stderr)}"
            continue
        proc = subprocess.run(probe, capture_output=True, text=True)
        if proc.returncode != 0:
            problems[tool] = f"import {modules[tool]} failed: {last_line(proc.stderr)}"
    return python, problems


def first_error(text: str) -> str:
    for line in text.splitlines():
        if "rror" in line:
            return line.strip()[:200]
    return last_line(text)


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if not line.startswith("WARNING")]
    return (lines or ["no message"])[-1][:200]


def run_peer(python: Path, tool: str, spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    OUT_DIR.mkdir(exist_ok=True)
    spec_path = OUT_DIR / f"spec-{tool}.json"
    spec_path.write_text(json.dumps({"tool": tool, **spec}, ensure_ascii=False), encoding="utf-8")
    cmd = [str(python), "-W", "ignore", str(HERE / "peers.py"), str(spec_path)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        raise ChildFailed(f"timed out after {timeout:.0f} s") from None
    if proc.returncode != 0:
        raise ChildFailed(f"exit {proc.returncode}: {last_line(proc.stderr)}")
    return json.loads(proc.stdout)


# --- predictions from strings, and scoring ----------------------------------------------------

STRIP = "«»„“”‟\"'‘’‹›—–‒―-" + " \t\n\r\u00a0"


def locate(text: str, strings: Sequence[str]) -> tuple[list[dict[str, Any]], int]:
    """Gold-format quotes for a tool's strings: each string, marks, dashes and spaces stripped
    from its ends, is looked for after the previous one (then anywhere); a span found twice is
    kept once. Also the number of strings not found.

    >>> locate("«Да», — сказал он. — Нет.", ["«Да»", "— Нет.", "Ага"])
    ([{'kind': 'direct', 'parts': [[1, 3]]}, {'kind': 'direct', 'parts': [[21, 25]]}], 1)
    """
    quotes: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    cursor = missed = 0
    for s in strings:
        core = s.strip(STRIP)
        if not core:
            continue
        i = text.find(core, cursor)
        if i < 0:
            i = text.find(core)
        if i < 0:
            missed += 1
            continue
        span = (i, i + len(core))
        cursor = span[1]
        if span not in seen:
            seen.add(span)
            quotes.append({"kind": "direct", "parts": [list(span)]})
    return quotes, missed


def score(args: argparse.Namespace, pred: Path | None) -> dict[str, Any]:
    """``quotex eval`` on the dev gold as JSON, of ``pred`` or (None) of quotex itself."""
    pairs = []
    for source in SOURCES:
        pairs += [str(args.corpus / source / "gold" / "dev.jsonl"), str(args.corpus / source)]
    cmd = [sys.executable, "-m", "quotex", "eval", *pairs, "--json"]
    if pred is not None:
        cmd += ["--pred", str(pred)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if proc.returncode != 0:
        raise ChildFailed(f"quotex eval: {last_line(proc.stderr)}")
    return json.loads(proc.stdout)


def predictions(name: str, dev: list[tuple[str, str]], strings: dict[str, Any]) -> tuple[Path, int]:
    """Write a tool's dev strings as a gold-format JSONL file; the file, the strings lost."""
    OUT_DIR.mkdir(exist_ok=True)
    path = OUT_DIR / f"pred-{name}.jsonl"
    lost = 0
    with path.open("w", encoding="utf-8") as f:
        for doc, text_path in dev:
            quotes, missed = locate(read(text_path), strings.get(doc) or [])
            lost += missed
            f.write(json.dumps({"doc": doc, "quotes": quotes}, ensure_ascii=False) + "\n")
    return path, lost


def prf(report: dict[str, Any]) -> str:
    d = report["detection"]
    return f"P {d['precision'] or 0:.3f}, R {d['recall'] or 0:.3f} ({d['gold']} gold quotes)"


# --- the run ----------------------------------------------------------------------------------


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{seconds * 1000:.2f} ms"


def cps(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f} chars/s" if seconds > 0 else "—"


def mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


def yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def corpus_files(corpus: Path, quick: bool) -> list[str]:
    files = [str(p) for source in SOURCES for p in sorted((corpus / source).glob("*.txt"))]
    if not files:
        raise SystemExit(f"bench: no .txt files under {corpus}/{{{','.join(SOURCES)}}}")
    return files[::8] if quick else files


def dev_docs(corpus: Path) -> list[tuple[str, str]]:
    docs = []
    for source in SOURCES:
        gold = corpus / source / "gold" / "dev.jsonl"
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)["doc"]
                docs.append((doc, str(corpus / source / f"{doc.split('/', 1)[-1]}.txt")))
    return docs


def commit() -> str:
    """The short commit of the work tree, ``+`` when quotex/ has uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "quotex"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout.strip()
    except OSError:
        return "?"
    return (head or "?") + ("+" if dirty else "")


def machine() -> list[str]:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    tree = commit()
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    import_version = subprocess.run(
        [sys.executable, "-c", "import quotex; print(quotex.__version__)"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return [
        f"- Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {os.cpu_count()} CPUs (nproc), {model}; {platform.system()} "
        f"{platform.release()}",
        f"- Python {platform.python_version()} ({sys.executable})",
        f"- quotex {import_version or '?'} at commit {tree}"
        + (" (+: with uncommitted changes in quotex/)" if tree.endswith("+") else ""),
        f"- Load average when the run started (1 / 5 / 15 min): {load}",
    ]


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.quick: bool = args.quick
        self.repeat: int = args.repeat or (1 if args.quick else 3)
        self.files = corpus_files(args.corpus, args.quick)
        self.dev = dev_docs(args.corpus)
        self.rows: list[Row] = []
        self.corpus_chars = sum(len(read(p)) for p in self.files)
        self.corpus_cps = 0.0
        self.corpus_seconds = 1.0

    def log(self, message: str) -> None:
        print(f"bench: {message}", file=sys.stderr, flush=True)

    def row(self, *cells: str) -> None:
        what, result, detail, target, met = cells
        self.rows.append((what, result, detail, target, met))
        self.log(f"{what}: {result} ({detail})")

    def timeout(self, chars: int, factor: float = 30) -> float:
        """Long enough for ``factor`` times the corpus's time per character (100,000 chars/s
        before it is measured), 20 s at least, an hour at most."""
        rate = self.corpus_cps or 100_000
        return min(3600.0, max(20.0, factor * chars / rate))

    def warm(self) -> None:
        r = best_of({"task": "extract", "files": self.files}, self.repeat, 1800)
        self.corpus_seconds = r["seconds"]
        self.corpus_cps = r["chars"] / r["seconds"]
        self.row(
            f"quotex `extract`, warm, corpus ({r['docs']} docs, {r['chars']:,} chars)",
            cps(r["chars"], r["seconds"]),
            f"{r['seconds']:.2f} s, best of {self.repeat} fresh processes; {r['quotes']:,} quotes",
            f"≥ {TARGET_CPS:,} chars/s",
            yes(self.corpus_cps >= TARGET_CPS),
        )
        self.row(
            "peak memory (maxrss), warm corpus run",
            mb(r["peak_kb"]),
            f"{mb(r['peak_kb_warm'])} after loading on the warm-up text",
            "—",
            "",
        )

    def cold(self) -> None:
        n = 3 if self.quick else 7
        code = f"import quotex; quotex.extract({COLD_TEXT!r})"
        times = wall([sys.executable, "-c", code], n)
        bare = wall([sys.executable, "-c", "pass"], n)
        median = statistics.median(times)
        self.row(
            "cold start: `python -c \"import quotex; quotex.extract('…')\"`",
            f"{median:.3f} s",
            f"median of {n} (min {min(times):.3f} s); `python -c pass` alone "
            f"{statistics.median(bare):.3f} s",
            f"< {TARGET_COLD} s",
            yes(median < TARGET_COLD),
        )

    def scaling(self) -> None:
        factors = (1, 2) if self.quick else (1, 2, 4, 8)
        for one_text, label in ((False, "as documents"), (True, "as one text")):
            base: dict[str, Any] | None = None
            for k in factors:
                spec = {"task": "extract", "files": self.files, "times": k, "one_text": one_text}
                try:
                    r = best_of(spec, self.repeat, self.timeout(k * self.corpus_chars))
                except ChildFailed as e:
                    self.row(f"scaling {label}, {k}×", "failed", str(e), "—", "**no**")
                    break
                if base is None:
                    base = r
                    continue
                ratio = r["seconds"] / base["seconds"]
                last = k == factors[-1]
                self.row(
                    f"scaling {label}, {k}× the corpus",
                    f"{ratio:.2f}× the time of 1×",
                    f"{r['chars']:,} chars in {r['seconds']:.2f} s "
                    f"({cps(r['chars'], r['seconds'])}); "
                    f"maxrss {mb(r['peak_kb'])} (1×: {mb(base['peak_kb'])})",
                    f"≤ {TARGET_SCALING * k:g}×" if last else "—",
                    yes(ratio <= TARGET_SCALING * k) if last else "",
                )

    def stream(self) -> None:
        chars = (1 if self.quick else 4) * self.corpus_chars
        spec = {"task": "stream", "chars": chars, "checkpoints": [0.125, 0.25, 0.5, 1.0]}
        try:
            r = run_child(spec, self.timeout(chars, 60))
        except ChildFailed as e:
            self.row("memory over a stream of new words", "failed", str(e), "—", "**no**")
            return
        points = r["checkpoints"]
        first, end = points[0], points[-1]
        fill = "; ".join(
            f"{name.removeprefix('quotex.')} {n:,}/"
            + ("unbounded" if bound is None else f"{bound:,}")
            for name, n, bound in r["caches"]
        )
        along = ", ".join(mb(p["rss_kb"]) for p in points[1:-1])
        self.row(
            "memory over a stream of documents of unseen words",
            f"RSS {mb(first['rss_kb'])} → {mb(end['rss_kb'])}",
            f"after {first['docs']:,} → {end['docs']:,} docs ({end['chars']:,} chars of "
            f"pseudo-words at {cps(end['chars'], r['seconds'])}); at ¼ and ½ of them {along}; "
            f"cache entries at the end: {fill or 'no cache over 1,000'}",
            "caches bounded",
            yes(all(bound is not None for _, _, bound in r["caches"])),
        )

    def first(self) -> None:
        """The first and the second pass over factrueval's news against razdel.tokenize."""
        files = sorted(str(p) for p in (self.args.corpus / "factrueval").glob("*.txt"))
        files = files[::8] if self.quick else files
        r = best_of(
            {"task": "first", "files": files}, self.repeat, self.timeout(4 * self.corpus_chars)
        )
        for label, target in (("first", TARGET_FIRST), ("warm", TARGET_WARM)):
            ratio = r[f"razdel_{label}"] / r[label]
            self.row(
                f"{'first pass, fresh process' if label == 'first' else 'second pass, warm'}:"
                f" factrueval ({r['docs']} docs, {r['chars']:,} chars) against razdel.tokenize",
                f"{ratio:.2f}× razdel's speed",
                f"quotex {cps(r['chars'], r[label])}, razdel.tokenize "
                f"{cps(r['chars'], r[f'razdel_{label}'])} in the same process; {r['dictionary']}",
                f"≥ {target:g}×",
                yes(ratio >= target),
            )

    def batch(self) -> None:
        """``extract_many`` with 1 and with 2 processes over many short documents."""
        times = 1 if self.quick else 3
        runs = {}
        for processes in (1, 2):
            spec = {"task": "batch", "files": self.files, "times": times, "processes": processes}
            try:
                runs[processes] = best_of(
                    spec, self.repeat, self.timeout(times * 2 * self.corpus_chars)
                )
            except ChildFailed as e:
                self.row(f"`extract_many`, {processes} processes", "failed", str(e), "—", "**no**")
                return
        one, two = runs[1], runs[2]
        self.row(
            f"`extract_many`, 2 processes against 1 ({two['docs']:,} docs, {two['chars']:,} chars)",
            f"{one['seconds'] / two['seconds']:.2f}× as fast",
            f"1 process {secs(one['seconds'])} ({cps(one['chars'], one['seconds'])}), "
            f"2 processes {secs(two['seconds'])} ({cps(two['chars'], two['seconds'])}); every "
            f"paragraph of the corpus a document, pool start-up included; {os.cpu_count()} CPUs",
            "2 faster than 1",
            yes(two["seconds"] < one["seconds"]),
        )

    def hostile(self) -> None:
        """Every hostile input at N and 4 N characters for each N of GROWTH_SIZES: how the time
        grows with the length, and the time per character against the corpus's."""
        from hostile import DENSE, HOSTILE

        per_char = self.corpus_seconds / self.corpus_chars
        sizes = (2_000,) if self.quick else GROWTH_SIZES
        for name in [*HOSTILE, *DENSE]:
            runs: dict[int, dict[str, Any]] = {}
            try:
                for n in sizes:
                    for length in (n, 4 * n):
                        spec = {"task": "hostile", "files": self.files, "name": name}
                        spec["length"] = length
                        runs[length] = best_of(spec, self.repeat, self.timeout(length, 100))
            except ChildFailed as e:
                self.row(f"hostile: {name}", "failed", str(e), self.hostile_target(), "**no**")
                continue
            growth = {n: runs[4 * n]["seconds"] / runs[n]["seconds"] for n in sizes}
            ratio = {k: r["seconds"] / r["chars"] / per_char for k, r in runs.items()}
            big = runs[4 * sizes[-1]]
            counts = f"dashes {big['dashes']:,}, marks {big['marks']:,}, lines {big['lines']:,}"
            times = ", ".join(f"{k:,}: {secs(r['seconds'])}" for k, r in runs.items())
            self.row(
                f"hostile: {name}",
                " / ".join(f"{growth[n]:.2f}×" for n in sizes)
                + f" for 4× the text; {max(ratio.values()):.2f}× the corpus's time per char",
                f"N = {' / '.join(f'{n:,}' for n in sizes)}; chars: time {times}; "
                f"at {4 * sizes[-1]:,} chars: {counts}; quotes found {big['quotes']:,}",
                self.hostile_target(),
                yes(
                    max(growth.values()) <= TARGET_GROWTH and max(ratio.values()) <= TARGET_HOSTILE
                ),
            )

    @staticmethod
    def hostile_target() -> str:
        return f"≤ {TARGET_GROWTH:g}× for 4×; ≤ {TARGET_HOSTILE:g}× per char"

    def accuracy(self) -> None:
        r = score(self.args, None)
        self.row(
            "quotex on the dev gold: all-kinds detection F1",
            f"F1 {r['detection']['f1']:.3f}",
            f"{prf(r)}, {r['docs']} docs",
            "—",
            "",
        )

    def peers(self) -> None:
        spec = {"files": self.files, "dev": self.dev}
        r = run_child({"task": "baseline", **spec}, 600)
        self.peer_row('naive regex baseline (paired « » and " ")', r, "baseline")
        if self.args.no_peers:
            return
        python, problems = peers_python(self.log)
        labels = {"dse": "direct-speech-extractor-ru", "natasha": "natasha NER pass"}
        for tool in ("dse", "natasha"):
            if python is None or tool in problems:
                why = problems.get(tool, "no peers venv")
                self.log(f"{labels[tool]}: skipped: {why}")
                self.row(labels[tool], "not run", why, "—", "")
                continue
            try:
                r = run_peer(python, tool, spec, max(600.0, self.timeout(self.corpus_chars, 100)))
            except ChildFailed as e:
                self.log(f"{labels[tool]}: {e}")
                self.row(labels[tool], "failed", str(e), "—", "")
                continue
            label = f"{labels[tool]} {r['version']}"
            if tool == "natasha":
                label += " (Segmenter + NewsEmbedding + NewsNERTagger)"
                failures = len(r["failures"])
                self.row(
                    label,
                    cps(r["chars"], r["seconds"]),
                    f"{r['chars']:,} chars in {r['seconds']:.2f} s, {r['docs']} docs; "
                    f"models loaded in {r['load_seconds']:.2f} s"
                    + (f"; failed on {failures} docs" if failures else ""),
                    "—",
                    "",
                )
            else:
                self.peer_row(label, r, "dse")

    def peer_row(self, label: str, r: dict[str, Any], name: str) -> None:
        strings = r["strings"]
        crashed = sum(v is None for v in strings.values())
        pred, lost = predictions(name, self.dev, strings)
        report = score(self.args, pred)
        notes = [f"{r['chars']:,} chars in {secs(r['seconds'])}", prf(report)]
        if r["failures"]:
            notes.append(f"raised on {len(r['failures'])} of the corpus docs")
        if crashed:
            notes.append(f"raised on {crashed} dev docs")
        if lost:
            notes.append(f"{lost} strings not found in the text")
        self.row(
            label,
            f"{cps(r['chars'], r['seconds'])}; F1 {report['detection']['f1'] or 0:.3f}",
            "; ".join(notes),
            "—",
            "",
        )

    def run(self) -> str:
        t0 = time.perf_counter()
        header = machine()
        start = commit()
        self.log(f"{len(self.files)} corpus files, {len(self.dev)} dev docs, repeat {self.repeat}")
        steps: list[Callable[[], None]] = [
            self.warm,
            self.first,
            self.cold,
            self.scaling,
            self.stream,
            self.batch,
            self.hostile,
            self.accuracy,
            self.peers,
        ]
        only = set(self.args.only.split(",")) if self.args.only else None
        for step in steps:
            if only is not None and step.__name__ not in only:
                continue
            try:
                step()
            except ChildFailed as e:
                self.row(step.__name__, "failed", str(e), "—", "**no**")
        minutes = (time.perf_counter() - t0) / 60
        end = commit()
        if end != start:
            header.append(f"- **The work tree changed during the run**: commit {start} → {end}")
        return render(header, self.rows, self.quick, minutes)


def render(header: list[str], rows: list[Row], quick: bool, minutes: float) -> str:
    cells = [("measurement", "result", "detail", "target", "met"), *rows]
    table = ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
    table.insert(1, "|" + "---|" * 5)
    command = "python benchmarks/bench.py --corpus ../shared/corpus" + (" --quick" if quick else "")
    return "\n".join(
        [
            "# Benchmarks",
            "",
            f"Made by `{command}` (see benchmarks/bench.py), {minutes:.1f} minutes"
            + (" — **quick mode: an eighth of the corpus, not the real figures**" if quick else "")
            + ". Run it from the repository root with the interpreter quotex is installed in; "
            "`--quick` is a smoke run of about a minute that writes nothing. The first run makes "
            "benchmarks/.venv-peers and installs the peers there (network needed once).",
            "",
            *header,
            "",
            *table,
            "",
            HOW,
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--quick", action="store_true", help="a fast smoke run")
    parser.add_argument("--repeat", type=int, default=0, help="fresh processes per figure")
    parser.add_argument("--no-peers", action="store_true", help="skip the peers' venv")
    parser.add_argument("--only", help="comma-separated steps: warm,cold,scaling,stream,...")
    parser.add_argument("--out", help="where to write the markdown (default docs/benchmarks.md)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = json.loads(args.child)
        print(json.dumps(CHILDREN[spec["task"]](spec), ensure_ascii=False))
        return 0
    args.corpus = args.corpus.resolve()
    markdown = Bench(args).run()
    print(markdown)
    out = args.out or (None if args.quick else str(DOC))
    if out and out != "-":
        Path(out).write_text(markdown, encoding="utf-8")
        print(f"bench: written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
