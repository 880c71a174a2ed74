"""A fake Crypto Pay API (Crypto Bot) served over real HTTP on 127.0.0.1.

Speaks createInvoice / getInvoices / getMe / deleteInvoice / getCurrencies as the public docs
describe (getCurrencies: the assets, then the fiat currencies of `fiats`, flagged is_fiat): the
token in the Crypto-Pay-API-Token header, answers {"ok": true, "result": ...} with amounts as
decimal strings. `fault` makes every call fail: "down" (HTTP 502 HTML), "html" (200 HTML),
"garbage" (200, not JSON), "refuse" (ok false); "nourl" makes invoices without a link.
`hold` (an event) keeps createInvoice from answering until it is set; `holding` is set once
such a request has arrived.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aiohttp import web

HTML_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>"
# A part of the main network's lists: the fiat currencies invoices may be priced in, the assets.
FIATS = ("USD", "EUR", "RUB", "UAH", "GBP", "TRY", "UZS", "KZT", "AED", "INR")
ASSETS = ("USDT", "TON", "BTC", "ETH", "LTC", "USDC")


@dataclass
class FakeCryptoPay:
    token: str
    invoices: dict[int, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    fault: str = ""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(9001))
    hold: asyncio.Event | None = None
    fiats: tuple[str, ...] = FIATS
    holding: asyncio.Event = field(default_factory=asyncio.Event)

    def pay(self, invoice_id: int, asset: str = "USDT") -> None:
        invoice = self.invoices[invoice_id]
        invoice.update(status="paid", paid_asset=asset, paid_amount=invoice["amount"])
        invoice["paid_at"] = "2025-01-01T00:00:00.000Z"

    def expire(self, invoice_id: int) -> None:
        self.invoices[invoice_id]["status"] = "expired"

    def calls(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.requests if name == method]

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            params.update(await request.json())
        self.requests.append((method, params))
        if self.fault == "down":
            return web.Response(status=502, text=HTML_PAGE, content_type="text/html")
        if self.fault == "html":
            return web.Response(text=HTML_PAGE, content_type="text/html")
        if self.fault == "garbage":
            return web.Response(text='{"ok": tru', content_type="application/json")
        if request.headers.get("Crypto-Pay-API-Token") != self.token:
            return self._error(401, "UNAUTHORIZED")
        if self.fault == "refuse":
            return self._error(400, "METHOD_DISABLED")
        if method == "getCurrencies":
            return self._ok(self._currencies())
        if method == "getMe":
            return self._ok({"app_id": 1, "name": "Shop", "payment_processing_bot_username": "x"})
        if method == "createInvoice":
            if self.hold is not None:
                self.holding.set()
                await self.hold.wait()
            return self._create(params)
        if method == "getInvoices":
            ids = [int(i) for i in str(params.get("invoice_ids", "")).split(",") if i]
            items = [self.invoices[i] for i in ids if i in self.invoices]
            return self._ok({"items": items})
        if method == "deleteInvoice":
            self.invoices.pop(int(params["invoice_id"]), None)
            return self._ok(True)
        return self._error(405, "METHOD_NOT_FOUND")

    def _create(self, params: dict[str, Any]) -> web.Response:
        amount = Decimal(str(params["amount"]))  # the client must send a decimal string
        if params.get("currency_type") != "fiat" or amount <= 0:
            return self._error(400, "AMOUNT_INVALID")
        invoice_id = next(self._ids)
        invoice = {
            "invoice_id": invoice_id,
            "hash": f"IV{invoice_id}",
            "currency_type": "fiat",
            "fiat": params["fiat"],
            "amount": f"{amount:f}",
            "accepted_assets": str(params.get("accepted_assets", "")).split(","),
            "status": "active",
            "bot_invoice_url": f"https://t.me/CryptoTestnetBot?start=IV{invoice_id}",
            "description": params.get("description", ""),
            "payload": params.get("payload"),
            "created_at": "2025-01-01T00:00:00.000Z",
            "allow_comments": False,
            "allow_anonymous": True,
        }
        if self.fault == "nourl":
            invoice["bot_invoice_url"] = ""
        self.invoices[invoice_id] = invoice
        return self._ok(invoice)

    def _currencies(self) -> list[dict[str, Any]]:
        """Currency objects as Crypto Pay writes them: flags, name, code, decimals."""
        assets = [
            {"is_blockchain": True, "is_stablecoin": code in ("USDT", "USDC"), "is_fiat": False,
             "name": code, "code": code, "url": "https://example.org", "decimals": 9}
            for code in ASSETS
        ]  # fmt: skip
        fiats = [
            {"is_blockchain": False, "is_stablecoin": False, "is_fiat": True,
             "name": code, "code": code, "decimals": 2}
            for code in self.fiats
        ]  # fmt: skip
        return assets + fiats

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(code: int, name: str) -> web.Response:
        return web.json_response({"ok": False, "error": {"code": code, "name": name}}, status=code)


async def start_cryptopay_server(fake: FakeCryptoPay) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_route("*", "/api/{method}", fake.handle)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}/api"
