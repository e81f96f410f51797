"""Encodings: UTF-16 without a byte-order mark in any script, binary refused, mixed UTF-8 / Windows-1252."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest

from workbench.core.errors import ImportFailedError
from workbench.core.importers import load_article, load_bytes

STORIES = {
    "english": "The council voted on Tuesday to spend 4.5 million on three bridges, officials said.\n"
    "About 12,000 vehicles cross the oldest one every day.\n",
    "french": "Le conseil municipal a voté mardi une dépense de 4,5 millions d'euros pour trois ponts.\n"
    "Environ 12 000 véhicules empruntent le plus ancien chaque jour.\n",
    "arabic": "صوت مجلس المدينة يوم الثلاثاء على إنفاق 4.5 مليون دولار على ثلاثة جسور، حسبما قال المسؤولون.\n",
    "cyrillic": "Городской совет во вторник проголосовал за выделение 4,5 миллиона на три моста.\n",
    "chinese": "市议会周二投票决定拨款450万美元用于修建三座桥梁，官员表示。\n每天约有1.2万辆汽车通过最古老的那座桥。\n",
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", list(STORIES))
def test_utf16_without_a_byte_order_mark(tmp_path: Path, language: str, encoding: str) -> None:
    story = STORIES[language]
    path = tmp_path / "story.txt"
    path.write_bytes(story.encode(encoding))
    article = load_article(path)
    assert article.text == story
    assert article.encoding == encoding
    assert article.warnings == []


def test_utf16_cut_off_in_the_middle_of_a_character_is_read_with_a_warning(tmp_path: Path) -> None:
    story = STORIES["cyrillic"]
    path = tmp_path / "cut.txt"
    path.write_bytes(story.encode("utf-16-le") + b"\x04")
    article = load_article(path)
    assert article.text == story
    assert article.warnings == ["cut.txt ends with half a character, as if it were cut off; check its end"]


def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.mark.parametrize(
    "data",
    [
        _random_bytes(20000, 1),
        _random_bytes(4001, 2),
        zlib.compress(_random_bytes(3000, 3) * 4),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        b"SQLite format 3\x00" + bytes(100) + b"\x0d\x00\x00\x00\x01\x0f\xf4" * 200,
        "The council voted 4.5 million.\n".encode("utf-16-le").replace(b"\x00", b"\x01"),
    ],
    ids=["random", "random-odd", "zlib", "png", "sqlite", "utf16-with-controls"],
)
def test_real_binary_is_still_refused(data: bytes) -> None:
    with pytest.raises(ImportFailedError, match=r"not in a format Workbench reads|binary"):
        load_bytes(data, "blob.txt", kind="text")


WESTERN_PARAGRAPH = "Les élèves ont payé 2,50 € pour le déjeuner — « trop cher », dit-on.\nÇa coûte.\n"


def test_a_utf8_file_with_windows_1252_paragraphs_is_read_piece_by_piece_with_a_warning(tmp_path: Path) -> None:
    head = "Le café “Chez Zoé” a fermé.\nLe maire a dit : « c’est fini ».\nIntro line\n"
    tail = "Fin — à bientôt.\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(head.encode("utf-8") + WESTERN_PARAGRAPH.encode("cp1252") + tail.encode("utf-8"))
    article = load_article(path)
    assert article.text == head + WESTERN_PARAGRAPH + tail  # no mojibake on either side
    assert article.warnings == [
        "parts of mixed.txt were not valid UTF-8 and were read as Windows-1252 (lines 4-5); check them"
    ]


def test_windows_1252_inside_a_utf8_line_is_read_as_such(tmp_path: Path) -> None:
    path = tmp_path / "line.md"
    path.write_bytes("# Zoé said “no”\n\nand ".encode() + "paid 5 € for it.\n".encode("cp1252"))
    article = load_article(path)
    assert article.text == "# Zoé said “no”\n\nand paid 5 € for it.\n"
    assert article.warnings == [
        "parts of line.md were not valid UTF-8 and were read as Windows-1252 (line 3); check them"
    ]


@pytest.mark.parametrize(
    ("story", "encoding"),
    [
        (WESTERN_PARAGRAPH * 3, "cp1252"),
        ("Министр сказал, что бюджет составит 4,5 миллиона рублей.\n" * 3, "cp1251"),
        (STORIES["chinese"] * 3, "gb18030"),
    ],
)
def test_a_file_in_one_legacy_encoding_has_no_warning(story: str, encoding: str) -> None:
    article = load_bytes(story.encode(encoding), "old.txt", kind="text")
    assert article.text == story
    assert article.warnings == []


def test_a_15_mb_utf8_text_still_imports(tmp_path: Path) -> None:
    line = "Le conseil a voté 4,5 millions d’euros pour trois ponts, a dit le maire le 3 mars. " * 20 + "\n"
    path = tmp_path / "long.txt"
    path.write_text(line * (15 * 1024 * 1024 // len(line.encode())), encoding="utf-8")
    article = load_article(path)
    assert article.encoding == "utf-8" and article.warnings == []
    assert len(article.text.encode("utf-8")) > 14 * 1024 * 1024
