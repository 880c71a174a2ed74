"""`python -m bot`: read settings, then run the shop until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import sys
from urllib.parse import urlsplit

from pydantic import ValidationError

from bot.config import Settings, StartRefused, describe_errors
from bot.logging_setup import setup_logging

EXIT_BAD_SETTINGS = 2


def _stop_during_start(signum: int, frame: object) -> None:
    # Until the event loop installs its own handlers, SIGTERM means a quiet, clean exit.
    raise SystemExit(0)


def main() -> int:
    signal.signal(signal.SIGTERM, _stop_during_start)
    try:
        settings = Settings()  # values come from the environment
    except ValidationError as exc:
        for line in describe_errors(exc):
            print(f"settings: {line}", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    secrets = [settings.bot_token.get_secret_value(), settings.panel_key()]
    optional = (settings.webhook_secret, settings.redis_url, settings.crypto_pay_token)
    secrets += [s.get_secret_value() for s in optional if s]
    if settings.redis_url is not None:
        secrets.append(urlsplit(settings.redis_url.get_secret_value()).password or "")
    setup_logging(
        settings.log_level,
        secrets,
        fmt=settings.log_format,
        debug_libraries=settings.log_debug_libraries,
    )
    from aiogram.exceptions import TelegramUnauthorizedError

    from bot.app import run  # after logging is set up, so import-time logs are redacted too

    try:
        asyncio.run(run(settings))
    except TelegramUnauthorizedError:
        print("settings: BOT_TOKEN: Telegram refused this token (401)", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    except StartRefused as exc:  # a real panel's database and sandbox data, and the like
        print(f"settings: {exc}", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    return 0


if __name__ == "__main__":
    sys.exit(main())
