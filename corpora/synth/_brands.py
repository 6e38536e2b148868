"""The 20 invented brands of the synthetic firehose, their surface forms and decoys.

Seventeen brands have made-up names (``Zorvex``, ``Quillara``) that no
background word contains. Three are named after an ordinary word of one
language (``Ruch``, Polish "traffic, movement"; ``Lumière``, French "light";
``Marea``, Spanish "tide"): their needles use only the unambiguous forms
(``Ruch Telekom``, ``@ruch_telekom``, ``#RuchTelekom``), and their decoys use
the word in its ordinary sense.

A **needle** form is what a post about the brand contains: the name, a
product, the ``#hashtag``, the ``@handle`` (addressed to the brand: level
``direct``) or, in Chinese and Japanese posts, the brand's CJK name. Each
brand's query (``queries.txt``) is the ``OR`` of all its needle forms, so the
keyword baseline finds every needle.

A **decoy** overlaps a brand without being about it:

- ``prefix``: a longer made-up word that starts with the name (``Zorvexia``);
  the query does not match it because terms match whole tokens;
- ``word``: for the three word brands, a phrase using the word in its ordinary
  sense (``la marea sube``);
- ``lookalike``: in Chinese and Japanese posts, the CJK name with its
  distinctive character replaced by a similar one (``佐维克斯`` → ``左维克斯``,
  ``ゾルヴェクス`` → ``ゾルベクス``), as a knock-off brand would write it.

Every CJK name contains a character that occurs nowhere else in the
generator's output (not in the word lists, extras or decoys), so CJK substring
matching cannot find it by accident.

Example:
    >>> BRANDS[0].name, BRANDS[0].handle
    ('Zorvex', '@zorvex_support')
    >>> print(brand_query(BRANDS[0]).replace(" OR ", "\\n"))
    zorvex
    "zorvex fold"
    "zorvex lite"
    #zorvexfold
    @zorvex_support
    佐维克斯
    ゾルヴェクス
"""

from __future__ import annotations

from dataclasses import dataclass

from listenbench.corpora._schema import Entity


@dataclass(frozen=True, slots=True)
class SynthBrand:
    """One invented brand and everything the generator writes about it.

    ``word_lang`` is set for the brands whose name is an ordinary word of that
    language; ``word_phrases`` then are decoy phrases using the word in its
    ordinary sense. ``zh``/``ja`` are the CJK names and ``zh_lookalike``/
    ``ja_lookalike`` their decoy lookalikes.
    """

    id: str
    name: str
    category: str
    products: tuple[str, ...]
    handle: str
    hashtag: str
    zh: str | None = None
    ja: str | None = None
    zh_lookalike: str | None = None
    ja_lookalike: str | None = None
    word_lang: str | None = None
    word_phrases: tuple[str, ...] = ()

    @property
    def is_word(self) -> bool:
        """Whether the name is an ordinary word (needles then avoid the bare name)."""
        return self.word_lang is not None


@dataclass(frozen=True, slots=True)
class NeedleForm:
    """One way a post can mention a brand: the text, its label level and tag.

    ``lang`` limits the form to posts of that language (CJK names), or None.
    ``casing`` says whether the generator may write it lower or upper case.
    """

    text: str
    level: str
    tag: str
    lang: str | None = None
    casing: bool = True


#: The brands, in entity order (the index is ``SynthBatch.needle_entity``).
BRANDS: tuple[SynthBrand, ...] = (
    SynthBrand(
        "zorvex",
        "Zorvex",
        "smartphones",
        ("Zorvex Fold", "Zorvex Lite"),
        "@zorvex_support",
        "#ZorvexFold",
        zh="佐维克斯",
        ja="ゾルヴェクス",
        zh_lookalike="左维克斯",
        ja_lookalike="ゾルベクス",
    ),
    SynthBrand(
        "quillara",
        "Quillara",
        "cosmetics",
        ("Quillara Glow",),
        "@quillara",
        "#QuillaraGlow",
        zh="奎拉拉",
        zh_lookalike="魁拉拉",
    ),
    SynthBrand(
        "brontik", "Brontik", "power tools", ("Brontik Pro X",), "@brontik_help", "#Brontik"
    ),
    SynthBrand(
        "velmora",
        "Velmora",
        "fashion",
        ("Velmora Atelier",),
        "@velmora_official",
        "#VelmoraStyle",
        zh="薇尔摩拉",
        ja="ヴェルモーラ",
        zh_lookalike="微尔摩拉",
        ja_lookalike="ベルモーラ",
    ),
    SynthBrand(
        "nuvexa",
        "Nuvexa",
        "banking app",
        ("Nuvexa Pay", "Nuvexa Card"),
        "@nuvexa_care",
        "#NuvexaPay",
        ja="ヌヴェクサ",
        ja_lookalike="ヌベクサ",
    ),
    SynthBrand(
        "tarvalo",
        "Tarvalo",
        "airline",
        ("Tarvalo Air",),
        "@tarvalo_air",
        "#FlyTarvalo",
        zh="塔瓦洛航空",
        ja="タルヴァロ航空",
        zh_lookalike="塔瓦落航空",
        ja_lookalike="タルバロ航空",
    ),
    SynthBrand(
        "kestrix",
        "Kestrix",
        "game consoles",
        ("Kestrix Arena", "Kestrix Mini"),
        "@kestrix_play",
        "#KestrixArena",
        zh="凯斯翠",
        zh_lookalike="凯斯萃",
    ),
    SynthBrand("drevant", "Drevant", "cars", ("Drevant E7",), "@drevant_cars", "#DrevantE7"),
    SynthBrand("hexlyn", "Hexlyn", "software", ("Hexlyn Cloud",), "@hexlyn_status", "#Hexlyn"),
    SynthBrand("oskelia", "Oskelia", "skincare", ("Oskelia Derm",), "@oskelia", "#OskeliaDerm"),
    SynthBrand("faskyo", "Faskyo", "food delivery", ("Faskyo Eats",), "@faskyo_help", "#Faskyo"),
    SynthBrand("glenzo", "Glenzo", "soft drinks", ("Glenzo Zero",), "@glenzo", "#GlenzoZero"),
    SynthBrand("prymora", "Prymora", "supermarkets", ("Prymora Market",), "@prymora", "#Prymora"),
    SynthBrand(
        "siltora", "Siltora", "energy", ("Siltora Solar",), "@siltora_energy", "#SiltoraSolar"
    ),
    SynthBrand("vintrek", "Vintrek", "outdoor gear", ("Vintrek Summit",), "@vintrek", "#Vintrek"),
    SynthBrand(
        "yaskoru",
        "Yaskoru",
        "cameras",
        ("Yaskoru Z9",),
        "@yaskoru_imaging",
        "#Yaskoru",
        ja="ヤスコルヴ",
        ja_lookalike="ヤスコル",
    ),
    SynthBrand(
        "lunavik", "Lunavik", "video streaming", ("Lunavik Plus",), "@lunavik_tv", "#LunavikPlus"
    ),
    SynthBrand(
        "ruch",
        "Ruch",
        "telecom",
        ("Ruch Telekom",),
        "@ruch_telekom",
        "#RuchTelekom",
        word_lang="pl",
        word_phrases=(
            "duży ruch na drodze",
            "ruch to zdrowie",
            "ruch uliczny",
            "mały ruch w sklepie",
            "ruch pieszy",
        ),
    ),
    SynthBrand(
        "lumiere",
        "Lumière",
        "cosmetics",
        ("Lumière Beauté",),
        "@lumiere_beaute",
        "#LumièreBeauté",
        word_lang="fr",
        word_phrases=(
            "la lumière du matin",
            "trop de lumière",
            "lumière naturelle",
            "une belle lumière ce soir",
            "éteins la lumière",
        ),
    ),
    SynthBrand(
        "marea",
        "Marea",
        "insurance",
        ("Marea Seguros",),
        "@marea_seguros",
        "#MareaSeguros",
        word_lang="es",
        word_phrases=(
            "la marea sube",
            "marea alta",
            "marea baja esta tarde",
            "marea roja",
            "contra la marea",
        ),
    ),
)

#: Endings that turn a brand name into a made-up longer word (``prefix`` decoys).
PREFIX_SUFFIXES: tuple[str, ...] = ("ia", "ine", "ette", "er", "ino", "ski", "ville", "ismo")


def needle_forms(brand: SynthBrand) -> tuple[NeedleForm, ...]:
    """Every way a needle post can mention ``brand``.

    Example:
        >>> [form.text for form in needle_forms(BRANDS[-1])]
        ['Marea Seguros', '#MareaSeguros', '@marea_seguros']
    """
    forms: list[NeedleForm] = []
    if not brand.is_word:
        forms.append(NeedleForm(brand.name, "about", "form:name"))
    forms += [NeedleForm(product, "about", "form:product") for product in brand.products]
    forms.append(NeedleForm(brand.hashtag, "about", "form:hashtag"))
    forms.append(NeedleForm(brand.handle, "direct", "form:handle", casing=False))
    if brand.zh is not None:
        forms.append(NeedleForm(brand.zh, "about", "form:cjk", lang="zh-Hans", casing=False))
    if brand.ja is not None:
        forms.append(NeedleForm(brand.ja, "about", "form:cjk", lang="ja", casing=False))
    return tuple(forms)


def _query_word(text: str) -> str:
    return f'"{text.casefold()}"' if " " in text else text.casefold()


def brand_query(brand: SynthBrand) -> str:
    """The brand's keyword query: the ``OR`` of its needle forms (lower case).

    Example:
        >>> brand_query(BRANDS[-2])
        '"lumière beauté" OR #lumièrebeauté OR @lumiere_beaute'
    """
    words = [_query_word(form.text) for form in needle_forms(brand)]
    return " OR ".join(dict.fromkeys(words))


def queries_text() -> str:
    """The ``queries.txt`` of a synthetic corpus: a header and one query per brand.

    Example:
        >>> queries_text().splitlines()[-1]
        'marea: "marea seguros" OR #mareaseguros OR @marea_seguros'
    """
    header = [
        "# Keyword queries of the listenbench synthetic firehose (generated).",
        "# Each is the OR of the brand's needle forms, so the keyword baseline",
        "# finds every planted needle and no decoy (see corpus.toml's description).",
        "",
    ]
    return "\n".join(header + [f"{b.id}: {brand_query(b)}" for b in BRANDS]) + "\n"


def brand_entities() -> tuple[Entity, ...]:
    """The brands as corpus entities (name, aliases, description, category).

    Example:
        >>> brand_entities()[0].aliases[:2]
        ('Zorvex Fold', 'Zorvex Lite')
    """
    entities = []
    for brand in BRANDS:
        aliases = [*brand.products, brand.hashtag, brand.handle]
        aliases += [name for name in (brand.zh, brand.ja) if name is not None]
        if brand.is_word:
            sense = (
                f" Its name is also the ordinary {brand.word_lang} word '{brand.name.lower()}',"
                " which posts use in its ordinary sense (decoys)."
            )
        else:
            sense = ""
        entities.append(
            Entity(
                id=brand.id,
                name=brand.name,
                aliases=tuple(aliases),
                description=f"Invented {brand.category} brand of the synthetic firehose.{sense}",
                category=brand.category,
            )
        )
    return tuple(entities)
