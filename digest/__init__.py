"""Kazakhstan–Russia news digest: corpus → topics → cited summaries → MkDocs pages.

Stages, one module each, in one direction: load → analyze → group → render → write.
`digest.build.build_digest` runs them all; `build_digest.py` and the MkDocs hook both call it.
"""
