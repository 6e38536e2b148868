"""Numba: match a batch of posts, in parallel over chunks of posts.

:func:`match_chunks` releases the GIL; the caller runs it on ``n_workers``
Python threads at once, worker ``w`` taking chunks ``w, w + n_workers, ...``.
Each worker owns its scratch buffers and writes the matches of chunk ``c`` to
row ``c`` of ``out``, so the result does not depend on the number of threads
(threads rather than ``prange``: compiling a ``parallel=True`` kernel took
several times longer, and Python threads work with every Numba threading
layer, also when the caller is itself multi-threaded).

Per chunk (see :mod:`listenbench.kernels._scan`):

1. the posts are copied into the worker's buffer, each followed by ``\\n``, and
   tokenised in one pass (:func:`~listenbench.kernels._tokenize.scan_range`),
   which also tests every token against the program's token filters and lists
   the few that pass; posts that need a multi-character NFKC are rewritten
   after them and scanned again, posts that only Python can normalise are
   flagged in ``flags``;
2. the listed tokens are looked up in the hash tables
   (:func:`~listenbench.kernels._scan.probe_tables`), and the candidate atom
   occurrences are checked against the text
   (:func:`~listenbench.kernels._scan.verify_atoms`);
3. per post with an occurrence (or every post, if some query can be true
   without any), the queries listed under the occurring atoms (their
   *triggers*) plus the queries that can be true without any occurrence are
   evaluated in ascending order (:func:`~listenbench.kernels._evaluate.eval_query`),
   after looking for the *passive* atoms (those that trigger nothing) in that
   post only if a candidate query reads one; positions are kept only for atoms
   that a ``NEAR`` reads. Each true query is written as ``(post << 32) | query``.

The scanner is called through :func:`~listenbench.kernels._jit.call_noinline`:
inlined into this large function it ran at half its speed.

Importing this module imports Numba; the first call compiles (or loads the
on-disk cache).
"""

from __future__ import annotations

import numpy as np
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

from listenbench.kernels._evaluate import eval_query
from listenbench.kernels._jit import call_noinline, jit, nrt_free
from listenbench.kernels._scan import (
    assign_tokens,
    expand_post,
    find_candidates,
    probe_tables,
    verify_atoms,
)
from listenbench.kernels._tokenize import post_wild_keys, scan_range

#: Bytes the scanner may read after the end of the text (it loads 64 at a time).
_PAD = 72


@nrt_free
def _insertion_sort(a, n):  # type: ignore[no-untyped-def]
    for i in range(1, n):
        v = a[i]
        j = i
        while j > 0 and a[j - 1] > v:
            a[j] = a[j - 1]
            j -= 1
        a[j] = v


@jit
def _grow(a, need):  # type: ignore[no-untyped-def]
    """``a`` if it holds ``need`` items, else a copy at least twice as large."""
    if need <= a.size:
        return a
    b = np.empty(max(need, 2 * a.size), a.dtype)
    for i in range(a.size):  # a loop compiles much faster than b[: a.size] = a
        b[i] = a[i]
    return b


@intrinsic
def _copy_bytes(typingctx, dst, dst_start, src, src_start, n):  # type: ignore[no-untyped-def]
    """``dst[dst_start:dst_start + n] = src[src_start:src_start + n]`` as one memcpy."""
    sig = types.void(dst, dst_start, src, src_start, n)

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        dst_arr = context.make_array(signature.args[0])(context, builder, args[0])
        src_arr = context.make_array(signature.args[2])(context, builder, args[2])
        dst_ptr = builder.gep(dst_arr.data, [args[1]])
        src_ptr = builder.gep(src_arr.data, [args[3]])
        cgutils.raw_memcpy(builder, dst_ptr, src_ptr, args[4], 1)  # type: ignore[no-untyped-call]
        return context.get_dummy_value()

    return sig, codegen


@jit
def _grow_u8(a, n, size):  # type: ignore[no-untyped-def]
    """A copy of ``a`` with room for ``size`` bytes, keeping its first ``n``."""
    b = np.empty(size, np.uint8)
    for i in range(n):
        b[i] = a[i]
    return b


@jit
def match_chunks(  # type: ignore[no-untyped-def]
    w,
    n_workers,
    src,
    offsets,
    chunk_bounds,
    lang_ids,
    channel_ids,
    lang_pass,
    channel_pass,
    tb_in,
    stage1,
    info,
    nfkc_delta,
    ccc_last,
    fold_multi_off,
    fold_multi_data,
    nfkc_multi_off,
    nfkc_multi_data,
    ascii_fold,
    ascii_word,
    plain_tb,
    pattern_chars,
    pattern_off,
    pattern_flags,
    pattern_hash,
    exact_keys,
    exact_patterns,
    exact_shift,
    exact_filter,
    exact_passive_filter,
    exact_filter_shift,
    pair_keys,
    pair_groups,
    pair_shift,
    pair_filter,
    pair_passive_filter,
    pair_filter_shift,
    pair_group_off,
    pair_group_atoms,
    wild_keys,
    wild_groups,
    wild_shift,
    wild_filter,
    wild_passive_filter,
    wild_filter_shift,
    wild_group_off,
    wild_group_patterns,
    wild_long,
    wild_short,
    wild_any,
    atom_patterns,
    atom_off,
    atom_kind,
    atom_positional,
    atom_passive,
    first_off,
    first_atoms,
    trigger_off,
    trigger_queries,
    always_queries,
    field_kind,
    code,
    query_off,
    max_bool_stack,
    max_span_stack,
    token_filter,
    token_filter_shift,
    wild_bits,
    wild_bits_shift,
    query_passive,
    out,
    counts,
    flags,
):
    """Match the posts of chunks ``w, w + n_workers, ...`` (releases the GIL).

    Post ``i`` is ``src[offsets[i]:offsets[i + 1]]`` (UTF-8 bytes), read with
    the tables at ``tb_in`` (0: NFKC tables, for raw text; ``plain_tb``: plain
    tables, for text already in NFKC; see ``KernelTables``). Chunk ``c`` holds
    posts ``chunk_bounds[c]`` to ``chunk_bounds[c + 1] - 1``. ``lang_ids[i]`` and
    ``channel_ids[i]`` (-1: none) index the rows of ``lang_pass`` and
    ``channel_pass`` (which field filters the value passes). Chunk ``c`` writes
    its matches ``(post << 32) | query`` to ``out[c, :counts[c]]``; if
    ``counts[c]`` exceeds ``out.shape[1]``, only that many were written.
    ``flags[i]`` is set for posts that need Python's NFKC (none of their matches
    are written).
    """
    always = always_queries
    n_atoms = atom_off.size - 1
    n_queries = query_off.size - 1
    n_always = always.size
    cap = out.shape[1]

    atom_stamp = np.full(n_atoms, -1, np.int64)
    atom_head = np.empty(n_atoms, np.int64)  # read only where atom_stamp says so
    atom_tail = np.empty(n_atoms, np.int64)
    atom_count = np.empty(n_atoms, np.int64)
    q_stamp = np.full(n_queries, -1, np.int64)
    chunk_posts = 1
    for c in range(w, chunk_bounds.size - 1, n_workers):
        chunk_posts = max(chunk_posts, chunk_bounds[c + 1] - chunk_bounds[c])
    tok_lo = np.empty(chunk_posts, np.int64)
    tok_hi = np.empty(chunk_posts, np.int64)
    post_lo = np.empty(chunk_posts, np.int64)
    post_hi = np.empty(chunk_posts, np.int64)
    post_tb = np.empty(chunk_posts, np.int64)
    status = np.empty(chunk_posts, np.int64)
    expanded = np.empty(1024, np.uint8)
    buf = np.empty(1 << 16, np.uint8)
    low = np.empty(1 << 16, np.uint8)
    ends_h = np.empty(1 << 16, np.uint64)
    ends_e = np.empty(1 << 16, np.int64)
    ends_p = np.empty(1 << 16, np.uint64)
    ends_q = np.empty(1 << 16, np.uint64)
    hit_post = np.empty(1024, np.int64)
    hit_tok = np.empty(1024, np.int64)
    hit_atom = np.empty(1024, np.int64)
    pas_post = np.empty(256, np.int64)
    pas_tok = np.empty(256, np.int64)
    pas_atom = np.empty(256, np.int64)
    has_passive = False
    for a in range(n_atoms):
        has_passive = has_passive or atom_passive[a]
    probe = np.empty(1 << 16, np.int64)
    probe_p = np.empty(1 << 16, np.uint64)
    probe_q = np.empty(1 << 16, np.uint64)
    # Patterns that start with '?' make every token a candidate: a filter that passes all.
    every = wild_any.size > 0
    tfilter = np.full(8, 0xFFFFFFFFFFFFFFFF, np.uint64) if every else token_filter
    tshift = 61 if every else token_filter_shift
    vbuf = np.empty(1024, np.int64)
    cand = np.empty(64, np.int64)
    occ_start = np.empty(64, np.int64)
    occ_next = np.empty(64, np.int64)
    bstack = np.zeros(max_bool_stack, np.bool_)
    st_off = np.zeros(max_span_stack + 1, np.int64)
    span_s = np.empty(64, np.int64)
    span_e = np.empty(64, np.int64)

    for c in range(w, chunk_bounds.size - 1, n_workers):
        n_out = np.int64(0)
        p0 = chunk_bounds[c]
        p1 = chunk_bounds[c + 1]
        n_posts = p1 - p0
        base = offsets[p0]
        n_bytes = offsets[p1] - base
        longest = np.int64(1)
        for k in range(n_posts):
            longest = max(longest, offsets[p0 + k + 1] - offsets[p0 + k])

        # 1. Tokens. The chunk's posts are copied to ``buf``, each followed by a
        # newline (so tokens end with the post); posts that need NFKC expansion
        # are expanded and scanned again after them.
        if buf.size < n_bytes + n_posts + _PAD:
            buf = np.empty(2 * (n_bytes + n_posts) + _PAD, np.uint8)
            low = np.empty(buf.size, np.uint8)
        if probe.size < buf.size:
            probe = np.empty(buf.size, np.int64)
            probe_p = np.empty(buf.size, np.uint64)
            probe_q = np.empty(buf.size, np.uint64)
        if ends_h.size < buf.size:
            ends_h = np.empty(buf.size, np.uint64)
            ends_e = np.empty(buf.size, np.int64)
            ends_p = np.empty(buf.size, np.uint64)
            ends_q = np.empty(buf.size, np.uint64)
        used = np.int64(0)
        for k in range(n_posts):
            a0 = offsets[p0 + k]
            a1 = offsets[p0 + k + 1]
            post_lo[k] = used
            _copy_bytes(buf, used, src, a0, a1 - a0)  # type: ignore[call-arg]
            used += a1 - a0
            post_hi[k] = used
            buf[used] = 10
            used += 1
            post_tb[k] = tb_in
            status[k] = 0
        buf[used] = 10  # ends the scanner's last run
        n_tok, n_probe = call_noinline(
            scan_range, buf, low, 0, used, tb_in, stage1, info, ccc_last, fold_multi_off,
            fold_multi_data, ends_h, ends_e, 0, wild_long, wild_short, post_hi, 0, status,
            tfilter, tshift, wild_bits, wild_bits_shift, probe, probe_p, probe_q, 0,
        )  # fmt: skip
        rescanned = False
        assign_tokens(n_posts, post_lo, post_hi, ends_e, n_tok, tok_lo, tok_hi)
        for k in range(n_posts):
            if status[k] == 0:
                continue
            tok_hi[k] = tok_lo[k]
            if status[k] == 1:  # rewrite the post in NFKC, after everything else
                n = expand_post(
                    buf, post_lo[k], post_hi[k], stage1, info, nfkc_delta, ccc_last,
                    nfkc_multi_off, nfkc_multi_data, expanded, 0,
                )  # fmt: skip
                if n < -1:
                    expanded = np.empty(-n - 2, np.uint8)
                    n = expand_post(
                        buf, post_lo[k], post_hi[k], stage1, info, nfkc_delta, ccc_last,
                        nfkc_multi_off, nfkc_multi_data, expanded, 0,
                    )  # fmt: skip
                if n >= 0:
                    used += 1  # past the newline after the previous text
                    if used + n + _PAD > buf.size:
                        buf = _grow_u8(buf, used, 2 * (used + n + _PAD))
                        low = np.empty(buf.size, np.uint8)
                        probe = _grow(probe, buf.size)
                        probe_p = _grow(probe_p, buf.size)
                        probe_q = _grow(probe_q, buf.size)
                    if n_tok + n + 1 > ends_h.size:
                        ends_h = _grow(ends_h, 2 * (n_tok + n + 1))
                        ends_e = _grow(ends_e, 2 * (n_tok + n + 1))
                        ends_p = _grow(ends_p, 2 * (n_tok + n + 1))
                        ends_q = _grow(ends_q, 2 * (n_tok + n + 1))
                    _copy_bytes(buf, used, expanded, 0, n)  # type: ignore[call-arg]
                    post_lo[k] = used
                    post_hi[k] = used + n
                    post_tb[k] = plain_tb
                    used += n
                    buf[used] = 10
                    tok_lo[k] = n_tok
                    n_tok, n_probe = call_noinline(
                        scan_range, buf, low, post_lo[k], post_hi[k], plain_tb, stage1, info,
                        ccc_last, fold_multi_off, fold_multi_data, ends_h, ends_e, n_tok,
                        wild_long, wild_short, post_hi, k, status, tfilter, tshift, wild_bits,
                        wild_bits_shift, probe, probe_p, probe_q, n_probe,
                    )  # fmt: skip
                    tok_hi[k] = n_tok
                    rescanned = True
                    continue
            flags[p0 + k] = 1
            status[k] = 2
        for k in range(n_posts):
            longest = max(longest, post_hi[k] - post_lo[k])

        # 2. Candidate atom occurrences from the hash tables, then the real ones.
        if rescanned:  # the tokens of rewritten posts were listed after all others
            order = np.argsort(probe[:n_probe], kind="mergesort")
            probe[:n_probe] = probe[order]
            probe_p[:n_probe] = probe_p[order]
            probe_q[:n_probe] = probe_q[order]
        nh = np.int64(0)
        for _attempt in range(2):
            nh = probe_tables(
                probe, probe_p, probe_q, n_probe, tok_lo, tok_hi, ends_h, exact_keys,
                exact_patterns, exact_shift, exact_filter, exact_filter_shift, pair_keys,
                pair_groups, pair_shift, pair_filter, pair_filter_shift, pair_group_off,
                pair_group_atoms, wild_keys, wild_groups, wild_shift, wild_filter,
                wild_filter_shift, wild_group_off, wild_group_patterns, wild_long, wild_short,
                wild_any, first_off, first_atoms, atom_passive, False, hit_post, hit_tok,
                hit_atom,
            )  # fmt: skip
            if nh <= hit_tok.size:
                break
            hit_post = np.empty(2 * nh, np.int64)
            hit_tok = np.empty(2 * nh, np.int64)
            hit_atom = np.empty(2 * nh, np.int64)
        if nh > 0:
            if vbuf.size < 3 * longest:
                vbuf = np.empty(6 * longest, np.int64)
            nh = verify_atoms(
                buf, tok_lo, tok_hi, post_lo, post_hi, post_tb, stage1, info, nfkc_delta,
                fold_multi_off, fold_multi_data, pattern_chars, pattern_off, pattern_flags,
                pattern_hash, atom_patterns, atom_off, atom_kind, ends_h, ends_e, hit_post,
                hit_tok, hit_atom, nh, vbuf,
            )  # fmt: skip
        if nh == 0 and n_always == 0:
            counts[c] = 0
            continue

        # 3. Per post: the queries that the occurring atoms trigger, and their evaluation.
        i_end = np.int64(0)
        for k in range(n_posts):
            post = p0 + k
            i_start = i_end
            while i_end < nh and hit_post[i_end] == k:
                i_end += 1
            if status[k] == 2 or (i_start == i_end and n_always == 0):
                continue
            n_cand = np.int64(0)
            n_occ = np.int64(0)
            for i in range(i_start, i_end):
                a = hit_atom[i]
                t = hit_tok[i]
                if atom_stamp[a] != post:
                    atom_stamp[a] = post
                    atom_count[a] = 0
                    t0 = trigger_off[a]
                    t1 = trigger_off[a + 1]
                    if n_cand + t1 - t0 > cand.size:
                        cand = _grow(cand, n_cand + t1 - t0)
                    for ti in range(t0, t1):
                        qq = trigger_queries[ti]
                        if q_stamp[qq] != post:
                            q_stamp[qq] = post
                            cand[n_cand] = qq
                            n_cand += 1
                if atom_positional[a]:
                    if n_occ >= occ_start.size:
                        occ_start = _grow(occ_start, n_occ + 1)
                        occ_next = _grow(occ_next, n_occ + 1)
                    occ_start[n_occ] = t
                    occ_next[n_occ] = -1
                    if atom_count[a] == 0:
                        atom_head[a] = n_occ
                    else:
                        occ_next[atom_tail[a]] = n_occ
                    atom_tail[a] = n_occ
                    atom_count[a] += 1
                    n_occ += 1
            if n_cand == 0 and n_always == 0:
                continue
            need_passive = False
            if has_passive:
                for i in range(n_cand):
                    need_passive = need_passive or query_passive[cand[i]]
            if need_passive:
                # The atoms that only triggered queries read: this post needs them now.
                npc = np.int64(0)
                if wild_long != 0 or wild_short != 0:
                    post_wild_keys(
                        buf, post_lo[k], post_hi[k], post_tb[k], stage1, info, fold_multi_off,
                        fold_multi_data, ends_p, ends_q, tok_lo[k], wild_long, wild_short,
                    )  # fmt: skip
                for _attempt in range(2):
                    npc = find_candidates(
                        k, k + 1, tok_lo, tok_hi, ends_h, ends_p, ends_q, exact_keys,
                        exact_patterns, exact_shift, exact_passive_filter, exact_filter_shift,
                        pair_keys, pair_groups, pair_shift, pair_passive_filter,
                        pair_filter_shift, pair_group_off, pair_group_atoms, wild_keys,
                        wild_groups, wild_shift, wild_passive_filter, wild_filter_shift,
                        wild_group_off, wild_group_patterns, wild_long, wild_short, wild_any,
                        first_off, first_atoms, atom_passive, True, pas_post, pas_tok,
                        pas_atom, probe, probe_p, probe_q,
                    )  # fmt: skip
                    if npc <= pas_tok.size:
                        break
                    pas_post = np.empty(2 * npc, np.int64)
                    pas_tok = np.empty(2 * npc, np.int64)
                    pas_atom = np.empty(2 * npc, np.int64)
                if npc > 0:
                    npc = verify_atoms(
                        buf, tok_lo, tok_hi, post_lo, post_hi, post_tb, stage1, info,
                        nfkc_delta, fold_multi_off, fold_multi_data, pattern_chars,
                        pattern_off, pattern_flags, pattern_hash, atom_patterns, atom_off,
                        atom_kind, ends_h, ends_e, pas_post, pas_tok, pas_atom, npc, vbuf,
                    )  # fmt: skip
                for i in range(npc):
                    a = pas_atom[i]
                    if atom_stamp[a] != post:
                        atom_stamp[a] = post
                        atom_count[a] = 0
                    if atom_positional[a]:
                        if n_occ >= occ_start.size:
                            occ_start = _grow(occ_start, n_occ + 1)
                            occ_next = _grow(occ_next, n_occ + 1)
                        occ_start[n_occ] = pas_tok[i]
                        occ_next[n_occ] = -1
                        if atom_count[a] == 0:
                            atom_head[a] = n_occ
                        else:
                            occ_next[atom_tail[a]] = n_occ
                        atom_tail[a] = n_occ
                        atom_count[a] += 1
                        n_occ += 1

            # Evaluate the candidates and the always-evaluated queries, in ascending order.
            _insertion_sort(cand, n_cand)
            lang = lang_ids[post]
            channel = channel_ids[post]
            ia = 0
            ic = 0
            while ia < n_always or ic < n_cand:
                if ic >= n_cand or (ia < n_always and always[ia] < cand[ic]):
                    q = np.int64(always[ia])
                    ia += 1
                else:
                    q = cand[ic]
                    ic += 1
                while True:
                    res = eval_query(
                        q, code, query_off, atom_off, field_kind, post, atom_stamp, atom_head,
                        atom_count, occ_start, occ_next, lang, channel, lang_pass,
                        channel_pass, bstack, st_off, span_s, span_e,
                    )  # fmt: skip
                    if res >= 0:
                        break
                    span_s = np.empty(-res, np.int64)
                    span_e = np.empty(-res, np.int64)
                if res == 1:
                    if n_out < cap:
                        out[c, n_out] = (np.int64(post) << 32) | q
                    n_out += 1
        counts[c] = n_out
