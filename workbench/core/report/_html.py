"""The HTML report (and its simplified variant for Qt's PDF renderer) from Jinja2 templates.

Autoescaping is on for every template, so each string from a user or an article is shown as text.
Links are made only by the templates, and only from values that passed :func:`http_url`.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from workbench.core.errors import ReportError
from workbench.core.report._view import ReportView, format_when

TEMPLATE_BROWSER = "report.html.j2"
TEMPLATE_PRINT = "report_print.html.j2"


def resources_dir() -> Path:
    """The ``resources/`` folder: ``$WORKBENCH_RESOURCES``, beside the package, or installed data."""
    here = Path(__file__).resolve()
    candidates = []
    env = os.environ.get("WORKBENCH_RESOURCES")
    if env:
        candidates.append(Path(env))
    candidates += [
        here.parents[3] / "resources",  # source checkout: resources/ beside workbench/
        here.parents[2] / "resources",  # packaged inside the workbench package
        Path(sys.prefix) / "share" / "workbench" / "resources",
    ]
    for candidate in candidates:
        if (candidate / "templates" / TEMPLATE_BROWSER).is_file():
            return candidate
    raise ReportError("the report templates are missing (resources/templates); reinstall Workbench")


@functools.lru_cache(maxsize=1)
def _environment():  # -> jinja2.Environment
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources_dir() / "templates")),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = format_when
    return env


def render_html(view: ReportView, *, for_print: bool = False) -> str:
    """The report as one self-contained HTML document (no scripts, no external fetches)."""
    template = _environment().get_template(TEMPLATE_PRINT if for_print else TEMPLATE_BROWSER)
    return template.render(v=view, review=view.bundle.review, article=view.bundle.article)
