"""WeCom callback crypto on the published vectors, plus tampered and hostile input."""
from __future__ import annotations

import base64
import struct
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given, settings
from hypothesis import strategies as st

from planbot.adapters.wecom_crypto import (
    InvalidPadding,
    InvalidSignature,
    MalformedMessage,
    ReceiveIdMismatch,
    StaleTimestamp,
    WeComCrypto,
    WeComCryptoError,
    check_timestamp,
    parse_xml,
)


@dataclass(frozen=True)
class App:
    token: str
    aes_key: str
    corp_id: str

    def crypto(self) -> WeComCrypto:
        return WeComCrypto(self.token, self.aes_key, self.corp_id)


@dataclass(frozen=True)
class Vector:
    app: App
    msg_signature: str
    timestamp: str
    nonce: str
    encrypt: str  # echostr for a GET, the Encrypt element for a POST
    expected: str | dict[str, str]  # the GET's plaintext, or fields of the decrypted message


# A: WeCom developer documentation sample (加解密方案说明).
APP_A = App("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7")
# B: WeCom official Python sample, weworkapi_python callback/Sample.py.
APP_B = App("hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", "ww1436e0e65a779aee")
# C: wechatpy's crypto tests (tests/test_crypto.py).
APP_C = App("123456", "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", "wx49f0ab532d5d035a")

A1 = Vector(
    APP_A, "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
    "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==",
    "1616140317555161061",
)
A2 = Vector(
    APP_A, "477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149",
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3"
    "TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5g"
    "sijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQ"
    "Uax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uy"
    "PIGHBZZIs2pDBS8R07+qN+E7Q==",
    {"MsgType": "text", "Content": "hello", "FromUserName": "mycreate", "MsgId": "4561255354251345929", "AgentID": "218"},
)
B1 = Vector(
    APP_B, "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683",
    "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==",
    "1288432023552776189",
)
B2 = Vector(
    APP_B, "0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914",
    "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkY"
    "cD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4K"
    "a7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49H"
    "KYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+",
    {"MsgType": "text", "Content": "你好", "FromUserName": "ChenJiaShun", "MsgId": "1456453720", "AgentID": "1000002"},
)
C1 = Vector(
    APP_C, "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96", "1411443780", "437374425",
    "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q==",
    "5927782489442352469",
)
C2 = Vector(
    APP_C, "74d92dfeb87ba7c714f89d98870ae5eb62dff26d", "1411525903", "461056294",
    "RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv283dGymzxh6y"
    "dJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR2/nPwBiT+P4hIiOAQqGp/"
    "TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvccTKe7FS709/"
    "5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0=",
    {"MsgType": "text", "Content": "test", "FromUserName": "messense", "MsgId": "4363689963896700987"},
)
C1_WRONG_NONCE = "437374424"  # same request with the nonce off by one: must be rejected
# C3 (wechatpy): encrypting this reply with random16 = "1234567890123456" is deterministic.
C3_REPLY = (
    "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n"
    "<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[messense]]></ToUserName>\n"
    "<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>"
)
C3_NONCE, C3_TIMESTAMP, C3_RANDOM = "461056294", "1411525903", "1234567890123456"
C3_ENCRYPT_PREFIX = "9s4gMv99m88kKTh/H8IdkOiMg6bisoy3"
C3_SIGNATURE = "407518b7649e86ef23978113f92d27afa9296533"

GET_VECTORS = [A1, B1, C1]
POST_VECTORS = [A2, B2, C2]

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<xml><Encrypt>&lol3;</Encrypt></xml>"
)
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Encrypt>&e;</Encrypt></xml>'
EXTERNAL_DTD = '<?xml version="1.0"?><!DOCTYPE xml SYSTEM "http://example.invalid/x.dtd"><xml><Encrypt>x</Encrypt></xml>'


def envelope(encrypt: str, to_user: str = "corp", agent_id: str = "1") -> str:
    """A callback POST body as WeCom sends it."""
    return f"<xml><ToUserName><![CDATA[{to_user}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt><AgentID><![CDATA[{agent_id}]]></AgentID></xml>"


def raw_encrypt(app: App, plain: bytes) -> str:
    """AES-CBC with the app's key over bytes we choose, padding included: for hostile plaintexts."""
    key = base64.b64decode(app.aes_key + "=")
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()


def framed(msg: bytes, receive_id: bytes, length: int | None = None) -> bytes:
    """random16 ‖ length ‖ msg ‖ receiveid, unpadded."""
    return b"R" * 16 + struct.pack(">I", len(msg) if length is None else length) + msg + receive_id


def pkcs7_32(data: bytes) -> bytes:
    pad = 32 - len(data) % 32
    return data + bytes([pad]) * pad


@pytest.mark.parametrize("vector", GET_VECTORS, ids=["A1", "B1", "C1"])
def test_url_verification_vectors(vector):
    crypto = vector.app.crypto()
    assert crypto.signature(vector.timestamp, vector.nonce, vector.encrypt) == vector.msg_signature
    assert crypto.verify_url(vector.msg_signature, vector.timestamp, vector.nonce, vector.encrypt) == vector.expected


def test_c1_with_another_nonce_is_rejected():
    with pytest.raises(InvalidSignature):
        C1.app.crypto().verify_url(C1.msg_signature, C1.timestamp, C1_WRONG_NONCE, C1.encrypt)


@pytest.mark.parametrize("vector", POST_VECTORS, ids=["A2", "B2", "C2"])
def test_message_vectors(vector):
    plain = vector.app.crypto().decrypt_message(envelope(vector.encrypt), vector.msg_signature, vector.timestamp, vector.nonce)
    fields = parse_xml(plain)
    assert {key: fields[key] for key in vector.expected} == vector.expected


def test_c3_encrypt_vector():
    encrypt, signature = APP_C.crypto().encrypt_message(C3_REPLY, C3_NONCE, C3_TIMESTAMP, random16=C3_RANDOM)
    assert encrypt.startswith(C3_ENCRYPT_PREFIX)
    assert signature == C3_SIGNATURE
    assert APP_C.crypto().decrypt_message(envelope(encrypt), signature, C3_TIMESTAMP, C3_NONCE) == C3_REPLY


@given(text=st.text(max_size=3000))
@settings(max_examples=200, deadline=None)
def test_round_trip(text):
    crypto = APP_B.crypto()
    encrypt, signature = crypto.encrypt_message(text, "nonce", "1476422779")
    assert crypto.decrypt_message(envelope(encrypt), signature, "1476422779", "nonce") == text


def test_random_prefix_differs_between_messages():
    crypto = APP_B.crypto()
    assert crypto.encrypt("same") != crypto.encrypt("same")


def test_flipped_ciphertext_byte_without_new_signature():
    data = bytearray(base64.b64decode(A2.encrypt))
    data[40] ^= 1
    tampered = base64.b64encode(bytes(data)).decode()
    with pytest.raises(InvalidSignature):
        APP_A.crypto().decrypt_message(envelope(tampered), A2.msg_signature, A2.timestamp, A2.nonce)


@pytest.mark.parametrize("position", [0, 17, -33, -17, -1])
def test_flipped_ciphertext_byte_signed_by_an_attacker_with_the_token(position):
    """Even with a matching signature, a flipped bit breaks the length, message, receiveid or padding."""
    crypto = APP_A.crypto()
    data = bytearray(base64.b64decode(A2.encrypt))
    data[position] ^= 0x80
    tampered = base64.b64encode(bytes(data)).decode()
    with pytest.raises(WeComCryptoError):
        crypto.decrypt_message(envelope(tampered), crypto.signature(A2.timestamp, A2.nonce, tampered), A2.timestamp, A2.nonce)


def test_wrong_corp_id():
    other = WeComCrypto(APP_A.token, APP_A.aes_key, "wx0000000000000000")
    with pytest.raises(ReceiveIdMismatch):
        other.decrypt_message(envelope(A2.encrypt), A2.msg_signature, A2.timestamp, A2.nonce)
    with pytest.raises(ReceiveIdMismatch):
        other.verify_url(A1.msg_signature, A1.timestamp, A1.nonce, A1.encrypt)


@pytest.mark.parametrize(
    "plain",
    [
        framed(b"<xml/>", b"wx5823bf96d3bd56c7").ljust(64, b"\x00"),  # pad byte 0
        framed(b"<xml/>", b"wx5823bf96d3bd56c7").ljust(63, b"x") + bytes([33]),  # pad byte > 32
        pkcs7_32(framed(b"<xml/>", b"wx5823bf96d3bd56c7"))[:-2] + b"\x01\x05",  # inconsistent pad bytes
    ],
    ids=["zero", "over-32", "inconsistent"],
)
def test_bad_padding(plain):
    assert len(plain) % 16 == 0
    with pytest.raises(InvalidPadding):
        APP_A.crypto().decrypt(raw_encrypt(APP_A, plain))


def test_a_whole_block_of_padding_is_valid():
    """A plaintext already 32-byte aligned gets 32 pad bytes of value 32 (not 16 of 16)."""
    message = "a" * 26  # 16 + 4 + 26 + len("wx5823bf96d3bd56c7") == 64
    plain = framed(message.encode(), b"wx5823bf96d3bd56c7")
    assert len(plain) % 32 == 0
    assert APP_A.crypto().decrypt(raw_encrypt(APP_A, plain + bytes([32]) * 32)) == message
    assert len(base64.b64decode(APP_A.crypto().encrypt(message))) == len(plain) + 32


@pytest.mark.parametrize(
    "plain",
    [
        pkcs7_32(framed(b"<xml/>", b"wx5823bf96d3bd56c7", length=10_000)),  # length beyond the data
        pkcs7_32(b"R" * 16 + b"\x00\x00"),  # no room for a length field
        pkcs7_32(framed(b"\xff\xfe", b"wx5823bf96d3bd56c7")),  # not UTF-8
    ],
    ids=["length", "short", "utf8"],
)
def test_malformed_plaintext(plain):
    with pytest.raises(MalformedMessage):
        APP_A.crypto().decrypt(raw_encrypt(APP_A, plain))


@pytest.mark.parametrize("encrypt", ["not base64!", "", "QUJD", base64.b64encode(b"x" * 17).decode()])
def test_malformed_ciphertext(encrypt):
    with pytest.raises(MalformedMessage):
        APP_A.crypto().decrypt(encrypt)


@pytest.mark.parametrize(
    "body",
    [BILLION_LAUGHS, XXE, EXTERNAL_DTD, "<xml><Encrypt>", "", "\x00", "<xml></xml>", "not xml", b"\xff\xfe<\x00"],
    ids=["billion-laughs", "xxe", "external-dtd", "unclosed", "empty", "nul", "no-encrypt", "text", "bad-bytes"],
)
def test_hostile_or_broken_envelopes(body):
    with pytest.raises(MalformedMessage):
        APP_A.crypto().decrypt_message(body, A2.msg_signature, A2.timestamp, A2.nonce)


def test_signature_checked_before_decrypting():
    """A forged request never reaches AES (no padding oracle)."""
    with pytest.raises(InvalidSignature):
        APP_A.crypto().decrypt_message(envelope("QUJD"), "0" * 40, A2.timestamp, A2.nonce)
    with pytest.raises(InvalidSignature):
        APP_A.crypto().decrypt_message(envelope(A2.encrypt), None, A2.timestamp, A2.nonce)


@pytest.mark.parametrize("aes_key", ["", "short", APP_A.aes_key + "A", "!" * 43])
def test_bad_encoding_aes_key(aes_key):
    with pytest.raises(ValueError):
        WeComCrypto("t", aes_key, "corp")


def test_check_timestamp():
    check_timestamp("1409659813", now_s=1409659813 + 3600)
    with pytest.raises(StaleTimestamp):
        check_timestamp("1409659813", now_s=1409659813 + 3601)
    for bad in [None, "", "abc", "-1", "1.5", "１２３", "9" * 40]:
        with pytest.raises(InvalidSignature):
            check_timestamp(bad, now_s=0)
