"""Keep Presidio's dependencies off the network.

Presidio's email and URL recognizers call ``tldextract``, whose default extractor fetches
the public suffix list from the internet and logs a traceback when it cannot. The package
ships a snapshot of that list; we make the module-level extractor use only the snapshot.
"""

from __future__ import annotations

_done = False


def use_offline_suffix_list() -> None:
    """Point ``tldextract.extract`` at its bundled public-suffix snapshot (idempotent)."""
    global _done
    if _done:
        return
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)
    _done = True
