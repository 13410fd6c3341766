"""narrate: news articles in, podcast-style audio editions out.

The pipeline, one module per stage::

    sources → extract → script (normalize) → synthesize → assemble → master
            → encode → tag → sidecars

:func:`narrate.narrate` runs it all; each stage is importable on its own.
"""

__version__ = "0.1.0"

from .errors import NarrateError
from .models import Article, Block, Chapter, Edition, Script, Segment
from .pipeline import EditionOptions, load_article, make_script, narrate, render
from .script import ScriptOptions, build_script
from .voices import VoiceProfile, load_profile

__all__ = [
    "Article", "Block", "Chapter", "Edition", "EditionOptions", "NarrateError", "Script",
    "ScriptOptions", "Segment", "VoiceProfile", "__version__", "build_script", "load_article",
    "load_profile", "make_script", "narrate", "render",
]
