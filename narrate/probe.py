"""Read an edition back: tags, chapters in file order, duration and the manifest.

Used by ``narrate inspect`` and by the tests, so that what we assert is what a
player reads from the file, not what we meant to write.
"""

from __future__ import annotations

import json
from pathlib import Path

from mutagen import MutagenError
from mutagen.mp3 import MP3

from .errors import InputError


def read_edition(path: str | Path) -> dict:
    """Everything an MP3 edition carries, as plain data."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; give the path of an edition's .mp3.")
    try:
        audio = MP3(path)
    except MutagenError as exc:
        raise InputError(f"{path} is not a readable MP3 ({exc}).") from None
    tags = audio.tags
    info = {
        "path": str(path),
        "bytes": path.stat().st_size,
        "duration_s": round(audio.info.length, 3),
        "sample_rate": audio.info.sample_rate,
        "channels": audio.info.channels,
        "bitrate_kbps": audio.info.bitrate // 1000,
        "bitrate_mode": str(audio.info.bitrate_mode).split(".")[-1],
        "id3_version": f"2.{tags.version[1]}" if tags is not None else None,
        "tags": {},
        "toc": None,
        "chapters": [],
        "frame_order": [],
    }
    if tags is None:
        return info
    for key, frame in tags.items():
        fid = frame.FrameID
        if fid in ("CHAP", "CTOC", "USLT"):
            continue
        if fid == "WOAS":
            info["tags"][key] = frame.url
        elif fid == "COMM":
            info["tags"]["COMM"] = str(frame.text[0]) if frame.text else ""
        elif fid == "TDRC" and tags.version[1] == 3:
            # mutagen reads v2.3's TYER + TDAT as one TDRC; say what the file holds
            info["tags"]["TYER+TDAT"] = str(frame.text[0])
        else:
            info["tags"][key] = str(frame.text[0]) if getattr(frame, "text", None) else str(frame)
    uslt = tags.getall("USLT")
    if uslt:
        info["tags"]["USLT"] = uslt[0].text
    info["frame_order"] = [f.HashKey for f in _frames_in_file_order(tags)]
    for frame in tags.getall("CTOC"):
        info["toc"] = {
            "element_id": frame.element_id,
            "flags": int(frame.flags),
            "children": list(frame.child_element_ids),
            "title": _sub_title(frame),
        }
    info["chapters"] = [
        {
            "element_id": f.element_id,
            "start_ms": f.start_time,
            "end_ms": f.end_time,
            "start_offset": f.start_offset,
            "end_offset": f.end_offset,
            "title": _sub_title(f),
        }
        for f in _frames_in_file_order(tags)
        if f.FrameID == "CHAP"
    ]
    manifest = path.with_suffix(".json")
    if manifest.is_file():
        try:
            info["manifest"] = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info["manifest"] = None
    return info


def _sub_title(frame) -> str | None:
    titles = frame.sub_frames.getall("TIT2")
    return str(titles[0].text[0]) if titles else None


def _frames_in_file_order(tags):
    """mutagen keeps frames in load order, which is their order in the file."""
    return list(tags.values())
