"""Chapter plans before and after issue 14's rules, on one half of evaluation sets.

    python bench/chapters.py check scrapinghub

"before" is the old ``auto`` rule (sections whenever any heading exists, else one
chapter per paragraph; titles the first 50 characters of the first block);
"after" is :func:`narrate.script.build_script`. Counted per set: body chapters,
chapters under 20 s (words at 175 wpm), pages of six or more paragraphs narrated
as one chapter over 3 minutes, and titles with stray punctuation at either end.
"""
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.halves import in_half
from narrate.extract import extract_article
from narrate.script import build_script

which = sys.argv[1]
sets = sys.argv[2:]
STRAY = re.compile(r'^[\"“”‘’\'«»—–\-•*:]|[:;,—–\-]$')

def old_groups(blocks):
    mode = "section" if any(b.kind == "heading" for b in blocks) else "paragraph"
    groups = []
    for pos, b in enumerate(blocks):
        if mode == "paragraph":
            if groups and blocks[groups[-1][-1]].kind == "heading":
                groups[-1].append(pos)
            else:
                groups.append([pos])
        elif b.kind == "heading" or not groups:
            groups.append([pos])
        else:
            groups[-1].append(pos)
    return groups

def secs(blocks, group):
    return sum(len(blocks[p].text.split()) for p in group) * 60 / 175

stats = {k: {"pages": 0, "chapters": 0, "short": 0, "lone_long": 0, "stray": 0}
         for k in ("before", "after")}
for name in sets:
    root = Path("/work/shared/evaldata") / name
    for page in sorted((root / "html").glob("*.html.gz")):
        pid = page.name[: -len(".html.gz")]
        if not in_half(pid, which):
            continue
        try:
            art = extract_article(gzip.decompress(page.read_bytes()), url=None, source=str(page))
        except Exception:
            continue
        blocks = art.blocks
        paras = sum(b.kind == "paragraph" for b in blocks)
        og = old_groups(blocks)
        old_titles = [" ".join(blocks[g[0]].text.split())[:50] for g in og]
        new = build_script(art)
        # durations of new chapters from their paragraphs
        pidx = [i for i, b in enumerate(blocks) if b.kind == "paragraph"]
        for label, durs, titles in (
            ("before", [secs(blocks, g) for g in og], old_titles),
            ("after",
             [sum(len(blocks[pidx[p]].text.split()) for p in c.paragraphs) * 60 / 175
              for c in new.chapters[1:]],
             [c.title for c in new.chapters[1:]]),
        ):
            s = stats[label]
            s["pages"] += 1
            s["chapters"] += len(durs)
            s["short"] += sum(d < 20 for d in durs)
            s["lone_long"] += int(len(durs) == 1 and durs[0] > 180 and paras >= 6)
            s["stray"] += sum(bool(STRAY.search(t)) for t in titles)
print(which, sets, json.dumps(stats, indent=1))
