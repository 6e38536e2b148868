"""The Numba decorators of the kernels, in one place.

Everything is compiled ahead of the first call's work and cached on disk
(``cache=True``) and releases the GIL (``nogil=True``), so that Python threads
run the kernel in parallel. Functions that allocate no arrays are compiled
without Numba's reference counting (``_nrt=False``): Numba counts references
to array arguments with atomic instructions at every call of a function that
is not inlined, which costs more than the work itself when done per token.

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

from numba import njit

#: Compile, cache, release the GIL; the function may allocate arrays.
jit: Any = njit(cache=True, nogil=True)

#: Compile, cache, release the GIL, no reference counting: the function must not
#: allocate arrays (nor create array views).
nrt_free: Any = njit(cache=True, nogil=True, _nrt=False)  # type: ignore[call-overload]
