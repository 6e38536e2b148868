"""Numba: decode UTF-8, look tokens up in the hash tables, verify candidate atoms.

A worker copies a chunk of posts into its own buffer and runs three passes:

1. :func:`~listenbench.kernels._tokenize.scan_range` tokenises, hashes and
   filters the whole chunk (posts are separated by a ``\\n``, so no token
   crosses from one to the next); each token's folded code points go into a
   rotate-xor hash (:func:`listenbench.kernels._index.hash_codepoints`). A post
   with a character whose NFKC is several code points (``ﬁ``) is rewritten in
   NFKC (:func:`expand_post`) at the end of the buffer and scanned with the
   plain tables; one with a character whose NFKC depends on its neighbours (a
   combining accent after its base) is flagged for Python.
2. :func:`probe_tables` looks the tokens that passed the filters up in the
   program's hash tables (behind their bit filters), and every such token
   together with the next one in the table of pairs: the cost per token does
   not depend on the number of patterns. :func:`find_candidates` does the same
   for the passive atoms of one post, testing every token.
3. :func:`verify_atoms` checks each candidate against the tokens' code points,
   so hash collisions never matter.

Both table sets (NFKC and plain) live in one array: ``stage1[tb + (c >> 7)] +
(c & 127)`` indexes ``info`` and ``nfkc_delta``, with ``tb`` 0 or
``plain_offset``. Helpers take plain arrays and never pick one of two arrays
into a variable: Numba counts references to arrays with atomic instructions,
which cost more than the scan itself when done per token, and compiles a
function that takes a tuple of 30 arrays several times slower.
"""

from __future__ import annotations

import numpy as np

from listenbench.kernels._index import PAIR_MULTIPLIER, SLOT_MULTIPLIER
from listenbench.kernels._jit import nrt_free
from listenbench.kernels._program import FLAG_CASE, FLAG_PREFIX, FLAG_WILD
from listenbench.kernels._scantables import BLOCK, EXPAND, INERT, MULTI_FOLD, SIMPLE

_OTHER = 0
_WORD = 1
_UNSPACED = 2
_HASH = 35  # '#'
_AT = 64  # '@'
_ANY_CHAR = -1
_REPLACEMENT = 0xFFFD
_LOW = BLOCK - 1

_MULT = np.uint64(SLOT_MULTIPLIER)
_PAIR = np.uint64(PAIR_MULTIPLIER)
_ROT = np.uint64(7)
_ROT_BACK = np.uint64(57)
_MODE_SIMPLE = SIMPLE
_MODE_INERT = INERT
_MODE_EXPAND = EXPAND
_MULTI = MULTI_FOLD
_NEEDS_EXPAND = 1
_NEEDS_PYTHON = 2


@nrt_free
def decode(src, j, hi):  # type: ignore[no-untyped-def]
    """The code point of the UTF-8 sequence at ``src[j]`` and the index after it.

    Malformed UTF-8 never reads past ``hi``: a byte that cannot start a
    character, or a character cut off by ``hi``, decodes as U+FFFD.
    """
    c = np.int64(src[j])
    if c < 0x80:
        return c, j + 1
    if c < 0xC0 or c >= 0xF8:
        return np.int64(_REPLACEMENT), j + 1
    if c < 0xE0:
        n = 2
        c &= 0x1F
    elif c < 0xF0:
        n = 3
        c &= 0x0F
    else:
        n = 4
        c &= 0x07
    if j + n > hi:
        return np.int64(_REPLACEMENT), j + 1
    for k in range(1, n):
        c = (c << 6) | (np.int64(src[j + k]) & 0x3F)
    if c > 0x10FFFF:
        c = np.int64(_REPLACEMENT)
    return c, j + n


@nrt_free
def encode(c, out, n):  # type: ignore[no-untyped-def]
    """Write code point ``c`` as UTF-8 to ``out[n:]``; return the index after it."""
    if c < 0x80:
        out[n] = c
        return n + 1
    if c < 0x800:
        out[n] = 0xC0 | (c >> 6)
        out[n + 1] = 0x80 | (c & 0x3F)
        return n + 2
    if c < 0x10000:
        out[n] = 0xE0 | (c >> 12)
        out[n + 1] = 0x80 | ((c >> 6) & 0x3F)
        out[n + 2] = 0x80 | (c & 0x3F)
        return n + 3
    out[n] = 0xF0 | (c >> 18)
    out[n + 1] = 0x80 | ((c >> 12) & 0x3F)
    out[n + 2] = 0x80 | ((c >> 6) & 0x3F)
    out[n + 3] = 0x80 | (c & 0x3F)
    return n + 4


@nrt_free
def _slot(stage1, tb, c):  # type: ignore[no-untyped-def]
    return np.int64(stage1[tb + (c >> 7)]) + (c & _LOW)


@nrt_free
def _prev_start(buf, lo, j):  # type: ignore[no-untyped-def]
    """Start of the UTF-8 sequence that ends just before ``j`` (``j > lo``)."""
    k = j - 1
    steps = 0
    while k > lo and steps < 3 and (np.int64(buf[k]) & 0xC0) == 0x80:
        k -= 1
        steps += 1
    return k


@nrt_free
def token_kind(buf, lo, hi, s, tb, stage1, info, nfkc_delta):  # type: ignore[no-untyped-def]
    """1 (hashtag), 2 (mention) or 0 for the token starting at ``buf[s]``."""
    if s == lo:
        return 0
    p = _prev_start(buf, lo, s)
    c, _ = decode(buf, p, hi)
    n = c + nfkc_delta[_slot(stage1, tb, c)]
    if n != _HASH and n != _AT:
        return 0
    kind = 1 if n == _HASH else 2
    if p == lo:
        return kind
    c2, _ = decode(buf, _prev_start(buf, lo, p), hi)
    return kind if (info[_slot(stage1, tb, c2)] & 3) == _OTHER else 0


@nrt_free
def _token_chars(buf, s, e, tb, stage1, info, nfkc_delta, fm_off, fm_data, case, out):  # type: ignore[no-untyped-def]
    """Write the token's NFKC code points (``case``) or their casefold to ``out``; return n."""
    n = np.int64(0)
    j = s
    while j < e:
        c, j = decode(buf, j, e)
        x = _slot(stage1, tb, c)
        if case:
            out[n] = c + nfkc_delta[x]
            n += 1
            continue
        inf = np.int64(info[x])
        if inf & _MULTI:
            m = inf >> 8
            for y in range(fm_off[m], fm_off[m + 1]):
                out[n] = fm_data[y]
                n += 1
        else:
            out[n] = c + (inf >> 8)
            n += 1
    return n


@nrt_free
def _pattern_matches(pattern_chars, p0, p1, prefix, chars, n):  # type: ignore[no-untyped-def]
    """Whether the pattern ``pattern_chars[p0:p1]`` matches ``chars[:n]`` as a whole."""
    m = p1 - p0
    if n < m or (n > m and not prefix):
        return False
    for i in range(m):
        pc = pattern_chars[p0 + i]
        if pc != _ANY_CHAR and pc != chars[i]:
            return False
    return True


@nrt_free
def token_start(buf, lo, hi, ends_e, g, first, tb, stage1, info):  # type: ignore[no-untyped-def]
    """Where token ``g`` starts: the first character after the token before it (or after
    ``lo`` for the post's first token, ``first``) that is not *other*."""
    j = ends_e[g - 1] if g > first else lo
    while j < hi:
        c, nj = decode(buf, j, hi)
        if info[_slot(stage1, tb, c)] & 3 != _OTHER:
            return j
        j = nj
    return j


@nrt_free
def expand_post(src, lo, hi, stage1, info, nfkc_delta, ccc_last, nm_off, nm_data, out, start):  # type: ignore[no-untyped-def]
    """Write the NFKC of ``src[lo:hi]`` as UTF-8 to ``out`` from ``start``; return the end.

    Reads the NFKC tables. Returns -1 if a character needs Python's
    normaliser, and ``-2 - n`` if ``out`` is too small (``n``: a size that is
    large enough).
    """
    n = start
    cap = out.size
    prev = np.int64(-1)
    j = lo
    while j < hi:
        c, j = decode(src, j, hi)
        x = _slot(stage1, 0, c)
        inf = np.int64(info[x])
        mode = (inf >> 2) & 3
        if mode == _MODE_EXPAND:
            m = inf >> 8
            if n + 4 * (nm_off[m + 1] - nm_off[m]) > cap:
                return -2 - 2 * (cap + 4 * (nm_off[m + 1] - nm_off[m]))
            for y in range(nm_off[m], nm_off[m + 1]):
                n = encode(np.int64(nm_data[y]), out, n)
        elif mode == _MODE_SIMPLE or (
            mode == _MODE_INERT and (prev < 0 or ccc_last[prev] <= ccc_last[c])
        ):
            if n + 4 > cap:
                return -2 - 2 * (cap + 4)
            n = encode(c + nfkc_delta[x], out, n)
        else:
            return -1
        prev = c
    return n


@nrt_free
def assign_tokens(n_posts, post_lo, post_hi, ends_e, n_tok, tok_lo, tok_hi):  # type: ignore[no-untyped-def]
    """Tokens ``tok_lo[k]`` to ``tok_hi[k] - 1`` are post ``k``'s (tokens and posts in order).

    Post ``k + 1`` starts right after the separator that ends post ``k``, so its
    tokens start where post ``k``'s end (``post_lo`` is not read). Indices are
    uint64 (no negative-index checks: this loop runs once per token).
    """
    g = np.uint64(0)
    nt = np.uint64(n_tok)
    for k in range(n_posts):
        tok_lo[k] = g
        hi = post_hi[k]
        while g < nt and ends_e[g] <= hi:
            g += np.uint64(1)
        tok_hi[k] = g


@nrt_free
def _filter_tokens(  # type: ignore[no-untyped-def]
    k_first,
    k_last,
    tok_lo,
    tok_hi,
    ends_h,
    ends_p,
    ends_q,
    ex_filter,
    ex_fshift,
    pr_filter,
    pr_fshift,
    wd_filter,
    wd_fshift,
    wd_long,
    wd_short,
    every,
    probe,
    probe_p,
    probe_q,
):
    """List the tokens that pass a bit filter (all of them if ``every``); return how many.

    Entry ``i`` of ``probe`` is ``(post << 32) | token``, ``probe_p[i]`` and
    ``probe_q[i]`` its wildcard keys (``ends_p``/``ends_q``, 0 if not used).

    ``ends_h`` must have an entry after the last token (the pair test reads it;
    a pair that crosses into the next post only costs a probe). The loop comes
    in two versions, so that the wildcard tests cost nothing when there are
    no wildcards.
    """
    fsh = np.uint64(ex_fshift)
    pfsh = np.uint64(pr_fshift)
    wfsh = np.uint64(wd_fshift)
    six = np.uint64(6)
    low6 = np.uint64(63)
    one = np.uint64(1)
    zero = np.uint64(0)
    n_probe = np.int64(0)
    for k in range(k_first, k_last):
        g0 = np.uint64(tok_lo[k])
        g1 = np.uint64(tok_hi[k])
        if every:
            for g in range(g0, g1):
                probe[n_probe] = (k << 32) | np.int64(g)
                probe_p[n_probe] = ends_p[g] if wd_long != 0 else zero
                probe_q[n_probe] = ends_q[g] if wd_short != 0 else zero
                n_probe += 1
        elif wd_long == 0 and wd_short == 0:
            for g in range(g0, g1):
                h = ends_h[g]
                bit = (h * _MULT) >> fsh
                hit = (ex_filter[bit >> six] >> (bit & low6)) & one
                bit = (((h * _PAIR) ^ ends_h[g + one]) * _MULT) >> pfsh
                hit |= (pr_filter[bit >> six] >> (bit & low6)) & one
                if hit != zero:
                    probe[n_probe] = (k << 32) | np.int64(g)
                    probe_p[n_probe] = zero
                    probe_q[n_probe] = zero
                    n_probe += 1
        else:
            for g in range(g0, g1):
                h = ends_h[g]
                bit = (h * _MULT) >> fsh
                hit = (ex_filter[bit >> six] >> (bit & low6)) & one
                bit = (((h * _PAIR) ^ ends_h[g + one]) * _MULT) >> pfsh
                hit |= (pr_filter[bit >> six] >> (bit & low6)) & one
                # Key 0 means "shorter than the key": it must not pass on the filter's bit.
                hp = ends_p[g] if wd_long != 0 else zero
                bit = (hp * _MULT) >> wfsh
                hit |= (wd_filter[bit >> six] >> (bit & low6)) & np.uint64(hp != zero)
                hq = ends_q[g] if wd_short != 0 else zero
                bit = (hq * _MULT) >> wfsh
                hit |= (wd_filter[bit >> six] >> (bit & low6)) & np.uint64(hq != zero)
                if hit != zero:
                    probe[n_probe] = (k << 32) | np.int64(g)
                    probe_p[n_probe] = hp
                    probe_q[n_probe] = hq
                    n_probe += 1
    return n_probe


@nrt_free
def find_candidates(  # type: ignore[no-untyped-def]
    k_first,
    k_last,
    tok_lo,
    tok_hi,
    ends_h,
    ends_p,
    ends_q,
    ex_keys,
    ex_pats,
    ex_shift,
    ex_filter,
    ex_fshift,
    pr_keys,
    pr_groups,
    pr_shift,
    pr_filter,
    pr_fshift,
    pr_off,
    pr_atoms,
    wd_keys,
    wd_groups,
    wd_shift,
    wd_filter,
    wd_fshift,
    wd_off,
    wd_pats,
    wd_long,
    wd_short,
    wd_any,
    first_off,
    first_atoms,
    atom_passive,
    passive,
    hit_post,
    hit_tok,
    hit_atom,
    probe,
    probe_p,
    probe_q,
):
    """List the (post, token, atom) triples where an atom may occur, by token; return the count.

    Looks at posts ``k_first`` to ``k_last - 1`` and at the atoms with
    ``atom_passive[a] == passive`` (the filters must be the matching ones); post
    ``k`` has tokens ``tok_lo[k]`` to ``tok_hi[k] - 1`` and the wildcard keys
    ``ends_p``/``ends_q`` (see :func:`~listenbench.kernels._tokenize.post_wild_keys`).
    A first pass tests only the tables' bit filters (:func:`_filter_tokens`),
    then :func:`probe_tables` looks up the few tokens that pass. ``probe*``
    are scratch arrays with room for every token. The count may exceed the
    capacity of the ``hit_*`` arrays: grow them and call again.
    """
    any_first = wd_any.size > 0  # patterns starting with '?': every token is a candidate
    n_probe = _filter_tokens(
        k_first, k_last, tok_lo, tok_hi, ends_h, ends_p, ends_q, ex_filter, ex_fshift,
        pr_filter, pr_fshift, wd_filter, wd_fshift, wd_long, wd_short, any_first, probe,
        probe_p, probe_q,
    )  # fmt: skip
    return probe_tables(
        probe, probe_p, probe_q, n_probe, tok_lo, tok_hi, ends_h, ex_keys, ex_pats, ex_shift,
        ex_filter, ex_fshift, pr_keys, pr_groups, pr_shift, pr_filter, pr_fshift, pr_off,
        pr_atoms, wd_keys, wd_groups, wd_shift, wd_filter, wd_fshift, wd_off, wd_pats, wd_long,
        wd_short, wd_any, first_off, first_atoms, atom_passive, passive, hit_post, hit_tok,
        hit_atom,
    )  # fmt: skip


@nrt_free
def probe_tables(  # type: ignore[no-untyped-def]
    probe,
    probe_p,
    probe_q,
    n_probe,
    tok_lo,
    tok_hi,
    ends_h,
    ex_keys,
    ex_pats,
    ex_shift,
    ex_filter,
    ex_fshift,
    pr_keys,
    pr_groups,
    pr_shift,
    pr_filter,
    pr_fshift,
    pr_off,
    pr_atoms,
    wd_keys,
    wd_groups,
    wd_shift,
    wd_filter,
    wd_fshift,
    wd_off,
    wd_pats,
    wd_long,
    wd_short,
    wd_any,
    first_off,
    first_atoms,
    atom_passive,
    passive,
    hit_post,
    hit_tok,
    hit_atom,
):
    """The (post, token, atom) triples of the tokens ``probe[:n_probe]`` (each
    ``(post << 32) | token``, by post; ``probe_p``/``probe_q``: their wildcard keys);
    returns the count (see :func:`find_candidates`).

    A token is looked up by its hash (atoms found through their first pattern),
    together with the next token (atoms keyed by their first two patterns), and
    by the hashes of its first code points (wildcards), each table behind its
    bit filter. Tokens outside their post's ``tok_lo``/``tok_hi`` are skipped.
    """
    cap = hit_tok.size
    ex_mask = np.uint64(ex_keys.size - 1)
    pr_mask = np.uint64(pr_keys.size - 1)
    sh = np.uint64(ex_shift)
    fsh = np.uint64(ex_fshift)
    psh = np.uint64(pr_shift)
    pfsh = np.uint64(pr_fshift)
    six = np.uint64(6)
    low6 = np.uint64(63)
    one = np.uint64(1)
    zero = np.uint64(0)
    wd_mask = np.uint64(wd_keys.size - 1)
    wsh = np.uint64(wd_shift)
    wfsh = np.uint64(wd_fshift)
    wild = wd_long != 0 or wd_short != 0 or wd_any.size > 0
    nc = np.int64(0)
    for r in range(n_probe):
        k = probe[r] >> 32
        g = np.uint64(probe[r] & 0xFFFFFFFF)
        if g < np.uint64(tok_lo[k]) or g >= np.uint64(tok_hi[k]):
            continue  # a token of a post that was scanned again (or is left to Python)
        h = ends_h[g]
        product = h * _MULT
        bit = product >> fsh
        if (ex_filter[bit >> six] >> (bit & low6)) & one:
            slot = product >> sh
            while True:
                p = ex_pats[slot]
                if p < 0:
                    break
                if ex_keys[slot] == h:
                    for fa in range(first_off[p], first_off[p + 1]):
                        a = first_atoms[fa]
                        if atom_passive[a] != passive:
                            continue
                        if nc < cap:
                            hit_post[nc] = k
                            hit_tok[nc] = np.int64(g)
                            hit_atom[nc] = a
                        nc += 1
                slot = (slot + one) & ex_mask
        if g + one < np.uint64(tok_hi[k]):
            ph = (h * _PAIR) ^ ends_h[g + one]
            product = ph * _MULT
            bit = product >> pfsh
            if (pr_filter[bit >> six] >> (bit & low6)) & one:
                slot = product >> psh
                while True:
                    grp = pr_groups[slot]
                    if grp < 0:
                        break
                    if pr_keys[slot] == ph:
                        for i in range(pr_off[grp], pr_off[grp + 1]):
                            a = pr_atoms[i]
                            if atom_passive[a] != passive:
                                continue
                            if nc < cap:
                                hit_post[nc] = k
                                hit_tok[nc] = np.int64(g)
                                hit_atom[nc] = a
                            nc += 1
                    slot = (slot + one) & pr_mask
        if wild:
            for which in range(2):
                if which == 0 and wd_long == 0:
                    continue
                if which == 1 and wd_short == 0:
                    continue
                hk = probe_p[r] if which == 0 else probe_q[r]
                if hk == zero:
                    continue
                product = hk * _MULT
                bit = product >> wfsh
                if (wd_filter[bit >> six] >> (bit & low6)) & one == 0:
                    continue
                slot = product >> wsh
                while True:
                    grp = wd_groups[slot]
                    if grp < 0:
                        break
                    if wd_keys[slot] == hk:
                        for i in range(wd_off[grp], wd_off[grp + 1]):
                            p = wd_pats[i]
                            for fa in range(first_off[p], first_off[p + 1]):
                                a = first_atoms[fa]
                                if atom_passive[a] != passive:
                                    continue
                                if nc < cap:
                                    hit_post[nc] = k
                                    hit_tok[nc] = np.int64(g)
                                    hit_atom[nc] = a
                                nc += 1
                    slot = (slot + one) & wd_mask
            for i in range(wd_any.size):
                p = wd_any[i]
                for fa in range(first_off[p], first_off[p + 1]):
                    a = first_atoms[fa]
                    if atom_passive[a] != passive:
                        continue
                    if nc < cap:
                        hit_post[nc] = k
                        hit_tok[nc] = np.int64(g)
                        hit_atom[nc] = a
                    nc += 1
    return nc


@nrt_free
def verify_atoms(  # type: ignore[no-untyped-def]
    buf,
    tok_lo,
    tok_hi,
    post_lo,
    post_hi,
    post_tb,
    stage1,
    info,
    nfkc_delta,
    fm_off,
    fm_data,
    pattern_chars,
    pattern_off,
    pattern_flags,
    pattern_hash,
    atom_patterns,
    atom_off,
    atom_kind,
    ends_h,
    ends_e,
    hit_post,
    hit_tok,
    hit_atom,
    n_cand,
    vbuf,
):
    """Keep the candidate atom occurrences that are real (in place); return how many.

    Each pattern of the atom is checked against its token: the hash first, then
    the code points (case-sensitive patterns against the token's NFKC form, the
    others against its casefold), and the first token's kind. Kept entries have
    the token index relative to the post. ``vbuf`` must hold three code points
    per byte of the longest post.
    """
    n_keep = np.int64(0)
    for i in range(n_cand):
        k = hit_post[i]
        g = hit_tok[i]
        a = hit_atom[i]
        g0 = tok_lo[k]
        a0 = atom_off[a]
        length = atom_off[a + 1] - a0
        if g + length > tok_hi[k]:
            continue
        r = n_keep - 1
        seen = False
        while r >= 0 and hit_post[r] == k and hit_tok[r] == g - g0:
            if hit_atom[r] == a:
                seen = True
                break
            r -= 1
        if seen:
            continue
        ok = True
        for j in range(length):
            p = atom_patterns[a0 + j]
            if pattern_flags[p] & FLAG_WILD == 0 and ends_h[g + j] != pattern_hash[p]:
                ok = False
                break
        if not ok:
            continue
        tb = post_tb[k]
        lo = post_lo[k]
        hi = post_hi[k]
        for j in range(length):
            p = atom_patterns[a0 + j]
            s = token_start(buf, lo, hi, ends_e, g + j, g0, tb, stage1, info)
            if (
                j == 0
                and atom_kind[a] != 0
                and token_kind(buf, lo, hi, s, tb, stage1, info, nfkc_delta) != atom_kind[a]
            ):
                ok = False
                break
            flags = pattern_flags[p]
            n = _token_chars(
                buf, s, ends_e[g + j], tb, stage1, info, nfkc_delta, fm_off, fm_data,
                flags & FLAG_CASE, vbuf,
            )  # fmt: skip
            if not _pattern_matches(
                pattern_chars, pattern_off[p], pattern_off[p + 1], flags & FLAG_PREFIX, vbuf, n
            ):
                ok = False
                break
        if not ok:
            continue
        hit_post[n_keep] = k
        hit_tok[n_keep] = g - g0
        hit_atom[n_keep] = a
        n_keep += 1
    return n_keep
