"""Importing article files: encodings, Markdown, HTML, Word, sidecar metadata and every bad input."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from workbench.core.errors import ImportFailedError
from workbench.core.importers import MAX_TEXT_BYTES, decode_text_bytes, load_article, load_bytes, load_pasted

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[3]

WESTERN = "Minister’s “€4.5 million” plan — approved.\nCafé owners said costs rose 12%.\n"
LATIN1 = "Le café coûte 2,50 francs; naïve élève, 25° Celsius, ½ prix ©.\nDie Straße ist schön.\n"


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (WESTERN.encode("utf-8"), WESTERN),
        (b"\xef\xbb\xbf" + WESTERN.encode("utf-8"), WESTERN),
        (WESTERN.encode("utf-16"), WESTERN),  # with BOM
        (WESTERN.encode("utf-16-le"), WESTERN),  # without BOM
        (WESTERN.encode("utf-16-be"), WESTERN),
        (WESTERN.encode("cp1252"), WESTERN),
        (LATIN1.encode("latin-1"), LATIN1),
        (
            "Министр сказал, что бюджет составит 4,5 миллиона рублей.\n".encode("cp1251"),
            "Министр сказал, что бюджет составит 4,5 миллиона рублей.\n",
        ),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1252", "latin1", "cp1251"],
)
def test_text_file_encodings_are_detected(tmp_path: Path, encoded: bytes, expected: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(encoded)
    article = load_article(path)
    assert article.text == expected
    assert "\ufeff" not in article.text
    assert article.format == "text"
    assert article.title == expected.splitlines()[0]


def test_line_endings_are_normalised_once(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\n\r\nFirst paragraph with 12 items.\rSecond line.\r\n")
    article = load_article(path)
    assert article.text == "Headline\n\nFirst paragraph with 12 items.\nSecond line.\n"
    assert article.text.index("12") == article.text.find("12")  # offsets index this exact string


def test_markdown_keeps_its_source_and_takes_the_first_heading_as_title(tmp_path: Path) -> None:
    source = "Some preface line\n\n# Council *approves* €4.5m\n\nThe **council** voted [to spend](http://x.example) €4.5m.\n"
    path = tmp_path / "story.md"
    path.write_text(source, encoding="utf-8")
    article = load_article(path)
    assert article.text == source  # markup is kept: offsets index the stored text
    assert article.title == "Council *approves* €4.5m"
    assert article.format == "markdown"


def test_sidecar_metadata_is_used(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Body text of the story with 3 claims.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        '{"title": "Real title", "publisher": "Gulf News", "published": "2018-02-15", "url": "https://gulf.example/a"}',
        encoding="utf-8",
    )
    article = load_article(path)
    assert (article.title, article.publisher, article.published) == ("Real title", "Gulf News", "2018-02-15")
    assert article.origin == "https://gulf.example/a"


def test_the_seed_article_loads_with_its_metadata() -> None:
    article = load_article(REPO / "seeds" / "000_aad1b39bc9a57caa.txt")
    assert article.title == "NATO agrees bigger training mission in Iraq after US call"
    assert article.publisher == "Gulf News"
    assert article.published == "2018-02-15"
    assert "NATO defence ministers" in article.text


def test_html_page_gives_main_text_without_boilerplate_and_its_metadata() -> None:
    article = load_article(DATA / "article_boilerplate.html")
    text = article.text
    assert "The city council voted on Tuesday to spend €4.5 million" in text
    assert "called for a full audit of all 27 bridges" in text
    for junk in (
        "ADVERTISEMENT",
        "cookies",
        "Privacy policy",
        "Most read",
        "Subscribe",
        "All rights reserved",
        "dataLayer",
    ):
        assert junk not in text, junk
    # paragraphs separated by blank lines
    assert "officials said.\n\nAbout 12,000 vehicles" in text
    assert article.title == "Council approves €4.5m budget for bridges"
    assert article.byline == "Maria Okafor"
    assert article.publisher == "The Daily Ledger"
    assert article.published == "2024-03-14"
    assert article.url == "https://ledger.example.com/news/2024/03/14/bridges-budget"
    assert article.origin == article.url
    assert article.location.endswith("article_boilerplate.html")
    assert article.format == "html"
    # what was found is kept for the editor to confirm
    assert article.found == {
        "title": "Council approves €4.5m budget for bridges",
        "byline": "Maria Okafor",
        "publisher": "The Daily Ledger",
        "url": "https://ledger.example.com/news/2024/03/14/bridges-budget",
        "published": "2024-03-14",
    }


def test_html_in_windows_1252_with_meta_charset(tmp_path: Path) -> None:
    page = (
        (DATA / "article_boilerplate.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="windows-1252"')
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    article = load_article(path)
    assert "“too little, too late”" in article.text
    assert "€4.5 million" in article.text


def test_page_with_no_article_is_refused() -> None:
    with pytest.raises(ImportFailedError, match="no article text found"):
        load_article(DATA / "no_article.html")


def _docx_bytes(**props: object) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Council approves €4.5m for bridges", level=1)
    document.add_paragraph("The city council voted on Tuesday to spend €4.5 million on three bridges.")
    document.add_paragraph("")
    paragraph = document.add_paragraph("About 12,000 vehicles cross ")
    paragraph.add_run("the oldest bridge").bold = True
    paragraph.add_run(" every day.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Cost"
    table.cell(1, 0).text = "2024"
    table.cell(1, 1).text = "€4.5m"
    document.add_paragraph("Work starts on 1 May.")
    for key, value in props.items():
        setattr(document.core_properties, key, value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_core_properties(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "story.docx"
    path.write_bytes(
        _docx_bytes(title="Bridges budget", author="Maria Okafor", created=dt.datetime(2024, 3, 14, 9, 0))
    )
    article = load_article(path)
    assert article.text == (
        "Council approves €4.5m for bridges\n\n"
        "The city council voted on Tuesday to spend €4.5 million on three bridges.\n\n"
        "About 12,000 vehicles cross the oldest bridge every day.\n\n"
        "Year | Cost\n2024 | €4.5m\n\n"
        "Work starts on 1 May."
    )
    assert (article.title, article.byline, article.published) == (
        "Bridges budget",
        "Maria Okafor",
        "2024-03-14",
    )
    assert article.format == "docx"


def test_docx_without_title_property_uses_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(_docx_bytes(title=""))
    assert load_article(path).title == "Council approves €4.5m for bridges"


def test_damaged_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(_docx_bytes()[:500])
    with pytest.raises(ImportFailedError, match="not a readable Word document"):
        load_article(path)


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    html = tmp_path / "download.asp"
    html.write_bytes((DATA / "article_boilerplate.html").read_bytes())
    assert load_article(html).format == "html"
    text = tmp_path / "notes.log"
    text.write_text("A plain note about 12 bridges.\n", encoding="utf-8")
    assert load_article(text).format == "text"
    word = tmp_path / "story.bin"
    word.write_bytes(_docx_bytes())
    assert load_article(word).format == "docx"


def test_unknown_binary_format_names_the_formats_we_read(tmp_path: Path) -> None:
    path = tmp_path / "thing.xyz"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ImportFailedError) as info:
        load_article(path)
    message = str(info.value)
    assert "thing.xyz" in message and ".txt" in message and ".docx" in message and "HTML" in message


def test_known_unsupported_format_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(ImportFailedError, match=r"PDF.*cannot read.*\.docx"):
        load_article(path)
    old = tmp_path / "story.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(ImportFailedError, match="save it as .docx"):
        load_article(old)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  "], ids=["empty", "blank"])
@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "empty.docx", "empty"])
def test_empty_file_is_refused(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailedError, match="empty"):
        load_article(path)


def test_binary_file_with_text_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(ImportFailedError, match="binary"):
        load_article(path)


def test_100_mb_file_is_refused_quickly_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no disk used
    opened: list[str] = []
    real_open, real_os_open = Path.open, os.open

    def spy(self: Path, *args: object, **kwargs: object):
        opened.append(str(self))
        return real_open(self, *args, **kwargs)

    def os_spy(file: object, *args: object, **kwargs: object) -> int:
        opened.append(str(file))
        return real_os_open(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    monkeypatch.setattr(os, "open", os_spy)
    started = time.perf_counter()
    with pytest.raises(ImportFailedError, match=r"100 MB.*not accepted"):
        load_article(path)
    assert time.perf_counter() - started < 1.0
    assert str(path) not in opened  # refused from its size alone
    assert MAX_TEXT_BYTES < 100 * 1024 * 1024


def test_max_bytes_can_be_lowered(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("x" * 5000, encoding="utf-8")
    with pytest.raises(ImportFailedError, match="not accepted"):
        load_article(path, max_bytes=1000)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailedError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ImportFailedError, match="folder"):
        load_article(tmp_path)


def test_pasted_text() -> None:
    article = load_pasted("  \r\nHeadline here\r\nBody with €4.5m.\r\n")
    assert article.text == "  \nHeadline here\nBody with €4.5m.\n"
    assert article.title == "Headline here"
    assert article.format == "pasted" and article.origin == "pasted text"
    with pytest.raises(ImportFailedError, match="empty"):
        load_pasted(" \n\t ")


def test_decode_text_bytes_refuses_binary() -> None:
    with pytest.raises(ImportFailedError, match="binary"):
        decode_text_bytes(b"abc\x00def\x00\x01\x02" * 50, "blob")


def test_load_bytes_sniffs_html() -> None:
    article = load_bytes((DATA / "article_boilerplate.html").read_bytes(), "page")
    assert article.format == "html" and article.publisher == "The Daily Ledger"


def test_where_each_prefilled_value_came_from_text_and_markdown(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("Council approves bridges\n\nThe council voted 4.5 million.\n", encoding="utf-8")
    assert load_article(text).found_from == {"title": "from the text's first line"}
    markdown = tmp_path / "story.md"
    markdown.write_text("Preface\n\n# Council approves bridges\n\nBody.\n", encoding="utf-8")
    assert load_article(markdown).found_from == {"title": "from the document's first heading"}
    untitled = tmp_path / "budget-story.txt"
    untitled.write_text("x" * 200 + "\n", encoding="utf-8")  # first line too long to be a headline
    article = load_article(untitled)
    assert (article.title, article.found_from) == ("budget-story", {"title": "from the file's name"})
    assert load_pasted("Headline here\nBody.\n").found_from == {"title": "from the text's first line"}
    assert load_pasted("Headline here\nBody.\n", title="Given").found_from == {}


def test_a_first_line_of_no_words_is_no_title(tmp_path: Path) -> None:
    """A photo or story id above the headline (the seed starts with one) is passed over."""
    story = tmp_path / "story.txt"
    story.write_text("1.2174207-107084890\n\nNATO agrees bigger training mission\n\nBody text.\n", encoding="utf-8")
    assert load_article(story).title == "NATO agrees bigger training mission"
    assert load_pasted("2018-02-15\nNATO agrees bigger training mission\nBody.\n").title == (
        "NATO agrees bigger training mission")
    bare = tmp_path / "seed-copy.txt"
    bare.write_text("1.2174207-107084890\n" + "A caption that runs on for far too long. " * 5 + "\n", encoding="utf-8")
    assert load_article(bare).title == "seed-copy"


def test_where_each_prefilled_value_came_from_html_docx_and_sidecar(tmp_path: Path) -> None:
    import datetime as dt

    page = load_article(DATA / "article_boilerplate.html")
    assert page.found_from == dict.fromkeys(
        ("title", "byline", "publisher", "url", "published"), "from the page's metadata"
    )
    word = tmp_path / "word.docx"
    word.write_bytes(_docx_bytes(title="Bridges budget", author="Maria Okafor", created=dt.datetime(2024, 3, 14)))
    assert load_article(word).found_from == {
        "title": "from the file's properties",
        "byline": "from the file's properties",
        "published": "from the file's properties",
    }
    story = tmp_path / "story.txt"
    story.write_text("Council approves bridges\n\nThe council voted 4.5 million.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        '{"publisher": "Gulf News", "published": "2018-02-15", "url": "https://gulf.example/a"}', encoding="utf-8"
    )
    assert load_article(story).found_from == {
        "title": "from the text's first line",
        "publisher": "from the sidecar file story.meta.json",
        "published": "from the sidecar file story.meta.json",
        "url": "from the sidecar file story.meta.json",
    }
