"""Site URLs of pages (directory URLs, as mkdocs.yml sets) and relative links between them."""
from __future__ import annotations

from functools import lru_cache


def page_url(src: str) -> str:
    """Site URL (directory style, relative to the site root) of a page's source path."""
    if not src.endswith(".md"):
        return src
    stem = src[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return stem + "/"


def relative_url(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """A relative link from one page to another page (or file), with an optional anchor."""
    rel = _relative(page_url(from_src), page_url(to_src))
    return f"{rel}#{anchor}" if anchor else rel


@lru_cache(maxsize=65536)
def _relative(base: str, target: str) -> str:
    # site URLs are clean relative paths ("a/b/" or "a/file.xml"), so no normalisation is needed;
    # this runs for every link of every page (posixpath.relpath took half the rendering time)
    here = [p for p in base.split("/") if p]
    parts = target.split("/")
    is_dir = target == "" or target.endswith("/")
    there = [p for p in parts if p]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    rel = "/".join([".."] * (len(here) - common) + there[common:])
    if is_dir:
        return rel + "/" if rel else "./"
    return rel or "."
