"""Cover art drawn with Pillow: the feed's cover and each edition's embedded APIC picture.

Apple Podcasts rejects a feed whose image is smaller than 1400×1400 pixels, so
a feed without ``--image`` gets a generated one. Each edition can carry its own
picture (ID3 ``APIC``, type 3 "front cover"), which podcast apps and car
stereos show while it plays.

The art is plain on purpose: a colour derived from the title (so covers of
different feeds differ, and the same title always gives the same colour), the
title wrapped in large type, and a small line saying the audio is AI-voiced.
It uses only the font Pillow ships (``ImageFont.load_default(size=...)``,
Pillow >= 10.1), so it looks the same on every machine, and PNG output with no
timestamps, so the same title gives the same bytes.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import os
import shutil
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FEED_COVER_SIZE = 1400
EDITION_COVER_SIZE = 600
FOOTER = "AI-voiced audio edition"


def _colours(seed: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """A dark background and a light accent, picked by hashing ``seed``."""
    hue = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:2], "big") / 65536
    dark = colorsys.hls_to_rgb(hue, 0.22, 0.55)
    light = colorsys.hls_to_rgb(hue, 0.80, 0.70)
    return (
        tuple(round(c * 255) for c in dark),  # type: ignore[return-value]
        tuple(round(c * 255) for c in light),  # type: ignore[return-value]
    )


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Greedy word wrap to ``width`` pixels (a word longer than a line is cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        while draw.textlength(word, font=font) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and draw.textlength(word[:cut] + "-", font=font) > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _fit(draw: ImageDraw.ImageDraw, text: str, width: int, height: int, start: int):
    """The largest font size (down from ``start``) at which ``text`` fits the box."""
    size = start
    while True:
        font = ImageFont.load_default(size=size)
        lines = _wrap(draw, text, font, width)
        line_height = round(size * 1.2)
        if len(lines) * line_height <= height or size <= 12:
            return font, lines, line_height
        size = max(12, int(size * 0.9))


def cover_png(title: str, subtitle: str | None = None, *, size: int = FEED_COVER_SIZE) -> bytes:
    """A square PNG cover showing ``title`` (and ``subtitle``, e.g. the site), deterministic."""
    if size < 16:
        raise ValueError("a cover must be at least 16 pixels square")
    background, accent = _colours(title)
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    margin = size // 12
    inner = size - 2 * margin
    # accent bar at the top
    draw.rectangle([margin, margin, margin + inner // 4, margin + max(2, size // 70)], fill=accent)
    footer_font = ImageFont.load_default(size=max(10, size // 32))
    footer_y = size - margin - round(footer_font.size * 1.2)
    draw.text((margin, footer_y), FOOTER, font=footer_font, fill=accent)
    top = margin + size // 14
    bottom = footer_y - size // 20
    if subtitle:
        sub_font, sub_lines, sub_lh = _fit(draw, subtitle, inner, (bottom - top) // 4,
                                           max(12, size // 22))
        for i, line in enumerate(sub_lines):
            draw.text((margin, bottom - (len(sub_lines) - i) * sub_lh), line, font=sub_font,
                      fill=accent)
        bottom -= len(sub_lines) * sub_lh + size // 30
    font, lines, line_height = _fit(draw, title, inner, bottom - top, max(12, size // 9))
    for i, line in enumerate(lines):
        draw.text((margin, top + i * line_height), line, font=font, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def edition_cover_png(title: str, site: str | None = None, *,
                      size: int = EDITION_COVER_SIZE) -> bytes:
    """The cover of one edition: its title and the site it comes from.

    600×600 by default: large enough for a phone's lock screen, small enough
    (a few tens of kilobytes) not to weigh on the MP3.
    """
    return cover_png(title, site, size=size)


def embed_cover(mp3_path: str | Path, png_bytes: bytes, *, mime: str = "image/png") -> None:
    """Embed ``png_bytes`` as the front-cover APIC of the MP3, replacing any earlier cover.

    The tag is rewritten with the chapter-ordering ID3 writer of
    :mod:`narrate.tag` (CTOC then CHAP frames in time order, in the tag's own
    ID3 version), on a copy that replaces the file only when complete. If a
    manifest lies beside the MP3, its ``mp3_bytes`` is updated to match.

    This rewrites an edition in place, as a run narrating the same article
    would: the caller holds the folder's *exclusive* lock
    (:func:`narrate.outdir.lock_folder`; ``narrate feed`` does), or an article
    run could replace the MP3 between the copy and the rename and have its new
    audio undone, with a manifest sized for the old one.
    """
    from mutagen.id3 import APIC, PictureType

    from .tag import _ChapterOrderedID3, write_tags

    path = Path(mp3_path)
    version = 3
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".cover.part")
    os.close(fd)
    try:
        shutil.copyfile(path, tmp)
        tags = _ChapterOrderedID3(tmp)
        version = tags.version[1]
        tags.delall("APIC")
        tags.add(APIC(encoding=3, mime=mime, type=PictureType.COVER_FRONT, desc="Cover",
                      data=png_bytes))
        write_tags(tmp, tags, version)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _update_manifest_size(path)


def _update_manifest_size(mp3: Path) -> None:
    import json

    manifest = mp3.with_suffix(".json")
    if not manifest.is_file():
        return
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # not ours to repair: the feed skips it and verify reports it
    if not isinstance(data, dict):
        return
    size = mp3.stat().st_size
    if data.get("mp3_bytes") == size:
        return
    data["mp3_bytes"] = size
    from .sidecars import manifest_json

    fd, tmp = tempfile.mkstemp(dir=mp3.parent, prefix=f".{mp3.stem}.", suffix=".json.part")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(manifest_json(data))
    os.chmod(tmp, 0o644)
    os.replace(tmp, manifest)


def embed_edition_cover(mp3_path: str | Path) -> bool:
    """Draw and embed the cover of the edition at ``mp3_path`` from its manifest.

    Returns False (and changes nothing) when the MP3 already carries exactly
    that picture, so re-running is cheap and leaves the file as it was.
    """
    from mutagen.id3 import ID3

    from .manifest import ManifestError, load_manifest

    path = Path(mp3_path)
    try:
        manifest = load_manifest(path.with_suffix(".json")).data
    except ManifestError:
        manifest = {}  # a cover from the file name: the manifest is reported elsewhere
    png = edition_cover_png(manifest.get("title") or path.stem, manifest.get("site"))
    existing = [f.data for f in ID3(path).getall("APIC")]
    if existing == [png]:
        return False
    embed_cover(path, png)
    return True
