"""Fixtures for the report tests; the review itself is built in ``report_fixtures``."""

from __future__ import annotations

import pytest
from report_fixtures import make_bundle

from workbench.core.model import ReviewBundle


@pytest.fixture
def bundle() -> ReviewBundle:
    return make_bundle()


@pytest.fixture
def checked_bundle() -> ReviewBundle:
    return make_bundle(with_unchecked=False)
