"""Promo codes, the admins' side: `/promo` lists them, `/promo add …` makes one, `/promo off
<CODE>` stops one. Under the admins-only parent router; `/promo <CODE>` (an admin trying a
code) is not theirs and goes on to the customers' handler (bot/handlers/promo.py)."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, Filter
from aiogram.types import Message

from bot.config import Settings
from bot.domain.clock import now
from bot.handlers.admin_args import Problem, parse_promo_add
from bot.i18n import Translator
from bot.services.promos import PromoService, normal_code
from bot.telegram.filters import Check
from bot.ui.views_promo import promo_list, terms

_WORDS = frozenset({"add", "off"})


class AdminPromoArgs(Filter):
    """`/promo` alone, or followed by `add` or `off` (after the Command filter)."""

    async def __call__(self, message: Message, command: CommandObject) -> bool:
        words = (command.args or "").split()
        return not words or words[0].lower() in _WORDS


async def render_codes(t: Translator, promos: PromoService, settings: Settings) -> str:
    """The list of codes with their uses and state (the admin menu's "Promo codes" too)."""
    return promo_list(t, await promos.codes(), settings, now())


def _problem(t: Translator, problem: Problem) -> str:
    quoted = {name: html.escape(value) for name, value in problem.args.items()}
    return t("admin-problem", problem=t(problem.key, **quoted), usage=t("admin-promo-usage"))


async def _add(
    message: Message, words: list[str], t: Translator, promos: PromoService, settings: Settings
) -> str:
    assert message.from_user is not None
    parsed = parse_promo_add(words, normal_code(words[0]) if words else None)
    if isinstance(parsed, Problem):
        return _problem(t, parsed)
    made = await promos.add(message.from_user.id, parsed)
    if made is None:
        return t("admin-promo-exists", code=parsed.code)
    limits = ""
    if made.max_uses is not None:
        limits += t("admin-promo-uses-limit", uses=made.max_uses)
    if made.expires_at is not None:
        limits += t("admin-promo-until", date=t.datetime(made.expires_at))
    return t("admin-promo-added", code=made.code, terms=terms(t, made, settings), limits=limits)


async def _off(words: list[str], t: Translator, promos: PromoService) -> str:
    code = normal_code(words[0]) if len(words) == 1 else None
    if code is None:
        problem = Problem("admin-promo-problem-code", {"value": " ".join(words)[:40]})
        return _problem(t, problem)
    if await promos.stop(code):
        return t("admin-promo-stopped", code=code)
    return t("admin-promo-not-active", code=code)


async def on_promo(
    message: Message,
    command: CommandObject,
    t: Translator,
    promos: PromoService,
    settings: Settings,
) -> None:
    words = (command.args or "").split()
    if not words:
        text = await render_codes(t, promos, settings)
    elif words[0].lower() == "add":
        text = await _add(message, words[1:], t, promos, settings)
    else:
        text = await _off(words[1:], t, promos)
    await message.answer(text)


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_promo")
    r.message.filter(Check(F.from_user.id.in_(admin_ids)))
    r.message.register(on_promo, Command("promo"), AdminPromoArgs())
    return r
