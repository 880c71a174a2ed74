"""Settings from the environment first, then `.env`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.i18n import LANGUAGES, SOURCE_LANGUAGE

SANDBOX = "sandbox"
SANDBOX_PAYMENT_TEXT = (
    "Sandbox: no money moves. Pretend to transfer to card 0000 0000 0000 0000 (Test Bank) "
    "and send any photo or text as the receipt."
)
_TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{10,}$")
_HTTP_URL = re.compile(r"^https?://[^\s/]+")
_WEBHOOK_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # what Telegram accepts
# Crypto Pay's test network: its own bot (@CryptoTestnetBot) and coins worth nothing.
CRYPTO_PAY_TEST_HOST = "testnet-pay.crypt.bot"


class StartRefused(Exception):
    """A setting the shop must not run with, found at start: the program exits with code 2
    and this one line (it names the variable, never a secret)."""


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
    panel_name: str | None = Field(default=None, max_length=40)
    # More panels (issue 23): PANEL_2_API_URL, PANEL_2_API_KEY, PANEL_2_NAME ... up to 9. A
    # panel's number is its identity in the database: orders and services remember it.
    panel_2_api_url: str | None = None
    panel_2_api_key: SecretStr | None = None
    panel_2_name: str | None = Field(default=None, max_length=40)
    panel_3_api_url: str | None = None
    panel_3_api_key: SecretStr | None = None
    panel_3_name: str | None = Field(default=None, max_length=40)
    panel_4_api_url: str | None = None
    panel_4_api_key: SecretStr | None = None
    panel_4_name: str | None = Field(default=None, max_length=40)
    panel_5_api_url: str | None = None
    panel_5_api_key: SecretStr | None = None
    panel_5_name: str | None = Field(default=None, max_length=40)
    panel_6_api_url: str | None = None
    panel_6_api_key: SecretStr | None = None
    panel_6_name: str | None = Field(default=None, max_length=40)
    panel_7_api_url: str | None = None
    panel_7_api_key: SecretStr | None = None
    panel_7_name: str | None = Field(default=None, max_length=40)
    panel_8_api_url: str | None = None
    panel_8_api_key: SecretStr | None = None
    panel_8_name: str | None = Field(default=None, max_length=40)
    panel_9_api_url: str | None = None
    panel_9_api_key: SecretStr | None = None
    panel_9_name: str | None = Field(default=None, max_length=40)
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database_path: Path = Path("data/bot.sqlite3")
    telegram_api_url: str = "https://api.telegram.org"
    price_markup_percent: Decimal = Field(default=Decimal(0), ge=0, le=10000)
    price_decimals: int = Field(default=2, ge=0, le=5)
    currency: str = Field(default="USD", min_length=1, max_length=8)
    default_language: str = SOURCE_LANGUAGE
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
    # false: aiogram runs stock, none of bot/telegram/tuning.py; _OFF: patches left off by name
    aiogram_tuning: bool = True
    aiogram_tuning_off: Annotated[frozenset[str], NoDecode] = frozenset()
    # -- wallet top-ups (issue 9) ----------------------------------------------------------------
    support_contact: str | None = None
    topup_amounts: Annotated[tuple[Decimal, ...], NoDecode] = tuple(
        Decimal(n) for n in (5, 10, 25, 50)
    )
    topup_min: Decimal = Field(default=Decimal(1), gt=0, le=1_000_000)
    topup_max: Decimal = Field(default=Decimal(1000), gt=0, le=1_000_000)
    stars_per_unit: Decimal | None = Field(default=None, gt=0, le=1_000_000)
    # The most Stars one invoice may ask for (Telegram refuses more): a setting, to follow it.
    stars_max_per_invoice: int = Field(default=10_000, ge=1, le=1_000_000)
    crypto_pay_token: SecretStr | None = None
    crypto_pay_api_url: str = "https://pay.crypt.bot/api"
    crypto_pay_assets: Annotated[tuple[str, ...], NoDecode] = ("USDT", "TON", "BTC")
    manual_payment_text: str | None = Field(default=None, max_length=2000)
    # -- invite links and the channel to join (issue 24) ----------------------------------------
    referral_percent: Decimal = Field(default=Decimal(0), ge=0, le=100)
    required_channels: Annotated[tuple[str | int, ...], NoDecode] = ()
    # -- the shop's own API v2 for resellers (issue 26): off unless RESELLER_API_PORT is set ----
    reseller_api_port: int | None = Field(default=None, ge=1, le=65535)
    reseller_api_host: str = "127.0.0.1"
    reseller_api_rate: float = Field(default=10, gt=0, le=10000)
    reseller_api_url: str | None = None  # the public address customers are given

    @property
    def sandbox(self) -> bool:
        return self.panel_api_url == SANDBOX

    @property
    def reseller_api_on(self) -> bool:
        return self.reseller_api_port is not None

    @property
    def reseller_api_own_server(self) -> bool:
        """The API listens on its own port; not when that is the webhook's (whose server
        answers the API in webhook mode anyway)."""
        if self.reseller_api_port is None:
            return False
        return self.webhook_url is None or self.reseller_api_port != self.webhook_port

    @property
    def reseller_api_public_url(self) -> str:
        """The API's address as customers are told it: RESELLER_API_URL, else the local one."""
        if self.reseller_api_url:
            return self.reseller_api_url
        return f"http://{self.reseller_api_host}:{self.reseller_api_port}/api/v2"

    @property
    def support_url(self) -> str | None:
        """A link for the Contact support button, or None when no contact is set."""
        contact = self.support_contact
        if contact is None:
            return None
        return f"https://t.me/{contact[1:]}" if contact.startswith("@") else contact

    @property
    def manual_payment_instructions(self) -> str | None:
        """The transfer instructions; a sample in sandbox mode, where the method is always on."""
        if self.manual_payment_text:
            return self.manual_payment_text
        return SANDBOX_PAYMENT_TEXT if self.sandbox else None

    def crypto_pay_key(self) -> str:
        token = self.crypto_pay_token
        return "" if token is None else token.get_secret_value().strip()

    @property
    def crypto_pay_test_network(self) -> bool:
        """CRYPTO_PAY_API_URL is Crypto Pay's test network, whose coins are worth nothing."""
        return (urlsplit(self.crypto_pay_api_url).hostname or "") == CRYPTO_PAY_TEST_HOST

    @field_validator("currency", mode="before")
    @classmethod
    def _currency_code(cls, value: Any) -> Any:
        """A currency code, as Crypto Pay and the panels write it: `usd` is USD."""
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("default_language")
    @classmethod
    def _supported_language(cls, value: str) -> str:
        code = value.strip().lower()
        if code not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return code

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_SHAPE.match(value.get_secret_value().strip()):
            raise ValueError("expected a token from @BotFather, like 123456:ABC-DEF...")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("panel_api_url", *(f"panel_{n}_api_url" for n in range(2, 10)))
    @classmethod
    def _panel_url_shape(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if value == SANDBOX:
            return value
        if not _HTTP_URL.match(value):
            raise ValueError(f"expected an http(s) URL or '{SANDBOX}'")
        return value.rstrip("/")

    @field_validator("reseller_api_url")
    @classmethod
    def _public_api_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not _HTTP_URL.match(value):
            raise ValueError(
                "expected the public http(s) URL of the API, like https://shop.example/api/v2"
            )
        return value

    @field_validator("telegram_api_url", "crypto_pay_api_url")
    @classmethod
    def _http_url_shape(cls, value: str) -> str:
        """Only the panel can be simulated: the Bot API and Crypto Pay are real servers."""
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

    @field_validator("aiogram_tuning_off", mode="before")
    @classmethod
    def _split_names(cls, value: Any) -> Any:
        if isinstance(value, str):
            return frozenset(part.strip().lower() for part in value.split(",") if part.strip())
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

    @field_validator("support_contact")
    @classmethod
    def _contact(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if re.fullmatch(r"@[A-Za-z][A-Za-z0-9_]{3,31}", value) or re.fullmatch(
            r"https://[^\s/]+\S*", value
        ):
            return value
        raise ValueError("expected an @username or an https:// link")

    @field_validator("topup_amounts", mode="before")
    @classmethod
    def _split_amounts(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(re.fullmatch(r"[0-9]{1,7}(?:\.[0-9]{1,5})?", part) for part in parts):
                raise ValueError("expected comma separated amounts, like 5,10,25,50")
            return tuple(Decimal(part) for part in parts)
        return value

    @field_validator("required_channels", mode="before")
    @classmethod
    def _split_channels(cls, value: Any) -> Any:
        """@usernames (public channels) or numeric chat ids (-100…), comma separated."""
        if not isinstance(value, str):
            return value
        channels: list[str | int] = []
        for part in (part.strip() for part in value.split(",")):
            if re.fullmatch(r"-?[0-9]{5,20}", part):
                channels.append(int(part))
            elif re.fullmatch(r"@[A-Za-z][A-Za-z0-9_]{3,31}", part):
                channels.append(part)
            elif part:
                raise ValueError("expected comma separated @channel usernames or chat ids")
        return tuple(dict.fromkeys(channels))

    @field_validator("crypto_pay_assets", mode="before")
    @classmethod
    def _split_assets(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip().upper() for part in value.split(",") if part.strip()]
            if not parts or not all(re.fullmatch(r"[A-Z0-9]{2,10}", part) for part in parts):
                raise ValueError("expected comma separated asset codes, like USDT,TON,BTC")
            return tuple(parts)
        return value

    @model_validator(mode="after")
    def _reseller_api_port(self) -> Settings:
        port = self.reseller_api_port
        if port is not None and port == self.health_port and self.webhook_url is None:
            raise ValueError("RESELLER_API_PORT: must not be HEALTH_PORT")
        return self

    @model_validator(mode="after")
    def _topup_limits(self) -> Settings:
        if self.topup_min > self.topup_max:
            raise ValueError("TOPUP_MIN: must not be above TOPUP_MAX")
        quantum = Decimal(1).scaleb(-self.price_decimals)
        for amount in (self.topup_min, self.topup_max, *self.topup_amounts):
            if amount != amount.quantize(quantum):
                raise ValueError(
                    f"TOPUP amounts: at most {self.price_decimals} decimals (PRICE_DECIMALS)"
                )
        for amount in self.topup_amounts:
            if not self.topup_min <= amount <= self.topup_max:
                raise ValueError("TOPUP_AMOUNTS: every amount within TOPUP_MIN..TOPUP_MAX")
        rate = self.stars_per_unit
        if rate is not None and self.topup_min * rate > self.stars_max_per_invoice:
            raise ValueError("STARS_MAX_PER_INVOICE: one invoice must buy at least TOPUP_MIN")
        return self

    @model_validator(mode="after")
    def _key_unless_sandbox(self) -> Settings:
        for number in range(1, 10):
            prefix = "PANEL" if number == 1 else f"PANEL_{number}"
            url, key, _ = self._panel_fields(number)
            if url is None and key is not None:
                raise ValueError(f"{prefix}_API_KEY: set without {prefix}_API_URL")
            if url is None or url == SANDBOX:
                continue
            if key is None or not key.get_secret_value().strip():
                raise ValueError(f"{prefix}_API_KEY: required unless {prefix}_API_URL=sandbox")
        return self

    def _panel_fields(self, number: int) -> tuple[str | None, SecretStr | None, str | None]:
        if number == 1:
            return self.panel_api_url, self.panel_api_key, self.panel_name
        url, key, name = (
            getattr(self, f"panel_{number}_{f}") for f in ("api_url", "api_key", "name")
        )
        return url, key, name

    def panels(self) -> list[PanelSettings]:
        """Every configured panel, by its number. In sandbox mode (PANEL_API_URL=sandbox) two
        simulated panels, 1 and 2, whatever else is set."""
        if self.sandbox:
            return [
                PanelSettings(1, "Sandbox A", SANDBOX, ""),
                PanelSettings(2, "Sandbox B", SANDBOX, ""),
            ]
        found = []
        for number in range(1, 10):
            url, key, name = self._panel_fields(number)
            if url is None:
                continue
            secret = "" if key is None else key.get_secret_value().strip()
            found.append(
                PanelSettings(number, (name or "").strip() or f"Panel {number}", url, secret)
            )
        return found

    def panel_key(self) -> str:
        return "" if self.panel_api_key is None else self.panel_api_key.get_secret_value().strip()


@dataclass(frozen=True, slots=True)
class PanelSettings:
    """One panel as the settings give it. `key` is a secret: never logged or shown."""

    number: int
    name: str
    url: str
    key: str = field(repr=False)


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
