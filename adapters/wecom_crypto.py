"""WeCom (企业微信) callback crypto: msg_signature, AES-256-CBC envelope, safe XML.

Pure and small on purpose (the official SDKs are stale): `cryptography` for AES, `defusedxml`
for every XML parse. The plaintext is `random16 ‖ len(msg) as 4 bytes big-endian ‖ msg ‖
receiveid`, PKCS#7-padded to 32-byte blocks; key = base64(EncodingAESKey + "="), iv = key[:16].
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import struct
from xml.etree.ElementTree import ParseError

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

BLOCK = 32  # WeCom pads to 32 bytes, not AES's 16: a pad byte may be 1..32
WINDOW_S = 60 * 60  # freshness window for the query timestamp (seconds), as for DingTalk


class WeComCryptoError(Exception):
    """Base of everything this module rejects."""


class InvalidSignature(WeComCryptoError):
    """msg_signature missing or not ours: the request does not come from WeCom (401)."""


class StaleTimestamp(InvalidSignature):
    """The timestamp is outside the freshness window: a replay or a bad clock (401)."""


class ReceiveIdMismatch(WeComCryptoError):
    """Decrypts, but for another corp/app: a message meant for someone else (401)."""


class MalformedMessage(WeComCryptoError):
    """Not base64, not XML, unsafe XML (DTD/entities), or a wrong length field (400)."""


class InvalidPadding(MalformedMessage):
    """The decrypted bytes do not end in a valid 32-byte-block PKCS#7 pad (400)."""


def parse_xml(data: str | bytes) -> dict[str, str]:
    """The direct children of a flat WeCom `<xml>` document as {tag: text}.

    defusedxml with forbid_dtd rejects any DOCTYPE, so no entity expansion (billion laughs)
    and no external entities (XXE) can happen.
    """
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise MalformedMessage(f"unreadable XML: {type(exc).__name__}") from None
    return {child.tag: (child.text or "") for child in root if isinstance(child.tag, str)}


def check_timestamp(timestamp: str | None, now_s: float, window_s: int = WINDOW_S) -> None:
    """Raise unless `timestamp` (seconds) is within `window_s` of `now_s`."""
    if not timestamp or not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        raise InvalidSignature("timestamp missing or not a number")
    if abs(now_s - int(timestamp)) > window_s:
        raise StaleTimestamp("timestamp outside the freshness window")


SIGNATURE_SHAPE = re.compile(r"[0-9a-f]{40}")  # sha1, hex
NONCE_SHAPE = re.compile(r"[0-9A-Za-z_-]{1,64}")  # WeCom sends digits; a little leeway, no more


def check_query_shape(signature: str | None, nonce: str | None) -> None:
    """Raise unless msg_signature and nonce look like WeCom's: refused before any body is read."""
    if not signature or not SIGNATURE_SHAPE.fullmatch(signature):
        raise InvalidSignature("msg_signature missing or not a sha1 hex digest")
    if not nonce or not NONCE_SHAPE.fullmatch(nonce):
        raise InvalidSignature("nonce missing or malformed")


class WeComCrypto:
    """Signs, verifies, encrypts and decrypts for one WeCom app (token, EncodingAESKey, CorpID)."""

    def __init__(self, token: str, aes_key: str, receive_id: str) -> None:
        try:
            key = base64.b64decode(aes_key + "=", validate=True)
        except binascii.Error:
            key = b""
        if len(key) != 32:
            raise ValueError("EncodingAESKey must be 43 base64 characters (a 32-byte key)")
        self._token = token
        self._key = key
        self._receive_id = receive_id.encode()

    def signature(self, timestamp: str, nonce: str, encrypt: str) -> str:
        """msg_signature = sha1 of the sorted, concatenated token, timestamp, nonce and encrypt."""
        parts = sorted([self._token, timestamp, nonce, encrypt])
        return hashlib.sha1("".join(parts).encode()).hexdigest()

    def check_signature(self, msg_signature: str | None, timestamp: str, nonce: str, encrypt: str) -> None:
        """Raise InvalidSignature unless msg_signature matches (constant-time compare)."""
        expected = self.signature(timestamp, nonce, encrypt).encode()
        if not msg_signature or not hmac.compare_digest(expected, msg_signature.encode("utf-8", "replace")):
            raise InvalidSignature("msg_signature does not match")

    def verify_url(self, msg_signature: str | None, timestamp: str, nonce: str, echostr: str) -> str:
        """The plaintext to answer WeCom's URL verification GET with."""
        self.check_signature(msg_signature, timestamp, nonce, echostr)
        return self.decrypt(echostr)

    def decrypt_message(self, body: str | bytes, msg_signature: str | None, timestamp: str, nonce: str) -> str:
        """The message XML inside a callback POST body, after checking its signature."""
        encrypt = parse_xml(body).get("Encrypt")
        if not encrypt:
            raise MalformedMessage("no Encrypt element")
        self.check_signature(msg_signature, timestamp, nonce, encrypt)
        return self.decrypt(encrypt)

    def encrypt_message(
        self, reply_xml: str, nonce: str, timestamp: str, random16: bytes | str | None = None
    ) -> tuple[str, str]:
        """(Encrypt, msg_signature) for a passive reply; `random16` is fixed only in tests."""
        encrypt = self.encrypt(reply_xml, random16)
        return encrypt, self.signature(timestamp, nonce, encrypt)

    def encrypt(self, text: str, random16: bytes | str | None = None) -> str:
        """Base64 ciphertext of `text` for our receiveid."""
        prefix = os.urandom(16) if random16 is None else _as_bytes(random16)
        if len(prefix) != 16:
            raise ValueError("random16 must be 16 bytes")
        msg = text.encode()
        plain = prefix + struct.pack(">I", len(msg)) + msg + self._receive_id
        pad = BLOCK - len(plain) % BLOCK
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(plain + bytes([pad]) * pad) + encryptor.finalize()).decode()

    def decrypt(self, encrypt: str) -> str:
        """Plaintext message of a base64 ciphertext, after checking padding, length and receiveid."""
        try:
            data = base64.b64decode(encrypt, validate=True)
        except (binascii.Error, ValueError):
            raise MalformedMessage("Encrypt is not base64") from None
        if not data or len(data) % 16:
            raise MalformedMessage("ciphertext is not a whole number of AES blocks")
        decryptor = self._cipher().decryptor()
        plain = decryptor.update(data) + decryptor.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or pad > len(plain) or plain[-pad:] != bytes([pad]) * pad:
            raise InvalidPadding("bad PKCS#7 padding")
        content = plain[16:-pad]
        if len(content) < 4:
            raise MalformedMessage("too short for a length field")
        (length,) = struct.unpack(">I", content[:4])
        if length > len(content) - 4:
            raise MalformedMessage("length field exceeds the message")
        msg, receive_id = content[4 : 4 + length], content[4 + length :]
        if receive_id != self._receive_id:
            raise ReceiveIdMismatch("message is for another receiveid")
        try:
            return msg.decode()
        except UnicodeDecodeError:
            raise MalformedMessage("message is not UTF-8") from None

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._key[:16]))


def _as_bytes(value: bytes | str) -> bytes:
    return value.encode() if isinstance(value, str) else value
