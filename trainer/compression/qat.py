"""Quantization-aware training (QAT) that exports to exactly the int8 graph onnxruntime runs.

The fake quantization mirrors onnxruntime's static QDQ scheme one to one, so that what the
student learns to tolerate in torch is what the exported file does:

- **weights** of every quantized Conv / Linear: per output channel, symmetric, ``w_bits``
  (8 -> levels -127..127, 6 -> -31..31), scale = max |w| of the channel / qmax, with the
  straight-through estimator (a torch parametrization, so the module classes and therefore
  the exported node names do not change);
- **activations**: per tensor, asymmetric, ``a_bits`` (8 -> 0..255, 6 -> 0..63), where
  onnxruntime puts its QuantizeLinear nodes: the input of every quantized layer, the output of
  every Conv (QLinearConv has an int8 output) and the output of a linear that feeds another
  quantized layer (the first half of a LoRaLin). A linear on 4-D features exports as MatMul +
  Add, so such an output is quantized *before* the bias, as in the ONNX graph. Any other
  linear output stays float (see :meth:`QATModel.calibrate`). The ranges are calibrated once on
  real aligned faces (a high percentile, as the PTQ recipe does) and then kept fixed, so the
  export can hand onnxruntime the very same ranges.

At export the trained float weights go to ONNX, and :func:`quantize_onnx` calls onnxruntime's
quantizer with ``TensorQuantOverrides``: the torch ranges for each activation, the torch scales
for each weight channel. w6a6 runs on onnxruntime's int8 kernels with 6-bit grids (63 weight
levels, 64 activation levels); onnxruntime has no 6-bit kernels, so it is a model-quality
setting with int8 speed and size. w7a8 (weights in -63..63) exists for CPUs without VNNI:
their u8 x s8 kernels add pairs of products in int16, which saturates with full 8-bit weights
but never with 7-bit ones, so a w7a8 file runs on the fast kernels and rounds exactly.
"""

from __future__ import annotations

import fnmatch
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn.utils import parametrize

from faceapp.core.errors import ConfigError

log = logging.getLogger(__name__)

QUANT_TYPES = (nn.Conv2d, nn.Linear)


@dataclass
class QATSpec:
    """Bit widths and the layers that stay float: module paths or shell-style patterns
    (``model.stages.2.blocks.*.conv_dw``)."""

    w_bits: int = 8
    a_bits: int = 8
    float_layers: list[str] = field(default_factory=list)
    percentile: float = 99.999

    @classmethod
    def parse(cls, text: str, float_layers: list[str] | None = None) -> QATSpec:
        """``"w8a8"`` / ``"w6a6"`` -> a spec."""
        t = text.lower().strip()
        if not (t.startswith("w") and "a" in t):
            raise ConfigError(f"QAT bits {text!r}: expected e.g. w8a8 or w6a6")
        w, a = t[1:].split("a")
        spec = cls(int(w), int(a), list(float_layers or []))
        if not (2 <= spec.w_bits <= 8 and 2 <= spec.a_bits <= 8):
            raise ConfigError(f"QAT bits {text!r}: 2..8 bits each (int8 kernels run them)")
        return spec

    @property
    def label(self) -> str:
        return f"w{self.w_bits}a{self.a_bits}"


def weight_scales(w: torch.Tensor, bits: int) -> torch.Tensor:
    """Per-output-channel symmetric scales (channel = dim 0 for Conv and Linear weights)."""
    qmax = 2 ** (bits - 1) - 1
    return (w.detach().abs().flatten(1).amax(1) / qmax).clamp(min=1e-12)


class WeightFakeQuant(nn.Module):
    """Parametrization: the weight as its quantized-dequantized self (straight-through)."""

    def __init__(self, bits: int) -> None:
        super().__init__()
        self.bits = bits

    def forward(self, w: torch.Tensor) -> torch.Tensor:
        qmax = 2 ** (self.bits - 1) - 1
        scale = weight_scales(w, self.bits).float()
        zp = torch.zeros_like(scale, dtype=torch.int32)
        return torch.fake_quantize_per_channel_affine(w, scale, zp, 0, -qmax, qmax)


def activation_qparams(rmin: float, rmax: float, bits: int) -> tuple[float, int]:
    """onnxruntime's asymmetric uint parameters for a range (which must include zero)."""
    rmin, rmax = min(rmin, 0.0), max(rmax, 0.0)
    qmax = 2**bits - 1
    scale = max(rmax - rmin, 1e-8) / qmax
    zp = int(np.clip(round(-rmin / scale), 0, qmax))
    return float(scale), zp


class ActQuant:
    """One activation tensor's observer / fake quantizer (a hook's state)."""

    def __init__(self, bits: int, percentile: float) -> None:
        self.bits, self.percentile = bits, percentile
        self.samples: list[torch.Tensor] | None = None  # collecting while calibrating
        self.range: tuple[float, float] | None = None

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if self.samples is not None:
            flat = x.detach().flatten().float()
            if flat.numel() > 200_000:
                idx = torch.randint(0, flat.numel(), (200_000,), device=flat.device)
                flat = flat[idx]
            self.samples.append(flat.cpu())
            return x
        if self.range is None:
            return x
        scale, zp = activation_qparams(*self.range, self.bits)
        return torch.fake_quantize_per_tensor_affine(x, scale, zp, 0, 2**self.bits - 1)

    def finish_calibration(self) -> None:
        v = torch.cat(self.samples)
        q = torch.tensor([1 - self.percentile / 100, self.percentile / 100])
        lo, hi = torch.quantile(v, q).tolist() if v.numel() <= 16_000_000 else (v.min(), v.max())
        self.range = (min(float(lo), 0.0), max(float(hi), 0.0))
        self.samples = None


@dataclass
class QATLayer:
    path: str
    kind: str  # "conv" or "linear"
    inp: ActQuant
    out: ActQuant


def _quant_output(mod: nn.Module, args: tuple, out: torch.Tensor, q: ActQuant) -> torch.Tensor:
    """Quantize a layer's output where the ONNX graph does: a Conv's or a 2-D Gemm's output
    includes the bias; a MatMul (linear on N-D features) is quantized before its bias Add."""
    bias = getattr(mod, "bias", None)
    if q.range is None and q.samples is None:  # a float output
        return out
    if bias is None or isinstance(mod, nn.Conv2d) or args[0].dim() == 2:
        return q(out)
    if q.samples is not None:  # calibrating: observe the pre-bias values, change nothing
        q(out - bias)
        return out
    return q(out - bias) + bias


class QATModel:
    """Fake quantization attached to a model in place; :meth:`remove` detaches it."""

    def __init__(self, model: nn.Module, spec: QATSpec) -> None:
        self.model, self.spec = model, spec
        self.layers: dict[str, QATLayer] = {}
        self._handles = []
        self.float_paths: list[str] = []
        for path, mod in model.named_modules():
            if not isinstance(mod, QUANT_TYPES):
                continue
            if any(fnmatch.fnmatchcase(path, pat) for pat in spec.float_layers):
                self.float_paths.append(path)
                continue
            layer = QATLayer(
                path,
                "conv" if isinstance(mod, nn.Conv2d) else "linear",
                ActQuant(spec.a_bits, spec.percentile),
                ActQuant(spec.a_bits, spec.percentile),
            )
            self.layers[path] = layer
            parametrize.register_parametrization(mod, "weight", WeightFakeQuant(spec.w_bits))
            self._handles.append(
                mod.register_forward_pre_hook(lambda _m, args, q=layer.inp: (q(args[0]),))
            )
            self._handles.append(
                mod.register_forward_hook(
                    lambda m, args, out, q=layer.out: _quant_output(m, args, out, q)
                )
            )

    @torch.no_grad()
    def calibrate(self, batches) -> None:
        """Set every activation range from a few batches of real inputs (float weights).

        A tensor that is one layer's quantized output and the next layer's input (the two
        halves of a LoRaLin) is a single tensor with a single range in the ONNX graph; such
        pairs get the union of their two ranges, so torch rounds it the same way. Any other
        linear output stays float: onnxruntime then runs that MatMul as MatMulIntegerToFloat
        (int8 in, float out), which spares a requantization and a DequantizeLinear node per
        layer; that is what makes the int8 file faster than the float one at batch 1.
        """
        was = self.model.training
        self.model.eval()
        batches = list(batches)
        shared = self._shared_tensors(batches[0]) if batches else []
        quants = [q for layer in self.layers.values() for q in (layer.inp, layer.out)]
        for q in quants:
            q.samples, q.range = [], None
        with parametrize.cached():
            for x in batches:
                self.model(x)
        self.model.train(was)
        for q in quants:
            q.finish_calibration()
        for a, b in shared:
            lo = min(a.range[0], b.range[0])
            hi = max(a.range[1], b.range[1])
            a.range = b.range = (lo, hi)
        feeds_quantized = {id(a) for a, _ in shared}
        for layer in self.layers.values():
            if layer.kind == "linear" and id(layer.out) not in feeds_quantized:
                layer.out.range = None

    def _shared_tensors(self, x: torch.Tensor) -> list[tuple[ActQuant, ActQuant]]:
        """(output quantizer, input quantizer) pairs that see the very same tensor."""
        outs: dict[int, ActQuant] = {}
        ins: list[tuple[int, ActQuant]] = []
        alive: list[torch.Tensor] = []  # ids are only unique while the tensors live
        handles = []
        for path, layer in self.layers.items():
            mod = self.model.get_submodule(path)
            if layer.kind == "conv" or getattr(mod, "bias", None) is None:
                handles.append(
                    mod.register_forward_hook(
                        lambda _m, _a, out, q=layer.out: (
                            outs.__setitem__(id(out), q) or alive.append(out)
                        )
                    )
                )
            handles.append(
                mod.register_forward_pre_hook(
                    lambda _m, args, q=layer.inp: (
                        ins.append((id(args[0]), q)) or alive.append(args[0])
                    )
                )
            )
        quants = [q for layer in self.layers.values() for q in (layer.inp, layer.out)]
        for q in quants:
            q.samples = []  # observing: the forward pass sees unquantized tensors
        try:
            with parametrize.cached():
                self.model(x[:2])
        finally:
            for h in handles:
                h.remove()
            for q in quants:
                q.samples = None
        return [(outs[i], q) for i, q in ins if i in outs]

    def ranges(self) -> dict[str, dict]:
        return {
            p: {
                "kind": layer.kind,
                "in": list(layer.inp.range),
                "out": list(layer.out.range) if layer.out.range else None,
            }
            for p, layer in self.layers.items()
        }

    def load_ranges(self, ranges: dict[str, dict]) -> None:
        for p, r in ranges.items():
            self.layers[p].inp.range = tuple(r["in"])
            self.layers[p].out.range = tuple(r["out"]) if r["out"] else None

    def float_state_dict(self) -> dict[str, torch.Tensor]:
        """The underlying float weights under the plain module's keys."""
        out = {}
        for k, v in self.model.state_dict().items():
            out[k.replace("parametrizations.weight.original", "weight")] = v
        return out

    def info(self) -> dict:
        """What a checkpoint keeps to rebuild this and to export it."""
        return {
            "w_bits": self.spec.w_bits,
            "a_bits": self.spec.a_bits,
            "float_layers": list(self.float_paths),
            "ranges": self.ranges(),
        }

    def remove(self) -> nn.Module:
        """Detach all fake quantization, leaving the trained float weights in place."""
        for h in self._handles:
            h.remove()
        for p in self.layers:
            parametrize.remove_parametrizations(
                self.model.get_submodule(p), "weight", leave_parametrized=False
            )
        self._handles, self.layers = [], {}
        return self.model


def onnx_scopes(path: str, op_type: str) -> list[str]:
    """Node names torch's ONNX exporter may give a module's op. A container that is itself
    called (Sequential) repeats its name, one that is only iterated (ModuleList) does not:
    ``stages.2.blocks.3.conv_dw`` -> ``/stages/stages.2/blocks/blocks.3/conv_dw/Conv``, but
    ``...convs.0`` -> ``.../convs.0/Conv``; every combination is a candidate."""
    names = [[]]
    parts, i = path.split("."), 0
    while i < len(parts):
        if i + 1 < len(parts) and parts[i + 1].isdigit():
            idx = f"{parts[i]}.{parts[i + 1]}"
            names = [n + [parts[i], idx] for n in names] + [n + [idx] for n in names]
            i += 2
        else:
            names = [n + [parts[i]] for n in names]
            i += 1
    return ["/" + "/".join(n) + "/" + op_type for n in names]


def quant_overrides(
    model_onnx, qat: dict, module_scales: dict[str, np.ndarray], unsigned_weights: bool = False
) -> tuple:
    """onnxruntime ``TensorQuantOverrides`` and the node names for a QAT checkpoint's layers.

    ``model_onnx`` is the float ``onnx.ModelProto``; ``qat`` is :meth:`QATModel.info`;
    ``module_scales`` maps module path -> per-channel weight scales (in torch's output-channel
    order). Only the outputs the QAT model quantized get a range: a linear whose output goes to
    a float op keeps it float (``OpTypesToExcludeOutputQuantization`` in :func:`quantize_onnx`).
    """
    graph = model_onnx.graph
    inits = {i.name for i in graph.initializer}
    by_name = {n.name: n for n in graph.node}
    a_bits = qat["a_bits"]
    overrides: dict[str, list[dict]] = {}
    nodes: list[str] = []
    missing: list[str] = []

    def act(tensor: str, r: list[float]) -> None:
        if tensor in overrides:  # shared input of two layers: the union of their ranges
            old = overrides[tensor][0]["_range"]
            r = [min(old[0], r[0]), max(old[1], r[1])]
        scale, zp = activation_qparams(r[0], r[1], a_bits)
        overrides[tensor] = [
            {
                "scale": np.array(scale, np.float32),
                "zero_point": np.array(zp, np.uint8),
                "_range": r,
            }
        ]

    found_nodes = {}
    for path, r in qat["ranges"].items():
        ops = ("Conv",) if r["kind"] == "conv" else ("MatMul", "Gemm")
        found = [by_name[n] for op in ops for n in onnx_scopes(path, op) if n in by_name]
        node = found[0] if len(found) == 1 else None
        if node is None or node.input[1] not in inits:
            missing.append(path)
            continue
        found_nodes[path] = node
    quantized_inputs = {n.input[0] for n in found_nodes.values()}
    for path, node in found_nodes.items():
        r = qat["ranges"][path]
        nodes.append(node.name)
        act(node.input[0], r["in"])
        if r["out"] is not None and (r["kind"] == "conv" or node.output[0] in quantized_inputs):
            act(node.output[0], r["out"])
        scales = module_scales[path]
        # a MatMul stores the weight transposed (in x out); Conv and Gemm(transB) out x in
        axis = 1 if node.op_type == "MatMul" else 0
        zero = np.array(128, np.uint8) if unsigned_weights else np.array(0, np.int8)
        overrides[node.input[1]] = [
            {"axis": axis, "scale": np.array(s, np.float32), "zero_point": zero} for s in scales
        ]
    for v in overrides.values():
        v[0].pop("_range", None)
    return overrides, nodes, missing


def quantize_onnx(
    float_onnx: str | Path,
    out_onnx: str | Path,
    qat: dict,
    module_scales: dict[str, np.ndarray],
    calib_inputs: np.ndarray,
    unsigned_weights: bool = False,
) -> dict:
    """Quantize the exported float weights of a QAT model with the QAT ranges and scales.

    onnxruntime still runs a (short) calibration pass because its quantizer needs ranges for
    every tensor it touches; every range the QAT model defines is overridden.
    """
    import tempfile

    import onnx
    from onnxruntime.quantization import QuantFormat, QuantType, quant_pre_process, quantize_static

    from trainer.compression.ptq import CropReader, compact_names, keep_float_side_paths

    with tempfile.TemporaryDirectory(prefix="qat-export-") as tmp:
        pre = Path(tmp) / "pre.onnx"
        quant_pre_process(str(float_onnx), str(pre))
        model = onnx.load(str(pre))
        overrides, nodes, missing = quant_overrides(model, qat, module_scales, unsigned_weights)
        if missing:
            raise ConfigError(
                f"{len(missing)} QAT layers have no matching ONNX node (e.g. {missing[0]}); "
                "was the model exported by faceapp-train export?"
            )
        q = Path(tmp) / "q.onnx"
        quantize_static(
            str(pre),
            str(q),
            CropReader(calib_inputs, model.graph.input[0].name),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QUInt8 if unsigned_weights else QuantType.QInt8,
            nodes_to_quantize=nodes,
            extra_options={
                "TensorQuantOverrides": overrides,
                "QDQDisableWeightAdjustForInt32Bias": True,
                "DedicatedQDQPair": True,
                "OpTypesToExcludeOutputQuantization": ["MatMul", "Gemm"],
            },
        )
        rewired = keep_float_side_paths(q, nodes)
        compact_names(q, Path(out_onnx))
    return {
        "quantized_nodes": len(nodes),
        "overridden_tensors": len(overrides),
        "float_side_paths": rewired,
    }


def module_weight_scales(model: nn.Module, qat: dict) -> dict[str, np.ndarray]:
    """Per-channel weight scales of the QAT layers, from the trained float weights."""
    return {
        p: weight_scales(model.get_submodule(p).weight, qat["w_bits"]).numpy()
        for p in qat["ranges"]
    }
