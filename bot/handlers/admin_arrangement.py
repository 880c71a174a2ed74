"""The catalogue's arrangement by admins: /platform moves a category to another platform,
/rank sets a service's place in its category (issue 23)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.domain.platforms import SHELVES, is_shelf
from bot.handlers.admin_args import parse_ids
from bot.i18n import Translator, ascii_digits
from bot.services.catalogue import RANKED, CatalogueService
from bot.telegram.filters import Check
from bot.ui.views import esc


async def on_platform(
    message: Message, command: CommandObject, t: Translator, catalogue: CatalogueService
) -> None:
    words = (command.args or "").split()
    ids = parse_ids(" ".join(words[:1]), 1) if len(words) == 2 else None
    key = words[-1].lower() if words else ""
    if ids is None or not is_shelf(key):
        keys = ", ".join(shelf.key for shelf in SHELVES)
        await message.answer(t("admin-platform-usage", keys=keys))
        return
    category = await catalogue.move_category(ids[0], key)
    if category is None:
        await message.answer(t("admin-platform-not-found", id=ids[0]))
        return
    platform = t("platform-name", key=key)
    name = esc(category.name, 80)
    await message.answer(t("admin-platform-set", id=category.id, name=name, platform=platform))


async def on_rank(
    message: Message, command: CommandObject, t: Translator, catalogue: CatalogueService
) -> None:
    ids = parse_ids(ascii_digits(command.args or ""), 2)
    if ids is None or ids[1] >= RANKED:
        await message.answer(t("admin-rank-usage", max=RANKED - 1))
        return
    service_id, place = ids
    service = await catalogue.set_rank(service_id, place)
    if service is None:
        await message.answer(t("admin-rank-not-found", id=service_id))
        return
    name = esc(service.name, 80)
    if place == 0:
        await message.answer(t("admin-rank-reset", id=service_id, name=name))
        return
    await message.answer(t("admin-rank-set", id=service_id, name=name, place=place))


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_arrangement")
    r.message.filter(Check(F.from_user.id.in_(admin_ids)))
    r.message.register(on_platform, Command("platform"))
    r.message.register(on_rank, Command("rank"))
    return r
