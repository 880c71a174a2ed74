"""The shop's API for resellers over real HTTP on 127.0.0.1: a server and a small client."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.api.server import API_PATH, ResellerApi, start_api_server
from tests.conftest import Shop

FORM = "application/x-www-form-urlencoded"
API_SETTINGS = {"reseller_api_port": "8099", "reseller_api_rate": "1000"}


@dataclass
class Api:
    url: str
    session: aiohttp.ClientSession

    async def call(self, **fields: object) -> Any:
        """A form-encoded POST, as most clients send it; the answer's JSON (HTTP 200)."""
        form = {name: str(value) for name, value in fields.items()}
        async with self.session.post(self.url, data=form) as response:
            assert response.status == 200, await response.text()
            return await response.json()

    async def call_json(self, body: object) -> Any:
        async with self.session.post(self.url, json=body) as response:
            assert response.status == 200
            return await response.json()

    async def raw(self, data: bytes, content_type: str = FORM) -> Any:
        headers = {"Content-Type": content_type}
        async with self.session.post(self.url, data=data, headers=headers) as response:
            assert response.status == 200
            return await response.json()


async def serve_api(shop: Shop) -> tuple[web.AppRunner, str]:
    """The shop's API on a free port of 127.0.0.1, as bot/app.py serves it."""
    services = shop.services
    api = ResellerApi(
        services.api_access, services.reseller, services.settings.reseller_api_rate, time.monotonic
    )
    runner = await start_api_server(api, "127.0.0.1", 0)
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}{API_PATH}"


@pytest.fixture(name="open_api")
async def open_api_fixture() -> AsyncIterator[Callable[[Shop], Any]]:
    """`await open_api(shop)`: the shop's API served, and a client for it."""
    opened: list[tuple[web.AppRunner, aiohttp.ClientSession]] = []

    async def factory(shop: Shop) -> Api:
        runner, url = await serve_api(shop)
        session = aiohttp.ClientSession()
        opened.append((runner, session))
        return Api(url, session)

    yield factory
    for runner, session in opened:
        await session.close()
        await runner.cleanup()
