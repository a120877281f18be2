"""Post-training static int8 quantization of an ONNX face model that keeps its embeddings.

A plain onnxruntime pass (all layers, min-max ranges) ruins EdgeFace: a few layers carry
activation outliers (the stem, some MLP projections of the transformer stages) and one badly
quantized layer is enough to scramble the embedding. So:

1. weights per output channel (int8 holding 7-bit values, onnxruntime's ``reduce_range``: exact
   on x86 int8 kernels without VNNI, see :mod:`trainer.compression.qat`), activations per
   tensor (uint8) with ranges from a percentile of real aligned faces, QDQ format, only the
   weight-bearing ops (Conv, MatMul, Gemm) quantized - elementwise ops and LayerNorm stay
   float, residual paths keep the float tensor (:func:`keep_float_side_paths`) and a MatMul
   whose output goes to a float op keeps a float output (MatMulIntegerToFloat);
2. a sensitivity analysis quantizes one layer at a time and measures the cosine between the
   quantized and the float model's embeddings of held-out faces;
3. the most damaging layers are kept in float, fewest first, until the whole model reaches the
   target cosine. The calibration ranges are computed once and cached, so each trial costs a
   second or two, not a new calibration;
4. the MatMuls kept in float still store their weights in 8 bits (onnxruntime's MatMulNBits,
   weight-only, float activations), which keeps their accuracy and shrinks the file.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnxruntime.quantization import (
    CalibrationDataReader,
    CalibrationMethod,
    QuantFormat,
    QuantType,
    quant_pre_process,
    quantize_static,
)
from tqdm import tqdm

from faceapp.core.modelcard import ModelCard

log = logging.getLogger(__name__)

METHODS = {
    "percentile": CalibrationMethod.Percentile,
    "minmax": CalibrationMethod.MinMax,
    "entropy": CalibrationMethod.Entropy,
}


def to_model_input(crops_bgr: np.ndarray, card: ModelCard) -> np.ndarray:
    """Aligned BGR crops -> the model's float input, as the kiosk's embedder prepares them."""
    x = crops_bgr if card.channel_order.upper() == "BGR" else crops_bgr[..., ::-1]
    x = x.transpose(0, 3, 1, 2).astype(np.float32) / 255.0
    mean = np.array(card.mean, np.float32).reshape(1, 3, 1, 1)
    std = np.array(card.std, np.float32).reshape(1, 3, 1, 1)
    return (x - mean) / std


class CropReader(CalibrationDataReader):
    """Feeds calibration batches of aligned crops to onnxruntime's calibrator."""

    def __init__(self, inputs: np.ndarray, input_name: str, batch: int = 16) -> None:
        # equal-sized batches: onnxruntime's histogram calibrator stacks per-batch outputs
        batch = min(batch, len(inputs))
        self.batches = [inputs[i : i + batch] for i in range(0, len(inputs) - batch + 1, batch)]
        self.input_name = input_name
        self.rewind()

    def rewind(self) -> None:
        self._it = iter(self.batches)

    def get_next(self) -> dict | None:
        b = next(self._it, None)
        return None if b is None else {self.input_name: b}


def embeddings(model_path: str | Path, inputs: np.ndarray, threads: int = 0) -> np.ndarray:
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.log_severity_level = 3
    s = ort.InferenceSession(str(model_path), so, providers=["CPUExecutionProvider"])
    name = s.get_inputs()[0].name
    out = np.concatenate(
        [s.run(None, {name: inputs[i : i + 64]})[0] for i in range(0, len(inputs), 64)]
    )
    return out / np.linalg.norm(out, axis=1, keepdims=True)


@dataclass
class PTQResult:
    path: Path
    cosine_mean: float
    cosine_min: float
    float_nodes: list[str]  # weight-bearing nodes kept in float
    quantized_nodes: int
    method: str
    sensitivity: list[tuple[str, float]] = field(default_factory=list)  # node, cos alone

    def summary(self) -> dict:
        return {
            "method": f"onnxruntime static QDQ, per-channel int8 weights, uint8 activations "
            f"({self.method} calibration), sensitivity-guided float layers",
            "cosine_to_float_mean": round(self.cosine_mean, 5),
            "cosine_to_float_min": round(self.cosine_min, 5),
            "quantized_nodes": self.quantized_nodes,
            "float_nodes": self.float_nodes,
        }


def quantize_int8(
    float_onnx: str | Path,
    out_onnx: str | Path,
    calib_crops: np.ndarray,
    heldout_crops: np.ndarray,
    target_cosine: float = 0.99,
    method: str = "percentile",
    op_types: tuple[str, ...] = ("Conv", "MatMul", "Gemm"),
    card: ModelCard | None = None,
    progress: bool = True,
) -> PTQResult:
    """Quantize ``float_onnx`` to ``out_onnx``; see the module docstring for the recipe."""
    float_onnx, out_onnx = Path(float_onnx), Path(out_onnx)
    card = card or ModelCard(name=float_onnx.stem, file=float_onnx.name)
    calib = to_model_input(np.asarray(calib_crops), card)
    held = to_model_input(np.asarray(heldout_crops), card)
    ref = embeddings(float_onnx, held)
    with tempfile.TemporaryDirectory(prefix="ptq-") as tmp:
        tmp = Path(tmp)
        pre = tmp / "pre.onnx"
        quant_pre_process(str(float_onnx), str(pre))
        model = onnx.load(str(pre))
        input_name = model.graph.input[0].name
        candidates = [n.name for n in model.graph.node if n.op_type in op_types]
        cache = tmp / "calibration.json"
        reader = CropReader(calib, input_name)
        trial = tmp / "trial.onnx"

        def build(nodes: list[str], dest: Path) -> np.ndarray:
            reader.rewind()
            quantize_static(
                str(pre),
                str(dest),
                reader,
                quant_format=QuantFormat.QDQ,
                per_channel=True,
                activation_type=QuantType.QUInt8,
                weight_type=QuantType.QInt8,
                calibrate_method=METHODS[method],
                nodes_to_quantize=nodes,
                calibration_cache_path=str(cache),
                reduce_range=True,
                extra_options={
                    "CalibTensorRangeSymmetric": False,
                    "OpTypesToExcludeOutputQuantization": ["MatMul", "Gemm"],
                },
            )
            keep_float_side_paths(dest, nodes)
            q = embeddings(dest, held)
            return (q * ref).sum(1)

        # sensitivity: one layer quantized at a time
        sens = []
        for node in tqdm(candidates, desc="sensitivity", unit="layer", disable=not progress):
            sens.append((node, float(build([node], trial).mean())))
        order = [n for n, _ in sorted(sens, key=lambda s: s[1])]  # most damaging first

        def with_float(k: int) -> np.ndarray:
            return build([n for n in candidates if n not in set(order[:k])], trial)

        # fewest float layers reaching the target: doubling, then bisection
        tried: dict[int, float] = {}

        def ok(k: int) -> bool:
            if k not in tried:
                tried[k] = float(with_float(k).mean())
                log.info("%d float layers: cosine %.4f", k, tried[k])
            return tried[k] >= target_cosine

        lo, hi = -1, 0
        while hi < len(candidates) and not ok(hi):
            lo, hi = hi, max(1, hi * 2)
        hi = min(hi, len(candidates))
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if ok(mid):
                hi = mid
            else:
                lo = mid
        with_float(hi)
        packed = tmp / "packed.onnx"
        weight_only_matmuls(trial, packed, order[:hi])
        compact_names(packed, out_onnx)
        cos = (embeddings(out_onnx, held) * ref).sum(1)
    return PTQResult(
        out_onnx,
        float(cos.mean()),
        float(cos.min()),
        order[:hi],
        len(candidates) - hi,
        method,
        sens,
    )


def weight_only_matmuls(src: Path, dest: Path, nodes: list[str], block_size: int = 128) -> None:
    """Store the weights of the float MatMuls ``nodes`` in 8 bits (MatMulNBits)."""
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    model = onnx.load(str(src))
    inits = {i.name for i in model.graph.initializer}
    wanted = set(nodes)
    names = [
        n.name
        for n in model.graph.node
        if n.name in wanted and n.op_type == "MatMul" and n.input[1] in inits
    ]
    if not names:
        shutil.copy(src, dest)
        return
    q = MatMulNBitsQuantizer(
        model, bits=8, block_size=block_size, is_symmetric=True, nodes_to_include=names
    )
    q.process()
    q.model.save_model_to_file(str(dest))


def keep_float_side_paths(path: Path, quantized: list[str]) -> int:
    """Give the float tensor back to consumers that were not meant to be quantized.

    onnxruntime puts one QuantizeLinear/DequantizeLinear pair on a tensor and hands the
    dequantized copy to *every* consumer. In EdgeNeXt a block's input feeds both the depthwise
    convolution and the residual Add, so quantizing the convolution's input also rounds the
    residual stream - an error the torch model (and QAT) never sees, and the largest single
    source of damage in a plain int8 pass. Consumers outside ``quantized`` are rewired to the
    original float tensor, unless that tensor is itself a quantized layer's output (then every
    consumer sees the rounded values in torch too). Returns the number of rewired inputs.
    """
    model = onnx.load(str(path))
    g = model.graph
    wanted = set(quantized)
    producer = {o: n for n in g.node for o in n.output}
    quant_outputs = {
        producer[o].input[0]
        for n in g.node
        if n.op_type == "DequantizeLinear"
        and (o := n.input[0]) in producer
        and producer[o].op_type == "QuantizeLinear"
        and producer[o].input[0] in producer
        and producer[producer[o].input[0]].name in wanted
    }
    rewired = 0
    for n in g.node:
        if n.name in wanted or n.op_type in ("QuantizeLinear", "DequantizeLinear"):
            continue
        for k, t in enumerate(n.input):
            dq = producer.get(t)
            if dq is None or dq.op_type != "DequantizeLinear":
                continue
            q = producer.get(dq.input[0])
            if q is None or q.op_type != "QuantizeLinear" or q.input[0] in quant_outputs:
                continue
            n.input[k] = q.input[0]
            rewired += 1
    if rewired:
        onnx.save(model, str(path))
    return rewired


def compact_names(src: Path, dest: Path) -> None:
    """Replace the long exported tensor and node names by short ids.

    A QDQ graph repeats every name in a dozen Q/DQ nodes and scale/zero-point tensors; for a
    1.8 M-parameter model the names alone weigh about as much as a fifth of the int8 weights.
    The graph, and so the output, is unchanged (the card keeps the original names of the float
    layers for reference).
    """
    model = onnx.load(str(src))
    g = model.graph
    keep = {i.name for i in g.input} | {o.name for o in g.output}
    names: dict[str, str] = {}

    def short(x: str) -> str:
        if not x or x in keep:
            return x
        return names.setdefault(x, f"t{len(names)}")

    for init in g.initializer:
        init.name = short(init.name)
    for i, node in enumerate(g.node):
        node.input[:] = [short(x) for x in node.input]
        node.output[:] = [short(x) for x in node.output]
        node.name = f"n{i}"
        node.doc_string = ""
    del g.value_info[:]
    onnx.save(model, str(dest))
