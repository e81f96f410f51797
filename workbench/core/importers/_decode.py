"""Turning bytes of unknown encoding into text.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8 (for bytes without NULs); UTF-16
without a mark; a UTF-8 file with pieces of Windows-1252 pasted in (each piece read in its own
encoding, with a warning); then charset-normalizer. Short Western texts are often mistaken by
detectors for Central-European or DOS code pages, so when the detector settles on a Latin-script
reading we also try Windows-1252 (the superset of Latin-1 that browsers use for both) and keep
whichever reading has fewer tell-tale mojibake characters.

UTF-16 without a mark is recognised by what its two readings (little- and big-endian) look like,
not by zero bytes (Arabic, Cyrillic or Chinese UTF-16 has few or none): the right reading has no
control, unassigned or private-use characters and a fair share of spaces and punctuation, as any
prose has; the wrong reading, and binary data, have neither.
"""

from __future__ import annotations

import codecs
import contextlib
import unicodedata
from dataclasses import dataclass, field

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
_UTF16_SAMPLE = 16384
_UTF16_MIN_SEPARATORS = 0.03
"""Share of spaces and punctuation a UTF-16 reading needs (prose has 8 to 20 %; a wrong reading ~0)."""
_UTF16_MAX_ODD = 0.005
"""Share of control, unassigned or private-use characters a UTF-16 reading may hold."""
_FOREIGN_LETTERS_MAX = 0.3
"""Pieces read as Windows-1252 must look Western: at most this share of their letters non-ASCII
(Cyrillic or Greek bytes read as Windows-1252 are nearly all accented letters)."""
_FALLBACK_ERRORS = "workbench-cp1252-fallback"


@dataclass
class Decoded:
    """Text decoded from bytes, the encoding used, and warnings for the editor."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _read_as_western(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not valid UTF-8 are read as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    piece = error.object[error.start : error.end]
    return bytes(piece).decode(_WESTERN, errors="replace"), error.end


codecs.register_error(_FALLBACK_ERRORS, _read_as_western)


def _binary_message(name: str) -> str:
    return f"{name} looks like a binary file, not text; open {FORMATS_READ}"


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _is_separator(ch: str) -> bool:
    """Spaces, line breaks and punctuation as prose uses them (not the typographic U+2000 spaces)."""
    if ch in " \t\n\r\u00a0\u3000":
        return True
    code = ord(ch)
    return unicodedata.category(ch)[0] == "P" and (
        code < 0x2E00 or 0x3000 <= code <= 0x303F or 0xFE30 <= code <= 0xFE6F or 0xFF00 <= code <= 0xFF65
    )


def _is_odd(ch: str) -> bool:
    """Control (other than layout), unassigned, private-use or surrogate characters."""
    category = unicodedata.category(ch)
    if category == "Cc":
        return ch not in "\t\n\r\f\v"
    return category in ("Cn", "Co", "Cs")


def _utf16_reading_score(sample: bytes, encoding: str) -> float | None:
    """The share of separators in a plausible reading of ``sample``, or ``None`` when implausible."""
    try:
        text = codecs.getincrementaldecoder(encoding)(errors="strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    if not text or "\x00" in text:
        return None
    odd = sum(1 for ch in text if _is_odd(ch))
    if odd / len(text) > _UTF16_MAX_ODD:
        return None
    separators = sum(1 for ch in text if _is_separator(ch)) / len(text)
    return separators if separators >= _UTF16_MIN_SEPARATORS else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when one reading of the start of ``data`` looks like prose."""
    sample = data[: min(len(data), _UTF16_SAMPLE) // 2 * 2]
    if len(sample) < 4:
        return None
    scores = {
        encoding: score
        for encoding in ("utf-16-le", "utf-16-be")
        if (score := _utf16_reading_score(sample, encoding)) is not None
    }
    return max(scores, key=lambda encoding: scores[encoding]) if scores else None


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


def _line_ranges(numbers: list[int], limit: int = 5) -> str:
    """``[4, 5, 6, 7, 12]`` -> ``"lines 4-7, 12"``; past ``limit`` ranges, ``"and N more"``."""
    ranges: list[tuple[int, int]] = []
    for number in numbers:
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], number)
        else:
            ranges.append((number, number))
    shown = [f"{a}-{b}" if a != b else str(a) for a, b in ranges[:limit]]
    more = f" and {len(ranges) - limit} more" if len(ranges) > limit else ""
    word = "line" if len(numbers) == 1 else "lines"
    return f"{word} {', '.join(shown)}{more}"


def _mixed_utf8(data: bytes, name: str) -> Decoded | None:
    """A UTF-8 file with some Windows-1252 pieces: each line read as UTF-8, its invalid bytes as
    Windows-1252.

    ``None`` unless the file shows UTF-8 (a non-ASCII line that is valid UTF-8, or a valid 3- or
    4-byte sequence, which Windows-1252 prose never forms by chance) and the rest reads as Western.
    """
    parts: list[str] = []
    fallback_lines: list[int] = []
    utf8_lines = 0
    letters = foreign = 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += 1
            continue
        except UnicodeDecodeError:
            pass
        parts.append(line.decode("utf-8", errors=_FALLBACK_ERRORS))
        fallback_lines.append(number)
        utf8_lines += any(ord(ch) >= 0x800 for ch in line.decode("utf-8", errors="ignore"))
        for ch in line.decode(_WESTERN, errors="replace"):
            if ch.isalpha():
                letters += 1
                foreign += not ch.isascii()
    if not utf8_lines or not fallback_lines or (letters and foreign / letters > _FOREIGN_LETTERS_MAX):
        return None
    warning = (
        f"parts of {name} were not valid UTF-8 and were read as Windows-1252 "
        f"({_line_ranges(fallback_lines)}); check them"
    )
    return Decoded("".join(parts), "utf-8+cp1252", [warning])


def _decode_utf16(data: bytes, encoding: str, name: str) -> Decoded | None:
    """The whole of ``data`` in ``encoding``; a trailing odd byte (a cut-off file) is dropped with a warning."""
    even = len(data) // 2 * 2
    try:
        text = data[:even].decode(encoding)
    except UnicodeDecodeError:
        return None
    if _looks_binary(text):
        return None
    warnings = []
    if even != len(data):
        warnings.append(f"{name} ends with half a character, as if it were cut off; check its end")
    return Decoded(text, encoding, warnings)


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode ``data`` (encoding detected); text keeps its original line endings.

    Raises :class:`ImportFailedError` for binary data.
    """
    bom = _bom_encoding(data)
    if bom is not None:
        encoding, skip = bom
        text = data[skip:].decode(encoding, errors="replace")
        if _looks_binary(text):
            raise ImportFailedError(_binary_message(name))
        return Decoded(text, encoding + ("-sig" if encoding == "utf-8" else ""))
    has_nul = b"\x00" in data
    if not has_nul:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _looks_binary(text):
                raise ImportFailedError(_binary_message(name))
            return Decoded(text, "utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None and (decoded := _decode_utf16(data, utf16, name)) is not None:
        return decoded
    if has_nul:
        raise ImportFailedError(_binary_message(name))
    mixed = _mixed_utf8(data, name)
    if mixed is not None:
        return mixed
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
    return Decoded(text, encoding)


def detect_and_decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; see :func:`decode_bytes` (which also gives warnings)."""
    decoded = decode_bytes(data, name)
    return decoded.text, decoded.encoding


def decode_text_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16, else detected.

    Refuses binary data with a clear message. Line endings are normalised to ``\\n``.
    """
    return normalise_newlines(decode_bytes(data, name).text)
