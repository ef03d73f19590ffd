"""The binding against the CLI, on offsets, on many cores, and on bad input."""

import json
import os
import threading
import time

import pytest

import whosaid
from conftest import all_spans, read_text, run_cli

# Articles whose offsets Python and the engine could count differently if
# either counted bytes or UTF-16 units: emoji (outside the BMP, some joined
# by ZWJ), CJK, combining marks, a BOM, CRLF line ends.
UNICODE_ARTICLES = [
    "😀🎉 “We will not retreat,” the mayor said. 👩‍👩‍👧 Officials said the bridge was safe.",
    "东京 — “我们不会撤退,” 市长说. “We will not retreat,” Mayor Tanaka Hiroshi said on Monday, "
    "and 大阪 officials said that the barrier may open in 2027.",
    "Cafe\u0301 owner Rene\u0301e Zo\u0308llner said that prices rose. “Nai\u0308ve,” "
    "the mayor said of the plan, according to 𝒯𝒽ℯ 𝒯𝒾𝓂ℯ𝓈.",
    "\ufeffHeadline\r\n\r\n“No,” she said.\r\nExports fell, the ministry said. 🇺🇦 "
    "According to court filings, the firm may have underbid.",
]


def test_the_contract_equals_the_cli_for_every_article(articles, cli_analyses):
    mismatched = [p.name for p in articles if whosaid.analyze(read_text(p)) != cli_analyses[p]]
    assert not mismatched, f"{len(mismatched)} differ from the CLI: {mismatched}"
    # The comparison has substance: the articles hold claims and sources.
    assert sum(len(a["claims"]) for a in cli_analyses.values()) > 1000
    assert sum(len(a["sources"]) for a in cli_analyses.values()) > 300


def test_analyze_json_is_the_same_document(articles):
    for path in articles[:20]:
        text = read_text(path)
        js = whosaid.analyze_json(text)
        assert json.loads(js) == whosaid.analyze(text), path.name
        # The dict's keys come in the contract's order: dumps gives the same JSON.
        assert json.dumps(whosaid.analyze(text), ensure_ascii=False, separators=(",", ":")) == js


def test_the_seed_gives_the_contracts_example_claim(articles):
    seed = next((p for p in articles if p.name == "article.txt"), None)
    if seed is None:
        pytest.skip("../shared/seed is not beside the repository")
    doc = whosaid.analyze(read_text(seed))
    # ATTRIBUTION.md's example: Peskov's "in the pipeline" at code points 1651..1680.
    assert any(
        c["content"]["start"] == 1651 and c["content"]["end"] == 1680 for c in doc["claims"]
    ), [c["content"] for c in doc["claims"]]


def test_every_span_slices_the_text_in_every_article(articles):
    spans = 0
    for path in articles:
        text = read_text(path)
        for where, span in all_spans(whosaid.analyze(text)):
            assert text[span["start"] : span["end"]] == span["text"], (path.name, where, span)
            spans += 1
    assert spans > 3000


@pytest.mark.parametrize("text", UNICODE_ARTICLES)
def test_offsets_slice_on_emoji_cjk_and_combining_marks(text, cli, tmp_path):
    doc = whosaid.analyze(text)
    assert doc["claims"], "the article has claims to check"
    checked = 0
    for where, span in all_spans(doc):
        assert text[span["start"] : span["end"]] == span["text"], (where, span)
        # The span lies after non-ASCII text, so a byte or UTF-16 count would differ.
        if any(ord(ch) > 0x7F for ch in text[: span["start"]]):
            checked += 1
    assert checked > 0
    # And the CLI, reading the same bytes from a file, says the same.
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    assert run_cli(cli, [path])[path] == doc


def test_offsets_after_a_prefix_of_astral_characters(articles):
    # Every article again behind emoji, CJK and combining marks: every span still slices.
    prefix = "👩‍👩‍👧🇺🇦 東京 e\u0301\u0301 𝒯.\n\n"
    for path in articles[:30]:
        text = prefix + read_text(path)
        doc = whosaid.analyze(text)
        assert doc["claims"]
        for where, span in all_spans(doc):
            assert text[span["start"] : span["end"]] == span["text"], (path.name, where)


def test_empty_and_tiny_texts():
    assert whosaid.analyze("") == {"version": 1, "claims": [], "sources": []}
    assert whosaid.analyze(" ")["claims"] == []
    assert whosaid.CONTRACT_VERSION == 1
    assert whosaid.analyze("“No,” he said.")["claims"][0]["kind"] == "direct_quote"


def test_analyze_many_equals_a_loop_of_analyze(articles):
    texts = [read_text(p) for p in articles]
    one_by_one = [whosaid.analyze(t) for t in texts]
    assert whosaid.analyze_many(texts) == one_by_one
    assert whosaid.analyze_many(texts, threads=1) == one_by_one
    assert whosaid.analyze_many(tuple(texts), threads=3) == one_by_one
    assert whosaid.analyze_many((t for t in texts[:5]), threads=64) == one_by_one[:5]
    assert whosaid.analyze_many([]) == []
    assert whosaid.analyze_many(["“No,” he said."]) == [whosaid.analyze("“No,” he said.")]


def _thread_cpu_ticks():
    """CPU time (user + system, in clock ticks) of each thread of this process."""
    ticks = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended
        ticks[int(tid)] = int(fields[11]) + int(fields[12])  # utime, stime
    return ticks


def _watch(call):
    """Runs ``call`` while a Python thread samples the process's threads:
    returns the CPU ticks of each thread that appeared during the call, and
    how many times the watcher ran Python code while the call was running."""
    before = set(_thread_cpu_ticks())
    seen = {}
    rounds = [0]
    done = threading.Event()
    started = threading.Event()

    def watcher():
        me = threading.get_native_id()
        started.set()
        while not done.is_set():
            for tid, t in _thread_cpu_ticks().items():
                if tid not in before and tid != me:
                    seen[tid] = max(seen.get(tid, 0), t)
            rounds[0] += 1
            time.sleep(0.002)

    w = threading.Thread(target=watcher)
    w.start()
    started.wait()
    start_rounds = rounds[0]
    call()
    during = rounds[0] - start_rounds
    done.set()
    w.join()
    return seen, during


@pytest.fixture(scope="module")
def workload(articles):
    # Enough work for about a second or more on one core.
    texts = [read_text(p) for p in articles]
    t0 = time.process_time()
    whosaid.analyze_many(texts, threads=1)
    once = max(time.process_time() - t0, 1e-3)
    return texts * max(1, int(1.0 / once) + 1)


def test_analyze_many_releases_the_gil_while_the_engine_runs(workload):
    # One thread: the whole analysis runs on the calling thread without the
    # GIL (the dicts are built after it, with the GIL).
    results = []
    seen, during = _watch(lambda: results.append(whosaid.analyze_many(workload, threads=1)))
    assert len(results[0]) == len(workload)
    assert not seen, "threads=1 starts no thread"
    # The watcher, a Python thread, ran all along the call.
    assert during >= 20, f"the watcher ran {during} times during the call"


@pytest.mark.parametrize("threads", [2, None])
def test_analyze_many_works_on_several_threads(threads, workload):
    if threads is None and whosaid.default_threads() < 2:
        pytest.skip("one core: the default is one worker")
    expected_workers = threads or whosaid.default_threads()
    results = []
    seen, during = _watch(lambda: results.append(whosaid.analyze_many(workload, threads=threads)))
    assert len(results[0]) == len(workload)
    # This thread builds the dicts with the GIL while the workers analyze
    # without it, and lets go of it whenever it waits for them: the watcher ran.
    assert during >= 1, f"the watcher ran {during} times during the call"
    # The expected number of worker threads appeared, and every one of them
    # did real work: CPU time as the kernel counts it per thread, so a loaded
    # machine makes the call slower but cannot fail this.
    assert len(seen) == expected_workers, seen
    busy = [tid for tid, ticks in seen.items() if ticks > 0]
    assert len(busy) == expected_workers, seen


def test_default_threads_is_the_usable_cores():
    n = whosaid.default_threads()
    assert 1 <= n <= (os.cpu_count() or 1)
    assert n <= len(os.sched_getaffinity(0))


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, 42, 4.2, ["a list"], object()])
@pytest.mark.parametrize("fn", [whosaid.analyze, whosaid.analyze_json])
def test_a_non_str_raises_type_error(fn, bad):
    with pytest.raises(TypeError, match=r"^text must be str, not "):
        fn(bad)


def test_analyze_many_rejects_what_is_not_an_iterable_of_str():
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not bytes"):
        whosaid.analyze_many(["ok", b"bytes"])
    with pytest.raises(TypeError, match=r"texts\[0\] must be str, not NoneType"):
        whosaid.analyze_many([None])
    with pytest.raises(TypeError, match="not a str"):
        whosaid.analyze_many("a str is not a list of texts")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        whosaid.analyze_many(42)
    with pytest.raises(TypeError, match="iterable of str, not NoneType"):
        whosaid.analyze_many(None)
    with pytest.raises(ValueError, match="threads must be at least 1, not 0"):
        whosaid.analyze_many(["x"], threads=0)
    with pytest.raises(ValueError, match="not -3"):
        whosaid.analyze_many(["x"], threads=-3)
    with pytest.raises(TypeError):
        whosaid.analyze_many(["x"], threads="2")
    with pytest.raises(TypeError):
        whosaid.analyze()
    # An iterator that fails part-way: its own error comes through.
    def broken():
        yield "fine"
        raise KeyError("from the iterator")

    with pytest.raises(KeyError, match="from the iterator"):
        whosaid.analyze_many(broken())


def test_a_lone_surrogate_raises_unicode_encode_error():
    with pytest.raises(UnicodeEncodeError):
        whosaid.analyze("“No,” he said. \ud800")
    with pytest.raises(UnicodeEncodeError):
        whosaid.analyze_many(["ok", "\udfff"])


def test_the_interpreter_survives_bad_input_in_a_fresh_process():
    # The same bad calls in a child interpreter: it must exit normally (a
    # crash would end it by a signal instead).
    import subprocess
    import sys

    code = (
        "import whosaid\n"
        "for bad in (b'x', None, 1, object()):\n"
        "    for fn in (whosaid.analyze, whosaid.analyze_json, lambda b: whosaid.analyze_many([b])):\n"
        "        try: fn(bad)\n"
        "        except TypeError: pass\n"
        "        else: raise SystemExit('no TypeError for %r' % (bad,))\n"
        "print('alive')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "alive"


def test_the_package_is_typed():
    import importlib.resources

    files = importlib.resources.files("whosaid")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("_whosaid.pyi").is_file()
    for fn in (whosaid.analyze, whosaid.analyze_json, whosaid.analyze_many):
        assert fn.__doc__ and len(fn.__doc__) > 40


def test_analyze_many_leaves_the_garbage_collector_as_it_was(articles):
    import gc

    texts = [read_text(p) for p in articles[:10]]
    assert gc.isenabled()
    for threads in (1, 2):
        whosaid.analyze_many(texts, threads=threads)
        assert gc.isenabled()
    gc.disable()
    try:
        whosaid.analyze_many(texts, threads=2)
        assert not gc.isenabled()
    finally:
        gc.enable()
    # The new containers go to the oldest generation, not left for the next
    # young collection to walk, and nothing stays frozen.
    assert gc.get_freeze_count() == 0
    kept = whosaid.analyze_many(texts * 20, threads=1)
    assert gc.get_count()[0] < 700, gc.get_count()
    assert gc.get_freeze_count() == 0
    del kept
    # Objects the program froze itself stay frozen.
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        whosaid.analyze_many(texts, threads=2)
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()


def test_claim_columns_are_the_claims_of_analyze_as_columns(articles):
    texts = [read_text(p) for p in articles]
    names = [
        "row", "claim_id", "kind", "content", "content_start", "content_end",
        "cue", "cue_start", "cue_end", "source_id", "source_name", "source_kind",
        "role", "affiliation", "source_mention", "mention_start", "mention_end",
        "stance", "hedges", "hedge_starts", "hedge_ends",
    ]
    expected = {n: [] for n in names}
    for row, doc in enumerate(whosaid.analyze_many(texts)):
        sources = {s["id"]: s for s in doc["sources"]}
        for c in doc["claims"]:
            s = sources.get(c["source"], {})
            cue, m = c["cue"] or {}, c["source_mention"] or {}
            for name, value in zip(names, [
                row, c["id"], c["kind"], c["content"]["text"], c["content"]["start"],
                c["content"]["end"], cue.get("text"), cue.get("start"), cue.get("end"),
                c["source"], s.get("name"), s.get("kind"), s.get("role"), s.get("affiliation"),
                m.get("text"), m.get("start"), m.get("end"), c["stance"],
                [h["text"] for h in c["hedges"]], [h["start"] for h in c["hedges"]],
                [h["end"] for h in c["hedges"]],
            ]):
                expected[name].append(value)
    assert len(expected["row"]) > 1500
    for threads in (1, 2):
        got = whosaid.claim_columns(texts, threads=threads)
        assert list(got) == names
        assert got == expected
    assert whosaid.claim_columns([]) == {n: [] for n in names}
    with pytest.raises(TypeError, match=r"texts\[0\] must be str"):
        whosaid.claim_columns([b"x"])
    with pytest.raises(TypeError, match="not a str"):
        whosaid.claim_columns("text")
