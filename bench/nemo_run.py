"""Run NVIDIA NeMo's deterministic English text normalizer over sentences and cache its outputs.

This script runs in its *own* virtual environment (see bench/requirements-nemo.txt), never in
narrate's: NeMo needs pynini, its grammars take minutes to compile and it reads about a sentence a
second. bench/normalize.py calls it for the sentences its cache does not have yet, so later runs
(and the run after a normalizer change) need neither NeMo nor the wait.

    /work/nemo-venv/bin/python bench/nemo_run.py --cache FILE --grammars DIR < sentences.jsonl

Input: one JSON string (a sentence) per line. Each output line appended to ``--cache`` is
``{"text": <sentence>, "nemo": <NeMo's reading or null if NeMo failed>}``; the file is flushed
after every sentence, so an interrupted run keeps what it did.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", required=True, help="JSONL file the outputs are appended to")
    ap.add_argument("--grammars", required=True, help="NeMo cache_dir for the compiled grammars")
    args = ap.parse_args()

    from nemo_text_processing.text_normalization.normalize import Normalizer

    t0 = time.perf_counter()
    normalizer = Normalizer(input_case="cased", lang="en", cache_dir=args.grammars)
    print(f"grammars ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    sentences = [json.loads(line) for line in sys.stdin if line.strip()]
    t0 = time.perf_counter()
    with open(args.cache, "a", encoding="utf-8") as out:
        for i, text in enumerate(sentences, 1):
            try:
                reading = normalizer.normalize(text, verbose=False, punct_post_process=True)
            except Exception:  # NeMo gives up on some inputs: record that, keep going
                reading = None
            out.write(json.dumps({"text": text, "nemo": reading}, ensure_ascii=False) + "\n")
            out.flush()
            if i % 100 == 0:
                rate = i / (time.perf_counter() - t0)
                print(f"{i}/{len(sentences)} ({rate:.1f}/s)", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
