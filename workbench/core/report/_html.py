"""The HTML report (and its simplified variant for Qt's PDF renderer) from Jinja2 templates.

Autoescaping is on for every template, so each string from a user or an article is shown as text.
Links are made only by the templates, and only from values that passed :func:`http_url`.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any

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


def _print_filters(style: dict[str, Any]) -> dict[str, Any]:
    """Inline CSS for the html-print template, from the print style sheet (report_print.json)."""
    import markupsafe

    colours, fonts = style["colours"], style["fonts"]
    paragraphs, spans, frames = style["paragraphs"], style["spans"], style["frames"]

    def colour(name: str | None, status: str = "") -> str:
        if not name:
            return ""
        if name == "status-bg":
            name = f"{status}-bg"
        return str(colours.get(name, name))

    def text_css(rule: dict[str, Any]) -> list[str]:
        css = []
        if "font" in rule:
            css.append(f'font-family: "{fonts[rule["font"]]}"')
        if "size" in rule:
            css.append(f"font-size: {rule['size']}pt")
        if rule.get("bold"):
            css.append("font-weight: bold")
        if rule.get("italic"):
            css.append("font-style: italic")
        if rule.get("colour"):
            css.append(f"color: {colour(rule['colour'])}")
        if rule.get("background"):
            css.append(f"background-color: {colour(rule['background'])}")
        if rule.get("raise"):
            css.append("vertical-align: super")
        return css

    def para_css(name: str) -> str:
        rule = paragraphs.get(name, {})
        css = text_css(rule)
        css.append(f"margin-top: {rule.get('before', 0)}pt; margin-bottom: {rule.get('after', 0)}pt")
        if name == "article":
            css.append("white-space: pre-wrap")
        return "; ".join(css)

    def span_css(names: str) -> str:
        css: list[str] = []
        for name in names.split():
            css += text_css(spans.get(name, {}))
        return "; ".join(css)

    def frame_css(block: Any) -> str:
        rule = frames.get(block.frame, {})
        css = [f"margin-bottom: {rule.get('after', 0)}pt"]
        if rule.get("border"):
            css.append(f"border: 1px solid {colour(rule['border'])}")
        if rule.get("fill"):
            css.append(f"background-color: {colour(rule['fill'], block.status)}")
        if rule.get("rule_below"):
            css.append(f"border-bottom: 1px solid {colour(rule['rule_below'])}")
        if block.page_break_before:
            css.append("page-break-before: always")
        if block.keep_together:
            css.append("page-break-inside: avoid")
        return "; ".join(css)

    def cell_css(cell: Any) -> str:
        rule = frames.get(cell.frame, {})
        css = []
        if rule.get("border"):
            css.append(f"border: 1px solid {colour(rule['border'])}")
        pad = rule.get("padding")
        if pad:
            css.append(f"padding: {pad[0]}pt {pad[1]}pt {pad[2]}pt {pad[3]}pt")
        return "; ".join(css)

    def padding(block: Any) -> int:
        pad = frames.get(block.frame, {}).get("padding")
        return round(max(pad) * 96 / 72) if pad else 0

    def gap(block: Any) -> int:
        return round(frames.get(block.frame, {}).get("gap", 0) * 96 / 72)

    def breaks(text: str) -> markupsafe.Markup:
        return markupsafe.escape(text).replace("\u2028", markupsafe.Markup("<br>"))

    return {"para_css": para_css, "span_css": span_css, "frame_css": frame_css, "cell_css": cell_css,
            "padding": padding, "gap": gap, "breaks": breaks}


def render_html(view: ReportView, *, for_print: bool = False) -> str:
    """The report as one self-contained HTML document (no scripts, no external fetches)."""
    if for_print:
        from workbench.core.report._print import build_print

        document = build_print(view)
        template = _environment().get_template(TEMPLATE_PRINT)
        return template.render(doc=document, **_print_filters(document.style))
    template = _environment().get_template(TEMPLATE_BROWSER)
    return template.render(v=view, review=view.bundle.review, article=view.bundle.article)
