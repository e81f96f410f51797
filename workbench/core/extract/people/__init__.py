"""People and what they said: the speech layer of the extractor (docs/claims.md, "person" and "quote").

Importing the package registers two recognisers in ``registry.SPEECH``: ``person`` (the mentions of
``mentions.py``) and ``quote`` (``quotes.py``). Both read the whole text once (cached in ``ctx.memo``);
``coref.link`` then joins the claims that were kept: later mentions to the first, quotes to their speaker.
"""

from __future__ import annotations

from workbench.core.extract.people import recognisers  # noqa: F401  (register)
