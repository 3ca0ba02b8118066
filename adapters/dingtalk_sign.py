"""DingTalk robot request signatures: `base64(HMAC-SHA256(secret, f"{timestamp}\\n{secret}"))`.

Pure: the caller passes the current time, so tests can pin the clock and replay old vectors.
The same formula signs pushes to a custom group robot (there the sign is URL-encoded by the caller).
"""
from __future__ import annotations

import base64
import hashlib
import hmac

WINDOW_MS = 60 * 60 * 1000  # DingTalk documents a one-hour freshness window


class SignatureError(Exception):
    """The request is not signed with our app secret (missing, malformed or forged sign)."""


class StaleTimestamp(SignatureError):
    """The sign may be genuine, but the timestamp is outside the window: a replay or a bad clock."""


def sign(secret: str, timestamp_ms: int | str) -> str:
    """The sign DingTalk sends (and expects) for this timestamp."""
    message = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify(secret: str, timestamp: str | None, signature: str | None, now_ms: int, window_ms: int = WINDOW_MS) -> None:
    """Raise unless `signature` is our sign of `timestamp` and `timestamp` is within the window of `now_ms`.

    The freshness check comes first so stale requests are rejected without computing the HMAC;
    both checks must pass, so their order leaks nothing useful.
    """
    if not timestamp or not signature:
        raise SignatureError("missing timestamp or sign")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 16:
        raise SignatureError("timestamp is not a millisecond count")
    if abs(now_ms - int(timestamp)) > window_ms:
        raise StaleTimestamp("timestamp outside the freshness window")
    if not hmac.compare_digest(sign(secret, timestamp).encode(), signature.encode("utf-8", "replace")):
        raise SignatureError("sign does not match")
