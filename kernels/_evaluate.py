"""Numba: run one query's postfix code over a post's atom occurrences.

The program (``listenbench.kernels._program.Op``) works on a stack of booleans
and a stack of span lists (sorted, distinct ``(start, end)`` token spans, kept
in ``span_s``/``span_e`` with ``st_off`` marking where each list starts). Atom
occurrences come in as per-post stamps (``atom_stamp[a] == stamp``: the atom
occurs) and, for atoms that a ``NEAR`` needs, a linked list of start tokens.
"""

from __future__ import annotations

import numpy as np

from listenbench.kernels._jit import nrt_free

# Opcodes: keep in sync with listenbench.kernels._program.Op.
_ATOM = 0
_ATOM_BOOL = 1
_FIELD = 2
_TO_BOOL = 3
_OR_SPANS = 4
_NEAR = 5
_NEAR_BOOL = 6
_AND = 7
_OR = 8
_NOT = 9

_FIELD_LANG = 0


@nrt_free
def _sort_unique(span_s, span_e, lo, hi):  # type: ignore[no-untyped-def]
    """Sort spans[lo:hi] by (start, end) and drop repeats in place; return the new count.

    Shell sort on the pairs (no allocation: these functions run without Numba's
    reference counting, see ``_scan.py``).
    """
    n = hi - lo
    if n <= 1:
        return n
    gap = 1
    while gap < n // 3:
        gap = 3 * gap + 1
    while gap >= 1:
        for i in range(lo + gap, hi):
            vs = span_s[i]
            ve = span_e[i]
            j = i
            while j >= lo + gap and (
                span_s[j - gap] > vs or (span_s[j - gap] == vs and span_e[j - gap] > ve)
            ):
                span_s[j] = span_s[j - gap]
                span_e[j] = span_e[j - gap]
                j -= gap
            span_s[j] = vs
            span_e[j] = ve
        gap //= 3
    m = lo + 1
    for i in range(lo + 1, hi):
        if span_s[i] != span_s[m - 1] or span_e[i] != span_e[m - 1]:
            span_s[m] = span_s[i]
            span_e[m] = span_e[i]
            m += 1
    return m - lo


@nrt_free
def _near_ok(a_s, a_e, b_s, b_e, distance, ordered):  # type: ignore[no-untyped-def]
    if a_e < b_s:
        return b_s - a_e - 1 <= distance
    if ordered == 0 and b_e < a_s:
        return a_s - b_e - 1 <= distance
    return False


@nrt_free
def _field(field_kind, x, lang, channel, lang_pass, channel_pass):  # type: ignore[no-untyped-def]
    if field_kind[x] == _FIELD_LANG:
        return lang >= 0 and lang_pass[lang, x]
    return channel >= 0 and channel_pass[channel, x]


@nrt_free
def eval_query(  # type: ignore[no-untyped-def]
    q,
    code,
    query_off,
    atom_off,
    field_kind,
    stamp,
    atom_stamp,
    atom_head,
    atom_count,
    occ_start,
    occ_next,
    lang,
    channel,
    lang_pass,
    channel_pass,
    bstack,
    st_off,
    span_s,
    span_e,
):
    """1 if query ``q`` is true for the post, else 0; ``-n`` if the span arrays need
    ``n`` entries (grow them and call again)."""
    cap = span_s.size
    nb = np.int64(0)
    ns = np.int64(0)
    top = np.int64(0)
    for ip in range(query_off[q], query_off[q + 1]):
        op = code[ip, 0]
        x = code[ip, 1]
        y = code[ip, 2]
        if op == _ATOM_BOOL:
            bstack[nb] = atom_stamp[x] == stamp
            nb += 1
        elif op == _ATOM:
            cnt = atom_count[x] if atom_stamp[x] == stamp else 0
            if top + cnt > cap:
                return -2 * (top + cnt)
            last = atom_off[x + 1] - atom_off[x] - 1
            o = atom_head[x]
            for r in range(cnt):
                start = occ_start[o]
                span_s[top + r] = start
                span_e[top + r] = start + last
                o = occ_next[o]
            st_off[ns] = top
            ns += 1
            top += cnt
        elif op == _FIELD:
            bstack[nb] = _field(field_kind, x, lang, channel, lang_pass, channel_pass)
            nb += 1
        elif op == _NOT:
            bstack[nb - 1] = not bstack[nb - 1]
        elif op == _AND:
            res = True
            for i in range(nb - x, nb):
                res = res and bstack[i]
            nb -= x
            bstack[nb] = res
            nb += 1
        elif op == _OR:
            res = False
            for i in range(nb - x, nb):
                res = res or bstack[i]
            nb -= x
            bstack[nb] = res
            nb += 1
        elif op == _TO_BOOL:
            ns -= 1
            bstack[nb] = top > st_off[ns]
            nb += 1
            top = st_off[ns]
        elif op == _OR_SPANS:
            ns -= x
            base = st_off[ns]
            top = base + _sort_unique(span_s, span_e, base, top)
            st_off[ns] = base
            ns += 1
        elif op == _NEAR_BOOL:
            ns -= 2
            a_lo = st_off[ns]
            b_lo = st_off[ns + 1]
            found = False
            for i in range(a_lo, b_lo):
                for jj in range(b_lo, top):
                    if _near_ok(span_s[i], span_e[i], span_s[jj], span_e[jj], x, y):
                        found = True
                        break
                if found:
                    break
            top = a_lo
            bstack[nb] = found
            nb += 1
        elif op == _NEAR:
            ns -= 2
            a_lo = st_off[ns]
            b_lo = st_off[ns + 1]
            m = top
            for i in range(a_lo, b_lo):
                for jj in range(b_lo, top):
                    if _near_ok(span_s[i], span_e[i], span_s[jj], span_e[jj], x, y):
                        if m >= cap:
                            return -2 * cap
                        span_s[m] = min(span_s[i], span_s[jj])
                        span_e[m] = max(span_e[i], span_e[jj])
                        m += 1
            cnt = m - top
            for r in range(cnt):
                span_s[a_lo + r] = span_s[top + r]
                span_e[a_lo + r] = span_e[top + r]
            top = a_lo + _sort_unique(span_s, span_e, a_lo, a_lo + cnt)
            st_off[ns] = a_lo
            ns += 1
    return 1 if bstack[0] else 0
