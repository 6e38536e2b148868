"""Numba: tokenise and hash a chunk of posts, and list the tokens that pass the token filter.

:func:`scan_range` is the scanner's first pass (see :mod:`listenbench.kernels._scan`).
It classifies the bytes 64 at a time into bit masks
(:func:`~listenbench.kernels._bits.lower_masks64`, which also writes the bytes
with ASCII letters lowered to a second buffer): a *run* of ASCII word
characters and non-ASCII bytes, between two ASCII bytes that are not part of a
word, holds one or more tokens.

* A run of ASCII only (nine in ten runs of multilingual text) is one token,
  hashed from its lowered bytes 8 at a time: for ASCII the token hash
  (:func:`~listenbench.kernels._index.hash_codepoints`, ``rotl(h, 7) ^ c``) is the
  7-bit packing of the characters, first character highest (:func:`_ascii_hash`).
  Runs are found with count-trailing-zeros on the masks: no loop over bytes.
* A run with non-ASCII goes through :func:`_scan_simple`, one code point at a
  time with the two-stage NFKC/casefold tables (CJK, accented words, emoji), or,
  at the first character whose NFKC or casefold is not one code point, through
  :func:`_scan_segment`, which handles everything.

Every token is tested against the program's *token filter* (:func:`token_maybe`:
two bits in one 64-bit word, see :func:`~listenbench.kernels._index.token_filter`)
by its hash, and against the one-bit filter of wildcard keys
(:func:`wild_maybe`) by the hashes of its first code points; the few that
pass are listed for :func:`~listenbench.kernels._scan.probe_tables`,
with their wildcard keys. Only the hash and end of a token are stored (the
wildcard keys of a post's tokens are computed again by :func:`post_wild_keys`
where needed).

The hot loop keeps to few variables (Numba's code for a function with many
live values spills them to memory on every token), and is compiled on its
own (callers use :func:`~listenbench.kernels._jit.call_noinline`).

Example:
    >>> import numpy as np
    >>> from listenbench.kernels._scantables import scan_tables
    >>> t = scan_tables().kernel
    >>> text = b"Hello W\\xc3\\xb6rld\\n"
    >>> buf = np.zeros(len(text) + 80, np.uint8); buf[: len(text)] = list(text)
    >>> low = np.zeros_like(buf)
    >>> ends_h, ends_e = np.zeros(16, np.uint64), np.zeros(16, np.int64)
    >>> probe, probe_p, probe_q = np.zeros(16, np.int64), np.zeros(16, np.uint64), np.zeros(
    ...     16, np.uint64)
    >>> everything = np.full(8, 2**64 - 1, np.uint64)  # a filter that passes every token
    >>> n, n_probe = scan_range(
    ...     buf, low, 0, len(text) - 1, 0, t.stage1, t.info, t.ccc_last, t.fold_multi_off,
    ...     t.fold_multi_data, ends_h, ends_e, 0, 0, 0, np.array([len(text) - 1]), 0,
    ...     np.zeros(1, np.int64), everything, 61, np.zeros(8, np.uint64), 55, probe, probe_p,
    ...     probe_q, 0)
    >>> n, ends_e[:n].tolist(), n_probe
    (2, [5, 12], 2)
"""

from __future__ import annotations

import numpy as np

from listenbench.kernels._bits import bswap64, ctz64, load_u64, lower_masks64, pext_low7
from listenbench.kernels._index import SLOT_MULTIPLIER
from listenbench.kernels._jit import call_noinline, nrt_free, nrt_free_inline
from listenbench.kernels._scan import decode
from listenbench.kernels._scantables import BLOCK, EXPAND, INERT, MULTI_FOLD, SIMPLE

_OTHER = 0
_WORD = 1
_UNSPACED = 2
_LOW = BLOCK - 1
_MULT = np.uint64(SLOT_MULTIPLIER)
_ROT = np.uint64(7)
_ROT_BACK = np.uint64(57)
_MODE_SIMPLE = SIMPLE
_MODE_INERT = INERT
_MODE_EXPAND = EXPAND
_MULTI = MULTI_FOLD
_NEEDS_EXPAND = 1
_NEEDS_PYTHON = 2
_ALL = np.uint64(0xFFFFFFFFFFFFFFFF)
#: ``info & _KIND`` of a character that is its own NFKC (mode SIMPLE) with a
#: one-code-point casefold, by class.
_KIND = 0x1F
_SIMPLE_OTHER = _OTHER | (SIMPLE << 2)
_SIMPLE_WORD = _WORD | (SIMPLE << 2)
_SIMPLE_UNSPACED = _UNSPACED | (SIMPLE << 2)
#: A key length that no token reaches: "no such key".
_NO_KEY = 1 << 40


@nrt_free
def token_maybe(filt, fshift, h):  # type: ignore[no-untyped-def]
    """1 if token hash ``h`` may be in the token filter ``filt`` (shift ``fshift``), else 0.

    With ``p = h * SLOT_MULTIPLIER``: word ``p >> fshift``, bits
    ``(p >> 40) & 63`` and ``(p >> 34) & 63`` (constant shifts: no register for
    them; see :class:`~listenbench.kernels._index.TokenFilter`). Returns uint64.
    """
    one = np.uint64(1)
    six = np.uint64(63)
    p = h * _MULT
    word = filt[p >> np.uint64(fshift)]
    m = (one << ((p >> np.uint64(40)) & six)) | (one << ((p >> np.uint64(34)) & six))
    return np.uint64((word & m) == m)


@nrt_free
def wild_maybe(wbits, wshift, h):  # type: ignore[no-untyped-def]
    """1 if wildcard key ``h`` may be in the one-bit filter ``wbits`` (shift ``wshift``).

    Bit ``(h * SLOT_MULTIPLIER) >> wshift`` (see
    :func:`~listenbench.kernels._index.bit_filter`). Returns uint64.
    """
    bit = (h * _MULT) >> np.uint64(wshift)
    return (wbits[bit >> np.uint64(6)] >> (bit & np.uint64(63))) & np.uint64(1)


@nrt_free
def _ascii_hash(low, s, e):  # type: ignore[no-untyped-def]
    """The hash of the lowered ASCII word ``low[s:e]`` (``s``, ``e``: uint64), 8 bytes at a time.

    ``hash(a + b) == rotl(hash(a), 7 * len(b)) ^ hash(b)``, and the hash of up
    to 8 ASCII characters is their 7-bit packing, first character highest.
    """
    eight = np.uint64(8)
    h = np.uint64(0)
    p = s
    while p + eight <= e:
        h = ((h << np.uint64(56)) | (h >> eight)) ^ pext_low7(bswap64(load_u64(low, p)))
        p += eight
    m = e - p
    if m > 0:
        r = np.uint64(7) * m
        tail = bswap64(load_u64(low, p)) >> (np.uint64(64) - eight * m)
        h = ((h << r) | (h >> (np.uint64(64) - r))) ^ pext_low7(tail)
    return h


@nrt_free_inline
def _emit(  # type: ignore[no-untyped-def]
    ends_h, ends_e, ne, h, e, hp, hq, capture, filt, fshift, wbits, wshift, probe, probe_p,
    probe_q, n_probe, post_hi, k, pos,
):  # fmt: skip
    """Record token ``ne`` (hash ``h``, end ``e``) and list it, with its wildcard keys
    ``hp``/``hq`` (0: none), if it passes the filter; returns ``(n_probe, k)``, ``k`` the
    post of ``pos``. Indices and positions are uint64 (no negative-index checks).
    """
    zero = np.uint64(0)
    ends_h[ne] = h
    ends_e[ne] = np.int64(e)
    hit = token_maybe(filt, fshift, h)
    if capture & 1:  # the same for every token: predicted; the rest has no branch
        hit |= wild_maybe(wbits, wshift, hp) & np.uint64(hp != zero)
    if capture & 2:
        hit |= wild_maybe(wbits, wshift, hq) & np.uint64(hq != zero)
    if hit != zero:
        while np.uint64(post_hi[k]) <= pos:
            k += np.uint64(1)
        probe[n_probe] = np.int64((k << np.uint64(32)) | ne)
        probe_p[n_probe] = hp
        probe_q[n_probe] = hq
        n_probe += np.uint64(1)
    return n_probe, k


@nrt_free
def _scan_segment(  # type: ignore[no-untyped-def]
    buf,
    s,
    e,
    tb,
    stage1,
    info,
    ccc_last,
    fm_off,
    fm_data,
    ends_h,
    ends_e,
    ne,
    kl,
    ks,
    post_hi,
    k,
    status,
    capture,
    filt,
    fshift,
    wbits,
    wshift,
    probe,
    probe_p,
    probe_q,
    n_probe,
):
    """:func:`scan_range` on ``buf[s:e]`` one code point at a time, for any character;
    returns ``(ne, n_probe, k)`` (uint64).

    ``buf[s - 1]`` (unless ``s`` is the start) and ``buf[e]`` are ASCII
    characters that are not part of a word. ``s`` and ``e`` are int64; ``ne``,
    ``k``, ``n_probe``, ``kl`` and ``ks`` uint64 (a key length of ``_NO_KEY``:
    none).
    """
    one = np.uint64(1)
    zero = np.uint64(0)
    in_word = False
    h = zero
    hp = zero
    hq = zero
    nf = zero
    start = s
    prev = np.int64(-1)
    j = s
    while j < e:
        c, nj = decode(buf, j, e)
        inf = np.int64(info[np.int64(stage1[tb + (c >> 7)]) + (c & _LOW)])
        mode = (inf >> 2) & 3
        if mode != _MODE_SIMPLE:
            bad = 0
            if mode == _MODE_EXPAND:
                bad = _NEEDS_EXPAND
            elif mode != _MODE_INERT or (prev >= 0 and ccc_last[prev] > ccc_last[c]):
                bad = _NEEDS_PYTHON
            if bad != 0:
                while post_hi[k] <= j:
                    k += one
                status[k] = max(status[k], bad)
        cls = inf & 3
        if cls == _WORD:
            if not in_word:
                h = zero
                hp = zero
                hq = zero
                nf = zero
                start = j
                in_word = True
            if inf & _MULTI == 0:
                h = ((h << _ROT) | (h >> _ROT_BACK)) ^ np.uint64(c + (inf >> 8))
                nf += one
                hp = h if nf == kl else hp
                hq = h if nf == ks else hq
            else:
                m = inf >> 8
                for y in range(fm_off[m], fm_off[m + 1]):
                    h = ((h << _ROT) | (h >> _ROT_BACK)) ^ np.uint64(fm_data[y])
                    nf += one
                    hp = h if nf == kl else hp
                    hq = h if nf == ks else hq
        else:
            if in_word:
                n_probe, k = _emit(
                    ends_h, ends_e, ne, h, np.uint64(j), hp, hq, capture, filt, fshift, wbits,
                    wshift, probe, probe_p, probe_q, n_probe, post_hi, k, np.uint64(start),
                )  # fmt: skip
                ne += one
                in_word = False
            if cls == _UNSPACED:
                h1 = zero
                n1 = zero
                h1p = zero
                h1q = zero
                if inf & _MULTI == 0:
                    h1 = np.uint64(c + (inf >> 8))
                    n1 = one
                    h1p = h1 if kl == one else h1p
                    h1q = h1 if ks == one else h1q
                else:
                    m = inf >> 8
                    for y in range(fm_off[m], fm_off[m + 1]):
                        h1 = ((h1 << _ROT) | (h1 >> _ROT_BACK)) ^ np.uint64(fm_data[y])
                        n1 += one
                        h1p = h1 if n1 == kl else h1p
                        h1q = h1 if n1 == ks else h1q
                n_probe, k = _emit(
                    ends_h, ends_e, ne, h1, np.uint64(nj), h1p, h1q, capture, filt, fshift, wbits,
                    wshift, probe, probe_p, probe_q, n_probe, post_hi, k, np.uint64(j),
                )  # fmt: skip
                ne += one
        prev = c
        j = nj
    if in_word:
        n_probe, k = _emit(
            ends_h, ends_e, ne, h, np.uint64(e), hp, hq, capture, filt, fshift, wbits, wshift,
            probe, probe_p, probe_q, n_probe, post_hi, k, np.uint64(start),
        )  # fmt: skip
        ne += one
    return ne, n_probe, k


@nrt_free
def post_wild_keys(buf, lo, hi, tb, stage1, info, fm_off, fm_data, ends_p, ends_q, g, kl, ks):  # type: ignore[no-untyped-def]
    """Write the wildcard keys of the tokens of ``buf[lo:hi]`` (one post, its first token
    ``g``) to ``ends_p``/``ends_q``: the hashes of their first ``kl``/``ks`` folded code
    points (0 if shorter; ``kl``/``ks`` 0: none). Tokenises as :func:`scan_range`.
    """
    zero = np.uint64(0)
    one = np.uint64(1)
    ukl = np.uint64(kl if kl != 0 else _NO_KEY)
    uks = np.uint64(ks if ks != 0 else _NO_KEY)
    in_word = False
    h = zero
    hp = zero
    hq = zero
    nf = zero
    j = lo
    while j < hi:
        c, j = decode(buf, j, hi)
        inf = np.int64(info[np.int64(stage1[tb + (c >> 7)]) + (c & _LOW)])
        cls = inf & 3
        if cls == _WORD:
            if not in_word:
                h = zero
                hp = zero
                hq = zero
                nf = zero
                in_word = True
            if inf & _MULTI == 0:
                h = ((h << _ROT) | (h >> _ROT_BACK)) ^ np.uint64(c + (inf >> 8))
                nf += one
                hp = h if nf == ukl else hp
                hq = h if nf == uks else hq
            else:
                m = inf >> 8
                for y in range(fm_off[m], fm_off[m + 1]):
                    h = ((h << _ROT) | (h >> _ROT_BACK)) ^ np.uint64(fm_data[y])
                    nf += one
                    hp = h if nf == ukl else hp
                    hq = h if nf == uks else hq
            continue
        if in_word:
            ends_p[g] = hp
            ends_q[g] = hq
            g += 1
            in_word = False
        if cls == _UNSPACED:
            h1 = zero
            n1 = zero
            h1p = zero
            h1q = zero
            if inf & _MULTI == 0:
                h1 = np.uint64(c + (inf >> 8))
                n1 = one
                h1p = h1 if ukl == one else h1p
                h1q = h1 if uks == one else h1q
            else:
                m = inf >> 8
                for y in range(fm_off[m], fm_off[m + 1]):
                    h1 = ((h1 << _ROT) | (h1 >> _ROT_BACK)) ^ np.uint64(fm_data[y])
                    n1 += one
                    h1p = h1 if n1 == ukl else h1p
                    h1q = h1 if n1 == uks else h1q
            ends_p[g] = h1p
            ends_q[g] = h1q
            g += 1
    if in_word:
        ends_p[g] = hp
        ends_q[g] = hq
        g += 1
    return g


@nrt_free_inline
def _scan_simple(  # type: ignore[no-untyped-def]
    buf,
    s,
    e,
    tb,
    stage1,
    info,
    ends_h,
    ends_e,
    ne,
    kl,
    ks,
    post_hi,
    k,
    capture,
    filt,
    fshift,
    wbits,
    wshift,
    probe,
    probe_p,
    probe_q,
    n_probe,
):
    """:func:`_scan_segment` for a run of well-formed characters of up to 4 bytes that are
    their own NFKC with a one-code-point casefold (almost all text); returns
    ``(ok, ne, n_probe, k)``, ``ok`` False at the first other character (the
    tokens and probes written so far are then to be dropped). Indices are uint64.
    """
    one = np.uint64(1)
    zero = np.uint64(0)
    low7 = np.uint64(_LOW)
    utb = np.uint64(tb)
    in_word = False
    h = zero
    hp = zero
    hq = zero
    nf = zero
    start = s
    j = s
    cjk_fast = kl != one and ks != one  # no one-character wildcard keys to compute
    while j < e:
        if cjk_fast and not in_word:
            # Runs of 3-byte characters that are single tokens or nothing (CJK text and
            # its punctuation): a loop of their own, with no branch on which is which.
            while j + np.uint64(3) <= e:
                w = load_u64(buf, j)
                if (w & np.uint64(0xC0C0F0)) != 0x8080E0:
                    break
                c = ((w & np.uint64(0x0F)) << np.uint64(12)) | (
                    (w >> np.uint64(2)) & np.uint64(0xFC0)
                )
                c |= (w >> np.uint64(16)) & np.uint64(0x3F)
                inf = np.int64(info[np.uint64(stage1[utb + (c >> np.uint64(7))]) + (c & low7)])
                kind = inf & _KIND
                if kind > _SIMPLE_UNSPACED or kind == _SIMPLE_WORD:
                    break
                unspaced = np.uint64(kind == _SIMPLE_UNSPACED)
                h1 = np.uint64(np.int64(c) + (inf >> 8))
                ends_h[ne] = h1
                ends_e[ne] = np.int64(j + np.uint64(3))
                if token_maybe(filt, fshift, h1) & unspaced != zero:
                    while np.uint64(post_hi[k]) <= j:
                        k += one
                    probe[n_probe] = np.int64((k << np.uint64(32)) | ne)
                    probe_p[n_probe] = zero
                    probe_q[n_probe] = zero
                    n_probe += one
                ne += unspaced
                j += np.uint64(3)
            if j >= e:
                break
        w = load_u64(buf, j)
        b0 = w & np.uint64(0xFF)
        if b0 < 0x80:
            c = b0
            nj = j + one
        elif (w & np.uint64(0xC0C0F0)) == 0x8080E0 and j + np.uint64(3) <= e:  # CJK, kana...
            c = ((b0 & np.uint64(0x0F)) << np.uint64(12)) | ((w >> np.uint64(2)) & np.uint64(0xFC0))
            c |= (w >> np.uint64(16)) & np.uint64(0x3F)
            nj = j + np.uint64(3)
        elif (w & np.uint64(0xC0E0)) == 0x80C0 and j + np.uint64(2) <= e:  # accented Latin...
            c = ((b0 & np.uint64(0x1F)) << np.uint64(6)) | ((w >> np.uint64(8)) & np.uint64(0x3F))
            nj = j + np.uint64(2)
        elif (w & np.uint64(0xC0C0C0F8)) == 0x808080F0 and j + np.uint64(4) <= e:  # emoji...
            c = ((b0 & np.uint64(0x07)) << np.uint64(18)) | (
                (w << np.uint64(4)) & np.uint64(0x3F000)
            )
            c |= ((w >> np.uint64(10)) & np.uint64(0xFC0)) | (
                (w >> np.uint64(24)) & np.uint64(0x3F)
            )
            if c > 0x10FFFF:
                return False, ne, n_probe, k
            nj = j + np.uint64(4)
        else:
            return False, ne, n_probe, k
        inf = np.int64(info[np.uint64(stage1[utb + (c >> np.uint64(7))]) + (c & low7)])
        kind = inf & _KIND
        if kind == _SIMPLE_WORD:
            if not in_word:
                h = zero
                hp = zero
                hq = zero
                nf = zero
                start = j
                in_word = True
            h = ((h << _ROT) | (h >> _ROT_BACK)) ^ np.uint64(np.int64(c) + (inf >> 8))
            nf += one
            hp = h if nf == kl else hp
            hq = h if nf == ks else hq
        elif kind <= _SIMPLE_UNSPACED:  # _SIMPLE_OTHER or _SIMPLE_UNSPACED (WORD is above)
            if in_word:
                n_probe, k = _emit(
                    ends_h, ends_e, ne, h, j, hp, hq, capture, filt, fshift, wbits, wshift, probe,
                    probe_p, probe_q, n_probe, post_hi, k, start,
                )  # fmt: skip
                ne += one
                in_word = False
            # A CJK character is a token, punctuation is not: no branch between the two
            # (they alternate too irregularly to be predicted). The slot is always
            # written, and taken only for a token.
            unspaced = np.uint64(kind == _SIMPLE_UNSPACED)
            h1 = np.uint64(np.int64(c) + (inf >> 8))
            ends_h[ne] = h1
            ends_e[ne] = np.int64(nj)
            hit = token_maybe(filt, fshift, h1) & unspaced
            if hit != zero or (kl == one and unspaced != zero) or (ks == one and unspaced != zero):
                # (a key of one character: rare, and then looked up with the token)
                h1p = h1 if kl == one else zero
                h1q = h1 if ks == one else zero
                hit |= wild_maybe(wbits, wshift, h1p) & np.uint64(h1p != zero)
                hit |= wild_maybe(wbits, wshift, h1q) & np.uint64(h1q != zero)
                if hit != zero:
                    while np.uint64(post_hi[k]) <= j:
                        k += one
                    probe[n_probe] = np.int64((k << np.uint64(32)) | ne)
                    probe_p[n_probe] = h1p
                    probe_q[n_probe] = h1q
                    n_probe += one
            ne += unspaced
        else:
            return False, ne, n_probe, k
        j = nj
    if in_word:
        n_probe, k = _emit(
            ends_h, ends_e, ne, h, e, hp, hq, capture, filt, fshift, wbits, wshift, probe, probe_p,
            probe_q, n_probe, post_hi, k, start,
        )  # fmt: skip
        ne += one
    return True, ne, n_probe, k


@nrt_free
def scan_range(  # type: ignore[no-untyped-def]
    buf,
    low,
    lo,
    hi,
    tb,
    stage1,
    info,
    ccc_last,
    fm_off,
    fm_data,
    ends_h,
    ends_e,
    ne,
    k_long,
    k_short,
    post_hi,
    k0,
    status,
    filt,
    fshift,
    wbits,
    wshift,
    probe,
    probe_p,
    probe_q,
    n_probe,
):
    """Tokenise ``buf[lo:hi]`` with the tables at ``tb``; return ``(tokens, n_probe)``.

    Tokens go to ``ends_*[ne:]``: token ``g`` ends at ``ends_e[g]`` and hashes to
    ``ends_h[g]``. The token arrays must hold one token per byte. ``buf[hi]``
    must be an ASCII byte that is not part of a word (``\\n``), and ``buf`` and
    ``low`` must have 64 bytes after ``hi`` (``low`` gets the bytes with ASCII
    letters lowered). ``buf[lo:hi]`` may hold several posts, each followed by
    such a byte (so no token crosses from one to the next); post ``k`` ends at
    ``post_hi[k]``, the first at index ``k0``. A post with a character whose
    NFKC is several code points gets ``status[k] = NEEDS_EXPAND``, one that
    only Python can normalise ``NEEDS_PYTHON``: its tokens mean nothing then.

    Each token that may be a key of the token filter ``filt`` (shift
    ``fshift``) by its hash, or of the wildcard filter ``wbits`` (shift
    ``wshift``) by the hash of its first ``k_long`` or ``k_short`` code points
    (wildcard keys; 0: none) is listed as
    ``probe[i] = (post << 32) | token``, ``probe_p[i]``/``probe_q[i]`` its
    wildcard keys (0 if it is shorter), from ``i = n_probe`` on. A filter of
    all ones lists every token.
    """
    one = np.uint64(1)
    zero = np.uint64(0)
    u64 = np.uint64(64)
    u8 = np.uint64(8)
    capture = (1 if k_long != 0 else 0) | (2 if k_short != 0 else 0)
    kl = np.uint64(k_long if k_long != 0 else _NO_KEY)
    ks = np.uint64(k_short if k_short != 0 else _NO_KEY)
    kl_shift = u64 - u8 * np.uint64(k_long)
    ks_shift = u64 - u8 * np.uint64(k_short)
    ne = np.uint64(ne)
    n_probe = np.uint64(n_probe)
    k = np.uint64(k0)
    uhi = np.uint64(hi)
    carry = zero  # 1 if the byte before the window is in a run
    pending = False  # a run goes on past the window
    pending_s = zero
    pending_high = zero
    j = np.uint64(lo)
    while j <= uhi:  # the window at hi may end a run
        seg, high = lower_masks64(buf, j, low)
        shifted = (seg << one) | carry
        starts = seg & ~shifted
        stops = ~seg & shifted  # the first byte after each run
        carry = seg >> np.uint64(63)
        if pending:
            if stops == zero:
                pending_high |= high
                j += u64
                continue
            u = ctz64(stops)
            stops &= stops - one
            s = pending_s
            e = j + u
            pending = False
            if (pending_high | (high & ((one << u) - one))) == zero:
                # An ASCII word across two windows.
                h = _ascii_hash(low, s, e)
                first = bswap64(load_u64(low, s))
                n = e - s
                hp = zero
                hq = zero
                if capture & 1:
                    hp = pext_low7(first >> kl_shift) & (zero - np.uint64(n >= kl))
                if capture & 2:
                    hq = pext_low7(first >> ks_shift) & (zero - np.uint64(n >= ks))
                n_probe, k = _emit(
                    ends_h, ends_e, ne, h, e, hp, hq, capture, filt, fshift, wbits, wshift, probe,
                    probe_p, probe_q, n_probe, post_hi, k, s,
                )  # fmt: skip
                ne += one
            else:
                ok, ne2, n_probe2, k = _scan_simple(
                    buf, s, e, tb, stage1, info, ends_h, ends_e, ne, kl, ks, post_hi, k,
                    capture, filt, fshift, wbits, wshift, probe, probe_p, probe_q, n_probe,
                )  # fmt: skip
                if ok:
                    ne = ne2
                    n_probe = n_probe2
                else:
                    ne, n_probe, k = call_noinline(
                        _scan_segment, buf, np.int64(s), np.int64(e), tb, stage1, info, ccc_last,
                        fm_off, fm_data, ends_h, ends_e, ne, kl, ks, post_hi, k, status, capture,
                        filt, fshift, wbits, wshift, probe, probe_p, probe_q, n_probe,
                    )  # fmt: skip
        while starts != zero:
            t = ctz64(starts)
            starts &= starts - one
            s = j + t
            if s >= uhi:
                return np.int64(ne), np.int64(n_probe)
            if stops == zero:
                pending = True
                pending_s = s
                pending_high = high & (_ALL << t)
                break
            u = ctz64(stops)
            stops &= stops - one
            e = j + u
            if high & ((one << u) - (one << t)) == zero:
                # The common case: a word of ASCII letters, digits and underscores.
                n = u - t
                first = bswap64(load_u64(low, s))
                h = pext_low7(first >> (u64 - u8 * n)) if n <= u8 else _ascii_hash(low, s, e)
                # The wildcard keys, without branches on the length (they would be
                # mispredicted): the key of a token shorter than the key is 0.
                hp = zero
                hq = zero
                if capture & 1:
                    hp = pext_low7(first >> kl_shift) & (zero - np.uint64(n >= kl))
                if capture & 2:
                    hq = pext_low7(first >> ks_shift) & (zero - np.uint64(n >= ks))
                n_probe, k = _emit(
                    ends_h, ends_e, ne, h, e, hp, hq, capture, filt, fshift, wbits, wshift, probe,
                    probe_p, probe_q, n_probe, post_hi, k, s,
                )  # fmt: skip
                ne += one
                continue
            ok, ne2, n_probe2, k = _scan_simple(
                buf, s, e, tb, stage1, info, ends_h, ends_e, ne, kl, ks, post_hi, k, capture,
                filt, fshift, wbits, wshift, probe, probe_p, probe_q, n_probe,
            )  # fmt: skip
            if ok:
                ne = ne2
                n_probe = n_probe2
            else:
                ne, n_probe, k = call_noinline(
                    _scan_segment, buf, np.int64(s), np.int64(e), tb, stage1, info, ccc_last,
                    fm_off, fm_data, ends_h, ends_e, ne, kl, ks, post_hi, k, status, capture,
                    filt, fshift, wbits, wshift, probe, probe_p, probe_q, n_probe,
                )  # fmt: skip
        j += u64
    return np.int64(ne), np.int64(n_probe)
