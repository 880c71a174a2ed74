"""A small client of the Crypto Pay API (Crypto Bot), in the style of the panel client.

Why our own: the maintained clients (aiocryptopay 0.4, aiosend 3.0) read every amount into a
float; here amounts stay exact Decimals, the base URL is any URL (a test server in the tests),
and the token lives only in one request header: never in a log, an error or a repr.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import aiohttp

from bot.domain.money import MoneyError, parse_decimal

log = logging.getLogger(__name__)

TOKEN_HEADER = "Crypto-Pay-API-Token"  # noqa: S105 - a header name, not a secret
BATCH_SIZE = 100  # invoice ids asked per getInvoices request
_MAX_DETAIL = 200


class CryptoPayError(Exception):
    """Any failure of a Crypto Pay call. The text never carries the token."""


class CryptoPayUnavailable(CryptoPayError):
    """No usable answer: unreachable, timeout, HTTP error, HTML, garbage."""


class CryptoPayRefused(CryptoPayError):
    """Crypto Pay read the request and said no: {"ok": false, "error": {...}}."""

    def __init__(self, method: str, name: str) -> None:
        super().__init__(f"{method}: refused: {name}")
        self.name = name


@dataclass(frozen=True, slots=True)
class Invoice:
    invoice_id: int
    status: str  # active | paid | expired
    amount: Decimal
    currency_type: str
    fiat: str | None
    pay_url: str
    payload: str | None


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name}: expected text")
    return value


def parse_invoice(data: object) -> Invoice:
    """An Invoice from its JSON; ValueError for anything that does not look like one."""
    if not isinstance(data, Mapping):
        raise ValueError("invoice: expected an object")
    invoice_id = data.get("invoice_id")
    if not isinstance(invoice_id, int) or isinstance(invoice_id, bool) or invoice_id <= 0:
        raise ValueError("invoice_id: expected a positive integer")
    try:
        amount = parse_decimal(data.get("amount"))
    except MoneyError as exc:
        raise ValueError(f"amount: {exc}") from None
    url = data.get("bot_invoice_url") or data.get("pay_url") or ""
    payload = data.get("payload")
    fiat = data.get("fiat")
    return Invoice(
        invoice_id=invoice_id,
        status=_text(data.get("status"), "status"),
        amount=amount,
        currency_type=str(data.get("currency_type") or ""),
        fiat=fiat if isinstance(fiat, str) else None,
        pay_url=_text(url, "bot_invoice_url"),
        payload=payload if isinstance(payload, str) else None,
    )


class CryptoPayClient:
    def __init__(
        self,
        api_url: str,
        token: str,
        *,
        session: aiohttp.ClientSession | None = None,
        timeout: float = 15.0,
    ) -> None:
        self._url = api_url.rstrip("/")
        self._token = token
        self._session = session
        self._owns_session = session is None
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    def __repr__(self) -> str:
        return f"CryptoPayClient(api_url={self._url!r})"

    async def close(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    # -- methods ---------------------------------------------------------------------------------
    async def get_me(self) -> Mapping[str, Any]:
        result = await self._call("getMe", {})
        if not isinstance(result, Mapping):
            raise CryptoPayUnavailable("getMe: unexpected answer")
        return result

    async def fiat_currencies(self) -> frozenset[str]:
        """The fiat codes invoices may be priced in (getCurrencies, the items with is_fiat)."""
        result = await self._call("getCurrencies", {})
        if not isinstance(result, list):
            raise CryptoPayUnavailable("getCurrencies: unexpected answer")
        codes = frozenset(
            item["code"].upper()
            for item in result
            if isinstance(item, Mapping)
            and item.get("is_fiat") is True
            and isinstance(item.get("code"), str)
        )
        if not codes:
            raise CryptoPayUnavailable("getCurrencies: no fiat currency in the answer")
        return codes

    async def create_invoice(
        self,
        *,
        amount: Decimal,
        fiat: str,
        accepted_assets: Sequence[str],
        description: str,
        payload: str,
        expires_in: int,
    ) -> Invoice:
        params = {
            "currency_type": "fiat",
            "fiat": fiat,
            "accepted_assets": ",".join(accepted_assets),
            "amount": f"{amount:f}",
            "description": description[:1024],
            "payload": payload,
            "expires_in": expires_in,
            "allow_comments": False,
            "allow_anonymous": True,
        }
        result = await self._call("createInvoice", params)
        try:
            return parse_invoice(result)
        except ValueError as exc:
            raise CryptoPayUnavailable(f"createInvoice: unexpected answer: {exc}") from None

    async def get_invoices(self, invoice_ids: Sequence[int]) -> list[Invoice]:
        """The invoices with these ids, asked BATCH_SIZE at a time. Items that cannot be read
        are skipped (and logged): one odd invoice must not stop the others."""
        found: list[Invoice] = []
        for start in range(0, len(invoice_ids), BATCH_SIZE):
            batch = invoice_ids[start : start + BATCH_SIZE]
            params = {"invoice_ids": ",".join(str(i) for i in batch), "count": len(batch)}
            result = await self._call("getInvoices", params)
            items = result.get("items") if isinstance(result, Mapping) else None
            if not isinstance(items, list):
                raise CryptoPayUnavailable("getInvoices: unexpected answer")
            for item in items:
                try:
                    found.append(parse_invoice(item))
                except ValueError as exc:
                    log.warning("Crypto Pay sent an invoice we cannot read: %s", exc)
        return found

    # -- the wire --------------------------------------------------------------------------------
    def _ensure_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
            self._owns_session = True
        return self._session

    def _redact(self, text: str) -> str:
        text = text[:_MAX_DETAIL]
        return text.replace(self._token, "***") if self._token else text

    async def _call(self, method: str, params: Mapping[str, Any]) -> Any:
        session = self._ensure_session()
        try:
            async with session.post(
                f"{self._url}/{method}",
                json=dict(params),
                headers={TOKEN_HEADER: self._token},
                timeout=self._timeout,
            ) as response:
                body = await response.text()
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise CryptoPayUnavailable(f"{method}: {type(exc).__name__}") from None
        try:
            data = json.loads(body, parse_float=Decimal)
        except ValueError:
            raise CryptoPayUnavailable(f"{method}: HTTP {status}, not JSON") from None
        if not isinstance(data, Mapping) or not isinstance(data.get("ok"), bool):
            raise CryptoPayUnavailable(f"{method}: HTTP {status}, unexpected answer")
        if not data["ok"]:
            error = data.get("error")
            name = error.get("name") if isinstance(error, Mapping) else None
            if status >= 500 or not isinstance(name, str):
                raise CryptoPayUnavailable(f"{method}: HTTP {status}")
            raise CryptoPayRefused(method, self._redact(name))
        return data.get("result")
