"""Numba intrinsics for the scanner's word-at-a-time ASCII path.

Plain LLVM operations that Numba does not expose: an unaligned 8-byte load,
a 64-byte classification into bit masks (one vector compare per class, which
LLVM lowers to AVX-512/AVX2/SSE2 as the CPU allows), byte swap and count of
trailing zeros. Every function reads only what its docstring says: the caller
guarantees the bytes exist (the scanner pads its buffer with 64 bytes).

Little-endian machines only (x86-64, AArch64): byte ``i`` of a load is bits
``8 i`` to ``8 i + 7``.

Example:
    >>> import numpy as np
    >>> from numba import njit
    >>> @njit
    ... def demo(b):
    ...     return load_u64(b, 1), ctz64(np.uint64(8))
    >>> buf = np.frombuffer(b"xAbcdefgh" + bytes(64), dtype=np.uint8)
    >>> hex(demo(buf)[0]), demo(buf)[1]
    ('0x6867666564636241', 3)
"""

from __future__ import annotations

import sys
from typing import Any

from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic as _numba_intrinsic

#: Typed as Any: numba passes ``typingctx`` itself, so mypy would miscount the arguments.
intrinsic: Any = _numba_intrinsic

if sys.byteorder != "little":  # pragma: no cover - no such machine in use
    raise ImportError("listenbench.kernels needs a little-endian machine")

_I8 = ir.IntType(8)
_I64 = ir.IntType(64)
_V64 = ir.VectorType(_I8, 64)
_B64 = ir.VectorType(ir.IntType(1), 64)


def _byte_ptr(context: Any, builder: Any, array_type: Any, array: Any, index: Any) -> Any:
    arr = context.make_array(array_type)(context, builder, array)
    return builder.gep(arr.data, [index])


@intrinsic
def load_u64(typingctx, buf, i):  # type: ignore[no-untyped-def]
    """``buf[i:i + 8]`` (uint8 array) as one little-endian uint64 (unaligned load)."""
    sig = types.uint64(buf, i)

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        ptr = _byte_ptr(context, builder, signature.args[0], args[0], args[1])
        wide = builder.bitcast(ptr, _I64.as_pointer())
        value = builder.load(wide, align=1)
        return value

    return sig, codegen


@intrinsic
def bswap64(typingctx, x):  # type: ignore[no-untyped-def]
    """``x`` (uint64) with its bytes in reverse order."""
    sig = types.uint64(x)

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        fn = builder.module.declare_intrinsic("llvm.bswap", [_I64])
        return builder.call(fn, [args[0]])

    return sig, codegen


@intrinsic
def ctz64(typingctx, x):  # type: ignore[no-untyped-def]
    """The number of trailing zero bits of ``x`` (uint64; 64 for 0)."""
    sig = types.uint64(x)

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        fn = builder.module.declare_intrinsic("llvm.cttz", [_I64, ir.IntType(1)])
        return builder.call(fn, [args[0], ir.Constant(ir.IntType(1), 0)])

    return sig, codegen


def _in_range(builder: Any, v: Any, lo: int, n: int) -> Any:
    """Lanes of ``v`` in ``[lo, lo + n)`` (unsigned)."""
    shifted = builder.sub(v, ir.Constant(_V64, [lo] * 64))
    return builder.icmp_unsigned("<", shifted, ir.Constant(_V64, [n] * 64))


@intrinsic
def word_masks64(typingctx, buf, i):  # type: ignore[no-untyped-def]
    """Bit masks of the 64 bytes ``buf[i:i + 64]``: ``(segment, non_ascii)``.

    Bit ``k`` of ``non_ascii`` is set if ``buf[i + k] >= 0x80``; bit ``k`` of
    ``segment`` if that byte is non-ASCII or an ASCII word character
    (``[0-9A-Za-z_]``).
    """
    sig = types.UniTuple(types.uint64, 2)(buf, i)  # type: ignore[no-untyped-call]

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        ptr = _byte_ptr(context, builder, signature.args[0], args[0], args[1])
        v = builder.load(builder.bitcast(ptr, _V64.as_pointer()), align=1)
        high = builder.icmp_signed("<", v, ir.Constant(_V64, [0] * 64))
        lower = builder.or_(v, ir.Constant(_V64, [0x20] * 64))
        letter = _in_range(builder, lower, ord("a"), 26)
        digit = _in_range(builder, v, ord("0"), 10)
        under = builder.icmp_unsigned("==", v, ir.Constant(_V64, [ord("_")] * 64))
        seg = builder.or_(builder.or_(high, letter), builder.or_(digit, under))
        seg_bits = builder.bitcast(seg, _I64)
        high_bits = builder.bitcast(high, _I64)
        return context.make_tuple(builder, signature.return_type, [seg_bits, high_bits])

    return sig, codegen


_HOST_BMI2 = False
try:
    import llvmlite.binding as _llvm

    _HOST_BMI2 = bool(_llvm.get_host_cpu_features().get("bmi2", False))
except Exception:  # pragma: no cover - llvmlite without host feature detection
    _HOST_BMI2 = False


@intrinsic
def pext_low7(typingctx, x):  # type: ignore[no-untyped-def]
    """The low 7 bits of each byte of ``x`` (uint64), packed: byte ``i`` to bits ``7 i`` on.

    One ``pext`` where the CPU has BMI2, else shifts and masks.
    """
    sig = types.uint64(x)

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        v = args[0]
        if _HOST_BMI2:
            fnty = ir.FunctionType(_I64, [_I64, _I64])
            fn = cgutils.get_or_insert_function(  # type: ignore[no-untyped-call]
                builder.module, fnty, "llvm.x86.bmi.pext.64"
            )
            return builder.call(fn, [v, ir.Constant(_I64, 0x7F7F7F7F7F7F7F7F)])
        steps = (
            (0x007F007F007F007F, 1, 0x3F803F803F803F80),
            (0x00003FFF00003FFF, 2, 0x0FFFC0000FFFC000),
            (0x000000000FFFFFFF, 4, 0x00FFFFFFF0000000),
        )
        for low, shift, high in steps:
            keep = builder.and_(v, ir.Constant(_I64, low))
            moved = builder.and_(builder.lshr(v, ir.Constant(_I64, shift)), ir.Constant(_I64, high))
            v = builder.or_(keep, moved)
        return v

    return sig, codegen


@intrinsic
def lower_masks64(typingctx, src, i, dst):  # type: ignore[no-untyped-def]
    """:func:`word_masks64` of ``src[i:i + 64]``, also writing those bytes to
    ``dst[i:i + 64]`` with ASCII ``A-Z`` lowered to ``a-z``."""
    sig = types.UniTuple(types.uint64, 2)(src, i, dst)  # type: ignore[no-untyped-call]

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        ptr = _byte_ptr(context, builder, signature.args[0], args[0], args[1])
        out = _byte_ptr(context, builder, signature.args[2], args[2], args[1])
        v = builder.load(builder.bitcast(ptr, _V64.as_pointer()), align=1)
        high = builder.icmp_signed("<", v, ir.Constant(_V64, [0] * 64))
        upper = _in_range(builder, v, ord("A"), 26)
        lowered = builder.or_(
            v, builder.select(upper, ir.Constant(_V64, [0x20] * 64), ir.Constant(_V64, [0] * 64))
        )
        builder.store(lowered, builder.bitcast(out, _V64.as_pointer()), align=1)
        letter = _in_range(builder, lowered, ord("a"), 26)
        digit = _in_range(builder, v, ord("0"), 10)
        under = builder.icmp_unsigned("==", v, ir.Constant(_V64, [ord("_")] * 64))
        seg = builder.or_(builder.or_(high, letter), builder.or_(digit, under))
        seg_bits = builder.bitcast(seg, _I64)
        high_bits = builder.bitcast(high, _I64)
        return context.make_tuple(builder, signature.return_type, [seg_bits, high_bits])

    return sig, codegen
