"""Turning bytes of unknown encoding into text.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then UTF-16 without a mark
(recognised by its pattern of zero bytes), then charset-normalizer. Short Western texts are often
mistaken by detectors for Central-European or DOS code pages, so when the detector settles on a
Latin-script reading we also try Windows-1252 (the superset of Latin-1 that browsers use for both) and
keep whichever reading has fewer tell-tale mojibake characters.
"""

from __future__ import annotations

import codecs
import contextlib
import unicodedata

from workbench.core.errors import ImportFailedError
from workbench.core.importers._common import FORMATS_READ, normalise_newlines

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_WESTERN = "cp1252"


def _binary_message(name: str) -> str:
    return f"{name} looks like a binary file, not text; open {FORMATS_READ}"


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when most odd (or even) bytes are zero, as in mostly-Latin UTF-16."""
    sample = data[:8192]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.6 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.6 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """True when the decoded text has a noticeable share of control characters."""
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return "\x00" in sample or controls / len(sample) > 0.01


def _mojibake_score(text: str) -> int:
    """Count characters that real prose rarely holds: controls, odd symbols or capitals inside words."""
    score = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn"):
            score += 3
            continue
        prev_alpha = i > 0 and text[i - 1].isalpha()
        next_alpha = i + 1 < n and text[i + 1].isalpha()
        inside_word = prev_alpha and next_alpha
        odd_symbol = cat[0] in "SNP" and ch not in "’'-‐–·"
        odd_capital = cat == "Lu" and inside_word and text[i - 1].islower() and text[i + 1].islower()
        if (inside_word and odd_symbol) or odd_capital:
            score += 1
        elif cat[0] == "S" and ch in "│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀■":
            score += 2
    return score


def _is_latin_script(text: str) -> bool:
    return not any(ch.isalpha() and ord(ch) > 0x24F for ch in text[:20000])


def detect_and_decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; text keeps its original line endings.

    Raises :class:`ImportFailedError` for binary data.
    """
    bom = _bom_encoding(data)
    if bom is not None:
        encoding, skip = bom
        text = data[skip:].decode(encoding, errors="replace")
        if _looks_binary(text):
            raise ImportFailedError(_binary_message(name))
        return text, encoding + ("-sig" if encoding == "utf-8" else "")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise ImportFailedError(_binary_message(name))
        return text, "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if not _looks_binary(text):
                return text, utf16
    if b"\x00" in data[:8192]:
        raise ImportFailedError(_binary_message(name))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    candidates: list[tuple[str, str]] = []
    if best is not None:
        candidates.append((str(best), best.encoding))
    if best is None or _is_latin_script(candidates[0][0]):
        with contextlib.suppress(UnicodeDecodeError):
            candidates.insert(0, (data.decode(_WESTERN), _WESTERN))
    if not candidates:
        raise ImportFailedError(
            f"{name} is not readable text in any known encoding; save it as UTF-8 and try again"
        )
    # Stable sort: on a tie Windows-1252 (inserted first) wins.
    text, encoding = min(candidates, key=lambda c: _mojibake_score(c[0]))
    if _looks_binary(text):
        raise ImportFailedError(_binary_message(name))
    return text, encoding


def decode_text_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16, else detected.

    Refuses binary data with a clear message. Line endings are normalised to ``\\n``.
    """
    text, _encoding = detect_and_decode(data, name)
    return normalise_newlines(text)
