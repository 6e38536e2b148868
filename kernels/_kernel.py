"""The Numba kernel: tokenise, fold, find pattern hits, atoms, and run each query.

Everything for one batch of posts happens in :func:`match_kernel`, which calls
:func:`_match_range` on the whole batch; ``_match_range`` owns its scratch
buffers, so a parallel version can run it on disjoint post ranges.

Per post:

1. tokenise the NFKC code points with the character classes, recording each
   token's span, kind (plain/hashtag/mention), casefolded code points and the
   FNV-1a hashes of its folded and original forms;
2. find the patterns each token matches: wildcard-free patterns by binary
   search of their sorted hashes (then verified), wildcard patterns by a scan;
3. find atom occurrences: an atom whose first pattern matches token ``t``
   occurs at ``t`` if its other patterns match tokens ``t+1, t+2, ...`` and
   token ``t`` has the atom's kind;
4. run every query's postfix code over a boolean stack and a span-list stack.

Importing this module imports Numba; the first call compiles (or loads the
on-disk cache).
"""

from __future__ import annotations

import numpy as np
from numba import njit

_OTHER = 0
_WORD = 1
_UNSPACED = 2
_HASH = 35  # '#'
_AT = 64  # '@'
_ANY_CHAR = -1

_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)

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

_LOW32 = np.int64(0xFFFFFFFF)


@njit(cache=True, nogil=True)
def _grow(a, need):  # type: ignore[no-untyped-def]
    """``a`` if it holds ``need`` items, else a copy at least twice as large."""
    if need <= a.size:
        return a
    b = np.empty(max(need, 2 * a.size), a.dtype)
    for i in range(a.size):  # a loop compiles much faster than b[: a.size] = a
        b[i] = a[i]
    return b


@njit(cache=True, nogil=True)
def _lower_bound(hashes, h):  # type: ignore[no-untyped-def]
    lo = 0
    hi = hashes.size
    while lo < hi:
        mid = (lo + hi) >> 1
        if hashes[mid] < h:
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit(cache=True, nogil=True)
def _equal(pattern_chars, p0, p1, buf, b0, b1):  # type: ignore[no-untyped-def]
    if p1 - p0 != b1 - b0:
        return False
    for i in range(p1 - p0):  # noqa: SIM110 (Numba: no generators)
        if pattern_chars[p0 + i] != buf[b0 + i]:
            return False
    return True


@njit(cache=True, nogil=True)
def _wild_match(pattern_chars, p0, p1, prefix, buf, b0, b1):  # type: ignore[no-untyped-def]
    m = p1 - p0
    n = b1 - b0
    if n < m or (n > m and not prefix):
        return False
    for i in range(m):
        pc = pattern_chars[p0 + i]
        if pc != _ANY_CHAR and pc != buf[b0 + i]:
            return False
    return True


@njit(cache=True, nogil=True)
def _sort(a, n):  # type: ignore[no-untyped-def]
    """Sort ``a[:n]`` in place (Shell sort: compiles in a fraction of np.sort's time)."""
    gap = 1
    while gap < n // 3:
        gap = 3 * gap + 1
    while gap >= 1:
        for i in range(gap, n):
            v = a[i]
            j = i
            while j >= gap and a[j - gap] > v:
                a[j] = a[j - gap]
                j -= gap
            a[j] = v
        gap //= 3


@njit(cache=True, nogil=True)
def _sort_unique(span_s, span_e, lo, hi):  # type: ignore[no-untyped-def]
    """Sort spans[lo:hi] by (start, end) and drop repeats in place; return the new count."""
    n = hi - lo
    if n <= 1:
        return n
    keys = np.empty(n, np.int64)
    for i in range(n):
        keys[i] = (span_s[lo + i] << 32) | span_e[lo + i]
    _sort(keys, n)
    m = 0
    for i in range(n):
        if i == 0 or keys[i] != keys[i - 1]:
            span_s[lo + m] = keys[i] >> 32
            span_e[lo + m] = keys[i] & _LOW32
            m += 1
    return m


@njit(cache=True, nogil=True)
def _near_ok(a_s, a_e, b_s, b_e, distance, ordered):  # type: ignore[no-untyped-def]
    if a_e < b_s:
        return b_s - a_e - 1 <= distance
    if ordered == 0 and b_e < a_s:
        return a_s - b_e - 1 <= distance
    return False


@njit(cache=True, nogil=True)
def _match_range(  # type: ignore[no-untyped-def]
    post_lo,
    post_hi,
    text,
    offsets,
    char_class,
    fold_map,
    fold_multi_off,
    fold_multi_data,
    pattern_chars,
    pattern_off,
    pattern_prefix,
    pattern_case,
    fold_hash,
    fold_hash_pattern,
    case_hash,
    case_hash_pattern,
    wild_patterns,
    atom_patterns,
    atom_off,
    atom_kind,
    first_off,
    first_atoms,
    code,
    query_off,
    field_table,
    max_bool_stack,
    max_span_stack,
    out,
):
    fold_limit = fold_map.size
    n_fold_hash = fold_hash.size
    n_case_hash = case_hash.size
    need_case_hash = n_case_hash > 0
    n_wild = wild_patterns.size
    n_atoms = atom_off.size - 1
    n_queries = query_off.size - 1

    max_len = 0
    for i in range(post_lo, post_hi):
        max_len = max(max_len, offsets[i + 1] - offsets[i])

    # Token scratch, sized for the longest post (a token has at least one
    # code point; casefolding expands a code point to at most ``expand``).
    expand = 1
    for m in range(fold_multi_off.size - 1):
        expand = max(expand, fold_multi_off[m + 1] - fold_multi_off[m])
    tok_s = np.empty(max_len, np.int64)
    tok_e = np.empty(max_len, np.int64)
    tok_kind = np.empty(max_len, np.int32)
    h_fold = np.empty(max_len, np.uint64)
    h_case = np.empty(max_len, np.uint64)
    fold_off = np.empty(max_len + 1, np.int64)
    fold_buf = np.empty(expand * max_len + 1, np.int32)
    hit_off = np.empty(max_len + 1, np.int64)
    hit_pat = np.empty(max(16, max_len), np.int32)

    occ_key = np.empty(16, np.int64)
    occ_start = np.empty(16, np.int64)
    atom_stamp = np.empty(n_atoms, np.int64)
    for a in range(n_atoms):
        atom_stamp[a] = -1
    atom_first = np.zeros(n_atoms, np.int64)
    atom_count = np.zeros(n_atoms, np.int64)

    bstack = np.zeros(max_bool_stack, np.bool_)
    st_off = np.zeros(max_span_stack + 1, np.int64)
    span_s = np.empty(64, np.int64)
    span_e = np.empty(64, np.int64)

    for post in range(post_lo, post_hi):
        lo = offsets[post]
        hi = offsets[post + 1]
        row = post - post_lo

        # 1. Tokenise and fold.
        n_tok = 0
        nf = 0
        fold_off[0] = 0
        j = lo
        while j < hi:
            k = char_class[text[j]]
            if k == _OTHER:
                j += 1
                continue
            s = j
            j += 1
            if k == _WORD:
                while j < hi and char_class[text[j]] == _WORD:
                    j += 1
            kind = 0
            if s > lo:
                prev = text[s - 1]
                if (prev == _HASH or prev == _AT) and (  # noqa: SIM109
                    s - 1 == lo or char_class[text[s - 2]] == _OTHER
                ):
                    kind = 1 if prev == _HASH else 2
            tok_s[n_tok] = s
            tok_e[n_tok] = j
            tok_kind[n_tok] = kind
            hf = _FNV_OFFSET
            hc = _FNV_OFFSET
            for x in range(s, j):
                c = text[x]
                if need_case_hash:
                    hc = (hc ^ np.uint64(c)) * _FNV_PRIME
                if c < fold_limit:
                    f = fold_map[c]
                    if f >= 0:
                        fold_buf[nf] = f
                        nf += 1
                        hf = (hf ^ np.uint64(f)) * _FNV_PRIME
                    else:
                        m = -f - 1
                        for y in range(fold_multi_off[m], fold_multi_off[m + 1]):
                            f2 = fold_multi_data[y]
                            fold_buf[nf] = f2
                            nf += 1
                            hf = (hf ^ np.uint64(f2)) * _FNV_PRIME
                else:
                    fold_buf[nf] = c
                    nf += 1
                    hf = (hf ^ np.uint64(c)) * _FNV_PRIME
            h_fold[n_tok] = hf
            h_case[n_tok] = hc
            n_tok += 1
            fold_off[n_tok] = nf

        # 2. Pattern hits per token.
        nh = 0
        hit_off[0] = 0
        for t in range(n_tok):
            f0 = fold_off[t]
            f1 = fold_off[t + 1]
            if n_fold_hash > 0:
                h = h_fold[t]
                idx = _lower_bound(fold_hash, h)
                while idx < n_fold_hash and fold_hash[idx] == h:
                    p = fold_hash_pattern[idx]
                    if _equal(pattern_chars, pattern_off[p], pattern_off[p + 1], fold_buf, f0, f1):
                        hit_pat = _grow(hit_pat, nh + 1)
                        hit_pat[nh] = p
                        nh += 1
                    idx += 1
            if need_case_hash:
                h = h_case[t]
                idx = _lower_bound(case_hash, h)
                while idx < n_case_hash and case_hash[idx] == h:
                    p = case_hash_pattern[idx]
                    if _equal(
                        pattern_chars, pattern_off[p], pattern_off[p + 1], text, tok_s[t], tok_e[t]
                    ):
                        hit_pat = _grow(hit_pat, nh + 1)
                        hit_pat[nh] = p
                        nh += 1
                    idx += 1
            for w in range(n_wild):
                p = wild_patterns[w]
                if pattern_case[p]:
                    ok = _wild_match(
                        pattern_chars,
                        pattern_off[p],
                        pattern_off[p + 1],
                        pattern_prefix[p],
                        text,
                        tok_s[t],
                        tok_e[t],
                    )
                else:
                    ok = _wild_match(
                        pattern_chars,
                        pattern_off[p],
                        pattern_off[p + 1],
                        pattern_prefix[p],
                        fold_buf,
                        f0,
                        f1,
                    )
                if ok:
                    hit_pat = _grow(hit_pat, nh + 1)
                    hit_pat[nh] = p
                    nh += 1
            hit_off[t + 1] = nh

        # 3. Atom occurrences, grouped by atom (starts ascending within an atom).
        n_occ = 0
        for t in range(n_tok):
            for hh in range(hit_off[t], hit_off[t + 1]):
                p = hit_pat[hh]
                for fa in range(first_off[p], first_off[p + 1]):
                    a = first_atoms[fa]
                    kd = atom_kind[a]
                    if kd != 0 and tok_kind[t] != kd:
                        continue
                    a0 = atom_off[a]
                    length = atom_off[a + 1] - a0
                    if t + length > n_tok:
                        continue
                    ok = True
                    for i in range(1, length):
                        q = atom_patterns[a0 + i]
                        found = False
                        for h2 in range(hit_off[t + i], hit_off[t + i + 1]):
                            if hit_pat[h2] == q:
                                found = True
                                break
                        if not found:
                            ok = False
                            break
                    if ok:
                        occ_key = _grow(occ_key, n_occ + 1)
                        occ_key[n_occ] = (np.int64(a) << 32) | t
                        n_occ += 1
        if n_occ > 0:
            occ_start = _grow(occ_start, n_occ)
            _sort(occ_key, n_occ)
            r = 0
            while r < n_occ:
                a = occ_key[r] >> 32
                r2 = r
                while r2 < n_occ and (occ_key[r2] >> 32) == a:
                    occ_start[r2] = occ_key[r2] & _LOW32
                    r2 += 1
                atom_stamp[a] = post
                atom_first[a] = r
                atom_count[a] = r2 - r
                r = r2

        # 4. Run every query.
        for qi in range(n_queries):
            nb = 0
            ns = 0
            top = 0
            for ip in range(query_off[qi], query_off[qi + 1]):
                op = code[ip, 0]
                x = code[ip, 1]
                y = code[ip, 2]
                if op == _ATOM_BOOL:
                    bstack[nb] = atom_stamp[x] == post
                    nb += 1
                elif op == _ATOM:
                    cnt = atom_count[x] if atom_stamp[x] == post else 0
                    span_s = _grow(span_s, top + cnt)
                    span_e = _grow(span_e, top + cnt)
                    last = atom_off[x + 1] - atom_off[x] - 1
                    first = atom_first[x]
                    for r in range(cnt):
                        start = occ_start[first + r]
                        span_s[top + r] = start
                        span_e[top + r] = start + last
                    st_off[ns] = top
                    ns += 1
                    top += cnt
                elif op == _FIELD:
                    bstack[nb] = field_table[row, x]
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
                                span_s = _grow(span_s, m + 1)
                                span_e = _grow(span_e, m + 1)
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
            out[row, qi] = bstack[0]


@njit(cache=True, nogil=True)
def match_kernel(  # type: ignore[no-untyped-def]
    text,
    offsets,
    char_class,
    fold_map,
    fold_multi_off,
    fold_multi_data,
    pattern_chars,
    pattern_off,
    pattern_prefix,
    pattern_case,
    fold_hash,
    fold_hash_pattern,
    case_hash,
    case_hash_pattern,
    wild_patterns,
    atom_patterns,
    atom_off,
    atom_kind,
    first_off,
    first_atoms,
    code,
    query_off,
    field_table,
    max_bool_stack,
    max_span_stack,
    out,
):
    """Fill ``out[i, q]`` with whether query ``q`` matches post ``i`` of the batch."""
    _match_range(
        0,
        offsets.size - 1,
        text,
        offsets,
        char_class,
        fold_map,
        fold_multi_off,
        fold_multi_data,
        pattern_chars,
        pattern_off,
        pattern_prefix,
        pattern_case,
        fold_hash,
        fold_hash_pattern,
        case_hash,
        case_hash_pattern,
        wild_patterns,
        atom_patterns,
        atom_off,
        atom_kind,
        first_off,
        first_atoms,
        code,
        query_off,
        field_table,
        max_bool_stack,
        max_span_stack,
        out,
    )
