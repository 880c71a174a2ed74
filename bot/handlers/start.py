from __future__ import annotations

import html

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.db import Database
from bot.db.repositories.users import User
from bot.domain.clock import now
from bot.handlers.common import replace, show
from bot.handlers.promo import start_payload
from bot.i18n import LANGUAGES, I18n, Translator
from bot.services.channel_gate import ChannelGate
from bot.services.invites import INVITE_PREFIX, InviteService
from bot.services.languages import choose_language
from bot.services.promos import PromoService
from bot.services.reply_keyboard import claim_reply_keyboard
from bot.telegram.gate import UNGATED_FLAGS, channels_to_join, gate_screen, show_gate
from bot.ui.keyboards.callbacks import LanguageCb, MenuCb
from bot.ui.keyboards.common import language_picker, main_menu, reply_menu


async def take_payload(
    payload: str | None, user: User, first_contact: bool, invites: InviteService
) -> None:
    """What a deep link's payload does before the start screen (t.me/<bot>?start=<payload>),
    one line per kind of link. (`topup`, a forwarded invoice's link, is the wallet's own:
    bot/handlers/wallet.py; `promo_<CODE>` answers with a message of its own after the greeting:
    bot/handlers/promo.py `start_payload`.) An unknown payload is a plain /start."""
    if not payload:
        return
    if payload.startswith(INVITE_PREFIX):
        await invites.tie(user.id, payload, first_contact)


async def on_start(
    message: Message,
    bot: Bot,
    state: FSMContext,
    db: Database,
    settings: Settings,
    t: Translator,
    user: User,
    command: CommandObject,
    promos: PromoService,
    invites: InviteService,
    gate: ChannelGate,
    reply_keyboard_recorded: bool = False,  # by UserMiddleware, in its write of the user's row
    first_contact: bool = False,  # by UserMiddleware: this update made the user's row
) -> None:
    await state.clear()
    await take_payload(command.args, user, first_contact, invites)
    sender = message.from_user
    name = html.escape(sender.full_name if sender else "")
    # The reply keyboard stays under the typing field once sent: it comes again only when its
    # words change or after a long while (bot/domain/reply_keyboard.py). It comes on a message
    # of its own: one message carries one keyboard.
    is_admin = sender is not None and sender.id in settings.admin_ids
    if reply_keyboard_recorded or await claim_reply_keyboard(db, user, t.lang, is_admin, now()):
        await message.answer(t("keyboard-ready"), reply_markup=reply_menu(t, is_admin))
    # Ungated itself (the invite is tied first, whoever comes): the gate, if any, comes here,
    # after a link's promo code is taken (its answer first), so that the gate does not lose it.
    missing = await channels_to_join(message, bot, gate)
    if not missing:
        await message.answer(t("greeting", name=name), reply_markup=main_menu(t))
    await start_payload(message, command.args, t, promos, settings)  # a link's promo code
    if missing:
        await show_gate(message, bot, t, gate, missing)


async def on_help(message: Message, settings: Settings, t: Translator) -> None:
    await message.answer(t("help"), reply_markup=main_menu(t, settings.support_url))


async def on_cancel(message: Message, state: FSMContext, t: Translator) -> None:
    had_state = await state.get_state() is not None
    await state.clear()
    await message.answer(
        t("cancelled" if had_state else "nothing-to-cancel"), reply_markup=main_menu(t)
    )


async def on_home(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await show(query, t("main-menu"), main_menu(t))


async def on_help_button(query: CallbackQuery, settings: Settings, t: Translator) -> None:
    await show(query, t("help"), main_menu(t, settings.support_url))


# -- the language --------------------------------------------------------------------------------
async def on_language(message: Message, t: Translator) -> None:
    await message.answer(t("language-pick"), reply_markup=language_picker(t))


async def on_language_button(query: CallbackQuery, t: Translator) -> None:
    await show(query, t("language-pick"), language_picker(t))


async def on_language_chosen(
    query: CallbackQuery,
    callback_data: LanguageCb,
    bot: Bot,
    db: Database,
    i18n: I18n,
    settings: Settings,
    t: Translator,
    gate: ChannelGate,
) -> None:
    """Stored, then said in the new language; the reply keyboard is sent again (and recorded as
    sent, with the language), since the one under the typing field has the old language's
    labels. Ungated: a customer stopped at the channel gate gets the gate again, in the new
    language (the choice said in the button's answer), rather than the main menu."""
    lang = callback_data.lang
    is_admin = query.from_user.id in settings.admin_ids
    if not await choose_language(db, query.from_user.id, lang, is_admin):
        await query.answer(t("button-expired"), show_alert=True)
        return
    chosen = i18n.get(lang)
    said = chosen("language-set", language=LANGUAGES[lang])
    missing = await channels_to_join(query, bot, gate)
    if missing:
        await query.answer(said)
        await replace(query, *await gate_screen(bot, chosen, gate, missing))
    else:
        await show(query, said, main_menu(chosen))
    assert query.bot is not None
    await query.bot.send_message(
        query.from_user.id, chosen("keyboard-ready"), reply_markup=reply_menu(chosen, is_admin)
    )


def router() -> Router:
    router = Router(name="start")
    router.message.register(on_start, CommandStart(), flags=UNGATED_FLAGS)
    router.message.register(on_help, Command("help"))
    router.message.register(on_cancel, Command("cancel"))
    # The language is never behind the channel gate: its screen is read in the chosen one.
    router.message.register(on_language, Command("language"), flags=UNGATED_FLAGS)
    router.callback_query.register(on_home, MenuCb.filter(F.to == "home"))
    router.callback_query.register(on_help_button, MenuCb.filter(F.to == "help"))
    router.callback_query.register(
        on_language_button, MenuCb.filter(F.to == "language"), flags=UNGATED_FLAGS
    )
    router.callback_query.register(on_language_chosen, LanguageCb.filter(), flags=UNGATED_FLAGS)
    return router
