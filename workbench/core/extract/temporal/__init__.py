"""Dates, times and durations, valued as TIMEX3 and resolved against the publication date.

Importing the package registers its recognisers (one module per family); ``resolve.resolve_values``
values the anaphoric ones in text order once the overlaps are settled.
"""

from __future__ import annotations

from workbench.core.extract.temporal import clock, dates, durations, periods, years  # noqa: F401  (register)
