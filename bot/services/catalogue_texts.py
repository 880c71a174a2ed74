"""The shop's own names and descriptions per language, and the admin's card of a service.

An admin renames a service or a category, or writes a service's description, in any of the
shop's languages; `-` removes the shop's text, so the panel's shows again. Customers read the
shop's text in their language, else the shop's English one, else the panel's (the reads in
bot/db/repositories/catalogue.py); a catalogue refresh never writes these texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from bot.db import Database
from bot.db.repositories.catalogue import CategoryRow, ServiceRow
from bot.db.repositories.catalogue_texts import ServiceText
from bot.i18n import LANGUAGES
from bot.panel.registry import Panels
from bot.services.alternatives import Alternative, AlternativesService
from bot.services.catalogue import CatalogueService
from bot.services.pricing import effective_markup

NAME_MAX = 100
DESCRIPTION_MAX = 1000
REMOVE = "-"  # as the text: the shop's text goes, the panel's shows again


class TextField(StrEnum):
    NAME = "name"
    DESCRIPTION = "description"


class TextProblem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"


def limit_of(field: TextField) -> int:
    return NAME_MAX if field is TextField.NAME else DESCRIPTION_MAX


def clean_text(field: TextField, text: str) -> str | TextProblem | None:
    """The text to store (a name on one line, spaces collapsed; a description's lines kept),
    None for `-` (remove), or what is wrong with it."""
    if field is TextField.NAME:
        body = " ".join(text.split())
    else:
        body = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not body:
        return TextProblem.EMPTY
    if body == REMOVE:
        return None
    if len(body) > limit_of(field):
        return TextProblem.TOO_LONG
    return body


@dataclass(frozen=True, slots=True)
class ServiceCard:
    """What the admin's card of a service shows."""

    service: ServiceRow  # names as in English: the shop's English one, else the panel's
    panel_label: str
    texts: dict[str, ServiceText]
    price_per_1000: Decimal
    markup: Decimal  # in force
    own_markup: bool  # the service's own, not its category's or the global one
    alternatives: list[Alternative] = field(default_factory=list)  # tried in this order


class CatalogueTexts:
    def __init__(
        self,
        db: Database,
        panels: Panels,
        catalogue: CatalogueService,
        alternatives: AlternativesService,
    ) -> None:
        self._alternatives = alternatives
        self._db = db
        self._panels = panels
        self._catalogue = catalogue

    async def set_service_text(
        self, service_id: int, lang: str, field: TextField, text: str | None
    ) -> ServiceRow | None:
        """Writes (None: removes) a service's name or description in `lang`; the service as
        it was, or None if there is no such service."""
        assert lang in LANGUAGES
        async with self._db.transaction() as repos:
            service = await repos.catalogue.get_service(service_id)
            if service is None:
                return None
            if field is TextField.NAME:
                await repos.catalogue_texts.set_service_name(service_id, lang, text)
            else:
                await repos.catalogue_texts.set_service_description(service_id, lang, text)
        return service

    async def set_category_name(
        self, category_id: int, lang: str, text: str | None
    ) -> CategoryRow | None:
        assert lang in LANGUAGES
        async with self._db.transaction() as repos:
            category = await repos.catalogue.get_category(category_id)
            if category is None:
                return None
            await repos.catalogue_texts.set_category_name(category_id, lang, text)
        return category

    async def card(self, service_id: int) -> ServiceCard | None:
        async with self._db.read() as repos:
            service = await repos.catalogue.get_service(service_id)
            if service is None:
                return None
            texts = await repos.catalogue_texts.service_texts(service_id)
        global_markup = await self._catalogue.global_markup()
        found = await self._alternatives.of(service_id)
        return ServiceCard(
            service=service,
            panel_label=self._panels.name(service.panel),
            texts={lang: texts[lang] for lang in LANGUAGES if lang in texts},
            price_per_1000=await self._catalogue.price_per_1000(service),
            markup=effective_markup(service, global_markup),
            own_markup=service.markup_percent is not None,
            alternatives=[] if found is None else found.alternatives,
        )
