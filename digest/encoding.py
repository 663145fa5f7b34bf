"""Adapter for charset-normalizer: decode article bytes, UTF-8 first, other encodings when confident."""
from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

# encodings Russian and Kazakh text realistically arrives in
CANDIDATES = ["utf_8", "cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "utf_16"]
MAX_CHAOS = 0.1
MIN_COHERENCE = 0.2
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class Decoded:
    """Text and the encoding it came in (None for UTF-8)."""

    text: str
    encoding: str | None


def decode_bytes(data: bytes) -> Decoded | None:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, or a confidently detected
    Cyrillic single-byte encoding; None when no encoding can be trusted."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), None if codec == "utf-8-sig" else "UTF-16")
            except UnicodeDecodeError:
                return None
    try:
        return Decoded(data.decode("utf-8"), None)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        return None
    return Decoded(str(best), best.encoding.replace("_", "-"))
