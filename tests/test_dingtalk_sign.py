"""DingTalk robot signature: the published vector, the freshness window, forged and odd input."""
import pytest

from planbot.adapters.dingtalk_sign import WINDOW_MS, SignatureError, StaleTimestamp, sign, verify

# Source: DingTalk open platform docs (robot callback / custom robot signing), via shared/protocols.md.
VECTOR_SECRET = "this is secret"
VECTOR_TIMESTAMP = "1577262236757"
VECTOR_SIGN = "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM="


def test_published_vector():
    assert sign(VECTOR_SECRET, VECTOR_TIMESTAMP) == VECTOR_SIGN
    assert sign(VECTOR_SECRET, int(VECTOR_TIMESTAMP)) == VECTOR_SIGN


@pytest.mark.parametrize("offset_ms", [0, WINDOW_MS, -WINDOW_MS, 59 * 60 * 1000])
def test_accepts_within_the_window(offset_ms):
    verify(VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_SIGN, now_ms=int(VECTOR_TIMESTAMP) + offset_ms)


@pytest.mark.parametrize("offset_ms", [WINDOW_MS + 1, -WINDOW_MS - 1, 10**12])
def test_rejects_a_replay_outside_the_window(offset_ms):
    with pytest.raises(StaleTimestamp):
        verify(VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_SIGN, now_ms=int(VECTOR_TIMESTAMP) + offset_ms)


@pytest.mark.parametrize(
    "secret, timestamp, signature",
    [
        ("another secret", VECTOR_TIMESTAMP, VECTOR_SIGN),  # forged with the wrong key
        (VECTOR_SECRET, "1577262236758", VECTOR_SIGN),  # sign of another timestamp
        (VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_SIGN[:-2] + "A="),  # tampered sign
        (VECTOR_SECRET, VECTOR_TIMESTAMP, "签名"),  # not even ASCII
        (VECTOR_SECRET, VECTOR_TIMESTAMP, ""),
        (VECTOR_SECRET, VECTOR_TIMESTAMP, None),
        (VECTOR_SECRET, None, VECTOR_SIGN),
        (VECTOR_SECRET, "", VECTOR_SIGN),
        (VECTOR_SECRET, "-1577262236757", VECTOR_SIGN),
        (VECTOR_SECRET, "1577262236757.0", VECTOR_SIGN),
        (VECTOR_SECRET, "１５７７２６２２３６７５７", VECTOR_SIGN),  # full-width digits pass str.isdigit
        (VECTOR_SECRET, "9" * 400, VECTOR_SIGN),
    ],
)
def test_rejects_forged_or_malformed(secret, timestamp, signature):
    with pytest.raises(SignatureError) as caught:
        verify(secret, timestamp, signature, now_ms=int(VECTOR_TIMESTAMP))
    assert type(caught.value) is SignatureError  # not mistaken for a mere stale timestamp


def test_stale_is_a_signature_error():
    """Callers map one exception type to 401."""
    assert issubclass(StaleTimestamp, SignatureError)
