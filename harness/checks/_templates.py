"""Per-language texts the behavioural tests are built from.

Written for listenbench, one set per language: customer-service complaints
addressed to a brand's handle (MFT), everyday posts that concern no brand
and no product category (MFT), unrelated hashtags, generic nouns that stand
in for a brand of a category (DIR), negated opinion pairs and a negative
clause (DIR, for sentiment models). Languages without an entry here skip
the tests that need one (the report says so).

Example:
    >>> template_lang("pt-BR"), template_lang("zh"), template_lang("zh-TW"), template_lang("sw")
    ('pt', 'zh-Hans', 'zh-Hant', None)
    >>> generic_noun("fr", "telecom")
    'mon opérateur'
"""

from __future__ import annotations

from listenbench.harness.checks._text import lang_script, primary_subtag

#: ``{who}`` is the brand's @handle; every text is a complaint addressed to it.
COMPLAINTS: dict[str, tuple[str, ...]] = {
    "en": (
        "{who} I've been waiting three days for an answer and nobody replies. Really disappointed.",
        "{who} this is the second time this month, please sort it out",
        "{who} can someone from your side contact me? I've written twice already",
    ),
    "fr": (
        "{who} j'attends une réponse depuis trois jours et personne ne répond. Vraiment déçu.",
        "{who} c'est la deuxième fois ce mois-ci, merci de régler ça",
        "{who} quelqu'un de chez vous peut me contacter ? J'ai déjà écrit deux fois",
    ),
    "de": (
        "{who} ich warte seit drei Tagen auf eine Antwort und niemand meldet sich. "
        "Echt enttäuschend.",
        "{who} das ist jetzt schon das zweite Mal diesen Monat, bitte kümmert euch darum",
        "{who} kann sich bitte jemand bei mir melden? Ich habe schon zweimal geschrieben",
    ),
    "es": (
        "{who} llevo tres días esperando una respuesta y nadie contesta. Muy decepcionado.",
        "{who} es la segunda vez este mes, por favor solucionadlo",
        "{who} ¿alguien de vuestro lado puede contactarme? Ya he escrito dos veces",
    ),
    "it": (
        "{who} aspetto una risposta da tre giorni e nessuno risponde. Davvero deluso.",
        "{who} è la seconda volta questo mese, per favore risolvete",
        "{who} qualcuno può contattarmi? Ho già scritto due volte",
    ),
    "pt": (
        "{who} faz três dias que espero uma resposta e ninguém responde. Muito decepcionado.",
        "{who} é a segunda vez este mês, por favor resolvam isso",
        "{who} alguém pode entrar em contato comigo? Já escrevi duas vezes",
    ),
    "pl": (
        "{who} od trzech dni czekam na odpowiedź i nikt się nie odzywa. "
        "Naprawdę jestem rozczarowany.",
        "{who} to już drugi raz w tym miesiącu, proszę to naprawić",
        "{who} czy ktoś może się ze mną skontaktować? Pisałem już dwa razy",
    ),
    "nl": (
        "{who} ik wacht al drie dagen op antwoord en niemand reageert. Echt teleurgesteld.",
        "{who} dit is al de tweede keer deze maand, los het alsjeblieft op",
        "{who} kan iemand contact met me opnemen? Ik heb al twee keer geschreven",
    ),
    "tr": (
        "{who} üç gündür cevap bekliyorum ve kimse dönmüyor. Gerçekten hayal kırıklığı.",
        "{who} bu ay ikinci kez oluyor, lütfen çözün",
        "{who} biri benimle iletişime geçebilir mi? Zaten iki kez yazdım",
    ),
    "ru": (
        "{who} жду ответа уже три дня, и никто не отвечает. Очень разочарован.",
        "{who} это уже второй раз за месяц, пожалуйста, решите проблему",
        "{who} может кто-нибудь со мной связаться? Я писал уже дважды",
    ),
    "zh-Hans": (
        "{who} 等了三天都没人回复，真的很失望。",
        "{who} 这个月已经是第二次了，请尽快处理",
        "{who} 能不能有人联系我一下？我已经写了两次了",
    ),
    "zh-Hant": (
        "{who} 等了三天都沒人回覆，真的很失望。",
        "{who} 這個月已經是第二次了，請盡快處理",
        "{who} 能不能有人聯絡我一下？我已經寫了兩次了",
    ),
    "ja": (
        "{who} 三日前から問い合わせてるのに誰も返信してくれない。本当にがっかり。",
        "{who} 今月これで二回目です。早く対応してください",
        "{who} 担当の方から連絡もらえますか？もう二回も書いてます",
    ),
    "ko": (
        "{who} 3일째 답변을 기다리는데 아무도 답이 없네요. 정말 실망입니다.",
        "{who} 이번 달에만 벌써 두 번째예요, 빨리 해결해 주세요",
        "{who} 담당자분 연락 좀 주실 수 있나요? 벌써 두 번이나 글 남겼어요",
    ),
}

#: Everyday posts about no brand and no product category (weather, cooking, books, a dog).
UNRELATED: dict[str, tuple[str, ...]] = {
    "en": (
        "Made lentil soup tonight and it rained all afternoon, perfect lazy Sunday.",
        "Finally finished that 600-page novel, the ending made me cry.",
        "Walked the dog along the canal this morning, so foggy you couldn't see the bridge.",
    ),
    "fr": (
        "J'ai fait une soupe aux lentilles ce soir, il a plu tout l'après-midi.",
        "Enfin fini ce roman de 600 pages, la fin m'a fait pleurer.",
        "Balade avec le chien le long du canal ce matin, un brouillard incroyable.",
    ),
    "de": (
        "Heute Abend Linsensuppe gekocht, es hat den ganzen Nachmittag geregnet.",
        "Endlich den Roman mit 600 Seiten durchgelesen, das Ende hat mich zum Weinen gebracht.",
        "Heute früh mit dem Hund am Kanal spazieren gewesen, so neblig, dass man die Brücke "
        "nicht sah.",
    ),
    "es": (
        "Hoy hice sopa de lentejas y llovió toda la tarde, domingo perfecto.",
        "Por fin terminé esa novela de 600 páginas, el final me hizo llorar.",
        "Paseo con el perro junto al canal esta mañana, había tanta niebla que no se veía "
        "el puente.",
    ),
    "it": (
        "Stasera zuppa di lenticchie e ha piovuto tutto il pomeriggio, domenica perfetta.",
        "Finalmente ho finito quel romanzo di 600 pagine, il finale mi ha fatto piangere.",
        "Passeggiata col cane lungo il canale stamattina, c'era una nebbia incredibile.",
    ),
    "pt": (
        "Fiz sopa de lentilhas hoje e choveu a tarde toda, domingo perfeito.",
        "Finalmente terminei aquele romance de 600 páginas, o final me fez chorar.",
        "Passeio com o cachorro pelo canal hoje cedo, tanta neblina que não dava para ver a ponte.",
    ),
    "pl": (
        "Ugotowałam dziś zupę z soczewicy, a cały dzień padało.",
        "W końcu skończyłem tę powieść na 600 stron, zakończenie mnie rozkleiło.",
        "Rano spacer z psem wzdłuż kanału, mgła taka, że nie było widać mostu.",
    ),
    "nl": (
        "Vanavond linzensoep gemaakt en het heeft de hele middag geregend.",
        "Eindelijk die roman van 600 pagina's uit, het einde liet me huilen.",
        "Vanochtend met de hond langs het kanaal gelopen, zo mistig dat je de brug niet zag.",
    ),
    "tr": (
        "Bu akşam mercimek çorbası yaptım, bütün öğleden sonra yağmur yağdı.",
        "Sonunda o 600 sayfalık romanı bitirdim, sonu beni ağlattı.",
        "Bu sabah köpekle kanal boyunca yürüdük, o kadar sisliydi ki köprü görünmüyordu.",
    ),
    "ru": (
        "Сварила сегодня чечевичный суп, весь день шёл дождь.",
        "Наконец дочитал этот роман на 600 страниц, концовка довела до слёз.",
        "Утром гуляли с собакой вдоль канала, такой туман, что моста не было видно.",
    ),
    "zh-Hans": (
        "今晚煮了扁豆汤，下午一直在下雨，完美的懒散周日。",
        "终于看完了那本六百页的小说，结局把我看哭了。",
        "早上沿着河边遛狗，雾大得连桥都看不见。",
    ),
    "zh-Hant": (
        "今晚煮了扁豆湯，下午一直在下雨，完美的懶散週日。",
        "終於看完了那本六百頁的小說，結局把我看哭了。",
        "早上沿著河邊遛狗，霧大得連橋都看不見。",
    ),
    "ja": (
        "今夜はレンズ豆のスープを作った。午後はずっと雨だった。",
        "やっと600ページの小説を読み終わった。ラストで泣いた。",
        "朝、犬と運河沿いを散歩。霧がすごくて橋が見えなかった。",
    ),
    "ko": (
        "오늘 저녁에 렌틸콩 수프를 만들었는데 오후 내내 비가 왔다.",
        "드디어 600페이지짜리 소설을 다 읽었다. 결말에서 울었다.",
        "아침에 강아지랑 운하를 따라 산책했는데 안개 때문에 다리가 안 보였다.",
    ),
}

#: Hashtags about nothing in particular (Weibo topics are ``#…#``).
HASHTAGS: dict[str, tuple[str, ...]] = {
    "en": ("#mondaymood", "#tbt", "#weekendvibes"),
    "fr": ("#lundi", "#bonweekend", "#viedetous"),
    "de": ("#montag", "#wochenende", "#alltag"),
    "es": ("#lunes", "#findesemana", "#diadehoy"),
    "it": ("#lunedì", "#weekend", "#buongiorno"),
    "pt": ("#segundou", "#fimdesemana", "#bomdia"),
    "pl": ("#poniedziałek", "#weekend", "#codzienność"),
    "nl": ("#maandag", "#weekend", "#dagelijks"),
    "tr": ("#pazartesi", "#haftasonu", "#günaydın"),
    "ru": ("#понедельник", "#выходные", "#будни"),
    "zh-Hans": ("#周末日常#", "#今日份打卡#", "#日常#"),
    "zh-Hant": ("#週末日常", "#日常", "#今天"),
    "ja": ("#日常", "#今日のひとこと", "#週末"),
    "ko": ("#일상", "#주말", "#오늘"),
}
#: Hashtags for languages without their own list.
DEFAULT_HASHTAGS: tuple[str, ...] = ("#weekend", "#daily", "#today")

#: Category keys and the words in an entity's ``category`` that select them (first match wins).
CATEGORY_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("telecom", ("telecom", "mobile", "carrier", "operator", "broadband")),
    ("drink", ("beverage", "drink", "beer", "brew", "spirit", "wine")),
    ("health", ("health", "hospital", "medical", "clinic", "pharma")),
    ("car", ("automotive", "auto", "car", "vehicle", "motor")),
    ("fuel", ("energy", "oil", "fuel", "petrol", "gas")),
    ("fashion", ("apparel", "fashion", "clothing", "sportswear", "shoe")),
    ("shop", ("retail", "shop", "store", "commerce", "supermarket", "grocery")),
    ("rail", ("transport", "rail", "train")),
    ("airline", ("airline", "aviation", "air travel")),
    ("food", ("food", "snack", "dairy", "restaurant", "confection")),
    ("bank", ("bank", "financ", "insur", "payment")),
    ("tech", ("tech", "electronic", "software", "computer", "internet", "gaming")),
)

#: A generic noun phrase per language and category, standing in for a brand (DIR).
GENERIC_NOUNS: dict[str, dict[str, str]] = {
    "en": {
        "default": "the company",
        "tech": "the tech company",
        "drink": "this drink",
        "telecom": "my phone provider",
        "health": "the hospital",
        "car": "the car maker",
        "fuel": "the petrol station",
        "shop": "the shop",
        "fashion": "the clothing store",
        "rail": "the train company",
        "airline": "the airline",
        "food": "this food brand",
        "bank": "my bank",
    },
    "fr": {
        "default": "l'entreprise",
        "tech": "la boîte tech",
        "drink": "cette boisson",
        "telecom": "mon opérateur",
        "health": "l'hôpital",
        "car": "le constructeur auto",
        "fuel": "la station-service",
        "shop": "le magasin",
        "fashion": "la boutique de vêtements",
        "rail": "la compagnie ferroviaire",
        "airline": "la compagnie aérienne",
        "food": "cette marque alimentaire",
        "bank": "ma banque",
    },
    "de": {
        "default": "die Firma",
        "tech": "der Techkonzern",
        "drink": "dieses Getränk",
        "telecom": "mein Mobilfunkanbieter",
        "health": "das Krankenhaus",
        "car": "der Autohersteller",
        "fuel": "die Tankstelle",
        "shop": "der Laden",
        "fashion": "der Modeladen",
        "rail": "die Bahngesellschaft",
        "airline": "die Fluggesellschaft",
        "food": "diese Lebensmittelmarke",
        "bank": "meine Bank",
    },
    "es": {
        "default": "la empresa",
        "tech": "la tecnológica",
        "drink": "esta bebida",
        "telecom": "mi operador",
        "health": "el hospital",
        "car": "la marca de coches",
        "fuel": "la gasolinera",
        "shop": "la tienda",
        "fashion": "la tienda de ropa",
        "rail": "la compañía de trenes",
        "airline": "la aerolínea",
        "food": "esta marca de comida",
        "bank": "mi banco",
    },
    "it": {
        "default": "l'azienda",
        "tech": "l'azienda tech",
        "drink": "questa bevanda",
        "telecom": "il mio operatore",
        "health": "l'ospedale",
        "car": "la casa automobilistica",
        "fuel": "il distributore",
        "shop": "il negozio",
        "fashion": "il negozio di vestiti",
        "rail": "la compagnia ferroviaria",
        "airline": "la compagnia aerea",
        "food": "questo marchio alimentare",
        "bank": "la mia banca",
    },
    "pt": {
        "default": "a empresa",
        "tech": "a empresa de tecnologia",
        "drink": "esta bebida",
        "telecom": "minha operadora",
        "health": "o hospital",
        "car": "a montadora",
        "fuel": "o posto de gasolina",
        "shop": "a loja",
        "fashion": "a loja de roupa",
        "rail": "a companhia de trem",
        "airline": "a companhia aérea",
        "food": "esta marca de comida",
        "bank": "meu banco",
    },
    "pl": {
        "default": "ta firma",
        "tech": "ta firma technologiczna",
        "drink": "ten napój",
        "telecom": "mój operator",
        "health": "szpital",
        "car": "ten producent aut",
        "fuel": "stacja benzynowa",
        "shop": "sklep",
        "fashion": "sklep z ubraniami",
        "rail": "przewoźnik kolejowy",
        "airline": "linia lotnicza",
        "food": "ta marka jedzenia",
        "bank": "mój bank",
    },
    "nl": {
        "default": "het bedrijf",
        "tech": "het techbedrijf",
        "drink": "dit drankje",
        "telecom": "mijn provider",
        "health": "het ziekenhuis",
        "car": "de autofabrikant",
        "fuel": "het tankstation",
        "shop": "de winkel",
        "fashion": "de kledingwinkel",
        "rail": "de spoorwegmaatschappij",
        "airline": "de luchtvaartmaatschappij",
        "food": "dit voedselmerk",
        "bank": "mijn bank",
    },
    "tr": {
        "default": "şirket",
        "tech": "teknoloji şirketi",
        "drink": "bu içecek",
        "telecom": "operatörüm",
        "health": "hastane",
        "car": "otomobil üreticisi",
        "fuel": "benzin istasyonu",
        "shop": "mağaza",
        "fashion": "giyim mağazası",
        "rail": "demiryolu şirketi",
        "airline": "havayolu şirketi",
        "food": "bu gıda markası",
        "bank": "bankam",
    },
    "ru": {
        "default": "компания",
        "tech": "техкомпания",
        "drink": "этот напиток",
        "telecom": "мой оператор",
        "health": "больница",
        "car": "автопроизводитель",
        "fuel": "заправка",
        "shop": "магазин",
        "fashion": "магазин одежды",
        "rail": "железная дорога",
        "airline": "авиакомпания",
        "food": "эта марка еды",
        "bank": "мой банк",
    },
    "zh-Hans": {
        "default": "这家公司",
        "tech": "这家科技公司",
        "drink": "这款饮料",
        "telecom": "我的运营商",
        "health": "这家医院",
        "car": "这家车企",
        "fuel": "加油站",
        "shop": "这家店",
        "fashion": "这家服装店",
        "rail": "铁路公司",
        "airline": "航空公司",
        "food": "这个食品牌子",
        "bank": "我的银行",
    },
    "zh-Hant": {
        "default": "這家公司",
        "tech": "這家科技公司",
        "drink": "這款飲料",
        "telecom": "我的電信商",
        "health": "這家醫院",
        "car": "這家車廠",
        "fuel": "加油站",
        "shop": "這家店",
        "fashion": "這家服飾店",
        "rail": "鐵路公司",
        "airline": "航空公司",
        "food": "這個食品牌子",
        "bank": "我的銀行",
    },
    "ja": {
        "default": "その会社",
        "tech": "そのIT企業",
        "drink": "この飲み物",
        "telecom": "うちのキャリア",
        "health": "その病院",
        "car": "その自動車メーカー",
        "fuel": "ガソリンスタンド",
        "shop": "その店",
        "fashion": "その服屋",
        "rail": "鉄道会社",
        "airline": "航空会社",
        "food": "この食品ブランド",
        "bank": "うちの銀行",
    },
    "ko": {
        "default": "그 회사",
        "tech": "그 IT 회사",
        "drink": "이 음료",
        "telecom": "내 통신사",
        "health": "그 병원",
        "car": "그 자동차 회사",
        "fuel": "주유소",
        "shop": "그 가게",
        "fashion": "그 옷가게",
        "rail": "철도 회사",
        "airline": "항공사",
        "food": "이 식품 브랜드",
        "bank": "내 은행",
    },
}

#: (positive, negated) opinions about ``{name}``; negation must lower positive sentiment.
NEGATION_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("I really like {name}, it's great.", "I really don't like {name}, it's not great."),
        ("{name} is good value for money.", "{name} is not good value for money."),
    ),
    "fr": (
        (
            "J'aime vraiment {name}, c'est génial.",
            "Je n'aime vraiment pas {name}, c'est pas génial.",
        ),
        (
            "{name}, c'est un bon rapport qualité-prix.",
            "{name}, ce n'est pas un bon rapport qualité-prix.",
        ),
    ),
    "de": (
        (
            "Ich mag {name} wirklich, das ist super.",
            "Ich mag {name} wirklich nicht, das ist nicht super.",
        ),
        ("{name} ist sein Geld wert.", "{name} ist sein Geld nicht wert."),
    ),
    "es": (
        ("Me gusta mucho {name}, es genial.", "No me gusta nada {name}, no es genial."),
        ("{name} vale la pena.", "{name} no vale la pena."),
    ),
    "it": (
        (
            "Mi piace molto {name}, è fantastico.",
            "Non mi piace per niente {name}, non è fantastico.",
        ),
        ("{name} vale quello che costa.", "{name} non vale quello che costa."),
    ),
    "pt": (
        ("Gosto muito de {name}, é ótimo.", "Não gosto nada de {name}, não é ótimo."),
        ("{name} vale a pena.", "{name} não vale a pena."),
    ),
    "pl": (
        ("Bardzo lubię {name}, jest super.", "Naprawdę nie lubię {name}, nie jest super."),
        ("{name} jest wart swojej ceny.", "{name} nie jest wart swojej ceny."),
    ),
    "nl": (
        ("Ik vind {name} echt goed.", "Ik vind {name} echt niet goed."),
        ("{name} is het geld waard.", "{name} is het geld niet waard."),
    ),
    "tr": (
        ("{name} gerçekten çok iyi, bayıldım.", "{name} gerçekten iyi değil, hiç beğenmedim."),
        ("{name} parasına değer.", "{name} parasına değmez."),
    ),
    "ru": (
        (
            "Мне очень нравится {name}, это здорово.",
            "Мне совсем не нравится {name}, это не здорово.",
        ),
        ("{name} стоит своих денег.", "{name} не стоит своих денег."),
    ),
    "zh-Hans": (
        ("我很喜欢{name}，真的很好。", "我不喜欢{name}，真的不好。"),
        ("{name}物有所值。", "{name}一点都不值。"),
    ),
    "zh-Hant": (
        ("我很喜歡{name}，真的很好。", "我不喜歡{name}，真的不好。"),
        ("{name}物有所值。", "{name}一點都不值。"),
    ),
    "ja": (
        ("{name}本当に好き。最高。", "{name}本当に好きじゃない。最高じゃない。"),
        ("{name}はお金を払う価値がある。", "{name}はお金を払う価値がない。"),
    ),
    "ko": (
        ("{name} 정말 좋아요, 최고예요.", "{name} 정말 안 좋아요, 최고가 아니에요."),
        ("{name} 돈값을 해요.", "{name} 돈값을 못 해요."),
    ),
}

#: A clause appended to a positive post; it must lower positive sentiment.
NEGATIVE_CLAUSES: dict[str, str] = {
    "en": " But honestly, I'm really disappointed now.",
    "fr": " Mais franchement, je suis vraiment déçu maintenant.",
    "de": " Aber ehrlich gesagt bin ich inzwischen echt enttäuscht.",
    "es": " Pero la verdad, ahora estoy muy decepcionado.",
    "it": " Ma sinceramente ora sono davvero deluso.",
    "pt": " Mas sinceramente, agora estou muito decepcionado.",
    "pl": " Ale szczerze, teraz jestem naprawdę rozczarowany.",
    "nl": " Maar eerlijk gezegd ben ik nu echt teleurgesteld.",
    "tr": " Ama açıkçası artık gerçekten hayal kırıklığına uğradım.",
    "ru": " Но, честно говоря, теперь я очень разочарован.",
    "zh-Hans": "不过说实话，现在我真的很失望。",
    "zh-Hant": "不過說實話，現在我真的很失望。",
    "ja": "でも正直、今は本当にがっかりしてる。",
    "ko": " 하지만 솔직히 지금은 정말 실망했어요.",
}

#: Handles of made-up people (an unrelated @mention must not change relevance).
USER_HANDLES: tuple[str, ...] = ("@lena_k92", "@marco_rossi", "@kasia_w", "@tom_b_88", "@yuki_t")

#: Emoji that say little on their own.
NEUTRAL_EMOJI: tuple[str, ...] = ("👀", "✨", "📌", "💬")


def template_lang(lang: str, text: str = "") -> str | None:
    """The key of this module's tables for a post language, or None if there is none.

    Chinese is ``zh-Hans`` or ``zh-Hant`` by script (see ``lang_script``).
    """
    primary = primary_subtag(lang)
    if primary in ("zh", "yue", "cmn"):
        return "zh-Hant" if lang_script(lang, text) == "Hant" else "zh-Hans"
    return primary if primary in COMPLAINTS else None


def category_key(category: str | None) -> str:
    """Which generic-noun category an entity's free-form ``category`` falls in.

    Example:
        >>> category_key("rail transport"), category_key("Telecommunications"), category_key(None)
        ('rail', 'telecom', 'default')
    """
    if not category:
        return "default"
    lowered = category.lower()
    for key, words in CATEGORY_KEYS:
        if any(word in lowered for word in words):
            return key
    return "default"


def generic_noun(key: str, category: str | None) -> str:
    """The generic noun phrase for a template language and an entity category."""
    nouns = GENERIC_NOUNS[key]
    return nouns.get(category_key(category), nouns["default"])
