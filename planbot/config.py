"""All configuration, read in one place: environment (prefix PLANBOT_) and an optional TOML file.

Secrets are SecretStr so they never show up in reprs, logs or error messages.
The TOML file is `PLANBOT_CONFIG` if set, else `$PLANBOT_HOME/planbot.toml` when present.
"""
from __future__ import annotations

import os
from pathlib import Path

from typing import Literal

from pydantic import BaseModel, SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource


def default_home() -> Path:
    """Where the index and the converted model live unless PLANBOT_HOME says otherwise."""
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "planbot"


def _toml_path() -> Path | None:
    explicit = os.environ.get("PLANBOT_CONFIG")
    if explicit:
        return Path(explicit)
    home = Path(os.environ.get("PLANBOT_HOME") or default_home())
    candidate = home / "planbot.toml"
    return candidate if candidate.is_file() else None


class ReminderTarget(BaseModel):
    """One scheduled digest: which robot, which plans and units, how far ahead, when (cron)."""

    name: str
    kind: Literal["dingtalk", "wecom"]
    webhook: SecretStr  # the robot's webhook URL carries its access token
    secret: SecretStr | None = None  # DingTalk 加签 secret
    units: list[str] = []  # empty: every unit with something due
    issuer: str | None = None
    year: int | None = None
    days: int = 14
    cron: str = "0 9 * * 1-5"  # minute hour day month weekday, in `timezone`


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANBOT_", extra="ignore")

    home: Path = default_home()
    embed_model: str | None = None  # path to any sentence-transformers model; default: converted e5-small
    embed_threads: int = 1  # onnxruntime threads per query encode (ingest uses every core)

    host: str = "127.0.0.1"
    port: int = 8080
    api_token: SecretStr | None = None
    public_url: str | None = None  # e.g. https://planbot.example.gov.cn: download links in chats are absolute
    admin_token: SecretStr | None = None  # enables POST /admin/plans (uploads) when set
    max_upload_mb: int = 20

    dingtalk_app_secret: SecretStr | None = None
    dingtalk_client_id: str | None = None

    wecom_token: SecretStr | None = None
    wecom_aes_key: SecretStr | None = None
    wecom_corp_id: str | None = None
    wecom_secret: SecretStr | None = None
    wecom_agent_id: int | None = None
    wecom_api_base: str = "https://qyapi.weixin.qq.com"

    # Holding up under load and abuse (issue 10); the defaults suit one small box.
    workers: int | None = None  # answering threads; default: one per core
    queue_depth: int | None = None  # questions that may wait behind them; default: 32 per worker
    question_budget_s: float = 10.0  # queue wait + answering, then the question is given up
    max_connections: int = 512  # open client connections (kept below the process's file limit)
    max_stranger_bodies: int = 32  # bodies read before their sender could be authenticated
    header_timeout_s: float = 10.0  # a connection must send a request's headers within this
    body_timeout_s: float = 10.0  # and its body within this
    dingtalk_webhook_hosts: str = "oapi.dingtalk.com,api.dingtalk.com"  # where sessionWebhook may point
    state: str = "sqlite"  # dedup and conversation state: "sqlite" ($PLANBOT_HOME/state.db), "memory", "redis"
    redis_url: str | None = None  # with state = "redis" (or whenever set), e.g. redis://host:6379/0

    # WeCom 智能机器人 (AI bot), API mode at /wecom/bot: its own Token and EncodingAESKey
    wecom_bot_token: SecretStr | None = None
    wecom_bot_aes_key: SecretStr | None = None
    wecom_bot_reply_wait_s: float = 3.0  # answer in the callback if ready by then, else via response_url
    wecom_bot_response_hosts: list[str] = ["qyapi.weixin.qq.com"]  # where a response_url may point
    # ... and its long-connection mode (`planbot serve --wecom-bot-ws`): bot id and secret
    wecom_bot_id: str | None = None
    wecom_bot_secret: SecretStr | None = None
    wecom_bot_ws_url: str | None = None  # default: WeCom's own endpoint, as the SDK knows it

    # deadline digests pushed to group robots ([[reminders]] tables in planbot.toml)
    reminders: list[ReminderTarget] = []
    timezone: str = "Asia/Shanghai"
    remind_retry_s: float = 600.0  # a failed push is tried again this much later...
    remind_retries: int = 3  # ...this many times

    @property
    def db_path(self) -> Path:
        return self.home / "planbot.db"

    @property
    def state_path(self) -> Path:
        """Dedup and conversation state: its own file, never the index (which ingest swaps whole)."""
        return self.home / "state.db"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml = _toml_path()
        if toml is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml))
        return tuple(sources)
