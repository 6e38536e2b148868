"""The Numba decorators of the kernels, in one place.

Everything is compiled ahead of the first call's work and cached on disk
(``cache=True``) and releases the GIL (``nogil=True``), so that Python threads
run the kernel in parallel. Functions that allocate no arrays are compiled
without Numba's reference counting (``_nrt=False``): Numba counts references
to array arguments with atomic instructions at every call of a function that
is not inlined, which costs more than the work itself when done per token.
:func:`call_noinline` calls a function without letting LLVM inline it (the
scanner's hot loop, which loses its registers inside the large kernel).

Numba's cache keys a function on its own source file only: after editing a
module that another calls into (``_scan.py`` from ``_kernel.py``), delete the
``*.nbi``/``*.nbc`` files in ``kernels/__pycache__`` (a release changes every
file, so users are not affected).

Example:
    >>> import numpy as np
    >>> from listenbench.kernels._scan import decode
    >>> decode(np.frombuffer("é".encode(), dtype=np.uint8), 0, 2)
    (233, 2)
"""

from __future__ import annotations

from typing import Any

from numba import njit, types
from numba.core import cgutils
from numba.extending import intrinsic as _numba_intrinsic

#: Typed as Any: numba passes ``typingctx`` itself, so mypy would miscount the arguments.
intrinsic: Any = _numba_intrinsic

#: Compile, cache, release the GIL; the function may allocate arrays.
jit: Any = njit(cache=True, nogil=True)

#: Compile, cache, release the GIL, no reference counting: the function must not
#: allocate arrays (nor create array views).
nrt_free: Any = njit(cache=True, nogil=True, _nrt=False)  # type: ignore[call-overload]

#: :data:`nrt_free`, inlined into its callers by Numba: for the small helpers of a
#: hot loop (a call that passes many arrays costs more than the helper's work).
nrt_free_inline: Any = njit(  # type: ignore[call-overload]
    cache=True, nogil=True, _nrt=False, inline="always"
)


@intrinsic
def call_noinline(typingctx, fn, *args):  # type: ignore[no-untyped-def]
    """``fn(*args)`` as a call that LLVM does not inline.

    Numba links the code of every function a kernel calls into the kernel and
    LLVM inlines it: a hot loop inlined into a large caller loses its CPU
    registers to the caller's variables and runs at half the speed. ``fn``
    must not raise (errors it reports are ignored), as for :data:`nrt_free`.
    """
    argtys = (
        tuple(args[0].types)
        if len(args) == 1 and isinstance(args[0], types.StarArgTuple)
        else tuple(args)
    )
    call_sig = typingctx.resolve_function_type(fn, argtys, {})
    cres = fn.dispatcher.get_compile_result(call_sig)
    stars = types.StarArgTuple.from_types(argtys)  # type: ignore[no-untyped-call]
    sig = cres.signature.return_type(fn, stars)

    def codegen(context, builder, signature, llargs):  # type: ignore[no-untyped-def]
        context.add_linking_libs([cres.library])
        fndesc = cres.fndesc
        callee = context.declare_function(builder.module, fndesc)
        values = cgutils.unpack_tuple(builder, llargs[1])  # type: ignore[no-untyped-call]
        _status, result = context.call_conv.call_function(
            builder, callee, fndesc.restype, fndesc.argtypes, values, attrs=("noinline",)
        )
        return result

    return sig, codegen
