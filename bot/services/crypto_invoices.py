"""Crypto Bot top-ups: an invoice per top-up, and a poll of the open ones (no webhook needed).

The poll runs about every POLL_SECONDS while any invoice is open and sleeps on an event when
none is: it costs nothing while nobody is paying. A paid invoice is credited once, keyed by its
invoice_id; an expired one is closed and the customer told.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from decimal import Decimal

from bot.config import Settings, StartRefused
from bot.db import Database
from bot.db.repositories.topups import Method, NewTopup, Topup
from bot.domain.clock import now
from bot.domain.money import from_minor, to_minor
from bot.domain.notices import Money, Notice
from bot.payments.cryptopay import CryptoPayClient, CryptoPayError, CryptoPayUnavailable, Invoice
from bot.services.crediting import MAX_PENDING, Crediting, TooManyPending
from bot.services.notify import Notifier
from bot.tasks import every

log = logging.getLogger(__name__)

_PAY_URL_SCHEMES = ("https://", "http://", "tg://")  # what a URL button accepts

POLL_SECONDS = 10.0
INVOICE_SECONDS = 3600  # how long a Crypto Pay invoice stays payable
# A row whose createInvoice never came back (the process stopped, the call was cancelled) has
# no invoice anyone could pay; after this long it is expired, so it no longer counts as open.
UNSENT_SECONDS = 120


@dataclass(frozen=True, slots=True)
class PollResult:
    asked: int
    credited: int
    expired: int


class CryptoInvoices:
    def __init__(
        self,
        db: Database,
        notifier: Notifier,
        settings: Settings,
        crediting: Crediting,
        client: CryptoPayClient | None,
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._settings = settings
        self._crediting = crediting
        self._client = client
        self._poll_seconds = poll_seconds
        self._opened = asyncio.Event()  # set when an invoice is created: the poll wakes up
        self.polled = asyncio.Event()  # set after every poll (tests wait on it)

    async def check_currency(self) -> None:
        """At start: invoices are priced in CURRENCY, so it must be one of Crypto Pay's fiat
        currencies, else every invoice would fail (StartRefused: the shop does not start).
        Crypto Pay not answering does not hold the start: logged, and left unchecked."""
        if self._client is None:
            return
        currency = self._settings.currency
        try:
            fiats = await self._client.fiat_currencies()
        except CryptoPayError as exc:
            log.warning("Crypto Pay's currencies unknown (%s): CURRENCY not checked", exc)
            return
        if currency not in fiats:
            raise StartRefused(
                f"CURRENCY: Crypto Pay does not price invoices in {currency}; its fiat "
                f"currencies are {', '.join(sorted(fiats))} (or leave CRYPTO_PAY_TOKEN unset)"
            )

    async def create(self, user_id: int, amount: Decimal, resume: bool, description: str) -> Topup:
        """A pending top-up with its invoice; CryptoPayError if Crypto Pay did not make one
        (the row is then marked failed), TooManyPending if the customer has enough open.
        `description` is what Crypto Bot shows the payer, in the payer's language."""
        assert self._client is not None
        new = NewTopup(
            user_id=user_id, method=Method.CRYPTOBOT, amount=to_minor(amount), resume=resume
        )
        async with self._db.transaction() as repos:
            await repos.topups.expire_unsent_invoices(user_id, now() - UNSENT_SECONDS, now())
            waiting = await repos.topups.count_pending(user_id, Method.CRYPTOBOT)
            if waiting >= MAX_PENDING:
                raise TooManyPending(waiting)
            topup = await repos.topups.create(new, now())
        try:
            invoice = await self._create_invoice(topup, description)
        except CryptoPayError as exc:
            log.warning("Crypto Pay did not create an invoice: %s", exc)
            async with self._db.transaction() as repos:
                await repos.topups.settle(topup.id, "failed", now(), reason=str(exc)[:200])
            raise
        async with self._db.transaction() as repos:
            await repos.topups.set_invoice(topup.id, invoice.invoice_id, invoice.pay_url)
            created = await repos.topups.get(topup.id)
        assert created is not None
        self._opened.set()
        return created

    async def _create_invoice(self, topup: Topup, description: str) -> Invoice:
        """createInvoice for a row; an invoice without a link to pay it is Crypto Pay's error
        (CryptoPayUnavailable), never a message with a broken button."""
        assert self._client is not None
        invoice = await self._client.create_invoice(
            amount=from_minor(topup.amount).normalize(),
            fiat=self._settings.currency,
            accepted_assets=self._settings.crypto_pay_assets,
            description=description,
            payload=f"topup:{topup.id}",
            expires_in=INVOICE_SECONDS,
        )
        if not invoice.pay_url.startswith(_PAY_URL_SCHEMES):
            raise CryptoPayUnavailable(f"createInvoice: invoice {invoice.invoice_id} has no URL")
        return invoice

    async def poll_once(self) -> PollResult:
        """Asks Crypto Pay about every open invoice; credits the paid, closes the expired."""
        async with self._db.read() as repos:
            open_rows = await repos.topups.open_invoices()
        if not open_rows or self._client is None:
            return PollResult(0, 0, 0)
        by_id = {int(row.reference or 0): row for row in open_rows}
        invoices = await self._client.get_invoices(list(by_id))
        credited = expired = 0
        for invoice in invoices:
            row = by_id.get(invoice.invoice_id)
            if row is None:
                continue
            if invoice.status == "paid":
                if (
                    invoice.amount != from_minor(row.amount)
                    or invoice.currency_type != "fiat"
                    or invoice.fiat != self._settings.currency
                ):
                    log.error("Crypto Pay invoice %s: amount differs", invoice.invoice_id)
                    await self._notifier.tell_admins(
                        Notice("admin-crypto-amount-alert", {"invoice_id": invoice.invoice_id})
                    )
                    async with self._db.transaction() as repos:
                        await repos.topups.settle(row.id, "failed", now(), reason="amount")
                    continue
                if await self._crediting.credit_paid(row, str(invoice.invoice_id)):
                    credited += 1
            elif invoice.status == "expired" and await self._expire(row):
                expired += 1
        return PollResult(len(by_id), credited, expired)

    async def _expire(self, row: Topup) -> bool:
        async with self._db.transaction() as repos:
            if not await repos.topups.settle(row.id, "expired", now()):
                return False
            await self._notifier.enqueue(
                repos,
                row.user_id,
                Notice("crypto-expired-notice", {"amount": Money(row.amount)}),
            )
        self._notifier.wake()
        return True

    async def has_open(self) -> bool:
        async with self._db.read() as repos:
            return bool(await repos.topups.open_invoices())

    async def run(self) -> None:
        """The background poll: every poll_seconds while an invoice is open, idle otherwise."""
        await every(self._poll_seconds, self._poll_when_open, "crypto-pay")

    async def _poll_when_open(self) -> None:
        self._opened.clear()
        while not await self.has_open():
            await self._opened.wait()
            self._opened.clear()
        try:
            await self.poll_once()
        except CryptoPayError as exc:
            log.warning("Crypto Pay poll failed, trying again later: %s", exc)
        finally:
            self.polled.set()
