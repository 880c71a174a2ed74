"""Settings from the environment first, then `.env`."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SANDBOX = "sandbox"
_TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")
_HTTP_URL = re.compile(r"^https?://[^\s/]+")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        case_sensitive=False,
    )

    bot_token: SecretStr
    panel_api_url: str
    panel_api_key: SecretStr | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database_path: Path = Path("data/bot.sqlite3")
    telegram_api_url: str = "https://api.telegram.org"
    price_markup_percent: Decimal = Field(default=Decimal(0), ge=0, le=10000)
    price_decimals: int = Field(default=2, ge=0, le=5)
    currency: str = Field(default="USD", min_length=1, max_length=8)
    status_poll_seconds: float = Field(default=60, gt=0)
    catalog_refresh_seconds: float = Field(default=1800, gt=0)
    panel_timeout_seconds: float = Field(default=30, gt=0)
    panel_low_balance: Decimal | None = Field(default=None, ge=0)
    sandbox_admin_credit: Decimal = Field(default=Decimal(100), ge=0)
    sandbox_speed: float = Field(default=1.0, ge=1, le=10000)
    log_level: str = "INFO"

    @property
    def sandbox(self) -> bool:
        return self.panel_api_url == SANDBOX

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_SHAPE.match(value.get_secret_value().strip()):
            raise ValueError("expected a token from @BotFather, like 123456:ABC-DEF...")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("panel_api_url")
    @classmethod
    def _panel_url_shape(cls, value: str) -> str:
        value = value.strip()
        if value == SANDBOX:
            return value
        if not _HTTP_URL.match(value):
            raise ValueError(f"expected an http(s) URL or '{SANDBOX}'")
        return value.rstrip("/")

    @field_validator("telegram_api_url")
    @classmethod
    def _telegram_url_shape(cls, value: str) -> str:
        """Only the panel can be simulated: the Bot API is always a real server."""
        value = value.strip()
        if not _HTTP_URL.match(value):
            raise ValueError("expected an http(s) URL")
        return value.rstrip("/")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(re.fullmatch(r"\d+", part) for part in parts):
                raise ValueError("expected comma separated numeric Telegram user ids")
            return frozenset(int(part) for part in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.strip().upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return value

    @model_validator(mode="after")
    def _key_unless_sandbox(self) -> Settings:
        if self.panel_api_url == SANDBOX:
            return self
        if self.panel_api_key is None or not self.panel_api_key.get_secret_value().strip():
            raise ValueError("PANEL_API_KEY: required unless PANEL_API_URL=sandbox")
        return self

    def panel_key(self) -> str:
        return "" if self.panel_api_key is None else self.panel_api_key.get_secret_value().strip()


def describe_errors(error: ValidationError) -> list[str]:
    """One line per problem, naming the variable; never the value (it may be a secret)."""
    lines = []
    for item in error.errors(include_input=False, include_url=False):
        name = str(item["loc"][0]).upper() if item["loc"] else ""
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "required, not set"
        if name and not message.startswith(name):
            lines.append(f"{name}: {message}")
        else:
            lines.append(message)
    return lines
