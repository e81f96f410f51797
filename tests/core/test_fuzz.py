"""Fuzzing the importers and the report writers: arbitrary input gives a result or a clear error."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.errors import ImportFailedError
from workbench.core.importers import load_bytes, load_pasted

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

html_fragments = st.lists(
    st.sampled_from(["<html>", "<head>", "<title>", "</title>", "<body>", "<p>", "</p>", "<article>", "<nav>",
                     "<script>alert(1)</script>", "<meta charset='utf-16'>", "<!--", "-->", "&amp;", "&#0;",
                     "\x00", "\u202e", "😀", "<div class='ad'>", "</div>", "$5 million", "on Monday", "<br>", "<"]),
    max_size=40,
).map("".join)


def check(loaded_or_error: object) -> None:
    from workbench.core.importers import LoadedArticle

    assert isinstance(loaded_or_error, LoadedArticle)
    assert loaded_or_error.text.strip()
    assert "\r" not in loaded_or_error.text


def load_or_refuse(data: bytes, kind: str | None) -> None:
    try:
        loaded = load_bytes(data, "fuzzed input", kind=kind)
    except ImportFailedError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    check(loaded)


@FUZZ
@given(data=st.binary(max_size=4096), kind=st.sampled_from([None, "text", "markdown", "html", "docx"]))
def test_arbitrary_bytes_never_crash_an_importer(data: bytes, kind: str | None) -> None:
    load_or_refuse(data, kind)


@FUZZ
@given(page=html_fragments, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_malformed_html_never_crashes(page: str, encoding: str) -> None:
    load_or_refuse(page.encode(encoding, errors="replace"), "html")


@FUZZ
@given(text=st.text(max_size=2000))
def test_pasted_text_is_kept_or_refused(text: str) -> None:
    try:
        loaded = load_pasted(text)
    except ImportFailedError:
        assert not text.strip()
        return
    assert loaded.text == text.replace("\r\n", "\n").replace("\r", "\n")


@FUZZ
@given(member=st.binary(max_size=2048), name=st.sampled_from(["word/document.xml", "[Content_Types].xml", "x"]))
def test_damaged_word_files_are_refused_clearly(member: bytes, name: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, member)
    load_or_refuse(buffer.getvalue(), "docx")
