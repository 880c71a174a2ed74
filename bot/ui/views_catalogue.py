"""The admin's catalogue screens: a service's card (/service), the shop's texts, and the
preview of an /import catalogue. Text from the panel or an admin is escaped here."""

from __future__ import annotations

from bot.config import Settings
from bot.domain.money import from_minor
from bot.i18n import Translator
from bot.services.catalogue_texts import ServiceCard
from bot.ui.views import esc, rate
from bot.ui.views_admin import percent_text
from bot.ui.views_alternatives import alternatives_lines

DESCRIPTION_ON_CARD = 300  # each language's description, cut on the card


def _text_lines(t: Translator, card: ServiceCard, field: str, width: int) -> str:
    lines = [
        t("admin-service-text-line", lang=lang, text=esc(value, width))
        for lang, texts in card.texts.items()
        if (value := getattr(texts, field)) is not None
    ]
    return "\n".join(lines) if lines else t("admin-service-texts-none")


def render_service_card(t: Translator, card: ServiceCard, settings: Settings) -> str:
    """The admin's card of a service: one function, so a line can be added in one place."""
    service = card.service
    d, cur = settings.price_decimals, settings.currency
    alternatives = alternatives_lines(t, card.alternatives) or [t("admin-alt-none")]
    text = str(
        t(
            "admin-service-card",
            id=service.id,
            panel=esc(card.panel_label, 60),
            panel_id=service.panel_service_id,
            panel_name=esc(service.panel_name, 300),
            category=esc(service.category_name, 100),
            names=_text_lines(t, card, "name", 100),
            descriptions=_text_lines(t, card, "description", DESCRIPTION_ON_CARD),
            type=esc(service.type, 60),
            rate=rate(from_minor(service.rate), d, cur, lang=t.lang),
            price=rate(card.price_per_1000, d, cur, lang=t.lang),
            low=service.min_quantity,
            high=service.max_quantity,
            markup=percent_text(card.markup),
            markup_from=t(
                "admin-service-markup-own" if card.own_markup else "admin-service-markup-inherited"
            ),
            hidden=t("yes" if service.is_hidden else "no"),
        )
    )
    return "\n".join([text, "", t("admin-service-alternatives"), *alternatives])
