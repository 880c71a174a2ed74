"""The /api screen (a customer's key to the shop's API) and its lines on the admin's card."""

from __future__ import annotations

import html

from bot.db.repositories.api_keys import ApiAccess
from bot.i18n import Translator
from bot.services.api_access import AccessState, AccessView


def curl_example(url: str, key: str) -> str:
    """One line a customer can paste into a terminal: their balance, read through the API."""
    return f"curl -s -d key={key} -d action=balance {url}"


def api_screen(t: Translator, view: AccessView, url: str) -> str:
    if view.state is AccessState.UNAVAILABLE:
        return t("api-screen-unavailable")
    if view.state is AccessState.BLOCKED:
        return t("api-screen-blocked")
    if view.state is AccessState.OFF:
        return t("api-screen-off")
    if view.key is not None:
        return t(
            "api-screen-key",
            key=html.escape(view.key),
            url=html.escape(url),
            curl=html.escape(curl_example(url, view.key)),
        )
    notices = t("api-notices-on") if view.notices else t("api-notices-off")
    return t("api-screen-on", url=html.escape(url), notices=notices)


def admin_api_line(t: Translator, access: ApiAccess | None) -> str:
    """The customer's API access on their admin card ("" for one who never turned it on)."""
    if access is None:
        return ""
    if access.blocked:
        return t("admin-user-api-blocked")
    if access.on:
        return t("admin-user-api-on", since=t.datetime(access.updated_at))
    return t("admin-user-api-off")
