"""A uint8 x int8 matrix-vector product on onnxruntime's integer kernels.

The coarse step of a large gallery's search reads a (templates x 128) matrix for every probe;
as 8-bit integers it is a quarter of the float32 bytes, and the search is bound by memory
traffic. numpy has no integer matrix kernels (it would widen every element first), while
onnxruntime, which the kiosk already runs its model on, multiplies uint8 by int8 into int32
with its own optimised kernels (``MatMulInteger``).

The graph is one node, so it is written here as ONNX protobuf bytes directly: the ``onnx``
package is a trainer dependency, not the kiosk's. ``tests`` compare these bytes' meaning with a
graph built by ``onnx.helper`` where that package is installed.
"""

from __future__ import annotations

import threading

import numpy as np

UINT8, INT8, INT32 = 2, 3, 6  # onnx.TensorProto element types


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _bytes(field: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (strings and sub-messages)."""
    return _varint(field << 3 | 2) + _varint(len(payload)) + payload


def _int(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _tensor(name: str, elem_type: int, dims: tuple[int | str, ...]) -> bytes:
    """ValueInfoProto: name, TypeProto.tensor_type (elem_type, shape of dims)."""
    shape = b"".join(
        _bytes(1, _bytes(2, d.encode()) if isinstance(d, str) else _int(1, d)) for d in dims
    )
    tensor_type = _int(1, elem_type) + _bytes(2, shape)
    return _bytes(1, name.encode()) + _bytes(2, _bytes(1, tensor_type))


def matmul_integer_model(columns: int) -> bytes:
    """ONNX model bytes: Y (int32 [N, 1]) = MatMulInteger(A uint8 [N, columns], B int8
    [columns, 1]), opset 13."""
    node = _bytes(1, b"A") + _bytes(1, b"B") + _bytes(2, b"Y") + _bytes(4, b"MatMulInteger")
    graph = (
        _bytes(1, node)
        + _bytes(2, b"coarse_product")
        + _bytes(11, _tensor("A", UINT8, ("N", columns)))
        + _bytes(11, _tensor("B", INT8, (columns, 1)))
        + _bytes(12, _tensor("Y", INT32, ("N", 1)))
    )
    opset = _bytes(1, b"") + _int(2, 13)
    return _int(1, 8) + _bytes(7, graph) + _bytes(8, opset)


class Int8Product:
    """``product(matrix, vector)``: int32 matrix @ vector for a uint8 matrix (N, columns) and an
    int8 vector (columns,), on one onnxruntime thread (the kiosk leaves its other cores to the
    camera and the screen)."""

    _sessions: dict[int, object] = {}
    _lock = threading.Lock()

    def __init__(self, columns: int) -> None:
        with self._lock:
            if columns not in self._sessions:
                import onnxruntime as ort

                opts = ort.SessionOptions()
                opts.intra_op_num_threads = 1
                opts.inter_op_num_threads = 1
                self._sessions[columns] = ort.InferenceSession(
                    matmul_integer_model(columns), opts, providers=["CPUExecutionProvider"]
                )
        self.session = self._sessions[columns]

    def __call__(self, matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
        out = self.session.run(None, {"A": matrix, "B": vector.reshape(-1, 1)})[0]
        return out[:, 0]
