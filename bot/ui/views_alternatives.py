"""A service's alternatives on other panels (/alt, and the lines of the admin's service card)."""

from __future__ import annotations

from bot.domain.text import esc
from bot.i18n import Translator
from bot.services.alternatives import MAX_ALTERNATIVES, Alternative, Alternatives, AltProblem


def alternatives_lines(t: Translator, alternatives: list[Alternative]) -> list[str]:
    """One line per alternative, first to try first: its number, name, panel and limits, and
    a warning when it cannot take orders now (hidden, gone, its panel not configured)."""
    lines: list[str] = []
    for position, alternative in enumerate(alternatives, start=1):
        s = alternative.service
        line: str = t(
            "admin-alt-line",
            position=position,
            id=s.id,
            name=esc(s.name, 60),
            panel=esc(alternative.panel_name, 40),
            low=s.min_quantity,
            high=s.max_quantity,
        )
        if not alternative.usable:
            line += t("admin-alt-unusable")
        lines.append(line)
    return lines


def render_alternatives(t: Translator, found: Alternatives) -> str:
    service = found.service
    title = t(
        "admin-alt-title",
        id=service.id,
        name=esc(service.name, 80),
        panel=esc(found.panel_name, 40),
    )
    lines = alternatives_lines(t, found.alternatives) or [t("admin-alt-none")]
    return "\n".join([title, *lines, "", t("admin-alt-hint", id=service.id)])


def render_alt_problem(t: Translator, problem: AltProblem, service_id: int, other: int) -> str:
    text: str = t(f"admin-alt-{problem}", id=service_id, alternative=other, max=MAX_ALTERNATIVES)
    return "❌ " + text
