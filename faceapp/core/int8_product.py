"""An 8-bit matrix-vector product on onnxruntime's integer kernels, with the matrix held fixed.

The coarse step of a large gallery's search multiplies one probe by a (templates x 128) matrix
of 8-bit integers. numpy has no integer matrix kernels (it would widen every element first),
while onnxruntime, which the kiosk already runs its model on, multiplies 8-bit integers into
int32 with its own optimised kernels (``MatMulInteger``).

The matrix is written into the graph as a constant rather than passed at each call: onnxruntime
then packs it once, when the session is made, into the layout its kernel reads fastest. On a
100 000 x 128 gallery that took the product from 1.6 to 0.55 ms with warm caches (2.6 to 1.7 ms
cold). The probe is the left operand (1 x 128, uint8 with a zero point of 128, i.e. int8 + 128)
and the gallery the right one (128 x templates, uint8), so the output is one row of scores.

The graph is one node, so it is written here as ONNX protobuf bytes directly: the ``onnx``
package is a trainer dependency, not the kiosk's. ``tests`` check these bytes with
``onnx.checker`` where that package is installed.
"""

from __future__ import annotations

import numpy as np

UINT8, INT32 = 2, 6  # onnx.TensorProto element types
ZERO_POINT = 128  # the probe's int8 values are passed as uint8 + 128


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _bytes(field: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (strings, bytes and sub-messages)."""
    return _varint(field << 3 | 2) + _varint(len(payload)) + payload


def _int(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _value_info(name: str, elem_type: int, dims: tuple[int, ...]) -> bytes:
    """ValueInfoProto: name, TypeProto.tensor_type (elem_type, shape of dims)."""
    shape = b"".join(_bytes(1, _int(1, d)) for d in dims)
    tensor_type = _int(1, elem_type) + _bytes(2, shape)
    return _bytes(1, name.encode()) + _bytes(2, _bytes(1, tensor_type))


def _initializer(name: str, array: np.ndarray) -> bytes:
    """TensorProto of a uint8 array: dims, data_type, name, raw_data."""
    dims = b"".join(_int(1, d) for d in array.shape)
    return dims + _int(2, UINT8) + _bytes(8, name.encode()) + _bytes(9, array.tobytes())


def matmul_integer_model(matrix: np.ndarray) -> bytes:
    """ONNX model bytes (opset 13): Y (int32 [1, N]) = MatMulInteger(A uint8 [1, columns],
    B, a_zero_point = 128), with B = ``matrix``.T (uint8 [columns, N]) a constant."""
    n, columns = matrix.shape
    node = (
        _bytes(1, b"A")
        + _bytes(1, b"B")
        + _bytes(1, b"a_zero_point")
        + _bytes(2, b"Y")
        + _bytes(4, b"MatMulInteger")
    )
    graph = (
        _bytes(1, node)
        + _bytes(2, b"coarse_product")
        + _bytes(5, _initializer("B", np.ascontiguousarray(matrix.T)))
        + _bytes(5, _initializer("a_zero_point", np.array(ZERO_POINT, np.uint8)))
        + _bytes(11, _value_info("A", UINT8, (1, columns)))
        + _bytes(12, _value_info("Y", INT32, (1, n)))
    )
    opset = _bytes(1, b"") + _int(2, 13)
    return _int(1, 8) + _bytes(7, graph) + _bytes(8, opset)


class Int8Product:
    """``product(vector)``: the int32 product ``matrix @ vector`` of a fixed uint8 matrix
    (N, columns) and an int8 vector (columns,), on one onnxruntime thread (the kiosk leaves its
    other cores to the camera and the screen). Make one per gallery load."""

    def __init__(self, matrix: np.ndarray) -> None:
        import onnxruntime as ort

        matrix = np.asarray(matrix)
        if matrix.dtype != np.uint8 or matrix.ndim != 2:
            raise ValueError(f"expected a 2-d uint8 matrix, got {matrix.dtype} {matrix.shape}")
        self.shape = matrix.shape
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            matmul_integer_model(matrix), opts, providers=["CPUExecutionProvider"]
        )

    def __call__(self, vector: np.ndarray) -> np.ndarray:
        probe = (np.asarray(vector, np.int16) + ZERO_POINT).astype(np.uint8).reshape(1, -1)
        return self.session.run(None, {"A": probe})[0][0]
