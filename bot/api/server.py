"""`POST /api/v2`: the shop answers API v2 (shared/docs/panel-api-v2.md) as panels do.

Read from a form-encoded or a JSON body: `key` and `action` always. Every refusal is
`{"error": ...}` with HTTP 200, because API v2 clients read the body and not the status. The
one exception is a failure of our own (a bug, the database gone): HTTP 500, which clients
(ours among them) read as "outcome unknown", never as "not placed". A body over `MAX_BODY`
is refused before it is read further, so it never reaches the wallet. Logs name the key's
owner (a user id), never the key.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from bot.config import StartRefused
from bot.services.api_access import ApiAccessService
from bot.services.reseller import (
    INCORRECT_REQUEST,
    INVALID_KEY,
    MAX_BATCH,
    TOO_MANY,
    ApiRefusal,
    Reseller,
)

log = logging.getLogger(__name__)

API_PATH = "/api/v2"
MAX_BODY = 256 * 1024  # 1000 comments of 200 characters fit; a megabyte does not
MAX_FIELDS = 50

Action = Callable[[int, Mapping[str, str]], Awaitable[Any]]


class RateLimit:
    """A token bucket per customer: `rate` requests a second, a burst of as many."""

    def __init__(self, rate: float, clock: Callable[[], float]) -> None:
        self._rate = rate
        self._burst = max(1.0, rate)
        self._clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}

    def allow(self, owner: int, cost: int = 1) -> bool:
        """Takes `cost` tokens if the bucket holds them. A cost above the burst needs a full
        bucket and leaves it in debt: the key then waits until it is paid back."""
        moment = self._clock()
        tokens, since = self._buckets.get(owner, (self._burst, moment))
        tokens = min(self._burst, tokens + (moment - since) * self._rate)
        if len(self._buckets) > 10_000:  # forget idle buckets (they are full again anyway)
            self._buckets = {k: v for k, v in self._buckets.items() if moment - v[1] < 60}
        if tokens < min(cost, self._burst):
            self._buckets[owner] = (tokens, moment)
            return False
        self._buckets[owner] = (tokens - cost, moment)
        return True


def request_cost(action: str, fields: Mapping[str, str]) -> int:
    """Tokens a request takes: one, and one more per order id beyond the first of a batch
    `refill` or `cancel` (each id is a panel call, or a share of one)."""
    if action not in ("refill", "cancel"):
        return 1
    batch = fields.get("orders", "")
    return min(max(1, sum(1 for part in batch.split(",") if part.strip())), MAX_BATCH)


def _field(value: object) -> str | None:
    """A JSON value as the form would carry it; None for one no field can be."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int):
        return str(value)
    return None


def parse_body(body: bytes, content_type: str) -> dict[str, str]:
    """The request's fields; raises ApiRefusal(Incorrect request) for an unreadable body."""
    try:
        text = body.decode("utf-8")
        if "json" in content_type or text.lstrip().startswith("{"):
            data = json.loads(text)
            if not isinstance(data, dict) or len(data) > MAX_FIELDS:
                raise ValueError("not an object")
            given = {str(k): _field(v) for k, v in data.items()}
            read = {k: v for k, v in given.items() if v is not None}
            if len(read) != len(given):
                raise ValueError("a field that is not text or a number")
            return read
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False,
                          max_num_fields=MAX_FIELDS)  # fmt: skip
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiRefusal(INCORRECT_REQUEST) from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        fields.setdefault(name, value)  # the first of a repeated field, as PHP panels do not
    return fields


async def read_body(request: web.Request) -> bytes:
    """The body, refused (ApiRefusal) as soon as it is larger than MAX_BODY."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise ApiRefusal(INCORRECT_REQUEST)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_any():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiRefusal(INCORRECT_REQUEST)
        chunks.append(chunk)
    return b"".join(chunks)


class ResellerApi:
    def __init__(
        self,
        access: ApiAccessService,
        reseller: Reseller,
        rate: float,
        clock: Callable[[], float],
    ) -> None:
        self._access = access
        self._reseller = reseller
        self._limit = RateLimit(rate, clock)
        self._actions: dict[str, Action] = {
            "services": lambda owner, fields: reseller.services(),
            "add": reseller.add,
            "status": reseller.status,
            "refill": reseller.refill,
            "refill_status": reseller.refill_status,
            "cancel": reseller.cancel,
            "balance": lambda owner, fields: reseller.balance(owner),
        }

    def mount(self, app: web.Application) -> None:
        app.router.add_post(API_PATH, self.handle)

    async def handle(self, request: web.Request) -> web.Response:
        owner: int | None = None
        action = ""
        try:
            fields = parse_body(await read_body(request), request.content_type)
            action = fields.get("action", "")
            owner = await self._access.owner(fields.get("key", ""))
            if owner is None:
                raise ApiRefusal(INVALID_KEY)
            if not self._limit.allow(owner, request_cost(action, fields)):
                raise ApiRefusal(TOO_MANY)
            run = self._actions.get(action)
            if run is None:
                raise ApiRefusal(INCORRECT_REQUEST)
            answer = await run(owner, fields)
        except ApiRefusal as refused:
            log.info(
                "api: %s %r refused: %s",
                "unknown key" if owner is None else f"user {owner}",
                action[:20],  # quoted (%r): a newline in it cannot forge a log line
                refused.message,
            )
            return web.json_response({"error": refused.message})
        except Exception:
            log.exception("api: user %s %r failed", owner, action[:20])
            return web.json_response({"error": "Internal error"}, status=500)
        if action == "add":
            log.info(
                "api: user %s add service %s -> order %s",
                owner,
                fields.get("service", "").strip()[:20],  # digits only, once placed
                answer.get("order"),
            )
        return web.json_response(answer)


async def start_api_server(api: ResellerApi, host: str, port: int) -> web.AppRunner:
    """The API on its own server (polling mode, or beside the webhook's)."""
    app = web.Application()
    api.mount(app)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:  # the port taken, say: the shop does not start without its API
        await runner.cleanup()
        reason = exc.strerror or type(exc).__name__
        raise StartRefused(
            f"RESELLER_API_PORT: cannot listen on {host}:{port} ({reason})"
        ) from None
    except BaseException:
        await runner.cleanup()
        raise
    log.info("reseller API on http://%s:%d%s", host, port, API_PATH)
    return runner
