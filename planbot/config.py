"""All configuration, read in one place: environment (prefix PLANBOT_) and an optional TOML file.

Secrets are SecretStr so they never show up in reprs, logs or error messages.
The TOML file is `PLANBOT_CONFIG` if set, else `$PLANBOT_HOME/planbot.toml` when present.
"""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import SecretStr
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


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANBOT_", extra="ignore")

    home: Path = default_home()
    embed_model: str | None = None  # path to any sentence-transformers model; default: converted e5-small
    embed_threads: int = 1  # onnxruntime threads per query encode (ingest uses every core)

    host: str = "127.0.0.1"
    port: int = 8080
    api_token: SecretStr | None = None

    dingtalk_app_secret: SecretStr | None = None
    dingtalk_client_id: str | None = None

    wecom_token: SecretStr | None = None
    wecom_aes_key: SecretStr | None = None
    wecom_corp_id: str | None = None
    wecom_secret: SecretStr | None = None
    wecom_agent_id: int | None = None
    wecom_api_base: str = "https://qyapi.weixin.qq.com"

    @property
    def db_path(self) -> Path:
        return self.home / "planbot.db"

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
