"""Settings from the environment first, then `.env`."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SANDBOX = "sandbox"
_TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")
_HTTP_URL = re.compile(r"^https?://[^\s/]+")
_WEBHOOK_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # what Telegram accepts


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
    log_format: Literal["text", "json"] = "text"
    log_debug_libraries: bool = False
    redis_url: SecretStr | None = None
    webhook_url: str | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    health_host: str = "127.0.0.1"
    health_port: int | None = Field(default=None, ge=1, le=65535)
    flood_burst: int = Field(default=10, ge=1, le=1000)
    flood_rate: float = Field(default=1.0, gt=0, le=1000)
    backup_every_hours: float | None = Field(default=None, gt=0)

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

    @field_validator("log_format", mode="before")
    @classmethod
    def _format(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_shape(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if not re.match(r"^https://[^\s/]+/\S*$", value):
            raise ValueError("expected the public https URL Telegram posts to, with a path")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.match(r"^(redis|rediss|unix)://", value.get_secret_value()):
            raise ValueError("expected a redis://, rediss:// or unix:// URL")
        return value

    @model_validator(mode="after")
    def _webhook_secret(self) -> Settings:
        if self.webhook_url is None:
            return self
        secret = "" if self.webhook_secret is None else self.webhook_secret.get_secret_value()
        if not _WEBHOOK_SECRET_SHAPE.match(secret):
            raise ValueError(
                "WEBHOOK_SECRET: required with WEBHOOK_URL; 16 to 256 characters of "
                "A-Z, a-z, 0-9, _ and -"
            )
        return self

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
