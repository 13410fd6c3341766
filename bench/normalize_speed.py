"""CPU cost of the normalizer, this tree against another checkout, on the same article bodies.

Wall-clock figures on a shared machine swing with the load; CPU time of the normalizing process
does not, so each tree is timed with ``time.process_time`` in its own fresh interpreter,
alternating rounds, and the medians are compared. The one-time cost (compiling the pattern,
loading the word list) is reported apart, as the first call of a fresh process after import.

    python bench/normalize_speed.py --before ../main [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: ../shared/evaldata beside the checkout (or two levels up, for a worktree under wt/)
EVALDATA = next((p for p in (ROOT.parent / "shared" / "evaldata",
                             ROOT.parent.parent / "shared" / "evaldata") if p.exists()),
                ROOT.parent / "shared" / "evaldata")

_CHILD = r"""
import json, sys, time
bodies = json.load(sys.stdin)
from narrate.normalize import normalize
t0 = time.process_time()
normalize("The FBI said ONLY $5 on Oct. 23.")
first = time.process_time() - t0
t0 = time.process_time()
for b in bodies:
    normalize(b, "en")
run = time.process_time() - t0
print(json.dumps({"first": first, "run": run}))
"""


def load_bodies() -> list[str]:
    """ScrapingHub ground-truth bodies of 300+ words (the set bench/normalize.py times)."""
    path = EVALDATA / "scrapinghub" / "ground_truth.jsonl"
    bodies = [json.loads(line).get("articleBody") or "" for line in path.open(encoding="utf-8")]
    return [b for b in bodies if len(b.split()) >= 300]


def time_tree(tree: Path, bodies: list[str]) -> dict[str, float]:
    """One fresh interpreter with ``tree`` first on the path: first-call and run CPU seconds."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(bodies), env=env,
                         capture_output=True, text=True, check=True, cwd=str(tree))
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="another checkout (e.g. main)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    bodies = load_bodies()
    words = sum(len(b.split()) for b in bodies)
    trees = {"before": args.before.resolve(), "after": ROOT}
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            runs[name].append(time_tree(tree, bodies))
    print(f"{len(bodies)} articles, {words:,} words, {args.rounds} rounds (CPU time)")
    for name, rs in runs.items():
        per_k = [r["run"] * 1000 / words * 1000 for r in rs]
        first = statistics.median(r["first"] * 1000 for r in rs)
        print(f"{name:6}: {statistics.median(per_k):.1f} ms per 1,000 words (best "
              f"{min(per_k):.1f}); first call {first:.0f} ms")


if __name__ == "__main__":
    main()
