"""A page whose declared charset does not decode it: the fallback reads its real code page."""

from __future__ import annotations

import pytest

from narrate.extract import decode_html

UTF8_HEADER = "text/html; charset=utf-8"


def page(text: str, html_attrs: str = "") -> str:
    return (f"<!doctype html><html{html_attrs}><head><title>Une</title></head>"
            f"<body><article><p>{text}</p></article></body></html>")


def body(decoded: str) -> str:
    return decoded[decoded.index("<p>") + 3:decoded.index("</p>")]


@pytest.mark.parametrize(("text", "codec", "attrs"), [
    # Latin-1 under a UTF-8 header: the case ("à" read as "ŕ" by cp1250)
    ("Le café à la carte, déjà vu à Genève, où l'été fut chaud.", "latin-1", ""),
    ("À la une : la fête de l'été à Montréal, où l'on a célébré la journée.", "latin-1", ""),
    ("Quién ganó? El niño español comió piña en la montaña.", "cp1252", ""),
    ("Le café à la carte.", "latin-1", ' lang="fr"'),
    # counter-examples: other legacy code pages are still recognised
    ("Zażółć gęślą jaźń. Wiadomości z Polski, świeże informacje.", "cp1250", ""),
    ("Zażółć gęślą jaźń.", "cp1250", ' lang="pl"'),
    ("Новости дня: правительство объявило о новых мерах поддержки.", "cp1251", ""),
    ("Türkiye'de yağmur şiddetli; İstanbul'da yollar kapandı.", "cp1254", ' lang="tr"'),
    ("Ο καιρός σήμερα στην Αθήνα είναι ηλιόλουστος και ζεστός.", "cp1253", ""),
])
def test_mislabelled_page_is_read_in_its_real_code_page(text, codec, attrs):
    data = page(text, attrs).encode(codec)
    assert body(decode_html(data, UTF8_HEADER)) == text


def test_undeclared_latin1_page_is_read_as_western():
    text = "Le maire a annoncé à la presse que le marché rouvrira après l'été."
    assert body(decode_html(page(text).encode("latin-1"))) == text


def test_utf8_page_with_a_few_stray_latin1_bytes_keeps_both():
    head, tail = page("@").split("@")
    data = (head + "Café déjà vu, naïve señor — ").encode() + "à la".encode("latin-1")
    assert body(decode_html(data + tail.encode(), UTF8_HEADER)) == (
        "Café déjà vu, naïve señor — à la")


def test_correct_declarations_are_unchanged():
    text = "Le café à la carte."
    assert body(decode_html(page(text).encode("utf-8"), UTF8_HEADER)) == text
    assert body(decode_html(page(text).encode("latin-1"), "text/html; charset=iso-8859-1")) == text
    assert body(decode_html(page("Zażółć").encode("iso-8859-2"),
                            "text/html; charset=iso-8859-2")) == "Zażółć"
