"""`python -m bot`: read settings, then run the shop until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import sys

from pydantic import ValidationError

from bot.config import Settings, describe_errors
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
    setup_logging(settings.log_level, [settings.bot_token.get_secret_value(), settings.panel_key()])
    from aiogram.exceptions import TelegramUnauthorizedError

    from bot.app import run  # after logging is set up, so import-time logs are redacted too
    from bot.sandbox.mode import ModeMismatch

    try:
        asyncio.run(run(settings))
    except TelegramUnauthorizedError:
        print("settings: BOT_TOKEN: Telegram refused this token (401)", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    except ModeMismatch as exc:
        print(
            f"settings: DATABASE_PATH: this database was used with a {exc} panel; "
            "give the other mode a database file of its own",
            file=sys.stderr,
        )
        return EXIT_BAD_SETTINGS
    return 0


if __name__ == "__main__":
    sys.exit(main())
