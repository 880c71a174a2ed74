"""The composition root: builds every part, runs the bot, tears down in reverse."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
import time
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.types import BotCommand
from aiohttp import web

from bot.api.server import ResellerApi, start_api_server
from bot.config import Settings
from bot.db import Database, apply_migrations
from bot.domain.search_words import Vocabulary
from bot.handlers import get_routers
from bot.i18n import I18n
from bot.i18n.word_lists import word_lists
from bot.panel.client import PanelClient
from bot.panel.registry import Panel, Panels
from bot.payments.cryptopay import CryptoPayClient
from bot.sandbox.mode import (
    SANDBOX_KEY,
    SandboxBanner,
    check_mode,
    credit_admins_once,
    start_sandbox_panels,
)
from bot.services.admin import AdminService
from bot.services.admin_console import AdminConsole
from bot.services.alternatives import AlternativesService
from bot.services.api_access import ApiAccessService
from bot.services.backup import BACKUP_CHECK_SECONDS, BackupService
from bot.services.broadcast import BroadcastService
from bot.services.catalogue import CatalogueService
from bot.services.catalogue_csv import CatalogueCsv
from bot.services.catalogue_texts import CatalogueTexts
from bot.services.channel_gate import ChannelGate
from bot.services.crediting import Crediting, TopupButtons
from bot.services.crypto_invoices import CryptoInvoices
from bot.services.export import ExportService
from bot.services.health import HealthCheck
from bot.services.invites import InviteService
from bot.services.monitor import BALANCE_CHECK_SECONDS, Monitor
from bot.services.notify import Notifier
from bot.services.order_actions import OrderActions
from bot.services.order_queries import OrderQueries
from bot.services.order_statuses import OrderStatuses
from bot.services.ordering import OrderingService
from bot.services.promos import PromoService
from bot.services.receipt_topups import ReceiptTopups
from bot.services.refill_sync import RefillSync
from bot.services.reseller import Reseller
from bot.services.stars_reconcile import RECONCILE_SECONDS, StarsReconciliation
from bot.services.stars_topups import StarsTopups
from bot.services.stats import StatsService
from bot.services.status_sync import StatusSync
from bot.services.support import SupportService
from bot.services.topups import TopupService
from bot.services.wallet import WalletService
from bot.tasks import BackgroundTasks, every
from bot.telegram.gate import ChannelGateMiddleware
from bot.telegram.membership import log_channels
from bot.telegram.middlewares import update_log
from bot.telegram.middlewares.commands import CommandsLeaveSteps
from bot.telegram.middlewares.flood import FloodControl
from bot.telegram.middlewares.in_flight import InFlightUpdates
from bot.telegram.middlewares.private import PrivateChatsOnly
from bot.telegram.middlewares.retry import RetryInteractive
from bot.telegram.middlewares.users import UserMiddleware
from bot.telegram.outbox_sender import OutboxSender
from bot.telegram.runner import drop_webhook, health_server, serve_webhook
from bot.telegram.senders import BotBackupChats, BotProgressMessages
from bot.telegram.session import BotSession
from bot.telegram.star_transactions import BotStarTransactions
from bot.telegram.storage import build_fsm, install_fsm
from bot.telegram.tuning import Tuning
from bot.ui import buttons_wallet
from bot.ui.keyboards.admin import unknown_outcome_buttons
from bot.ui.keyboards.orders import open_order
from bot.ui.notices import NoticeRenderer

log = logging.getLogger(__name__)


@dataclass
class Services:
    """What handlers and tasks are given; each one is built once, here."""

    settings: Settings
    db: Database
    panels: Panels
    notifier: Notifier
    wallet: WalletService
    catalogue: CatalogueService
    ordering: OrderingService
    status_sync: StatusSync
    order_queries: OrderQueries
    order_actions: OrderActions
    admin: AdminService
    alternatives: AlternativesService
    console: AdminConsole
    exports: ExportService
    stats: StatsService
    broadcasts: BroadcastService
    monitor: Monitor
    backups: BackupService
    topups: TopupService
    stars_topups: StarsTopups
    stars_reconcile: StarsReconciliation
    receipt_topups: ReceiptTopups
    crypto: CryptoInvoices
    promos: PromoService
    support: SupportService
    cryptopay: CryptoPayClient | None
    invites: InviteService
    gate: ChannelGate
    i18n: I18n
    notices: NoticeRenderer
    catalogue_texts: CatalogueTexts
    catalogue_csv: CatalogueCsv
    api_access: ApiAccessService
    reseller: Reseller

    def as_workflow_data(self) -> dict[str, Any]:
        return {
            "settings": self.settings,
            "i18n": self.i18n,
            "notices": self.notices,
            "db": self.db,
            "panels": self.panels,
            "notifier": self.notifier,
            "wallet": self.wallet,
            "catalogue": self.catalogue,
            "ordering": self.ordering,
            "order_queries": self.order_queries,
            "order_actions": self.order_actions,
            "admin": self.admin,
            "alternatives": self.alternatives,
            "console": self.console,
            "exports": self.exports,
            "stats": self.stats,
            "broadcasts": self.broadcasts,
            "monitor": self.monitor,
            "backups": self.backups,
            "topups": self.topups,
            "stars_topups": self.stars_topups,
            "receipt_topups": self.receipt_topups,
            "crypto": self.crypto,
            "promos": self.promos,
            "support": self.support,
            "invites": self.invites,
            "gate": self.gate,
            "catalogue_texts": self.catalogue_texts,
            "catalogue_csv": self.catalogue_csv,
            "api_access": self.api_access,
        }


def build_services(settings: Settings, db: Database, panels: Panels) -> Services:
    i18n = I18n(settings.default_language)
    notifier = Notifier(db, settings.admin_ids)
    catalogue = CatalogueService(db, panels, settings, Vocabulary(word_lists(i18n)))
    alternatives = AlternativesService(db, panels)
    notices = NoticeRenderer(i18n, settings.price_decimals, settings.currency)
    buttons = TopupButtons(
        buttons_wallet.after_topup, buttons_wallet.receipt_decision, buttons_wallet.receipt_again
    )
    crediting = Crediting(db, notifier, buttons, settings.price_decimals)
    statuses = OrderStatuses(db, notifier, settings, open_order)
    order_queries = OrderQueries(db)
    order_actions = OrderActions(db, panels, order_queries, statuses)
    refills = RefillSync(db, panels, notifier, open_order)
    stars_topups = StarsTopups(db, notifier, settings, crediting)
    ordering = OrderingService(
        db, panels, catalogue, notifier, settings, review_buttons=unknown_outcome_buttons
    )
    cryptopay = None
    if settings.crypto_pay_key():
        cryptopay = CryptoPayClient(settings.crypto_pay_api_url, settings.crypto_pay_key())
    return Services(
        settings=settings,
        db=db,
        panels=panels,
        notifier=notifier,
        wallet=WalletService(db, notifier, settings),
        catalogue=catalogue,
        ordering=ordering,
        status_sync=StatusSync(db, panels, statuses, refills, settings),
        order_queries=order_queries,
        order_actions=order_actions,
        admin=AdminService(db, panels, catalogue, notifier, settings),
        alternatives=alternatives,
        console=AdminConsole(db, notifier, settings),
        exports=ExportService(db),
        stats=StatsService(db, settings.admin_ids),
        broadcasts=BroadcastService(db, notifier, i18n),
        monitor=Monitor(db, catalogue, panels, notifier, settings),
        backups=BackupService(db, i18n, settings.admin_ids, settings.backup_every_hours),
        topups=TopupService(db, settings),
        stars_topups=stars_topups,
        stars_reconcile=StarsReconciliation(db, stars_topups),
        receipt_topups=ReceiptTopups(db, notifier, settings.admin_ids, crediting, buttons),
        crypto=CryptoInvoices(db, notifier, settings, crediting, cryptopay),
        promos=PromoService(db, settings),
        cryptopay=cryptopay,
        support=SupportService(db, settings.admin_ids),
        invites=InviteService(db, settings),
        gate=ChannelGate(db, notifier, settings.required_channels, settings.admin_ids),
        i18n=i18n,
        notices=notices,
        catalogue_texts=CatalogueTexts(db, panels, catalogue, alternatives),
        catalogue_csv=CatalogueCsv(db, panels),
        api_access=ApiAccessService(db, settings),
        reseller=Reseller(db, catalogue, ordering, order_actions, settings),
    )


def build_dispatcher(services: Services) -> Dispatcher:
    storage, isolation = build_fsm(services.settings, services.db)
    dp = Dispatcher(
        storage=storage,
        events_isolation=isolation,
        disable_fsm=True,  # registered by install_fsm, in its place among our middlewares
        **services.as_workflow_data(),
    )
    install_fsm(dp)  # pre-checkout queries do not wait behind the customer's lock
    private = PrivateChatsOnly(services.i18n)  # the shop lives in private chats: first of all
    dp.message.outer_middleware(private)
    dp.callback_query.outer_middleware(private)
    users = UserMiddleware(services.db, services.settings.admin_ids, services.i18n)
    dp.message.outer_middleware(users)
    dp.callback_query.outer_middleware(users)
    dp.message.outer_middleware(CommandsLeaveSteps())  # a /command abandons any open step
    # Inner: sees each handler's flags (bot/telegram/gate.py says which pass).
    gate = ChannelGateMiddleware(services.gate)
    dp.message.middleware(gate)
    dp.callback_query.middleware(gate)
    dp.include_routers(*get_routers(services.settings.admin_ids))
    in_flight = InFlightUpdates()
    dp.update.outer_middleware(in_flight)

    async def drain() -> None:
        # Registered first, so it runs before any other shutdown handler stops the tasks,
        # the panel client or the database that these updates still use.
        await in_flight.wait_idle(services.settings.panel_timeout_seconds + 5)

    dp.shutdown.register(drain)

    update_log.install(dp)
    settings = services.settings
    dp.update.outer_middleware(
        FloodControl(
            settings.flood_burst,
            settings.flood_rate,
            settings.admin_ids,
            services.db,
            services.i18n,
        )
    )
    return dp


def build_bot(settings: Settings) -> Bot:
    session = BotSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    session.middleware(RetryInteractive())
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


COMMANDS = ("start", "orders", "balance", "promo", "support", "language", "cancel", "help")


async def set_commands(bot: Bot, i18n: I18n) -> None:
    """The command list in every language (Telegram picks by the user's app language), and in
    the default language for everyone else."""
    for language in [None, *(t.lang for t in i18n.translators)]:
        t = i18n.get(language)
        commands = [
            BotCommand(command=name, description=t.plain(f"command-{name}")) for name in COMMANDS
        ]
        try:
            await bot.set_my_commands(commands, language_code=language)
        except Exception as exc:  # the shop works without the command list
            log.warning("could not register the command list (%s): %s", language or "-", exc)


def stop_on_signals() -> asyncio.Event:
    """SIGINT/SIGTERM set the returned event: the shop then stops gracefully."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def wait_for_telegram(bot: Bot, stop: asyncio.Event) -> bool:
    """Waits until the Bot API answers (it may be down at start); False if stopped first.

    A refused token (401) is not waited out: it raises TelegramUnauthorizedError.
    """
    delay = 1.0
    while not stop.is_set():
        try:
            me = await bot.get_me()
        except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as exc:
            log.warning("Telegram is not reachable (%s); trying again in %.0f s", exc, delay)
        else:
            log.info("connected to Telegram as @%s", me.username)
            return True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        delay = min(delay * 2, 30.0)
    return False


STOP_SECONDS = 60  # the longest a graceful stop of polling may take


async def poll_until(dp: Dispatcher, bot: Bot, stop: asyncio.Event) -> None:
    polling = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, close_bot_session=False)
    )
    stopped = asyncio.create_task(stop.wait())
    await asyncio.wait({polling, stopped}, return_when=asyncio.FIRST_COMPLETED)
    if not polling.done():
        try:
            await asyncio.wait_for(dp.stop_polling(), STOP_SECONDS)
        except (RuntimeError, TimeoutError):  # not started yet, or stuck: cut it short
            polling.cancel()
    stopped.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await polling


async def open_panels(settings: Settings, db: Database) -> tuple[Panels, list[web.AppRunner]]:
    """The panel clients: the configured panels, or in sandbox mode two simulated ones
    started here (their runners are returned too, to be cleaned up at the end)."""
    timeout = settings.panel_timeout_seconds
    if not settings.sandbox:
        return Panels(
            [
                Panel(found.number, found.name, PanelClient(found.url, found.key, timeout=timeout))
                for found in settings.panels()
            ]
        ), []
    started = await start_sandbox_panels(db, settings.sandbox_speed, settings.currency)
    names = {found.number: found.name for found in settings.panels()}
    for simulated in started:
        number, url = simulated.number, simulated.url
        log.warning("SANDBOX MODE: simulated panel %s at %s, nothing is real", number, url)
    panels = Panels(
        [
            Panel(
                simulated.number,
                names[simulated.number],
                PanelClient(simulated.url, SANDBOX_KEY, timeout=timeout),
            )
            for simulated in started
        ]
    )
    return panels, [simulated.runner for simulated in started]


async def dress_for_sandbox(bot: Bot, services: Services) -> None:
    """Sandbox mode: a banner on every message, and the admins' starting credit (once)."""
    settings = services.settings
    bot.session.middleware(SandboxBanner(services.i18n.get(settings.default_language)))
    await credit_admins_once(services.wallet, settings.admin_ids, settings.sandbox_admin_credit)


async def serve(
    dp: Dispatcher, bot: Bot, settings: Settings, db: Database, api: ResellerApi | None = None
) -> None:
    """The health endpoint, then polling or the webhook until a signal stops the shop. In
    webhook mode the webhook's server answers the reseller API (`api`) as well."""
    stop = stop_on_signals()
    health = HealthCheck(db, settings)
    Tuning.from_settings(settings).process()  # AIOGRAM_TUNING: bot/telegram/tuning.py
    async with health_server(settings, health):
        if await wait_for_telegram(bot, stop):
            if settings.webhook_url is not None:
                mount = None if api is None else api.mount
                await serve_webhook(dp, bot, settings, stop, health, mount)
            else:
                await drop_webhook(bot)
                await poll_until(dp, bot, stop)


def start_background_tasks(
    tasks: BackgroundTasks, bot: Bot, services: Services, sender: OutboxSender
) -> None:
    """Every loop of the running shop, in the one registry (stopped once, on shutdown)."""
    settings = services.settings

    async def sync_orders() -> None:
        # Orders left 'submitting' by a stop (here or in another process) go to review.
        await services.ordering.recover_interrupted()
        await services.status_sync.sync()

    tasks.start("outbox", sender.run())
    tasks.start("broadcasts", services.broadcasts.run(BotProgressMessages(bot)))
    tasks.start(
        "panel-balance",
        every(BALANCE_CHECK_SECONDS, services.monitor.check_panel_balance, "panel balance"),
    )
    tasks.start("status-sync", every(settings.status_poll_seconds, sync_orders, "status sync"))
    tasks.start(
        "catalogue",
        every(settings.catalog_refresh_seconds, services.monitor.catalogue_job, "catalogue"),
    )
    if services.cryptopay is not None:
        tasks.start("crypto-pay", services.crypto.run())
    if settings.stars_per_unit is not None:  # payments the bot missed, from Telegram's list
        reconcile = functools.partial(services.stars_reconcile.reconcile, BotStarTransactions(bot))
        tasks.start("stars-reconcile", every(RECONCILE_SECONDS, reconcile, "stars reconcile"))
    if settings.backup_every_hours is not None:
        backup = functools.partial(services.backups.scheduled, BotBackupChats(bot))
        tasks.start("backups", every(BACKUP_CHECK_SECONDS, backup, "backup"))


def reseller_api(services: Services) -> ResellerApi | None:
    """The shop's API for resellers, when RESELLER_API_PORT turns it on."""
    if not services.settings.reseller_api_on:
        return None
    return ResellerApi(
        services.api_access, services.reseller, services.settings.reseller_api_rate, time.monotonic
    )


async def close_runners(runners: list[web.AppRunner]) -> None:
    """Cleans up and forgets each runner: a second call does nothing."""
    while runners:
        await runners.pop().cleanup()


async def run(settings: Settings) -> None:
    db = await Database.open(settings.database_path)
    tasks = BackgroundTasks()
    panels: Panels | None = None
    services: Services | None = None
    sandbox: list[web.AppRunner] = []
    api_server: list[web.AppRunner] = []  # started in on_startup
    bot = build_bot(settings)
    try:
        await apply_migrations(db)
        await check_mode(db, settings.sandbox, crypto_test_network=settings.crypto_pay_test_network)
        panels, sandbox = await open_panels(settings, db)
        services = build_services(settings, db, panels)
        await services.crypto.check_currency()  # CURRENCY in Crypto Pay's list (if it is on)
        if settings.sandbox:
            await dress_for_sandbox(bot, services)
        dp = build_dispatcher(services)
        sender = OutboxSender(db, bot, services.notifier, services.notices)
        api = reseller_api(services)

        async def on_startup() -> None:
            # The API's port first: if it cannot be had, nothing has started yet (aiogram
            # runs no shutdown after a failed startup).
            port = settings.reseller_api_port
            if api is not None and port is not None and settings.reseller_api_own_server:
                api_server.append(await start_api_server(api, settings.reseller_api_host, port))
            await set_commands(bot, services.i18n)
            await log_channels(bot, settings.required_channels)
            start_background_tasks(tasks, bot, services, sender)  # last: nothing raises after

        async def on_shutdown() -> None:
            # Never raises: aiogram would then never report polling as stopped.
            try:
                try:
                    await close_runners(api_server)  # first: no new API orders while stopping
                    await services.ordering.wait_idle(settings.panel_timeout_seconds + 5)
                finally:
                    await tasks.stop()  # here only: the tasks started in on_startup
                await services.status_sync.release()
            except Exception:
                log.exception("error while shutting down")

        dp.startup.register(on_startup)
        dp.shutdown.register(on_shutdown)
        await serve(dp, bot, settings, db, api)
    finally:
        await close_runners(api_server)  # if startup failed after it, or shutdown never ran
        if panels is not None:
            await panels.close()
        if services is not None and services.cryptopay is not None:
            await services.cryptopay.close()
        for runner in sandbox:
            await runner.cleanup()
        await bot.session.close()
        await db.close()
