"""Lower parsed queries to the flat program that ``listenbench.kernels`` executes.

Each term or phrase becomes an *atom* (its pattern tokens, tokenised and
casefolded with the kernels' own Unicode tables, so compiling and matching
agree), each ``lang:``/``channel:`` filter a *field*, and each query a postfix
program. Identical patterns, atoms and fields are shared across queries.

In a boolean context a term is ``ATOM_BOOL`` and a ``NEAR`` is ``NEAR_BOOL``
(existence only); under a ``NEAR`` the operands are span lists (``ATOM``,
``OR_SPANS``, ``NEAR``).

Example:
    >>> from listenbench.baselines.keyword._ast import Near, Not, Term
    >>> program = compile_queries([Term("apple"), Not(Near(Term("a"), Term("b"), 2))])
    >>> program.n_queries, program.n_atoms, [Op(op).name for op in program.code[:, 0]]
    (2, 3, ['ATOM_BOOL', 'ATOM', 'ATOM', 'NEAR_BOOL', 'NOT'])
"""

from __future__ import annotations

from collections.abc import Sequence

from listenbench.baselines.keyword._ast import (
    KIND_ANY,
    And,
    Field,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Term,
)
from listenbench.kernels import (
    FIELD_NAMES,
    Op,
    Program,
    ProgramBuilder,
    pattern_token_problem,
    pattern_tokens,
)


class QueryCompileError(ValueError):
    """A query AST that cannot be compiled (the parser normally rejects these first).

    Example:
        >>> str(QueryCompileError("term '!!!' at col 1 has no words to search for", 0))
        "query 1: term '!!!' at col 1 has no words to search for"
    """

    def __init__(self, message: str, query_index: int) -> None:
        self.message = message
        self.query_index = query_index
        super().__init__(f"query {query_index + 1}: {message}")


def _describe(node: Term | Phrase) -> str:
    what = "phrase" if isinstance(node, Phrase) else "term"
    return f"{what} {node.text!r} at col {node.pos + 1}"


class _Compiler:
    def __init__(self, builder: ProgramBuilder, query_index: int) -> None:
        self.builder = builder
        self.query_index = query_index

    def error(self, message: str) -> QueryCompileError:
        return QueryCompileError(message, self.query_index)

    def atom(self, node: Term | Phrase) -> int:
        tokens = pattern_tokens(node.text, case_sensitive=node.case_sensitive)
        if not tokens:
            raise self.error(f"{_describe(node)} has no words to search for")
        patterns = []
        for token in tokens:
            problem = pattern_token_problem(token)
            if problem is not None:
                raise self.error(f"{_describe(node)}: bad word {token!r}: {problem}")
            patterns.append(self.builder.pattern(token, case_sensitive=node.case_sensitive))
        kind = node.kind if isinstance(node, Term) else KIND_ANY
        atom_id: int = self.builder.atom(patterns, kind)
        return atom_id

    def boolean(self, node: Node) -> None:
        """Emit code that pushes the node's truth value."""
        b = self.builder
        if isinstance(node, Term | Phrase):
            b.emit(Op.ATOM_BOOL, self.atom(node))
        elif isinstance(node, Field):
            if node.name not in FIELD_NAMES:
                raise self.error(
                    f"unknown field {node.name!r} at col {node.pos + 1}: "
                    f"expected one of {', '.join(sorted(FIELD_NAMES))}"
                )
            b.emit(Op.FIELD, b.field(node.name, node.value))
        elif isinstance(node, And | Or):
            if not node.operands:
                raise self.error(f"{type(node).__name__.upper()} without operands")
            for operand in node.operands:
                self.boolean(operand)
            if len(node.operands) > 1:
                b.emit(Op.AND if isinstance(node, And) else Op.OR, len(node.operands))
        elif isinstance(node, Not):
            self.boolean(node.operand)
            b.emit(Op.NOT)
        elif isinstance(node, Near):
            self.near_operands(node)
            b.emit(Op.NEAR_BOOL, node.distance, int(node.ordered))
        else:
            raise self.error(f"cannot compile {type(node).__name__} node {node!r}")

    def near_operands(self, node: Near) -> None:
        if node.distance < 0:
            raise self.error(f"NEAR distance must be at least 0, got {node.distance}")
        self.spans(node.left)
        self.spans(node.right)

    def spans(self, node: Node) -> None:
        """Emit code that pushes the node's occurrence spans (positional nodes only)."""
        b = self.builder
        if isinstance(node, Term | Phrase):
            b.emit(Op.ATOM, self.atom(node))
        elif isinstance(node, Or) and node.operands:
            for operand in node.operands:
                self.spans(operand)
            if len(node.operands) > 1:
                b.emit(Op.OR_SPANS, len(node.operands))
        elif isinstance(node, Near):
            self.near_operands(node)
            b.emit(Op.NEAR, node.distance, int(node.ordered))
        else:
            raise self.error(
                f"NEAR needs terms, phrases, OR-groups of them or NEARs as operands, "
                f"found {type(node).__name__}"
            )


def compile_queries(nodes: Sequence[Node]) -> Program:
    """Compile parsed queries into one :class:`~listenbench.kernels.Program`.

    Query ``i`` of the program (column ``i`` of ``listenbench.kernels.match``'s
    result) is ``nodes[i]``. Raises :class:`QueryCompileError` for a node that
    cannot be compiled (a term with no words, a misplaced ``*``, ``NEAR`` over
    ``AND``/``NOT``/fields, an unknown field), which ``parse_query`` already
    rejects.

    Example:
        >>> from listenbench.baselines.keyword._ast import And, Field, Term
        >>> from listenbench.kernels import match
        >>> program = compile_queries([And((Term("orange"), Field("lang", "fr")))])
        >>> match(program, ["Orange!", "orange"], ["fr-CA", "en"], [None, None])[:, 0].tolist()
        [True, False]
    """
    builder = ProgramBuilder()
    for index, node in enumerate(nodes):
        _Compiler(builder, index).boolean(node)
        builder.end_query()
    return builder.build()
