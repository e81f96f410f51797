"""A claim read by itself carries the same sentence as in its review's list, in any script."""

from __future__ import annotations

from workbench.core.importers import load_pasted
from workbench.core.services import import_article
from workbench.core.store import Library

BACKENDS = ("sqlite", "postgresql")  # shared behaviour: each test runs against both (tests/conftest.py)

TEXT = ("Héllo 😀 wörld\n\nÉmile 😀 said 40 people came on Tuesday. Then 😀😀 50 more came, and $3 million 𝄞 "
        "was spent. ٣ أشخاص said 12% agreed.\n")


def test_a_claim_alone_has_the_sentence_it_has_in_the_list(library: Library) -> None:
    review = import_article(library, load_pasted(TEXT), reviewer="x")
    listed = library.list_claims(review)
    assert len(listed) >= 4
    for claim in listed:
        alone = library.get_claim(claim.id)
        assert alone.context == claim.context
        assert alone.context and claim.text in alone.context
