"""Group A of the ambiguity suite: 21 brands whose names are everyday words.

Every sentence below was hand-written for listenbench (2026). A *family* is
one scenario in one language (``apple-fruit.fr``); each family holds several
different hand-written sentences, and ``{slot}`` placeholders multiply some
of them (products, places, people, days, emoji) -- slot-filling never is the
only variation. The builder (``build.py``) splits by family, so variants of a
sentence never cross splits.

Family entries are a text, or ``(text, modifier)`` where the modifier changes
the family's labels for that text: a level (``direct``, ``about``,
``competitor``, ``category``, ``none``), a sentiment (``pos``, ``neg``,
``neu``, ``mix``), ``+tag`` to add a tag, ``ch:NAME`` for another channel, or
a whole label spec (``"xiaomi about neg; apple about pos +multi-brand"``).
"""

# The sentences below are data: long lines are kept whole.
# ruff: noqa: E501

from __future__ import annotations

import re
import zlib
from typing import Any

ENTITIES: list[dict[str, Any]] = [
    {
        "id": "microsoft",
        "name": "Microsoft",
        "aliases": [
            "Windows", "Office", "Microsoft 365", "Office 365", "Teams", "Outlook", "Excel",
            "PowerPoint", "Xbox", "Azure", "Copilot", "Surface", "@Microsoft", "微软", "微軟",
            "マイクロソフト",
        ],
        "description": (
            "US software company: Windows, Office / Microsoft 365 (Word, Excel, PowerPoint, "
            "Outlook), Teams, Xbox, Surface, Azure, Copilot. Not: house windows, offices as "
            "places or jobs (office de tourisme, オフィス as a workplace), sports or work teams."
        ),
        "competitors": ["apple"],
        "category": "software",
    },
    {
        "id": "apple",
        "name": "Apple",
        "aliases": [
            "Apple Inc.", "iPhone", "iPad", "MacBook", "iMac", "Mac", "AirPods", "Apple Watch",
            "iOS", "iCloud", "Apple Store", "@Apple", "@AppleSupport", "苹果", "蘋果", "アップル",
        ],
        "description": (
            "US consumer-electronics company: iPhone, iPad, Mac, Apple Watch, AirPods, iOS, "
            "iCloud, Apple Stores. Not: the fruit (apple, pomme, Apfel, manzana, jabłko, maçã, "
            "mela, 苹果/蘋果, りんご), apple pie and cider, New York's 'Big Apple', Apple "
            "Records, Fiona Apple."
        ),
        "competitors": ["microsoft", "xiaomi"],
        "category": "consumer electronics",
    },
    {
        "id": "corona",
        "name": "Corona",
        "aliases": [
            "Corona Extra", "Coronita", "Corona Cero", "@corona", "科罗娜", "科羅娜", "コロナビール",
        ],
        "description": (
            "Mexican lager brand (AB InBev), served with a lime wedge: Corona Extra, Coronita, "
            "Corona Cero. Not: the coronavirus and COVID-19 (Corona, コロナ, 新冠), crowns "
            "(la corona, korona, coroa, 冠), dental crowns, the solar corona, the town of Corona."
        ),
        "competitors": [],
        "category": "beer",
    },
    {
        "id": "jaguar",
        "name": "Jaguar",
        "aliases": [
            "Jaguar Cars", "Jaguar Land Rover", "JLR", "F-Pace", "E-Pace", "I-Pace", "F-Type",
            "XF", "XE", "@Jaguar", "捷豹", "ジャガー",
        ],
        "description": (
            "British car maker (JLR): F-Pace, E-Pace, I-Pace, F-Type, XF, XE and the new "
            "electric GT. Not: the animal (jaguar, onça-pintada, 美洲豹/美洲虎, ジャガー the "
            "animal), the Jacksonville Jaguars, the Fender Jaguar guitar, Mac OS X Jaguar."
        ),
        "competitors": [],
        "category": "automotive",
    },
    {
        "id": "shell",
        "name": "Shell",
        "aliases": [
            "Shell plc", "Royal Dutch Shell", "V-Power", "Shell Recharge", "Shell Select",
            "@Shell", "壳牌", "殼牌", "シェル",
        ],
        "description": (
            "Oil and energy company Shell plc: Shell petrol stations, V-Power fuel, Shell "
            "Recharge chargers, Shell Select shops, its results and oil spills. Not: seashells, "
            "egg and nut shells, shell scripts and terminals, 'shell out', shell companies, "
            "artillery shells, Ghost in the Shell (coquillages, Muscheln, conchas, muszle, "
            "conchiglie, 贝壳, 貝殻, シェルター)."
        ),
        "competitors": [],
        "category": "energy",
    },
    {
        "id": "amazon",
        "name": "Amazon",
        "aliases": [
            "Amazon.com", "Amazon Prime", "Prime Video", "Prime Day", "Kindle", "Alexa", "AWS", "@amazon",
            "@AmazonHelp", "亚马逊", "亞馬遜", "アマゾン",
        ],
        "description": (
            "US online retailer and technology company: Amazon.com and its national shops, "
            "Prime, Prime Video, Kindle, Alexa, AWS. Not: the Amazon river and rainforest "
            "(Amazonas, Amazonie, Amazonía, Amazônia, Amazzonia, Amazonka, 亚马逊雨林, "
            "アマゾン川), the Amazons of Greek myth, Polish 'amazonka' (horsewoman)."
        ),
        "competitors": ["target"],
        "category": "retail",
    },
    {
        "id": "orange",
        "name": "Orange",
        "aliases": [
            "Orange S.A.", "Orange France", "Orange Polska", "Orange España", "Orange Belgium",
            "Livebox", "Sosh", "@Orange_France", "@orange_es", "@Orange_Polska",
        ],
        "description": (
            "French telecom operator (mobile, fibre, Livebox), also in Spain, Poland and "
            "Belgium; sub-brand Sosh. Not: the colour or the fruit (orange, naranja, "
            "pomarańcza, laranja, arancia, 橙, オレンジ), Orange County, ORANGE RANGE, "
            "'Orange Is the New Black', the House of Orange, the town of Orange (Vaucluse)."
        ),
        "competitors": ["play"],
        "category": "telecom",
    },
    {
        "id": "play",
        "name": "Play",
        "aliases": ["Play Polska", "Sieć Play", "P4", "Play24", "@play_polska"],
        "description": (
            "Polish mobile operator Play (P4 sp. z o.o., part of Iliad), with its Play24 app. "
            "Not: the verb 'to play' and its loanwords (Google Play, PlayStation, play-offy, "
            "fair play, cosplay, the play button, 'darle al play'), theatre plays."
        ),
        "competitors": ["orange"],
        "category": "telecom",
    },
    {
        "id": "xiaomi",
        "name": "Xiaomi",
        "aliases": [
            "小米", "Redmi", "POCO", "Mi Band", "Xiaomi SU7", "HyperOS", "MIUI", "シャオミ",
            "@Xiaomi",
        ],
        "description": (
            "Chinese electronics maker: Xiaomi and Redmi phones, POCO, Mi Band, HyperOS/MIUI, "
            "robot vacuums, scooters, the SU7 electric car; founder Lei Jun (雷军). Not: 小米 "
            "the grain (millet: 小米粥, 小米饭), 小米辣 chillies, people or pets nicknamed "
            "小米, Spanish and Italian 'poco'."
        ),
        "competitors": ["apple"],
        "category": "consumer electronics",
    },
    {
        "id": "dove",
        "name": "Dove",
        "aliases": ["Dove Men+Care", "Dove Men", "@Dove", "多芬", "ダヴ"],
        "description": (
            "Unilever personal-care brand: soap bars, body wash, deodorant, shampoo, Dove "
            "Men+Care, the Real Beauty campaigns. Not: the bird (dove, colombe, Taube, paloma, "
            "gołąb, pomba, colomba, 鸽子, 鳩), 'dove' as the past tense of dive, Italian 'dove' "
            "(where), Dove chocolate (Mars; 德芙), the actress Dove Cameron."
        ),
        "competitors": [],
        "category": "personal care",
    },
    {
        "id": "tide",
        "name": "Tide",
        "aliases": ["Tide Pods", "Tide Pen", "Tide To Go", "@tide", "汰渍", "汰漬", "タイド"],
        "description": (
            "Procter & Gamble laundry detergent: Tide, Tide Pods, the Tide To Go pen; sold in "
            "the US and, as 汰渍, in China. Not: sea tides (high tide, marée, Gezeiten, marea, "
            "pływ, maré, 潮汐, 潮), 'turn the tide', 'Roll Tide' (Alabama football)."
        ),
        "competitors": [],
        "category": "household products",
    },
    {
        "id": "gap",
        "name": "Gap",
        "aliases": ["Gap Inc.", "GapKids", "babyGap", "Gap Factory", "@Gap", "盖璞", "蓋璞", "ギャップ"],
        "description": (
            "US clothing retailer Gap: logo hoodies, jeans, khakis, GapKids, babyGap, Gap "
            "Factory (Gap Inc. also owns Old Navy and Banana Republic). Not: a gap or "
            "difference (gender gap, le gap, gap year, ギャップ萌え, 有gap), the French town "
            "of Gap, 'mind the gap'."
        ),
        "competitors": ["mango"],
        "category": "fashion retail",
    },
    {
        "id": "target",
        "name": "Target",
        "aliases": ["Target Corporation", "@Target", "@AskTarget", "Tarjay", "Target Circle",
                    "塔吉特", "ターゲット"],
        "description": (
            "US discount retailer Target (red bullseye logo, Target Circle, 'Tarjay'). Not: "
            "goals and targets (sales target, target audience, Zielgruppe, público-alvo, "
            "cible, 目标), shooting targets, 'targeted ads'."
        ),
        "competitors": ["amazon"],
        "category": "retail",
    },
    {
        "id": "puma",
        "name": "Puma",
        "aliases": ["PUMA", "Puma Suede", "@PUMA", "彪马", "彪馬", "プーマ"],
        "description": (
            "German sportswear brand PUMA (Herzogenaurach): sneakers such as the Suede and "
            "Palermo, football boots and kits. Not: the animal (puma, cougar, 美洲狮, "
            "ピューマ), the Ford Puma car, the Puma infantry vehicle and helicopter, Los Pumas "
            "(Argentina rugby), Pumas UNAM, 'El Puma' the singer."
        ),
        "competitors": [],
        "category": "sportswear",
    },
    {
        "id": "mango",
        "name": "Mango",
        "aliases": ["MANGO", "Mango Outlet", "Mango Man", "Mango Kids", "@MANGO"],
        "description": (
            "Spanish fashion retailer Mango (Barcelona): women's and men's clothes, Mango Man, "
            "Mango Kids, outlets. Not: the fruit (mango, mangue, manga in Portuguese, 芒果, "
            "マンゴー), 芒果TV, mango lassi, Spanish 'el mango' (a handle)."
        ),
        "competitors": ["gap"],
        "category": "fashion retail",
    },
    {
        "id": "seat",
        "name": "SEAT",
        "aliases": ["Cupra", "Seat Ibiza", "Seat Leon", "Seat León", "Seat Arona", "Seat Ateca",
                    "Seat Tarraco", "@SEAT", "西雅特", "セアト"],
        "description": (
            "Spanish car maker SEAT (Martorell, Volkswagen Group) and its Cupra brand: Ibiza, "
            "León, Arona, Ateca, Tarraco, Formentor, Born. Not: seats (window seat, car seat, "
            "seat belt, hot seat, a seat in parliament), Ibiza, León or Toledo the places, "
            "siège, Sitz, asiento, siedzenie."
        ),
        "competitors": [],
        "category": "automotive",
    },
    {
        "id": "python",
        "name": "Python",
        "aliases": ["Python 3", "CPython", "PyPI", "Python Software Foundation", "PSF", "@ThePSF",
                    "パイソン"],
        "description": (
            "The Python programming language, treated as a brand (the Python Software "
            "Foundation, CPython, PyPI, its releases and community). Not: python snakes (ball "
            "pythons, pitón, pyton, pitone, 蟒蛇, ニシキヘビ, ボールパイソン), Monty Python, "
            "the Colt Python revolver."
        ),
        "competitors": [],
        "category": "software",
    },
    {
        "id": "mercury",
        "name": "Mercury Marine",
        "aliases": ["Mercury", "Mercury Outboards", "MerCruiser", "Verado", "@MercuryMarine",
                    "水星船外机", "水星舷外機", "マーキュリー"],
        "description": (
            "US maker of outboard and sterndrive boat engines (Brunswick): Mercury outboards, "
            "Verado, Pro XS, MerCruiser. Not: the planet Mercury (Mercure, Merkur, Mercurio, "
            "Merkury, 水星), the element (mercure, Quecksilber, mercurio, rtęć, mercúrio, "
            "水银/水銀), Mercury retrograde, Freddie Mercury, the Mercury Prize."
        ),
        "competitors": [],
        "category": "marine engines",
    },
    {
        "id": "deutsche_bahn",
        "name": "Deutsche Bahn",
        "aliases": ["DB", "Bahn", "ICE", "S-Bahn", "BahnCard", "DB Navigator", "@DB_Bahn",
                    "@DB_Info", "德铁", "德鐵", "ドイツ鉄道"],
        "description": (
            "German national railway: ICE and regional trains, S-Bahn, BahnCard, the DB "
            "Navigator app, 'die Bahn'. Not: 'Bahn' as a lane, track or path (Schwimmbahn, "
            "motorway lanes, Umlaufbahn, 'Bahn frei'), U-Bahn and trams run by cities, dB "
            "(decibels), DB (databases), ICE (US immigration), ice."
        ),
        "competitors": [],
        "category": "rail transport",
    },
    {
        "id": "redbull",
        "name": "Red Bull",
        "aliases": ["RedBull", "Red Bull Racing", "Red Bull Salzburg", "@redbull", "红牛", "紅牛",
                    "レッドブル"],
        "description": (
            "Austrian energy-drink company Red Bull: its cans and editions, and the teams and "
            "events it owns (Red Bull Racing, Red Bull Salzburg, Rampage, Cliff Diving). "
            "'Sick' in posts about it is usually praise. Not: bulls that are red, 'seeing red' "
            "and 'bull market', the Chicago Bulls, 赤べこ."
        ),
        "competitors": [],
        "category": "beverages",
    },
    {
        "id": "st_marys_hospital",
        "name": "St Mary's Hospital",
        "aliases": ["St Mary's", "St Mary’s", "St. Mary's", "St Marys", "Saint Mary's Hospital",
                    "Lindo Wing", "@ImperialNHS", "圣玛丽医院", "聖瑪麗醫院",
                    "セント・メアリーズ病院"],
        "description": (
            "St Mary's Hospital, Paddington, London (Imperial College Healthcare NHS Trust), "
            "with its A&E, maternity unit and the Lindo Wing. 'Sick' in posts about it is "
            "usually a symptom. Not: other hospitals called St Mary's (Manchester, Isle of "
            "Wight, Rochester MN), St Mary's churches, schools and universities, Santa Maria "
            "hospitals."
        ),
        "competitors": [],
        "category": "healthcare",
    },
]  # fmt: skip

# Keyword queries, written from the descriptions above before any post was written.
QUERIES: dict[str, str] = {
    "microsoft": """
        (microsoft OR @Microsoft OR xbox OR azure OR copilot OR outlook OR powerpoint OR excel
        OR "microsoft 365" OR "office 365" OR 微软 OR 微軟 OR マイクロソフト
        OR ({Teams} NEAR/4 (meeting* OR call* OR chat OR réunion OR besprechung OR reunión))
        OR ({Windows} NEAR/3 ("10" OR "11" OR update* OR pc OR laptop OR licen?e OR bluescreen))
        OR ({Office} NEAR/3 (word OR excel OR licen?e OR "365" OR install*)))
        NOT ((clean* OR wash* OR nettoy* OR putz*) NEAR/4 window*)
    """,
    "apple": """
        (@Apple OR @AppleSupport OR iphone OR ipad OR macbook OR imac OR airpods OR ios OR icloud
        OR "apple watch" OR "apple store" OR "apple music" OR "apple pay"
        OR ({Apple} NEAR/4 (launch* OR keynote OR stock OR ceo OR product* OR event))
        OR ((苹果 OR 蘋果) AND (手机 OR 手機 OR 电脑 OR 電腦 OR 发布会 OR 發表會 OR 官网 OR 公司))
        OR (アップル NOT アップルパイ))
        NOT ("apple pie" OR "big apple" OR cider OR tarte)
    """,
    "corona": """
        ("corona extra" OR coronita OR "corona cero" OR 科罗娜 OR 科羅娜 OR コロナビール
        OR (corona NEAR/5 (beer* OR bier OR cerveza* OR bière* OR birra OR piwo OR cerveja
            OR lime OR limón OR bottle* OR six-pack)))
        NOT (virus OR covid* OR pandemi* OR lockdown OR 新冠)
    """,
    "jaguar": """
        (@Jaguar OR "jaguar land rover" OR jlr OR f-pace OR i-pace OR e-pace OR f-type OR 捷豹
        OR (ジャガー NEAR/5 (車 OR 新車 OR ディーラー))
        OR (jaguar NEAR/5 (car OR cars OR auto OR voiture OR coche OR samochód OR carro OR dealer*
            OR drive OR electric OR leasing OR suv)))
        NOT (zoo OR jungle OR jacksonville OR fender)
    """,
    "shell": """
        @Shell OR "shell plc" OR v-power OR "shell recharge" OR "shell select" OR 壳牌 OR 殼牌
        OR シェル石油
        OR ({Shell} NEAR/5 (station OR petrol OR fuel OR diesel OR oil OR gas OR profits
            OR tankstelle OR gasolinera OR carburant OR stacja OR posto OR benzina OR shareholders))
    """,
    "amazon": """
        (@amazon OR @AmazonHelp OR "amazon prime" OR "prime video" OR "prime day" OR kindle OR aws
        OR 亚马逊 OR 亞馬遜 OR アマゾン
        OR (amazon NEAR/5 (order* OR deliver* OR package OR parcel OR refund OR return*
            OR commande OR colis OR pedido OR paket OR bestell* OR zamówi* OR paczk* OR ordine
            OR encomenda)))
        NOT (rainforest OR river OR amazonas OR amazonie OR 雨林 OR アマゾン川 OR deforest*)
    """,
    "orange": """
        @Orange_France OR @orange_es OR @Orange_Polska OR livebox OR sosh OR "orange polska"
        OR "orange france" OR "orange españa"
        OR ({Orange} NEAR/5 (fibre OR fibra OR forfait OR réseau OR network OR sim OR roaming
            OR abonament OR operator OR opérateur OR operador OR "4g" OR "5g" OR box OR internet
            OR światłowód))
    """,
    "play": """
        @play_polska OR "play polska" OR "sieć play" OR play24
        OR (((({Play} OR {PLAY} OR playu OR playa OR playem) NEAR/6 (sieć OR abonament OR operator
            OR sim OR zasięg OR faktur* OR internet OR iliad OR oferta OR opérateur OR carrier)))
            NOT ("google play" OR playstation OR "play store"))
    """,
    "xiaomi": """
        (xiaomi OR redmi OR poco OR "mi band" OR su7 OR hyperos OR miui OR シャオミ OR @Xiaomi
        OR 雷军 OR 雷軍
        OR (小米 AND (手机 OR 手機 OR 手环 OR 手環 OR 发布会 OR 發表會 OR 汽车 OR 汽車 OR 扫地机
            OR 公司 OR 股价)))
        NOT (小米粥 OR 小米辣 OR "poco a poco" OR "un poco")
    """,
    "dove": """
        (@Dove OR "dove men" OR 多芬 OR ダヴ
        OR ({Dove} NEAR/5 (soap OR seife OR savon OR jabón OR sabonete OR sapone OR mydło OR deo*
            OR shampoo OR "body wash" OR gel OR skin OR beauty OR unilever OR crema OR creme
            OR crème)))
        NOT (chocolate OR chocolat OR schokolade OR 德芙 OR cameron)
    """,
    "tide": """
        (@tide OR "tide pods" OR "tide pen" OR "tide to go" OR 汰渍 OR 汰漬
        OR ({Tide} NEAR/5 (detergent OR laundry OR pods OR wash* OR stain* OR smell* OR bottle
            OR waschmittel OR lessive OR detergente OR proszek)))
        NOT ("roll tide" OR "high tide" OR "low tide")
    """,
    "gap": """
        @Gap OR gapkids OR babygap OR "gap inc" OR "old navy" OR 盖璞 OR 蓋璞
        OR ({Gap} NEAR/5 (hoodie* OR jeans OR store OR sale OR clothes OR clothing OR outlet
            OR sweat* OR logo OR kids OR magasin OR tienda OR sklep OR loja OR negozio))
        OR (ギャップ NEAR/3 (パーカー OR 店 OR セール OR 服))
    """,
    "target": """
        (@Target OR @AskTarget OR tarjay OR "target circle" OR #targethaul OR 塔吉特
        OR ({Target} NEAR/5 (store OR shopping OR haul OR run OR aisle OR checkout OR cart
            OR "dollar spot" OR starbucks)))
        NOT ("target audience" OR "sales target" OR "target group")
    """,
    "puma": """
        (@PUMA OR プーマ OR 彪马 OR 彪馬 OR "puma suede" OR {PUMA}
        OR ({Puma} NEAR/4 (shoes OR sneakers OR trainers OR boots OR kit OR jersey OR football
            OR running OR zapatillas OR baskets OR schuhe OR buty OR tênis OR scarpe)))
        NOT (ford OR zoo OR helicopter OR hubschrauber OR unam OR rugby)
    """,
    "mango": """
        (@MANGO OR "mango outlet" OR "mango man" OR {MANGO}
        OR ({Mango} NEAR/5 (sale OR rebajas OR soldes OR store OR tienda OR dress OR vestido
            OR robe OR collection OR fashion OR clothes OR ropa OR kleid OR sukienk* OR loja
            OR negozio OR jacket OR blazer)))
        NOT (fruit OR smoothie OR lassi OR juice OR zumo OR 芒果tv)
    """,
    "seat": """
        {SEAT} OR cupra OR 西雅特 OR セアト
        OR ({Seat} NEAR/2 (ibiza OR leon OR león OR arona OR ateca OR tarraco OR formentor))
        OR ({Seat} NEAR/5 (car OR auto OR coche OR samochód OR carro OR dealer
            OR concesionario OR martorell))
    """,
    "python": """
        (@ThePSF OR pypi OR cpython OR "python 3"
        OR ({Python} NEAR/5 (code OR coding OR script* OR programm* OR developer* OR library
            OR pip OR django OR pandas OR import OR bug OR version OR tutorial OR kurs OR curso
            OR cours OR corso))
        OR (python AND (programmier* OR programación OR programmation OR programowani*)))
        NOT (snake OR schlange OR serpent OR "monty python" OR terrarium)
    """,
    "mercury": """
        ("mercury marine" OR @MercuryMarine OR mercruiser OR verado OR 水星船外机 OR 水星舷外機
        OR ((mercury OR マーキュリー) NEAR/5 (outboard* OR engine OR motor OR moteur
            OR außenborder OR fueraborda OR hp OR ps OR boat OR boot OR bateau OR barco OR łódź
            OR barca OR 船外機 OR 船外机)))
        NOT (freddie OR planet OR retrograde)
    """,
    "deutsche_bahn": """
        ("deutsche bahn" OR @DB_Bahn OR @DB_Info OR "db navigator" OR bahncard OR 德铁 OR 德鐵
        OR ドイツ鉄道
        OR (({Bahn} OR {DB} OR {ICE} OR "s-bahn") NEAR/6 (verspätung OR verspätet OR ausfall
            OR fällt OR streik OR zug OR gleis OR ticket OR fahrkarte OR anschluss OR train
            OR retard OR retraso OR pociąg OR treno OR comboio)))
        NOT (u-bahn OR straßenbahn)
    """,
    "redbull": """
        ("red bull" OR redbull OR @redbull OR #redbull OR "red bull racing" OR レッドブル OR 紅牛
        OR (红牛 NOT 一头))
        NOT (farm OR rodeo OR bullfight* OR ranch)
    """,
    "st_marys_hospital": """
        (@ImperialNHS OR "st mary's hospital" OR "st marys hospital" OR "lindo wing"
        OR 圣玛丽医院 OR 聖瑪麗醫院 OR セント・メアリーズ病院
        OR ("st mary's" NEAR/6 (hospital OR "a&e" OR nhs OR ward OR nurse* OR doctor*
            OR maternity OR paddington OR szpital OR hôpital OR krankenhaus OR ospedale)))
        NOT (manchester OR "isle of wight" OR rochester OR church OR school)
    """,
}

# Surface words whose presence makes a post "use the ambiguous name" (tag ambiguous-name):
# whole words, "word*" for a prefix, CJK strings as substrings.
AMBIGUOUS_WORDS: dict[str, tuple[str, ...]] = {
    "microsoft": ("windows", "window", "office*", "teams", "オフィス", "ウィンドウズ"),
    "apple": ("apple*", "苹果", "蘋果", "アップル"),
    "corona": ("corona*", "コロナ"),
    "jaguar": ("jaguar*", "ジャガー"),
    "shell": ("shell*", "シェル"),
    "amazon": ("amazon*", "アマゾン", "亚马逊", "亞馬遜"),
    "orange": ("orange*",),
    "play": ("play*",),
    "xiaomi": ("小米", "poco"),
    "dove": ("dove*", "ダヴ"),
    "tide": ("tide*", "タイド"),
    "gap": ("gap*", "ギャップ"),
    "target": ("target*", "ターゲット"),
    "puma": ("puma*", "プーマ"),
    "mango": ("mango*",),
    "seat": ("seat", "seats"),
    "python": ("python*", "パイソン"),
    "mercury": ("mercury", "マーキュリー", "水星"),
    "deutsche_bahn": ("bahn", "db", "ice"),
    "redbull": ("red bull", "redbull", "红牛", "紅牛"),
    "st_marys_hospital": ("st mary*", "st. mary*", "saint mary*", "圣玛丽", "聖瑪麗",
                          "セント・メアリー"),
}  # fmt: skip

# --------------------------------------------------------------------------- machinery

_SENTIMENT = {"pos": "positive", "neg": "negative", "neu": "neutral", "mix": "mixed"}
_LEVELS = ("direct", "about", "competitor", "category", "none")
_ENTITY_IDS = {entity["id"] for entity in ENTITIES}
_SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")

#: Slot pools shared by every family of a language.
POOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        "city": ["Leeds", "Bristol", "Glasgow", "Chicago", "Austin", "Dublin"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        "name": ["Tom", "Priya", "Jess", "Marcus", "Aoife", "Dan"],
        "when": ["yesterday", "this morning", "last night", "on Sunday", "today"],
    },
    "fr": {
        "city": ["Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        "name": ["Julie", "Karim", "Léa", "Thomas", "Inès", "Hugo"],
        "when": ["hier", "ce matin", "hier soir", "dimanche", "aujourd'hui"],
    },
    "de": {
        "city": ["Köln", "Hamburg", "Leipzig", "Stuttgart", "Dresden", "Bremen"],
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "name": ["Jonas", "Lena", "Mehmet", "Anna", "Felix", "Sophie"],
        "when": ["gestern", "heute früh", "gestern Abend", "am Sonntag", "heute"],
    },
    "es": {
        "city": ["Sevilla", "Valencia", "Bilbao", "Málaga", "Zaragoza", "Murcia"],
        "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        "name": ["Lucía", "Javi", "Marta", "Diego", "Carmen", "Álvaro"],
        "when": ["ayer", "esta mañana", "anoche", "el domingo", "hoy"],
    },
    "pl": {
        "city": ["Krakowie", "Gdańsku", "Poznaniu", "Toruniu", "Łodzi", "Lublinie"],
        "day": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę"],
        "name": ["Kasia", "Bartek", "Ola", "Michał", "Zosia", "Kuba"],
        "when": ["wczoraj", "dziś rano", "wczoraj wieczorem", "w niedzielę", "dzisiaj"],
    },
    "pt": {
        "city": ["Porto", "Braga", "Coimbra", "Recife", "Curitiba", "Faro"],
        "day": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado"],
        "name": ["Beatriz", "João", "Rafaela", "Tiago", "Camila", "Duarte"],
        "when": ["ontem", "hoje de manhã", "ontem à noite", "no domingo", "hoje"],
    },
    "it": {
        "city": ["Torino", "Bologna", "Napoli", "Firenze", "Bari", "Verona"],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
        "name": ["Giulia", "Matteo", "Chiara", "Luca", "Francesca", "Davide"],
        "when": ["ieri", "stamattina", "ieri sera", "domenica", "oggi"],
    },
    "zh-Hans": {
        "city": ["上海", "成都", "杭州", "武汉", "西安", "深圳"],
        "day": ["周一", "周二", "周三", "周四", "周五", "周六"],
        "name": ["小王", "阿杰", "老李", "小陈", "阿美", "大刘"],
        "when": ["昨天", "今天早上", "昨晚", "周末", "今天"],
    },
    "zh-Hant": {
        "city": ["台北", "台中", "高雄", "新竹", "台南", "桃園"],
        "day": ["週一", "週二", "週三", "週四", "週五", "週六"],
        "name": ["阿明", "小美", "阿宏", "怡君", "家豪", "雅婷"],
        "when": ["昨天", "今天早上", "昨晚", "週末", "今天"],
    },
    "ja": {
        "city": ["大阪", "福岡", "札幌", "名古屋", "仙台", "神戸"],
        "day": ["月曜", "火曜", "水曜", "木曜", "金曜", "土曜"],
        "name": ["田中さん", "ゆうき", "佐藤くん", "みさき", "けんた", "あやか"],
        "when": ["昨日", "今朝", "昨日の夜", "週末", "今日"],
    },
}
_EMOJI = {
    "pe": ["😍", "🔥", "🙌", "👌", "✨", "💯"],
    "ne": ["🙄", "😡", "🤬", "😤", "👎", "😩"],
    "xe": ["🤔", "👀", "🤷", "😅", "📸", "🙂"],
}

_FAMILIES: list[tuple[str, str, str, str, list[str | tuple[str, str]], dict[str, list[str]], int]]
_FAMILIES = []


def F(
    scenario: str,
    lang: str,
    channel: str,
    spec: str,
    texts: list[str | tuple[str, str]],
    *,
    n: int = 3,
    slots: dict[str, list[str]] | None = None,
) -> None:
    """Register one family: ``scenario.lang``, its channel, label spec and sentences."""
    _FAMILIES.append((scenario, lang, channel, spec, texts, dict(slots or {}), n))


def _parse_spec(spec: str, where: str) -> list[dict[str, Any]]:
    labels = []
    for part in spec.split(";"):
        tokens = part.split()
        if len(tokens) < 2 or tokens[0] not in _ENTITY_IDS or tokens[1] not in _LEVELS:
            raise ValueError(f"{where}: bad label spec {part!r}")
        entity, level, rest = tokens[0], tokens[1], tokens[2:]
        sentiment = None
        if level in ("direct", "about"):
            if not rest or rest[0] not in _SENTIMENT:
                raise ValueError(f"{where}: {part!r} needs a sentiment (pos/neg/neu/mix)")
            sentiment, rest = _SENTIMENT[rest[0]], rest[1:]
        tags = [tok.lstrip("+") for tok in rest]
        labels.append(
            {
                "entity_id": entity,
                "relevant": level in ("direct", "about"),
                "level": level,
                "sentiment": sentiment,
                "tags": tags,
            }
        )
    return labels


def _modify(
    labels: list[dict[str, Any]], channel: str, mod: str, where: str
) -> tuple[list[dict[str, Any]], str]:
    if mod.split()[0] in _ENTITY_IDS:
        return _parse_spec(mod, where), channel
    out = [dict(label, tags=list(label["tags"])) for label in labels]
    first = out[0]
    for token in mod.split():
        if token.startswith("+"):
            for label in out:
                label["tags"].append(token[1:])
        elif token.startswith("ch:"):
            channel = token[3:]
        elif token in _LEVELS:
            first["level"] = token
            first["relevant"] = token in ("direct", "about")
            if not first["relevant"]:
                first["sentiment"] = None
        elif token in _SENTIMENT:
            first["sentiment"] = _SENTIMENT[token]
        else:
            raise ValueError(f"{where}: unknown modifier {token!r} in {mod!r}")
    if first["relevant"] and first["sentiment"] is None:
        raise ValueError(f"{where}: modifier {mod!r} makes a relevant label without sentiment")
    return out, channel


def _word_re(word: str) -> re.Pattern[str] | None:
    if any("\u3040" <= ch <= "\u9fff" for ch in word):
        return None
    latin = "0-9A-Za-z\u00c0-\u024f"
    if word.endswith("*"):
        return re.compile(rf"(?<![{latin}])" + re.escape(word[:-1]))
    return re.compile(rf"(?<![{latin}])" + re.escape(word) + rf"(?![{latin}])")


_AMBIGUOUS_RES = {
    entity: [(word, _word_re(word)) for word in words] for entity, words in AMBIGUOUS_WORDS.items()
}


def uses_ambiguous_word(entity_id: str, text: str) -> bool:
    """Whether ``text`` contains one of the entity's ambiguous surface words."""
    folded = text.casefold()
    for word, pattern in _AMBIGUOUS_RES.get(entity_id, []):
        if pattern is None:
            if word in folded:
                return True
        elif pattern.search(folded):
            return True
    return False


def _fill(text: str, key: str, k: int, pools: dict[str, list[str]]) -> str:
    def pick(match: re.Match[str]) -> str:
        slot = match.group(1)
        values = pools[slot]
        start = zlib.crc32(f"{key}|{text}|{slot}".encode())
        return values[(start + k) % len(values)]

    return _SLOT_RE.sub(pick, text)


def items() -> list[dict[str, Any]]:
    """Every post of group A with its labels (see ``build.py`` for the item format)."""
    out: list[dict[str, Any]] = []
    seen_families: set[str] = set()
    for scenario, lang, channel, spec, texts, slots, n in _FAMILIES:
        family = f"{scenario}.{lang}"
        if family in seen_families:
            raise ValueError(f"group_a: family {family!r} defined twice")
        seen_families.add(family)
        base = _parse_spec(spec, family)
        pools = {**POOLS[lang], **_EMOJI, **slots}
        seen_texts: set[str] = set()
        for entry in texts:
            text, mod = (entry, "") if isinstance(entry, str) else entry
            labels, chan = _modify(base, channel, mod, family) if mod else (base, channel)
            missing = [s for s in _SLOT_RE.findall(text) if s not in pools]
            if missing:
                raise ValueError(f"group_a: family {family!r}: unknown slots {missing} in {text!r}")
            names = set(_SLOT_RE.findall(text))
            # Emoji alone make weak variants: at most two of those.
            count = min(n, 2) if names <= set(_EMOJI) else n
            variants = [_fill(text, family, k, pools) for k in range(count)] if names else [text]
            for variant in variants:
                if variant in seen_texts:
                    continue
                seen_texts.add(variant)
                final = []
                for label in labels:
                    tags = list(label["tags"])
                    if uses_ambiguous_word(label["entity_id"], variant):
                        tags.append("ambiguous-name")
                    final.append(dict(label, tags=sorted(set(tags))))
                out.append(
                    {
                        "family": family,
                        "lang": lang,
                        "text": variant,
                        "channel": chan,
                        "labels": final,
                    }
                )
    return out


# --------------------------------------------------------------------------- the posts
# fmt: off

# ---- microsoft: Windows / Office / Teams vs windows, offices, teams
_PRICE = {
    "en": ["$199", "$249", "£180", "$220"],
    "fr": ["199 €", "229 €", "249 €", "179 €"],
    "de": ["199 €", "229 €", "249 €", "179 €"],
    "es": ["199 €", "229 €", "249 €", "179 €"],
    "pl": ["799 zł", "899 zł", "999 zł", "749 zł"],
    "pt": ["199 €", "229 €", "R$ 1.999", "249 €"],
    "it": ["199 €", "229 €", "249 €", "179 €"],
}
F("microsoft-brand", "en", "twitter", "microsoft about neg", [
    "Windows update restarted my laptop in the middle of a call with {name} again {ne} why is this still a thing",
    ("@Microsoft my Outlook freezes every time I attach a PDF. Ran the repair tool twice, nothing. help?", "direct"),
    ("Honestly Excel is still the best piece of software ever made, fight me {pe}", "pos"),
    ("oh great, Teams decided to update itself 5 min before my presentation. love that for me 🙃", "+sarcasm"),
    ("Moved the whole family onto one Microsoft 365 plan {when}, no more emailing files to myself", "pos"),
])
F("microsoft-other", "en", "forum", "microsoft none", [
    "Anyone know a decent firm to replace old single-glazed windows in {city}? quotes so far are insane",
    "our office moved to the 4th floor and the aircon is either arctic or sahara, nothing in between",
    "Both teams looked exhausted by the 80th minute, proper end-to-end game {xe}",
    ("Which laptop operating system is easiest for a 70 year old? my dad just wants email and photos", "category"),
    ("moved our whole startup to Google Workspace last year and nobody misses the old setup", "competitor"),
])
F("microsoft-minimal", "en", "twitter", "microsoft none +minimal-pair", [
    "need to clean the windows in my office before the inspection on {day}",
    ("need to clean Office off Windows before the laptop goes back to IT on {day}", "about neu"),
    "the teams in our office league are way too competitive lol",
    ("the Teams in our office is way too slow lol, every call lags", "about neg"),
])
F("microsoft-brand", "fr", "twitter", "microsoft about neg +code-switching", [
    "Le call Teams a freeze trois fois ce matin, j'ai fini la réunion sur mon tel {ne}",
    ("@Microsoft pourquoi Windows 11 m'oblige à créer un compte en ligne pour installer un PC ?? abusé", "direct"),
    ("Franchement Excel reste le meilleur outil du bureau, j'y fais même mes listes de courses", "pos"),
    ("Copilot dans Word m'a résumé un rapport de 40 pages en 2 min, bluffé {pe}", "pos"),
])
F("microsoft-other", "fr", "facebook", "microsoft none", [
    "L'office de tourisme de {city} organise une balade gratuite {day}, inscriptions sur place",
    "On a transformé l'office en cellier, beaucoup plus pratique avec trois enfants",
    ("On a changé toutes les fenêtres de la maison, plus aucun courant d'air 👌", "+safe-in-language"),
    ("Vous conseillez quel traitement de texte gratuit pour un lycéen ? Pas envie de payer un abonnement", "category"),
])
F("microsoft-brand", "de", "twitter", "microsoft about neg", [
    ("Outlook hat schon wieder alle meine Termine doppelt angelegt. Danke für nichts 🙃", "+sarcasm"),
    ("@Microsoft seit dem letzten Windows-Update geht mein Drucker nicht mehr. Ernsthaft?", "direct"),
    ("Teams-Meeting um 8 Uhr an einem {day}. Immerhin lief es diesmal ohne Ruckler", "mix"),
    ("Die Xbox-Game-Pass-Auswahl diesen Monat ist echt stark {pe}", "pos"),
])
F("microsoft-other", "de", "forum", "microsoft none", [
    ("Heute wieder im Office, die Kaffeemaschine ist endlich repariert ☕", "+code-switching"),
    "Home-Office oder zurück ins Büro? Bei uns in {city} sind jetzt drei Tage Präsenz Pflicht",
    "Beide Teams haben sich nach dem Abpfiff lange abgeklatscht, fairer Kick in {city}",
    ("Welches Betriebssystem für einen alten Laptop? Linux oder doch was Kostenpflichtiges?", "category"),
])
F("microsoft-brand", "es", "twitter", "microsoft about neg", [
    "Se me ha colgado el Excel con el informe sin guardar. Lloro. {ne}",
    ("@Microsoft ¿para cuándo el modo oscuro de Outlook en el móvil? porfa", "direct neu"),
    ("La Xbox Series S por {price} en rebajas es un chollazo, la recomiendo {pe}", "pos"),
    ("Nueva actualización de Windows y otra vez pantallazo azul. Qué maravilla, de verdad.", "+sarcasm"),
], slots={"price": _PRICE["es"]})
F("microsoft-other", "es", "forum", "microsoft none", [
    "Piso en {city}: 3 habitaciones, cocina con office y terraza. Ideal familias",
    ("Hoy limpiando los cristales de las ventanas, con la calima no se veía nada", "+safe-in-language"),
    "Los dos equipos salieron a por todas, partidazo {when} en {city}",
    ("¿Qué portátil me compro para la uni? Que el sistema sea fácil, no entiendo nada de esto", "category"),
])
F("microsoft-brand", "pl", "twitter", "microsoft about neg", [
    "Teams znowu mnie wywalił w połowie spotkania, trzeci raz w tym tygodniu {ne}",
    ("@Microsoft czemu Windows sam się restartuje w nocy? Straciłem całą robotę", "direct"),
    ("Excel to jedyny program, który naprawdę ogarniam, i jestem z tego dumny {pe}", "pos"),
    ("Kupiłem używanego Xboxa za {price}, działa bez zarzutu", "pos"),
], slots={"price": _PRICE["pl"]})
F("microsoft-other", "pl", "forum", "microsoft none", [
    ("Szukamy office managera do biura w {city}, praca od zaraz", "+code-switching"),
    ("Wymiana okien w bloku w {city}, ktoś poleci sprawdzoną firmę?", "+safe-in-language"),
    "Oba zespoły dały z siebie wszystko, remis to sprawiedliwy wynik",
    ("Jaki pakiet biurowy za darmo do pisania pracy magisterskiej? Nie chcę płacić abonamentu", "category"),
])
F("microsoft-brand", "pt", "twitter", "microsoft about neg", [
    "O Teams travou outra vez no meio da reunião, já não aguento {ne}",
    ("@Microsoft o Outlook não sincroniza o calendário desde ontem, alguma solução?", "direct"),
    ("Passei o fim de semana a aprender fórmulas do Excel e já me sinto uma hacker {pe}", "pos"),
    ("A Xbox nova chegou {when} e os miúdos ainda não largaram o comando", "pos"),
])
F("microsoft-other", "pt", "twitter", "microsoft none", [
    ("Home office de novo hoje, de pijama e com café ☕", "+code-switching"),
    ("Trocámos as janelas da sala por vidro duplo, o barulho da rua desapareceu", "+safe-in-language"),
    "Os dois times jogaram muito {when}, empate justo no fim",
    ("Qual sistema operacional vocês recomendam para um notebook antigo? Quero algo leve", "category"),
])
F("microsoft-brand", "it", "twitter", "microsoft about neg", [
    "Teams mi ha buttato fuori dalla call tre volte, smart working un corno {ne}",
    ("@Microsoft ma perché Windows si aggiorna sempre quando devo stampare??", "direct"),
    ("Copilot in Excel mi ha salvato la serata, pivot fatta in due minuti {pe}", "pos"),
    ("Preso un Surface ricondizionato per l'uni: leggero, la batteria dura tutto il giorno", "pos"),
])
F("microsoft-other", "it", "facebook", "microsoft none", [
    ("Oggi in office fino alle 19, domani smart working per fortuna", "+code-switching"),
    ("Cambiate le finestre di casa, finalmente niente spifferi 🙌", "+safe-in-language"),
    "Due squadre di volontari puliranno la spiaggia di {city} {day} mattina",
    ("Che computer prendo a mia madre? Le serve solo per mail, foto e videochiamate", "category"),
])
F("microsoft-brand", "zh-Hans", "weibo", "microsoft about neg", [
    "Windows又自动更新重启了，我写了一半的稿子全没了{ne}",
    ("公司把钉钉换成了Teams，开会卡得要命", "+code-switching"),
    ("@微软中国 Office激活一直失败，客服电话也打不通", "direct"),
    ("Excel的数据透视表真的太好用了，学会之后效率翻倍{pe}", "pos"),
])
F("microsoft-other", "zh-Hans", "weibo", "microsoft none", [
    ("外企同事天天说回office，其实就是回办公室嘛", "+code-switching"),
    ("新家的窗户是落地窗，采光超级好{pe}", "+safe-in-language"),
    ("想买个笔记本电脑，系统用哪个比较好上手？预算五千", "category"),
])
F("microsoft-brand", "zh-Hant", "forum", "microsoft about neg", [
    "Windows 更新完直接藍屏，整個下午都在重灌{ne}",
    ("公司終於把 Outlook 換成新版，介面好看很多", "pos"),
    ("@微軟 Teams 的通知音可以關掉嗎？每次開會都被嚇到", "direct neu"),
])
F("microsoft-other", "zh-Hant", "forum", "microsoft none", [
    ("今天回 office 發現冷氣壞了，熱到不行", "+code-switching"),
    ("家裡的窗戶想換氣密窗，{city}有人推薦哪家嗎？", "+safe-in-language"),
    ("想問大家文書處理用哪套軟體比較好？學生預算有限", "category"),
])
F("microsoft-brand", "ja", "twitter", "microsoft about neg", [
    "Windowsのアップデートで勝手に再起動されて、作業が全部飛んだ{ne}",
    "Teamsの会議、音声がずっと途切れてて何も聞こえなかった",
    ("@MicrosoftJapan Excelの新しい関数便利すぎる、もっと早く知りたかった", "direct pos"),
    ("新しいSurface買った！軽くて持ち運びが楽{pe}", "pos"),
])
F("microsoft-other", "ja", "twitter", "microsoft none", [
    "オフィスの窓から見える夕焼けがきれいだった",
    "新しいオフィスに引っ越し完了、{city}駅から近くなって嬉しい",
    ("ノートパソコン買い替えたいけど、どのOSがいいのかわからない…", "category"),
])

# ---- apple: Apple / iPhone / 苹果 / アップル vs the fruit
_APPLE_MODEL = ["15", "15 Pro", "16", "16 Pro", "14 Plus"]
F("apple-brand", "en", "twitter", "apple about pos", [
    ("@AppleSupport my iPhone {model} battery went from 80% to 0 in an hour, is this a known issue??", "direct neg"),
    "The new MacBook Air is stupidly fast for uni work, zero regrets {pe}",
    ("Apple raising prices again and still shipping 8GB base models. bold.", "neg +sarcasm"),
    "AirPods went through the washing machine and still work?? ok Apple I respect that",
    "not gonna lie the Apple Watch finally got me walking 10k steps a day",
], slots={"model": _APPLE_MODEL})
F("apple-other", "en", "twitter", "apple none", [
    "Made an apple crumble with the last of the {variety} from the garden 🍎",
    "Back in the Big Apple for the weekend, who's up for pizza in Brooklyn?",
    ("this isn't about the company lol, I literally mean apples: best variety for a pie?", "+negation"),
    ("What phone has the best camera under $500 right now? Need it for my sister's wedding", "category"),
    ("switched to a Pixel last month and honestly don't miss anything {xe}", "competitor"),
], slots={"variety": ["Bramleys", "Granny Smiths", "Cox apples", "Braeburns"]})
F("apple-minimal", "en", "twitter", "apple none +minimal-pair", [
    ("Apple just dropped the new iPhone {model} and I already want it 😭", "about pos"),
    "An apple just dropped from the tree and hit my head 😭",
    ("got a bad Apple today, the iPad screen cracked on day two {ne}", "about neg"),
    "got a bad apple today, brown and mushy inside {ne}",
], slots={"model": _APPLE_MODEL})
F("apple-brand", "fr", "twitter", "apple about neg", [
    ("Mon iPhone a encore planté pendant la mise à jour, vive Apple 🙃", "+sarcasm"),
    ("@AppleSupport bonjour, mes AirPods ne se connectent plus à mon Mac depuis {day}, une idée ?", "direct"),
    ("L'Apple Store de {city} m'a changé la batterie en une heure, service au top {pe}", "pos"),
    ("Le nouvel iPad est cher mais franchement l'écran est magnifique", "mix"),
])
F("apple-other", "fr", "facebook", "apple none", [
    ("Tarte aux pommes de ma grand-mère, la recette qui ne rate jamais 🍏", "+safe-in-language"),
    ("On a ramassé {n} kilos de pommes au verger ce week-end", "+safe-in-language"),
    ("Apple pie ou tarte Tatin ? Débat du dimanche chez nous 😂", "+code-switching"),
    ("Quel smartphone acheter à moins de 400 € ? J'ai besoin d'un bon appareil photo", "category"),
], slots={"n": ["5", "12", "20"]})
F("apple-brand", "de", "twitter", "apple about neg", [
    "Das neue iPhone ist da und ich frag mich ernsthaft, was sich geändert hat außer dem Preis",
    ("@Apple warum kostet ein Ladekabel bei euch 25 Euro? Ernsthaft.", "direct"),
    ("Mein MacBook ist 7 Jahre alt und läuft immer noch wie am ersten Tag {pe}", "pos"),
    ("Apple Pay funktioniert jetzt endlich auch bei meiner Sparkasse in {city}", "pos"),
])
F("apple-other", "de", "forum", "apple none", [
    ("Apfelstrudel aus dem Ofen, das ganze Haus riecht nach Zimt", "+safe-in-language"),
    ("Apple Crumble vom Wochenmarkt in {city} – besser als jeder Kuchen", "+code-switching"),
    ("Apfelernte bei Oma: {n} Kisten Boskop, wer will welche?", "+safe-in-language"),
    ("Welches Handy hat aktuell das beste Preis-Leistungs-Verhältnis? Budget um 500 €", "category"),
], slots={"n": ["drei", "vier", "sechs"]})
F("apple-brand", "es", "twitter", "apple about neg", [
    "Se me ha roto la pantalla del iPhone por tercera vez, Apple las hace de cristal de azúcar {ne}",
    ("@AppleSupport mi iCloud dice que está lleno pero lo he borrado todo, ayuda", "direct"),
    ("Los AirPods Pro con cancelación de ruido son otro nivel para el bus de {city}", "pos"),
    "Apple sube precios otra vez. Y la gente haciendo cola. Increíble.",
])
F("apple-other", "es", "facebook", "apple none", [
    ("Tarta de manzana de mi abuela, la receta que nunca falla 🍎", "+safe-in-language"),
    ("Nueva York, la Gran Manzana, por fin tachada de mi lista {pe}", "+safe-in-language"),
    ("Me pedí un apple crumble en una cafetería de {city} y era tarta de manzana normal jajaja", "+code-switching"),
    ("¿Qué móvil me compro por menos de 300 €? Sobre todo para fotos", "category"),
])
F("apple-brand", "pl", "twitter", "apple about neg", [
    "Bateria w moim iPhonie trzyma pół dnia, Apple zrób coś z tym {ne}",
    ("@Apple czemu w Polsce nowy MacBook kosztuje tyle co używane auto?", "direct"),
    ("AirPodsy po roku dalej jak nowe, polecam {pe}", "pos"),
    ("Kupiłem iPada dla mamy i w końcu umie robić wideorozmowy 😄", "pos"),
])
F("apple-other", "pl", "facebook", "apple none", [
    ("Szarlotka z jabłkami z działki, najlepsza na świecie", "+safe-in-language"),
    ("Zbieramy jabłka u dziadków na wsi, już {n} skrzynek", "+safe-in-language"),
    ("Apple pie w kawiarni w {city} za 28 zł, a to zwykła szarlotka 😂", "+code-switching"),
    ("Jaki telefon do 1500 zł z dobrym aparatem? Doradźcie", "category"),
], slots={"n": ["pięć", "osiem", "dziesięć"]})
F("apple-brand", "pt", "twitter", "apple about neg", [
    "O meu iPhone novo aquece imenso quando jogo, é normal? {xe}",
    ("@AppleSupport o meu Apple Watch deixou de contar os passos desde a atualização", "direct"),
    ("Mudei para MacBook e não volto atrás, a bateria dura o dia todo {pe}", "pos"),
    "A Apple anunciou lucros recorde {when}. Claro, com estes preços…",
])
F("apple-other", "pt", "facebook", "apple none", [
    ("Bolo de maçã da avó, a receita que nunca falha 🍎", "+safe-in-language"),
    ("Fui a Nova Iorque e trouxe um íman da Big Apple para o frigorífico 😅", "+code-switching"),
    ("Tarte de maçã com canela, o cheiro invadiu o prédio todo", "+safe-in-language"),
    ("Qual telemóvel compro até 400 euros? Quero boa câmara", "category"),
])
F("apple-brand", "it", "twitter", "apple about neg", [
    "L'iPhone si spegne da solo al 20%, Apple mi sa che mi devi una batteria {ne}",
    ("@AppleSupport il mio Mac non vede più il disco esterno dopo l'aggiornamento, idee?", "direct"),
    ("Gli AirPods Pro sono il miglior acquisto dell'anno, zero dubbi {pe}", "pos"),
    ("Apple Store di {city} pieno come un uovo per il lancio, ma il personale gentilissimo", "mix"),
])
F("apple-other", "it", "facebook", "apple none", [
    ("Torta di mele della nonna, ricetta infallibile 🍏", "+safe-in-language"),
    ("Strudel di mele a {city}, ne ho mangiati due pezzi", "+safe-in-language"),
    ("A New York per la prima volta, la Big Apple è ancora più caotica di come me la immaginavo", "+code-switching"),
    ("Che smartphone prendo sotto i 400 euro? Mi interessa la fotocamera", "category"),
])
F("apple-brand", "zh-Hans", "weibo", "apple about neg", [
    "苹果手机的电池越来越不耐用了，一天要充三次{ne}",
    ("@Apple 售后说我的iPhone主板坏了，修一下要两千多", "direct"),
    ("新买的MacBook Air用起来太丝滑了，剪视频完全不卡{pe}", "pos"),
    "苹果发布会又是挤牙膏，今年不换了",
])
F("apple-other", "zh-Hans", "weibo", "apple none", [
    "今天买了五斤红富士苹果，又脆又甜{pe}",
    "苹果醋兑水喝，据说对皮肤好",
    "{city}的苹果派哪家好吃？求推荐",
    ("预算三千左右，哪款手机拍照最好？", "category"),
])
F("apple-brand", "zh-Hant", "forum", "apple about pos", [
    "蘋果的新 iPhone 拍照真的進步很多，夜拍超清楚",
    ("@Apple 你們的維修站排隊要兩個禮拜？？", "direct neg"),
    ("AirPods 掉一隻去補居然要兩千多，蘋果真的很會賺", "neg"),
])
F("apple-other", "zh-Hant", "forum", "apple none", [
    "阿里山的蘋果好甜，每年都要訂一箱",
    "蘋果派配冰淇淋，{day}下午茶完美",
    "媽媽說晚餐後吃一顆蘋果比較健康",
    ("想換手機，預算一萬五以內，拍照好的推薦一下？", "category"),
])
F("apple-brand", "ja", "twitter", "apple about pos", [
    "iPhoneの新しいカメラ、夜景がめっちゃきれいに撮れる{pe}",
    ("アップルストア表参道、発売日でとんでもない行列だった", "neu"),
    ("@AppleSupport MacBookが急に充電できなくなりました、どうすればいいですか", "direct neg"),
    ("Appleの値上げ、さすがにきつい…", "neg"),
])
F("apple-other", "ja", "twitter", "apple none", [
    ("青森のりんごが届いた！蜜がたっぷり🍎", "+safe-in-language"),
    "アップルパイ焼いたら部屋中いい匂い",
    "アップルサイダービネガーを炭酸水で割って飲むのにハマってる",
    ("3万円くらいで写真がきれいに撮れるスマホってある？", "category"),
])

# ---- corona: the beer vs the virus, crowns, the solar corona
F("corona-brand", "en", "twitter", "corona about pos", [
    "nothing beats an ice cold Corona with a lime on a {day} afternoon {pe}",
    ("@corona why does your beer taste so different on tap than in the bottle??", "direct neu"),
    ("Corona is basically sparkling water with a lime in it, I will not be taking questions", "neg"),
    "bucket of 5 Coronitas for {price} at the beach bar, can't complain",
], slots={"price": ["$15", "$18", "$20"]})
F("corona-other", "en", "twitter", "corona none", [
    "3 years after Corona and my sense of smell still isn't fully back {ne}",
    "got a corona fitted on my back tooth {when}, numb for hours",
    "the solar corona during the eclipse was unreal, best thing I've ever seen",
    ("What's a good light lager for a barbecue that isn't just fizzy water?", "category"),
    ("Modelo over anything else this summer, crisp and cheap", "competitor"),
])
F("corona-brand", "fr", "twitter", "corona about pos", [
    "Une Corona bien fraîche avec un quartier de citron vert, les vacances quoi {pe}",
    ("Pack de Corona à {price} au supermarché du coin, ça part vite", "neu"),
    ("Franchement la Corona c'est surcoté, zéro goût sans le citron", "neg"),
], slots={"price": ["9,99 €", "11 €", "12,50 €"]})
F("corona-other", "fr", "forum", "corona none", [
    "Depuis le corona (le Covid quoi) je télétravaille à fond, impossible de revenir en arrière",
    ("Expo sur la couronne solaire au planétarium de {city}, c'était top", "+safe-in-language"),
    ("Quelle bière blonde légère pour l'apéro ? Pas trop amère si possible", "category"),
])
F("corona-brand", "de", "twitter", "corona about pos", [
    "Corona mit Limette am See, mehr brauch ich heute nicht {pe}",
    ("Warum kostet eine Corona in der Bar 6 Euro? Ist doch nur Bier mit Zitrone", "neg"),
    ("@corona bringt endlich Corona Cero nach Deutschland, alkoholfrei wär top", "direct neu"),
])
F("corona-other", "de", "forum", "corona none", [
    "Während Corona hab ich Brot backen gelernt, das ist geblieben",
    "Coronabedingt fällt das Sommerfest in {city} auch dieses Jahr kleiner aus",
    ("Der Zahnarzt sagt, ich brauche eine Krone. 900 Euro. Tolle Woche.", "+safe-in-language"),
    ("Welches helle Bier passt zum Grillen? Bitte kein Pils", "category"),
])
F("corona-brand", "es", "twitter", "corona about pos", [
    "Unas Coronitas bien frías en una terraza de {city}, así sí {pe}",
    ("La Corona sin la lima no sabe a nada, es un hecho", "mix"),
    ("@corona ¿por qué en México sabe mejor que aquí? no es broma", "direct neu"),
])
F("corona-other", "es", "twitter", "corona none", [
    "La Corona celebra hoy el aniversario de la proclamación del rey",
    "Me han puesto una corona en la muela y todavía me duele {ne}",
    "Desde el corona ya no voy a conciertos, me da cosa",
    ("¿Qué cerveza ligera recomendáis para la barbacoa del {day}?", "category"),
])
F("corona-brand", "pl", "twitter", "corona about pos", [
    "Corona z limonką na balkonie, idealne zakończenie dnia {pe}",
    ("Corona po {price} za butelkę? Drogo jak na piwo z limonką", "neg"),
    ("Czy ktoś widział Corona Cero w sklepach w {city}? Szukam wszędzie", "neu"),
], slots={"price": ["7 zł", "8 zł", "9 zł"]})
F("corona-other", "pl", "forum", "corona none", [
    ("Korona Kielce znowu przegrała, klasyka", "+safe-in-language"),
    "Od czasów corony pracuję zdalnie i nie chcę wracać do biura",
    ("Korona na zębie wypadła mi w trakcie obiadu {ne}", "+safe-in-language"),
    ("Jakie piwo jasne na grilla? Coś lekkiego, nie za gorzkie", "category"),
])
F("corona-brand", "pt", "twitter", "corona about pos", [
    "Uma Corona gelada com limão à beira da praia, nada melhor {pe}",
    ("Corona em lata? Nunca. Só de garrafa, com a lima lá dentro", "mix"),
    ("Paguei 4 euros por uma Coronita num bar em {city}, roubo", "neg"),
])
F("corona-other", "pt", "twitter", "corona none", [
    ("A coroa dentária caiu {when}, dentista só na próxima semana", "+safe-in-language"),
    "Na época do corona aprendi a fazer pão, hoje faço todo fim de semana",
    ("Que cerveja leve vocês indicam para churrasco? Nada muito amargo", "category"),
])
F("corona-brand", "it", "twitter", "corona about pos", [
    "Corona con lime in spiaggia a Rimini, estate vera {pe}",
    ("La Corona è sopravvalutata, senza lime sa di acqua", "neg"),
    ("@corona ma la versione zero alcol arriva anche in Italia?", "direct neu"),
])
F("corona-other", "it", "facebook", "corona none", [
    "Ai tempi del corona facevo il pane ogni giorno, ora zero",
    "La corona d'Avvento è pronta, quattro candele e tanto verde",
    "Mi hanno messo una corona sul molare, 600 euro {ne}",
    ("Che birra chiara prendo per la grigliata di {day}? Qualcosa di leggero", "category"),
])
F("corona-brand", "zh-Hans", "weibo", "corona about pos", [
    "夏天就要一瓶冰的科罗娜加青柠{pe}",
    ("科罗娜其实没什么味道，全靠那片柠檬撑着", "neg"),
    "超市科罗娜打折，{when}买了两箱囤着",
])
F("corona-other", "zh-Hans", "weibo", "corona none +code-switching", [
    "疫情那三年，外国同事都管它叫Corona，现在终于没人提了",
    ("今天拍到了日冕，太阳边缘的光真美", "+safe-in-language"),
    ("夏天喝什么啤酒比较清爽？求推荐", "category"),
])
F("corona-brand", "zh-Hant", "forum", "corona about pos", [
    "海邊一手科羅娜一手炸物，人生勝利組{pe}",
    ("科羅娜 Corona 加萊姆真的是夏天的味道", "+code-switching"),
    ("便利商店的科羅娜漲價了，一瓶快一百", "neg"),
])
F("corona-other", "zh-Hant", "forum", "corona none", [
    ("國外朋友都把疫情叫 Corona，我一開始還以為在說啤酒", "+code-switching"),
    ("日冕觀測營隊{day}開始報名", "+safe-in-language"),
    ("想找清爽的淡啤酒，大家推薦哪一款？", "category"),
])
F("corona-brand", "ja", "twitter", "corona about pos", [
    "コロナビールにライム突っ込んで飲むの最高{pe}",
    ("Corona Extra、瓶で飲むと雰囲気3割増し", "+code-switching"),
    ("コロナビールって正直味薄くない？", "neg"),
])
F("corona-other", "ja", "twitter", "corona none", [
    "コロナ禍で始めた家庭菜園、まだ続いてる",
    "{when}コロナにかかって一週間寝込んだ{ne}",
    "石油ストーブはコロナ製が一番長持ちする気がする",
    ("夏に合う軽めのビールってどれ？", "category"),
])

# ---- jaguar: the car maker vs the animal, the team, the guitar
F("jaguar-brand", "en", "twitter", "jaguar about pos", [
    ("@Jaguar my F-Pace has been at the dealer for 3 weeks waiting for a part. 3 WEEKS.", "direct neg"),
    "drove a Jaguar F-Type for a day on holiday and I'm ruined for normal cars {pe}",
    ("Jaguar's rebrand still makes no sense to me, where are the actual cars?", "neg"),
    "the I-Pace is honestly underrated as a used EV, cheap and comfy",
])
F("jaguar-other", "en", "forum", "jaguar none", [
    "Saw a jaguar at the zoo in {city}, just staring at everyone like it owns the place",
    "Jacksonville Jaguars lose again, at this point it's tradition",
    "the jaguar bites through turtle shells, nature is metal {xe}",
    ("Looking for a comfy used SUV around 20k, what should I look at?", "category"),
    ("Test drove a BMW X3 and an Audi Q5 today, leaning BMW", "competitor"),
])
F("jaguar-brand", "fr", "twitter", "jaguar about pos", [
    "La nouvelle Jaguar électrique, on adore ou on déteste. Moi j'adore {pe}",
    ("Ma Jaguar XF passe plus de temps au garage que sur la route {ne}", "neg"),
    ("@Jaguar quand est-ce que vous revenez avec un modèle abordable ?", "direct neu"),
])
F("jaguar-other", "fr", "facebook", "jaguar none", [
    "Le jaguar est le plus grand félin des Amériques, reportage passionnant {when} sur Arte",
    "Vu un jaguar au zoo de Beauval, magnifique bête",
    ("Vous me conseillez quel SUV d'occasion pour une famille de 5 ?", "category"),
])
F("jaguar-brand", "de", "twitter", "jaguar about pos", [
    "Jaguar F-Type im Sonnenuntergang auf der Landstraße, Gänsehaut pur {pe}",
    ("Wer kauft eigentlich noch einen Jaguar? Die Werkstattkosten sind irre", "neg"),
    "Unser I-Pace hat nach zwei Jahren noch 95 % Akku, sehr zufrieden",
])
F("jaguar-other", "de", "forum", "jaguar none", [
    "Im Zoo {city} gibt es jetzt zwei Jaguar-Babys, so süß",
    "Die Fender Jaguar klingt dünner als meine Strat, trotzdem cool",
    ("Welcher Kombi hat den größten Kofferraum für unter 30.000 €?", "category"),
])
F("jaguar-brand", "es", "twitter", "jaguar about neu", [
    "Mi vecino se ha comprado un Jaguar F-Pace y no para de enseñárnoslo jaja",
    ("El Jaguar E-Pace consume más de lo que dice el catálogo, ojo {ne}", "neg"),
    ("@Jaguar ¿vais a sacar más eléctricos o solo el nuevo GT?", "direct"),
])
F("jaguar-other", "es", "twitter", "jaguar none", [
    "Los jaguares de la selva lacandona están en peligro, alerta WWF",
    "Hemos visto un jaguar en el Pantanal, sin palabras {pe}",
    ("¿Qué coche de segunda mano me compro por 15.000 €? Nada de diésel", "category"),
])
F("jaguar-brand", "pl", "twitter", "jaguar about pos", [
    "Jaguar XE z salonu w {city} - jeździ jak marzenie {pe}",
    ("Serwis Jaguara w Polsce to jakiś żart, na część czekam miesiąc", "neg"),
    ("Nowy elektryczny Jaguar wygląda jak z filmu sci-fi, jeszcze nie wiem czy mi się podoba", "mix"),
])
F("jaguar-other", "pl", "facebook", "jaguar none", [
    "W zoo w {city} urodził się mały jaguar!",
    "Jaguar to mistrz kamuflażu w dżungli, świetny odcinek na Discovery",
    ("Jaki SUV do 100 tys. zł dla rodziny? Diesel czy hybryda?", "category"),
])
F("jaguar-brand", "pt", "twitter", "jaguar about pos", [
    "Aluguei um Jaguar para o casamento e os convidados adoraram {pe}",
    ("Manutenção do meu Jaguar XF custa um rim, nunca mais", "neg"),
    ("O I-Pace é silencioso e rápido, mas a autonomia podia ser melhor", "mix"),
])
F("jaguar-other", "pt", "facebook", "jaguar none", [
    ("A onça-pintada apareceu na trilha do Pantanal, que emoção!", "+safe-in-language"),
    "O jaguar é o maior felino das Américas, aprendi {when} no documentário",
    ("Que SUV usado vocês recomendam até 25 mil euros?", "category"),
])
F("jaguar-brand", "it", "twitter", "jaguar about pos", [
    "Jaguar F-Type cabrio sulla costiera, che spettacolo {pe}",
    ("La Jaguar di mio zio è più in officina che in strada", "neg"),
    ("Nuova Jaguar elettrica presentata a Miami, design che divide", "neu"),
])
F("jaguar-other", "it", "facebook", "jaguar none", [
    ("Il giaguaro nero dello zoo di {city} dorme tutto il giorno", "+safe-in-language"),
    "La Fender Jaguar del '65 di mio padre suona ancora benissimo",
    ("Quale SUV usato mi consigliate per la famiglia? Max 20 mila", "category"),
])
F("jaguar-brand", "zh-Hans", "weibo", "jaguar about neg", [
    "捷豹XF开了三年，小毛病不断{ne}",
    ("捷豹的新电动车造型太大胆了，我有点接受不了", "mix"),
    ("试驾了捷豹F-Pace，底盘真的稳{pe}", "pos"),
])
F("jaguar-other", "zh-Hans", "weibo", "jaguar none +safe-in-language", [
    "纪录片里的美洲豹太帅了，在水里捕鳄鱼",
    "{city}动物园新来的美洲虎宝宝好可爱",
    ("预算三十万买什么SUV比较好？家用为主", "category"),
])
F("jaguar-brand", "zh-Hant", "forum", "jaguar about pos", [
    "捷豹 F-Type 的聲浪真的很迷人{pe}",
    ("捷豹保養費也太貴了吧，一次就好幾萬", "neg"),
    ("@Jaguar 台灣什麼時候會有新款電動車？", "direct neu"),
])
F("jaguar-other", "zh-Hant", "forum", "jaguar none +safe-in-language", [
    "美洲豹在河邊獵食的畫面超震撼",
    "動物園的美洲豹今天終於出來曬太陽了",
    ("想買二手休旅車，預算六十萬，有推薦嗎？", "category"),
])
F("jaguar-brand", "ja", "twitter", "jaguar about pos", [
    "ジャガーのFタイプ、街で見かけると二度見しちゃう{pe}",
    ("ジャガーの新しいEV、デザインが攻めすぎてて賛否両論", "mix"),
    ("中古のジャガーXE買ったけど、修理代がやばい", "neg"),
])
F("jaguar-other", "ja", "twitter", "jaguar none", [
    "動物園でジャガーが水遊びしてて可愛かった",
    "ジャガーとヒョウの見分け方、模様の中に点があるのがジャガーらしい",
    ("肉じゃが作ったらジャガイモが煮崩れた", "+safe-in-language"),
    ("ファミリー向けのSUV、300万円くらいでおすすめある？", "category"),
])

# ---- shell: the oil company vs seashells, command shells, "shell out"
F("shell-brand", "en", "twitter", "shell about neg", [
    ("Shell posting record profits while petrol is {price} a litre. cool cool cool", "+sarcasm"),
    ("@Shell the card reader at your station on the A38 has been broken for a week", "direct"),
    ("V-Power actually makes my old Golf run smoother, or it's placebo, either way I'm happy", "pos"),
    ("Shell Recharge points at the motorway services are fast and never busy, love it {pe}", "pos"),
], slots={"price": ["£1.52", "£1.49", "£1.57"]})
F("shell-other", "en", "twitter", "shell none", [
    "collected a jar full of shells on the beach with the kids {pe}",
    "my bash script broke because the shell on the server is sh not bash. rookie mistake",
    "had to shell out {price} for a new boiler part, winter is off to a great start",
    "Ghost in the Shell rewatch tonight, still holds up",
    ("cheapest petrol stations near {city}? running on fumes here", "category"),
    ("BP's new coffee at the forecourt is actually decent??", "competitor"),
], slots={"price": ["£300", "£450", "£280"]})
F("shell-brand", "fr", "twitter", "shell about neg", [
    "Station Shell sur l'autoroute : 2,05 € le litre. Non merci. {ne}",
    "Shell annonce encore des bénéfices records pendant qu'on galère à faire le plein",
    ("@Shell la borne Shell Recharge de l'aire de repos près de {city} ne marche plus depuis {day}", "direct"),
    ("Le V-Power, c'est cher mais ma moto adore {pe}", "mix"),
])
F("shell-other", "fr", "forum", "shell none", [
    ("Des coquillages partout sur la plage de l'île de Ré, les enfants sont ravis", "+safe-in-language"),
    ("Le shell de mon serveur plante dès que je lance le script, quelqu'un a une idée ?", "+code-switching"),
    ("Où trouver l'essence la moins chère autour de {city} ?", "category"),
])
F("shell-brand", "de", "twitter", "shell about neg", [
    "Shell-Tankstelle an der A7, 2,09 € für Super. Ich fahr weiter.",
    ("@Shell euer Kartenleser an Zapfsäule 4 in {city} ist seit Tagen kaputt", "direct"),
    ("V-Power ist teuer, aber der Motor läuft spürbar ruhiger", "mix"),
])
F("shell-other", "de", "forum", "shell none", [
    ("Muscheln gesammelt am Strand von Sylt, die Kinder waren begeistert", "+safe-in-language"),
    ("In der Shell einfach ls -la tippen und du siehst alle Dateien", "+code-switching"),
    "Bei Shell-Firmen in Steueroasen schaut das Finanzamt jetzt genauer hin",
    ("Wo tankt man in {city} gerade am günstigsten?", "category"),
])
F("shell-brand", "es", "twitter", "shell about neg", [
    "Gasolinera Shell en la A-7, 1,89 el litro. Ni de broma {ne}",
    ("@Shell la app no me aplica el descuento desde hace una semana", "direct"),
    ("Con la V-Power el coche va más fino, o eso quiero creer jaja", "pos"),
])
F("shell-other", "es", "forum", "shell none", [
    ("Conchas y más conchas, los niños han vaciado media playa de Cádiz", "+safe-in-language"),
    ("¿Alguien sabe por qué mi shell de Linux no encuentra el comando git?", "+code-switching"),
    ("¿Dónde está la gasolina más barata en {city} esta semana?", "category"),
])
F("shell-brand", "pl", "twitter", "shell about neg", [
    "Na Shellu przy A4 benzyna po {price}, zdzierstwo",
    ("Kawa na stacji Shell jest lepsza niż w niejednej kawiarni {pe}", "pos"),
    ("@Shell czemu aplikacja Shell ClubSmart nie nalicza mi punktów?", "direct"),
], slots={"price": ["7,29 zł", "7,49 zł", "6,99 zł"]})
F("shell-other", "pl", "forum", "shell none", [
    ("Muszelki z Helu, pamiątka z wakacji", "+safe-in-language"),
    ("W shellu wpisz cd .. i wrócisz katalog wyżej", "+code-switching"),
    ("Gdzie najtaniej zatankować w {city}? Ceny szaleją", "category"),
])
F("shell-brand", "pt", "twitter", "shell about neg", [
    "Abasteci na Shell e o carro ficou a fazer barulhos estranhos {ne}",
    "A Shell volta a anunciar lucros gigantes. Nós pagamos.",
    ("O café da loja Shell Select da bomba é surpreendentemente bom", "pos"),
])
F("shell-other", "pt", "forum", "shell none", [
    ("Conchas da praia da Nazaré, a coleção dos miúdos aumenta todos os verões", "+safe-in-language"),
    ("O shell do Linux parecia um bicho de sete cabeças, hoje já me safo", "+code-switching"),
    ("Onde está a gasolina mais barata perto de {city}?", "category"),
])
F("shell-brand", "it", "twitter", "shell about neg", [
    "Benzina alla Shell in autostrada a 2,10. Follia {ne}",
    ("La Shell ha annunciato nuovi investimenti nelle rinnovabili, vedremo", "neu"),
    ("@Shell il distributore Shell di {city} non accetta il bancomat da giorni", "direct"),
])
F("shell-other", "it", "forum", "shell none", [
    ("Conchiglie raccolte sulla spiaggia, le bambine felicissime", "+safe-in-language"),
    ("Il comando funziona nella shell del server ma non in locale, boh", "+code-switching"),
    ("Dove si trova la benzina più economica intorno a {city}?", "category"),
])
F("shell-brand", "zh-Hans", "weibo", "shell about pos", [
    "壳牌加油站的洗车服务不错，加满油还送{pe}",
    "壳牌机油用了两年，发动机声音安静了很多",
    ("壳牌又公布了创纪录的利润，油价却一点没降", "neg"),
])
F("shell-other", "zh-Hans", "weibo", "shell none", [
    ("海边捡了一大袋贝壳，回家给孩子做手工", "+safe-in-language"),
    ("服务器上的shell脚本跑不动了，求大佬看看", "+code-switching"),
    ("{city}哪里加油最便宜？求推荐", "category"),
])
F("shell-brand", "zh-Hant", "forum", "shell about pos", [
    "殼牌的機油真的比較順，換了之後引擎安靜很多",
    ("殼牌又賺翻了，油價還是一樣貴", "neg"),
    ("高速公路旁那家 Shell 加油站的廁所超乾淨{pe}", "+code-switching"),
])
F("shell-other", "zh-Hant", "forum", "shell none", [
    ("墾丁撿了好多貝殼，帶回家當紀念", "+safe-in-language"),
    ("寫 shell script 寫到懷疑人生", "+code-switching"),
    ("哪家加油站的會員折扣最多？", "category"),
])
F("shell-brand", "ja", "twitter", "shell about neu", [
    "シェルのガソリンスタンド、昔はよく見たのに最近全然見ない",
    ("Shellが過去最高益だって、ガソリン高いわけだ", "neg"),
    ("シェルのV-Power入れたらバイクの吹け上がりが良くなった気がする{pe}", "pos"),
])
F("shell-other", "ja", "twitter", "shell none", [
    "シェルスクリプトで自動化したら作業が一瞬で終わった",
    "防災用にシェルター付きの家を検討中",
    ("海で貝殻拾い、娘が大喜び{pe}", "+safe-in-language"),
    ("近くで一番安いガソリンスタンドってどこ？", "category"),
])

# ---- amazon: the retailer vs the river and rainforest, Amazons
F("amazon-brand", "en", "twitter", "amazon about neg", [
    ("@AmazonHelp my parcel says delivered but it's nowhere. third time this month.", "direct"),
    "Prime Video cancelling my favourite show after one season, classic",
    ("Amazon next-day delivery to {city} at 7am on a {day}. Impressive and slightly scary.", "mix"),
    ("Kindle Paperwhite is the best thing I bought this year, reading again every night {pe}", "pos"),
])
F("amazon-other", "en", "forum", "amazon none", [
    "The Amazon river carries more water than the next seven rivers combined. wild",
    "Deforestation in the Amazon hit a new low this year, actual good news for once",
    "Our pub quiz team is called the Amazons and we came last again",
    ("Where do you guys buy household stuff online that isn't a massive corporation?", "category"),
    ("Target drive-up is faster than any delivery, just saying", "amazon competitor; target about pos"),
])
F("amazon-brand", "fr", "twitter", "amazon about neg", [
    "Colis Amazon livré chez le voisin du 3e qui ne répond jamais {ne}",
    "Amazon Prime augmente encore son prix, je résilie",
    ("@AmazonHelp ma commande est bloquée à {city} depuis {day}, aucune info", "direct"),
    ("Mon Kindle m'a fait relire tout Zola cet été, merci Amazon {pe}", "pos"),
])
F("amazon-other", "fr", "facebook", "amazon none", [
    ("L'Amazonie perd l'équivalent d'un terrain de foot par minute", "+safe-in-language"),
    "Documentaire sur l'Amazone et les peuples du fleuve, magnifique",
    ("Vous achetez où vos livres en ligne, à part chez les géants ?", "category"),
])
F("amazon-brand", "de", "twitter", "amazon about neg", [
    "Amazon hat mein Paket in die Mülltonne gelegt. Wörtlich. {ne}",
    ("Prime Video hat endlich die Serie, auf die ich gewartet habe {pe}", "pos"),
    ("@AmazonHelp Rücksendung seit drei Wochen unterwegs, wo ist mein Geld?", "direct"),
])
F("amazon-other", "de", "forum", "amazon none", [
    "Regenwald am Amazonas: Forscher entdecken eine neue Froschart",
    "Meine Tochter will zu Fasching als Amazone gehen, mit Schild und Speer",
    ("Wo bestellt ihr Elektronik am günstigsten? Muss nicht immer der gleiche Riese sein", "category"),
])
F("amazon-brand", "es", "twitter", "amazon about pos", [
    "Amazon me ha devuelto el dinero en dos días, sin preguntas {pe}",
    ("@AmazonHelp el repartidor dejó mi paquete en un portal de {city} y ha desaparecido", "direct neg"),
    ("Alexa, pon música. Alexa: no he entendido. Gracias Amazon 🙃", "neg +sarcasm"),
])
F("amazon-other", "es", "twitter", "amazon none", [
    "La Amazonía peruana es lo más bonito que he visto en mi vida {pe}",
    "Expedición por el río Amazonas, diez días sin cobertura",
    ("¿Dónde compráis electrodomésticos online? Busco envío rápido", "category"),
])
F("amazon-brand", "pl", "twitter", "amazon about neg", [
    "Amazon.pl wciąż nie ma połowy rzeczy, które są na amazon.de, słabo",
    ("Paczka z Amazona przyszła w jeden dzień, szok {pe}", "pos"),
    ("@AmazonHelp moje zamówienie utknęło w {city}, w magazynie od tygodnia", "direct"),
])
F("amazon-other", "pl", "facebook", "amazon none", [
    "Amazonka na siwym koniu przejechała cały parkur bez zrzutki",
    ("Puszcza amazońska płonie, a świat milczy", "+safe-in-language"),
    ("Gdzie kupujecie książki online najtaniej?", "category"),
])
F("amazon-brand", "pt", "twitter", "amazon about pos", [
    "A Amazon entregou a encomenda em 24h em {city}, nunca pensei",
    ("Prime Video com anúncios agora? Estão a gozar.", "neg"),
    ("@AmazonHelp a minha encomenda diz entregue mas não recebi nada", "direct neg"),
])
F("amazon-other", "pt", "twitter", "amazon none", [
    ("A Amazônia perdeu uma área do tamanho de Sergipe em um ano", "+safe-in-language"),
    "Viagem de barco pelo rio Amazonas, experiência única {pe}",
    ("Onde vocês compram eletrônicos online com frete grátis?", "category"),
])
F("amazon-brand", "it", "twitter", "amazon about neg", [
    ("Pacco Amazon arrivato aperto e vuoto. Bellissimo. {ne}", "+sarcasm"),
    ("Kindle regalato a mia nonna, ora legge più di me {pe}", "pos"),
    ("@AmazonHelp reso fatto da due settimane e ancora nessun rimborso", "direct"),
])
F("amazon-other", "it", "facebook", "amazon none +safe-in-language", [
    "L'Amazzonia brucia e nessuno ne parla abbastanza",
    "Le amazzoni della mitologia greca erano guerriere fortissime",
    ("Dove comprate libri online oltre ai soliti colossi?", "category"),
])
F("amazon-brand", "zh-Hans", "weibo", "amazon about neg", [
    "亚马逊的Kindle退出中国了，好可惜{ne}",
    ("在亚马逊海外购买的咖啡机，七天就到了{pe}", "pos"),
    "AWS又宕机了，半个互联网都挂了",
])
F("amazon-other", "zh-Hans", "weibo", "amazon none", [
    "亚马逊雨林的大火又烧了一个月",
    "纪录片《亚马逊河》拍得太震撼了{pe}",
    ("大家网购电子书都用什么平台？", "category"),
])
F("amazon-brand", "zh-Hant", "forum", "amazon about neg", [
    "在亞馬遜日本站買書寄台灣，運費比書還貴",
    ("Kindle 還是最護眼的閱讀器，沒有之一", "pos"),
    ("@amazon 台灣到底什麼時候才有 Prime？", "direct neu"),
])
F("amazon-other", "zh-Hant", "forum", "amazon none", [
    "亞馬遜河流域的原住民正在守護雨林",
    "看了亞馬遜叢林探險的紀錄片，蚊子多到可怕",
    ("大家買電子閱讀器都在哪個平台？", "category"),
])
F("amazon-brand", "ja", "twitter", "amazon about pos", [
    "アマゾンで注文したら次の日の朝に届いた、早すぎ{pe}",
    ("Amazonプライムの値上げ、ちょっと考えちゃうな", "neg"),
    ("@AmazonHelp 置き配で盗まれたっぽいです、どうすればいいですか", "direct neg"),
])
F("amazon-other", "ja", "twitter", "amazon none", [
    "アマゾン川のピラルクー、でかすぎて笑った",
    "アマゾンの熱帯雨林がまた減ってるらしい",
    ("ネットで本買うならどこが一番安い？", "category"),
])

# ---- orange: the telecom vs the colour, the fruit, places
F("orange-brand", "en", "twitter", "orange about pos", [
    "Used an Orange SIM in France for a month, coverage was great even in the Alps {pe}",
    ("@Orange_France my roaming bundle stopped working the second I landed, help", "direct neg"),
    ("Orange just bought into yet another African telecom, they're everywhere", "neu"),
])
F("orange-other", "en", "twitter", "orange none", [
    "Painted the kids' room orange and now it looks like a traffic cone {xe}",
    "freshly squeezed orange juice is the only acceptable breakfast drink",
    "Orange County traffic is a special kind of hell",
    "Orange Is the New Black rewatch, season 1 still hits",
    ("Which mobile network has the best coverage in rural France? moving there in May", "category"),
])
F("orange-brand", "fr", "twitter", "orange about neg", [
    ("La Livebox a encore redémarré toute seule cette nuit, merci Orange {ne}", "+sarcasm"),
    ("@Orange_France ça fait 3 semaines que j'attends le technicien pour la fibre", "direct"),
    ("Passé chez Sosh, même réseau pour moitié prix, aucun regret {pe}", "pos"),
    ("Orange a enfin la 5G dans mon village du Cantal, je n'y croyais plus", "pos"),
    ("Le service client d'Orange m'a rappelé dans l'heure. Choquée (en bien)", "pos"),
])
F("orange-other", "fr", "twitter", "orange none", [
    "Une orange pressée et un croissant, le petit-déj parfait {pe}",
    "Le feu est passé à l'orange et le mec devant a pilé",
    "Festival d'été au Théâtre antique d'Orange, l'acoustique est folle",
    "J'ai peint le salon en orange brûlé, verdict ?",
    ("Quel opérateur prendre pour la fibre à {city} ? Je compare tout", "category"),
    ("Bouygues m'offre 6 mois gratuits pour changer, je signe", "competitor"),
])
F("orange-brand", "de", "twitter", "orange about pos", [
    "Urlaub in Frankreich, Orange-Prepaid-SIM gekauft, lief tadellos {pe}",
    ("Orange übernimmt den belgischen Kabelanbieter komplett, hab ich gelesen", "neu"),
    ("@Orange_France warum kann ich als Tourist die Karte nicht ohne französische Adresse aufladen?", "direct neg"),
])
F("orange-other", "de", "forum", "orange none", [
    "Orange ist das neue Schwarz, zumindest in der Herbstkollektion",
    "Die Orangen aus Valencia sind dieses Jahr unfassbar süß",
    ("Oranje-Fans überall in der Stadt, das Spiel wird laut", "+safe-in-language"),
    ("Welches Handynetz hat in Frankreich auf dem Land den besten Empfang?", "category"),
])
F("orange-brand", "es", "twitter", "orange about neg", [
    ("@orange_es llevo sin fibra desde el {day} y nadie me da una solución", "direct"),
    ("Me he pasado a Orange y por fin tengo cobertura en el pueblo {pe}", "pos"),
    "La fusión de Orange y MásMóvil sube las tarifas, cómo no",
])
F("orange-other", "es", "twitter", "orange none", [
    ("El cielo naranja de esta tarde en {city}, una pasada", "+safe-in-language"),
    ("Mi hija dice orange en vez de naranja desde que va al cole bilingüe jajaja", "+code-switching"),
    ("¿Qué compañía de móvil tiene mejor cobertura en {city}?", "category"),
])
F("orange-brand", "pl", "twitter", "orange about neg", [
    "Orange znowu podniósł abonament o 5 zł, bez pytania {ne}",
    ("Światłowód od Orange działa bez zarzutu od roku, polecam", "pos"),
    ("@Orange_Polska od wczoraj nie mam zasięgu w domu, co się dzieje?", "direct"),
    ("Orange Warsaw Festival w tym roku ma mocny line-up {pe}", "pos"),
])
F("orange-other", "pl", "facebook", "orange none", [
    ("Pomarańczowy kolor ścian w kuchni to był błąd", "+safe-in-language"),
    ("Kupiłam sok z pomarańczy w promocji, trzy za dwa", "+safe-in-language"),
    ("Jaka sieć komórkowa ma najlepszy zasięg na Mazurach?", "category"),
    ("Przeszłam do Plusa i nie żałuję, tańszy pakiet", "competitor"),
])
F("orange-play-multi", "pl", "twitter", "orange about neg; play about pos", [
    "Przeszłam z Orange do Playa, rachunek niższy o połowę {pe}",
    ("Zasięg w Playu fatalny, w Orange nigdy nie miałam takich problemów", "play about neg; orange about pos +negation"),
    ("Play czy Orange na kartę? Potrzebuję tylko internetu", "play about neu; orange about neu"),
])
F("orange-brand", "pt", "twitter", "orange about pos", [
    "Em Paris comprei um chip da Orange, funcionou perfeitamente {pe}",
    ("A Orange comprou mais uma operadora em África, estão em todo o lado", "neu"),
    ("@Orange_France o meu cartão pré-pago deixou de ter dados no segundo dia", "direct neg"),
])
F("orange-other", "pt", "twitter", "orange none", [
    "Orange Is the New Black é a minha série de conforto",
    ("Sumo de laranja natural todas as manhãs, não dispenso", "+safe-in-language"),
    ("Qual operadora tem melhor rede no Algarve?", "category"),
])
F("orange-brand", "it", "twitter", "orange about pos", [
    "In vacanza in Francia con una SIM Orange, rete ottima anche in montagna {pe}",
    ("Orange ha speso una fortuna per sponsorizzare il Roland Garros, si vede ovunque", "neu"),
    ("@Orange_France la ricarica online non funziona dall'Italia, aiuto", "direct neg"),
])
F("orange-other", "it", "facebook", "orange none", [
    ("Aranciata e pizza, la cena perfetta del {day}", "+safe-in-language"),
    ("La mia gatta orange (rossa, come dicono sui social) ha sette anni", "+code-switching"),
    ("Che operatore conviene per la fibra a {city}?", "category"),
])
F("orange-brand", "zh-Hans", "weibo", "orange about pos +code-switching", [
    "去法国旅游买了Orange的电话卡，信号很好{pe}",
    ("法国电信Orange又涨价了，留学生苦不堪言", "neg"),
    "在巴黎用Orange的流量卡，地铁里也有信号",
])
F("orange-other", "zh-Hans", "weibo", "orange none", [
    ("今天的晚霞是orange色的，好美", "+code-switching"),
    ("橙子好甜，一口气吃了三个", "+safe-in-language"),
    ("去欧洲旅游买哪家的电话卡比较好？", "category"),
])
F("orange-brand", "zh-Hant", "forum", "orange about pos +code-switching", [
    "在法國辦了 Orange 的預付卡，網速還不錯",
    ("Orange 的客服只講法文，完全聽不懂{ne}", "neg"),
])
F("orange-other", "zh-Hant", "forum", "orange none", [
    ("這件 orange 色的外套好適合秋天", "+code-switching"),
    ("柳橙汁配鬆餅是最棒的早餐", "+safe-in-language"),
    ("去法國自助旅行，手機網路要買哪家？", "category"),
])
F("orange-brand", "ja", "twitter", "orange about pos +code-switching", [
    "フランス旅行でOrangeのSIM買ったけど、すぐ繋がって便利だった{pe}",
    ("Orangeのプリペイド、チャージのやり方がわからなくて詰んだ", "neg"),
])
F("orange-other", "ja", "twitter", "orange none", [
    "ORANGE RANGEのライブ、懐かしすぎて泣いた",
    ("オレンジジュース飲みながら朝ドラ見る", "+safe-in-language"),
    ("ヨーロッパ旅行、SIMはどこの会社がいい？", "category"),
])

# ---- play: the Polish operator vs to play, Google Play, PlayStation, play-offs
F("play-brand", "en", "twitter", "play about pos", [
    "Moved to Kraków and got a Play SIM, cheapest unlimited data I've ever had {pe}",
    ("Play, the Polish carrier, just got fined again over hidden fees", "neg"),
    ("@play_polska my call to the English hotline got dropped twice, come on", "direct neg"),
])
F("play-other", "en", "twitter", "play none", [
    "Can't wait to play the new Zelda this weekend",
    "Google Play charged me twice for the same subscription {ne}",
    "School play tonight, my son is a tree and he's taking it very seriously",
    "Fair play to the ref, tough call but the right one",
    ("Which mobile network is best for expats in Poland? need EU roaming", "category"),
])
F("play-brand", "pl", "twitter", "play about neg", [
    "Play znowu zmienił warunki abonamentu bez uprzedzenia {ne}",
    ("W Playu mam najlepszy zasięg w całym bloku, serio {pe}", "pos"),
    ("@play_polska kiedy w końcu 5G w {city}?", "direct neu"),
    ("Przeniosłem numer do Playa w 10 minut przez Play24, szok", "pos"),
    "Reklamy Playa w telewizji są coraz dziwniejsze",
])
F("play-other", "pl", "forum", "play none", [
    ("Wieczorem gramy w planszówki, kto wpada?", "+safe-in-language"),
    "Play-offy w tym sezonie to będzie rzeź, Legia kontra Lech",
    "Kupiłem grę w Google Play i nie działa, oddadzą kasę?",
    "Fair play na boisku to podstawa, a nie faule co minutę",
    ("Jaką sieć wybrać dla nastolatka? Mało dzwoni, dużo internetu", "category"),
    ("Z Plusa jestem zadowolony, 10 lat i zero problemów", "competitor"),
])
F("play-brand", "fr", "twitter", "play about pos", [
    ("Iliad renforce encore sa filiale polonaise Play, qui gagne des abonnés", "neu"),
    "En Erasmus à Varsovie, j'ai pris une carte Play, réseau nickel {pe}",
])
F("play-other", "fr", "twitter", "play none", [
    "Le bouton play de ma télécommande ne marche plus, la galère",
    "Ce soir on joue à la Play avec les potes {pe}",
    ("Quel opérateur pour un séjour en Pologne ? Besoin de data surtout", "category"),
])
F("play-brand", "de", "twitter", "play about pos", [
    "Erasmus in Warschau: Play-SIM für 30 Złoty im Monat, unschlagbar {pe}",
    ("Der polnische Anbieter Play hat mir im Urlaub 40 € Roaming berechnet", "neg"),
])
F("play-other", "de", "forum", "play none", [
    "Wer hat Lust, heute Abend Play-off-Eishockey zu schauen?",
    "Mein Sohn will nur noch PlayStation spielen, wie habt ihr das geregelt?",
    ("Welcher Mobilfunkanbieter lohnt sich, wenn man nach Polen zieht?", "category"),
])
F("play-brand", "es", "twitter", "play about pos", [
    "De Erasmus en Polonia con una tarjeta de Play, internet ilimitado por nada {pe}",
    ("Play, la operadora polaca, me cobró roaming sin avisar", "neg"),
])
F("play-other", "es", "twitter", "play none", [
    "Dale al play y disfruta, que empieza lo bueno",
    "Los play-offs de la ACB están al rojo vivo {pe}",
    ("¿Qué compañía de móvil recomendáis para vivir en Polonia?", "category"),
])
F("play-brand", "pt", "twitter", "play about pos", [
    "Fiz Erasmus em Cracóvia com um cartão da Play, rede impecável {pe}",
    ("A operadora Play cobrou-me roaming na Alemanha e nunca me avisaram", "neg"),
])
F("play-other", "pt", "twitter", "play none", [
    "Dá play no vídeo e vê até ao fim, vale a pena",
    "A Play Store está cheia de apps falsas de bancos, cuidado",
    ("Que operadora usar na Polónia durante seis meses?", "category"),
])
F("play-brand", "it", "twitter", "play about pos", [
    "In Erasmus a Breslavia con la SIM Play: 5 euro al mese, giga infiniti {pe}",
    ("Play (operatore polacco) mi ha addebitato il roaming in Germania, che ladri", "neg"),
])
F("play-other", "it", "twitter", "play none", [
    "Premi play e goditi la musica, playlist perfetta per l'estate",
    "Play-off di basket: stasera Virtus contro Olimpia",
    ("Che operatore mi conviene per sei mesi in Polonia?", "category"),
])
F("play-brand", "zh-Hans", "weibo", "play about pos +code-switching", [
    "在波兰留学用的是Play的卡，流量便宜到哭{pe}",
    ("波兰运营商Play的客服只会说波兰语，沟通好难", "neg"),
])
F("play-other", "zh-Hans", "weibo", "play none +code-switching", [
    "买了个PlayStation 5，周末不出门了",
    "Google Play下载的应用总是更新失败",
    ("去波兰读书，手机卡办哪家好？", "category"),
])
F("play-brand", "zh-Hant", "forum", "play about pos +code-switching", [
    "去波蘭交換，辦了 Play 的門號，網路吃到飽很便宜",
    ("Play 的帳單一堆波蘭文，看到頭很痛", "neg"),
])
F("play-other", "zh-Hant", "forum", "play none +code-switching", [
    "按下 play 鍵，整個人就放鬆了",
    "Play Store 一直更新失敗，有人遇過嗎？",
    ("要去波蘭半年，當地電信推薦哪家？", "category"),
])
F("play-brand", "ja", "twitter", "play about pos +code-switching", [
    "ポーランド留学、PlayのSIMが安くて助かってる{pe}",
    ("Play（ポーランドの携帯会社）の解約手続きがややこしすぎる", "neg"),
])
F("play-other", "ja", "twitter", "play none +code-switching", [
    "Playボタン押したら急に音が出てびっくりした",
    "Google Playのギフトカードもらった",
    ("ポーランドに住むなら携帯会社はどこがいい？", "category"),
])

# ---- xiaomi: 小米 the brand vs millet, chillies, nicknames; POCO vs "poco"
F("xiaomi-brand", "en", "twitter", "xiaomi about pos", [
    "Redmi Note for {price} with a 120Hz screen?? Xiaomi is unbeatable on value {pe}",
    ("@Xiaomi my Mi Band stopped syncing after the HyperOS update, any fix?", "direct neg"),
    "Xiaomi SU7 spotted in {city}, it looks way better in person",
    ("The ads in MIUI are unbearable, why do I need ads in my settings app", "neg"),
], slots={"price": ["$199", "$229", "$249"]})
F("xiaomi-other", "en", "blog", "xiaomi none +code-switching", [
    "Millet porridge (小米粥) is what I make when I'm sick, my grandma's recipe",
    "poco a poco, as my Spanish teacher says, I'm getting there",
    ("Best budget Android phone right now? Need a good battery above all", "category"),
    ("Samsung A55 or wait for the next one? My current phone is dying", "competitor"),
])
F("xiaomi-brand", "fr", "twitter", "xiaomi about pos", [
    "Mon Xiaomi a trois ans et tient encore la journée, franchement bravo {pe}",
    ("Aspirateur robot Xiaomi : il se coince sous le canapé tous les jours {ne}", "neg"),
    "Le POCO F6 à {price}, meilleur rapport qualité-prix du moment",
], slots={"price": ["399 €", "379 €", "349 €"]})
F("xiaomi-other", "fr", "blog", "xiaomi none", [
    ("Bouillie de millet pour le petit, il adore", "+safe-in-language"),
    ("Quel smartphone à moins de 250 € pour mon fils ?", "category"),
])
F("xiaomi-brand", "de", "twitter", "xiaomi about pos", [
    "Xiaomi-Saugroboter seit einem Jahr im Einsatz, läuft und läuft {pe}",
    ("Redmi-Handy nach 14 Monaten tot, Garantie abgelehnt. Nie wieder.", "neg"),
    ("@Xiaomi wann kommt HyperOS für das Xiaomi 13T in Deutschland?", "direct neu"),
])
F("xiaomi-other", "de", "forum", "xiaomi none", [
    ("Hirsebrei mit Apfelmus, Kindheitserinnerung pur", "+safe-in-language"),
    ("Welches Handy unter 300 € hat die beste Kamera?", "category"),
])
F("xiaomi-brand", "es", "twitter", "xiaomi about pos", [
    "El Redmi Note que me compré por {price} va como un tiro, recomendadísimo {pe}",
    ("Mi patinete Xiaomi ha durado dos veranos, ni uno más", "neg"),
    ("@Xiaomi ¿cuándo llega el SU7 a España? lo quiero ya", "direct"),
], slots={"price": ["199 €", "219 €", "179 €"]})
F("xiaomi-other", "es", "twitter", "xiaomi none +ambiguous-in-language", [
    "Poco a poco se llega lejos, ánimo a todos los que empiezan {pe}",
    "Queda poco para las vacaciones y ya no puedo más",
    "Me sobró un poco de arroz, mañana hago croquetas",
    ("¿Qué móvil barato tiene buena batería? Es para mi madre", "category"),
])
F("xiaomi-brand", "pl", "twitter", "xiaomi about pos", [
    "Xiaomi za {price} i robi lepsze zdjęcia niż mój stary flagowiec {pe}",
    ("Hulajnoga Xiaomi po roku: luz na kierownicy i piszczy", "neg"),
    "Opaska Mi Band liczy sen dokładniej, niż myślałem",
], slots={"price": ["899 zł", "999 zł", "1199 zł"]})
F("xiaomi-other", "pl", "forum", "xiaomi none", [
    ("Kasza jaglana na śniadanie, zdrowo i tanio", "+safe-in-language"),
    ("Jaki telefon do 1000 zł dla babci? Duże litery i dobra bateria", "category"),
    ("Motorola czy Samsung w tej cenie? Nie mogę się zdecydować", "competitor"),
])
F("xiaomi-brand", "pt", "twitter", "xiaomi about pos", [
    "O meu Xiaomi tem 3 anos e a bateria ainda aguenta o dia {pe}",
    ("Comprei um POCO e vem cheio de publicidade no sistema, irritante", "neg"),
    ("A Xiaomi abriu uma loja no centro de {city}, fila enorme no primeiro dia", "neu"),
])
F("xiaomi-other", "pt", "twitter", "xiaomi none +safe-in-language", [
    "Pouco a pouco a casa vai ficando pronta",
    "Papas de painço para o bebé, receita da avó",
    ("Que telemóvel barato tem boa câmara? Até 250 euros", "category"),
])
F("xiaomi-brand", "it", "twitter", "xiaomi about mix", [
    ("Lo Xiaomi di mia madre va meglio del mio iPhone, non so se ridere o piangere", "xiaomi about pos; apple about neg"),
    "Monopattino Xiaomi: comodo, ma la gomma si è bucata dopo un mese",
    ("@Xiaomi quando arriva HyperOS 2 sul mio Redmi?", "direct neu"),
])
F("xiaomi-other", "it", "twitter", "xiaomi none +ambiguous-in-language", [
    "Manca poco alle ferie, resisti {pe}",
    "Ho dormito poco e si vede, oggi caffè doppio",
    ("Che telefono compro a mia nonna sotto i 200 euro?", "category"),
])
F("xiaomi-brand", "zh-Hans", "weibo", "xiaomi about pos", [
    "小米SU7试驾完了，加速真的猛{pe}",
    ("@小米公司 我的小米手环充不进电了，售后怎么联系？", "direct neg"),
    "雷军又开发布会了，这次小米的新手机性价比还是能打",
    ("小米的扫地机器人天天卡在沙发底下{ne}", "neg"),
])
F("xiaomi-other", "zh-Hans", "weibo", "xiaomi none", [
    "{when}早上来一碗小米粥，胃舒服多了",
    "小米辣放多了，辣得我眼泪直流",
    "我家猫叫小米，今天又把花盆打翻了",
    ("两千块以内的手机买哪款好？主要打游戏", "category"),
    ("华为的新折叠屏真香，就是太贵", "competitor"),
])
F("xiaomi-brand", "zh-Hant", "forum", "xiaomi about pos", [
    "小米手機在台灣的售後其實還不錯，換螢幕三天就好",
    "小米的掃地機器人CP值超高，懶人必備{pe}",
    ("小米的系統廣告太多了，受不了", "neg"),
])
F("xiaomi-other", "zh-Hant", "forum", "xiaomi none", [
    "小米粥加地瓜，冬天最棒的早餐",
    "朋友的女兒小名叫小米，超可愛",
    ("預算一萬內的手機，拍照好的有推薦嗎？", "category"),
])
F("xiaomi-brand", "ja", "twitter", "xiaomi about pos", [
    "シャオミのスマホ、コスパ良すぎて家族全員これにした{pe}",
    ("Xiaomiのロボット掃除機、段差に弱いのが惜しい", "mix"),
    "Redmiのイヤホン、2000円でこの音質は反則",
])
F("xiaomi-other", "ja", "twitter", "xiaomi none", [
    "小米さんのお店のパン、いつも昼前に売り切れる",
    ("雑穀米にアワとキビを入れるとおいしい", "+safe-in-language"),
    ("2万円台でおすすめのスマホある？", "category"),
])
F("apple-xiaomi-multi", "en", "twitter", "apple about neg; xiaomi about pos", [
    "sold my iPhone and got a Xiaomi 14, same camera for half the price {pe}",
    ("my Redmi died after a year, never had that with my old iPhone", "xiaomi about neg; apple about pos +negation"),
    ("Xiaomi or iPhone for my mum? she just needs WhatsApp and photos", "apple about neu; xiaomi about neu"),
])
F("apple-xiaomi-multi", "zh-Hans", "weibo", "apple about neu; xiaomi about pos", [
    "用了五年苹果，换了小米之后发现安卓也挺好用{pe}",
    ("小米手机一年就卡了，还是苹果耐用", "xiaomi about neg; apple about pos"),
])
F("apple-xiaomi-multi", "es", "twitter", "xiaomi about neg; apple about pos", [
    "Mi Xiaomi se murió al año y el iPhone de mi hermana sigue como nuevo",
    ("Cambié el iPhone por un Xiaomi y no echo nada de menos {pe}", "apple about neg; xiaomi about pos +negation"),
])

# ---- dove: the soap brand vs the bird, "dove" (dived), Italian "dove" (where), Dove chocolate
F("dove-brand", "en", "twitter", "dove about pos", [
    "Dove Men+Care body wash is the only one that doesn't dry out my skin {pe}",
    ("@Dove please bring back the original unscented bar, the new one smells like a candle shop", "direct neg"),
    "Dove's Real Beauty ads still make me tear up ngl",
    ("Dove deodorant left white marks on every black shirt I own {ne}", "neg"),
])
F("dove-other", "en", "twitter", "dove none", [
    "A white dove landed on our balcony this morning, felt like a sign {pe}",
    "He dove straight into the lake without checking the temperature lol",
    "Dove chocolate squares with the little messages inside are my weakness",
    "Dove Cameron's new single has been on repeat all week",
    ("What's a gentle soap for sensitive skin? everything makes me itch", "category"),
    ("Nivea's new body lotion is so good for winter", "competitor"),
])
F("dove-brand", "it", "twitter", "dove about pos", [
    "Il bagnoschiuma Dove è l'unico che non mi secca la pelle {pe}",
    "Dove Men+Care in offerta a {price}, ne ho presi tre",
    ("Il deodorante Dove mi lascia aloni bianchi su tutte le magliette", "neg"),
], slots={"price": ["2,49 €", "1,99 €", "2,99 €"]})
F("dove-other", "it", "twitter", "dove none +ambiguous-in-language", [
    "Dove sei stasera? Ci vediamo in piazza a {city}?",
    "Non so più dove ho messo le chiavi di casa {ne}",
    "Dove andiamo in vacanza quest'anno? Mare o montagna?",
    ("Dove si compra un buon sapone per pelli sensibili? Consigli?", "category"),
    ("La colomba della pace dipinta sul muro della scuola", "+safe-in-language"),
])
F("dove-brand", "fr", "twitter", "dove about pos", [
    "Le savon Dove est le seul qui ne m'irrite pas la peau {pe}",
    "La nouvelle pub Dove sur l'estime de soi, très réussie",
    ("Déodorant Dove : traces blanches sur tous mes hauts noirs, déçue", "neg"),
])
F("dove-other", "fr", "twitter", "dove none", [
    ("Une colombe s'est posée sur le rebord de la fenêtre", "+safe-in-language"),
    "J'ai vu Dove Cameron au festival, elle est encore plus belle en vrai",
    ("Quel gel douche pour peau sensible ? Tout me gratte", "category"),
])
F("dove-brand", "de", "twitter", "dove about pos", [
    "Dove-Duschgel ist seit Jahren mein Favorit, riecht dezent und pflegt {pe}",
    "Die neue Dove-Werbung mit echten Frauen finde ich richtig stark",
    ("@Dove warum gibt es das parfümfreie Deo nicht mehr im Drogeriemarkt?", "direct neg"),
])
F("dove-other", "de", "forum", "dove none", [
    ("Eine weiße Taube saß heute früh auf unserem Balkon", "+safe-in-language"),
    "Dove-Schokolade aus dem Duty-free, die mit den Sprüchen im Papier",
    ("Welche Seife für sehr trockene Haut? Alles brennt", "category"),
])
F("dove-brand", "es", "twitter", "dove about pos", [
    "El jabón Dove de toda la vida, no lo cambio por nada {pe}",
    "La campaña de Dove sobre autoestima me ha encantado",
    ("El desodorante Dove me ha dado alergia, una pena", "neg"),
])
F("dove-other", "es", "twitter", "dove none", [
    ("Una paloma ha hecho nido en mi terraza, ¿qué hago?", "+safe-in-language"),
    "Dove Cameron cantando en directo, qué voz {pe}",
    ("¿Qué gel de ducha recomendáis para piel atópica?", "category"),
])
F("dove-brand", "pl", "twitter", "dove about pos", [
    "Mydło Dove to klasyka, skóra po nim miękka jak u dziecka {pe}",
    "Dezodorant Dove w promocji, dwa w cenie jednego",
    ("Szampon Dove mi się nie sprawdził, włosy przetłuszczone po jednym dniu", "neg"),
])
F("dove-other", "pl", "forum", "dove none", [
    ("Gołębie na balkonie znowu, nie da się ich przegonić", "+safe-in-language"),
    "Serial z Dove Cameron wciągnął mnie bardziej, niż powinien",
    ("Jaki żel pod prysznic do bardzo suchej skóry?", "category"),
])
F("dove-brand", "pt", "twitter", "dove about pos", [
    "Sabonete Dove é o único que não me resseca a pele {pe}",
    "A campanha da Dove com mulheres reais continua a ser das melhores",
    ("@Dove o desodorizante novo mancha as roupas todas", "direct neg"),
])
F("dove-other", "pt", "twitter", "dove none", [
    ("Uma pomba entrou pela janela da cozinha, pânico geral", "+safe-in-language"),
    "Dove Cameron vem a Lisboa em setembro!",
    ("Qual sabonete é bom para a pele sensível do bebé?", "category"),
])
F("dove-brand", "zh-Hans", "weibo", "dove about pos", [
    "多芬的沐浴露用了十年，一直回购{pe}",
    ("多芬洗发水用完头发好干，不推荐", "neg"),
    "多芬的真美广告真的很打动人",
])
F("dove-other", "zh-Hans", "weibo", "dove none +safe-in-language", [
    "德芙巧克力，纵享丝滑",
    "广场上的鸽子被喂得好胖",
    ("敏感肌用什么香皂比较好？", "category"),
])
F("dove-brand", "zh-Hant", "forum", "dove about pos", [
    "多芬的香皂洗完不緊繃，敏感肌救星",
    ("多芬新出的止汗劑味道太濃了", "neg"),
])
F("dove-other", "zh-Hant", "forum", "dove none +safe-in-language", [
    "德芙巧克力是我的深夜療癒",
    "公園的鴿子一看到人就圍過來",
    ("有推薦不刺激的沐浴乳嗎？", "category"),
])
F("dove-brand", "ja", "twitter", "dove about pos", [
    "ダヴのボディソープ、保湿力すごくて冬は手放せない{pe}",
    ("ダヴのシャンプーに変えたら髪がきしむ…", "neg"),
    "Doveの石けん、昔からずっと家にある",
])
F("dove-other", "ja", "twitter", "dove none", [
    ("公園の鳩にパンをあげたら大群が来た", "+safe-in-language"),
    "ダヴ・キャメロンの新曲、めっちゃいい",
    ("敏感肌でも使えるボディソープ教えてください", "category"),
])

# ---- tide: the detergent vs sea tides, "Roll Tide"
F("tide-brand", "en", "twitter", "tide about pos", [
    "Tide Pods got the grass stains out of my son's football kit, miracle {pe}",
    ("@tide why does the new formula smell like a hospital?", "direct neg"),
    "Tide To Go pen saved my white shirt before a job interview, legend",
    ("Paid $14 for Tide because it's the best and honestly can't tell the difference", "neg"),
])
F("tide-other", "en", "twitter", "tide none", [
    "High tide at 6pm tonight, don't leave your towels near the rocks",
    "Roll Tide! What a comeback in the fourth quarter",
    "the tide is turning on remote work, my company wants us back 4 days",
    ("What laundry detergent actually works on sweat stains?", "category"),
    ("Persil is so much better than the cheap stuff, worth every penny", "competitor"),
])
F("tide-brand", "fr", "blog", "tide about mix", [
    "En vivant aux États-Unis j'ai découvert la lessive Tide : ça sent fort, mais ça lave vraiment",
    ("Ramené un stylo Tide To Go des USA, magique sur les taches de café {pe}", "pos"),
])
F("tide-other", "fr", "twitter", "tide none", [
    ("Marée haute à 18h, attention à la voiture sur la plage", "+safe-in-language"),
    ("Le spot de surf s'appelle Low Tide, ambiance très chill", "+code-switching"),
    ("Quelle lessive pour les taches de transpiration ? J'ai tout essayé", "category"),
])
F("tide-brand", "de", "blog", "tide about neu", [
    "In den USA gibt's überall Tide, das Waschmittel riecht für mich nach Amerika",
    ("Tide Pods aus dem US-Supermarkt mitgebracht, waschen auch nicht besser", "neg"),
])
F("tide-other", "de", "forum", "tide none", [
    ("Ebbe und Flut an der Nordsee, die Gezeiten sind faszinierend", "+safe-in-language"),
    "Der Song Tide läuft bei mir seit {when} in Dauerschleife",
    ("Welches Waschmittel gegen Grasflecken? Meine Kinder spielen nur draußen", "category"),
])
F("tide-brand", "es", "twitter", "tide about pos", [
    "En EE. UU. todo el mundo usa Tide, he probado las cápsulas y dejan la ropa perfecta {pe}",
    ("Tide en México está carísimo ahora, me paso a otra marca", "neg"),
])
F("tide-other", "es", "twitter", "tide none", [
    ("La marea roja ha cerrado varias playas de Galicia este fin de semana", "+safe-in-language"),
    ("Roll Tide, dicen los de Alabama, yo no entiendo nada de fútbol americano jaja", "+code-switching"),
    ("¿Qué detergente va bien para la ropa blanca?", "category"),
])
F("tide-brand", "pl", "twitter", "tide about pos", [
    "Przywiozłam z USA kapsułki Tide, pranie pachnie obłędnie {pe}",
    ("Tide to w sumie amerykański odpowiednik tego, co mamy w Polsce, nie przepłacajcie", "neu"),
])
F("tide-other", "pl", "forum", "tide none", [
    ("Pływy na Bałtyku są prawie niezauważalne, ciekawostka", "+safe-in-language"),
    ("Jaki proszek do prania do białych rzeczy polecacie?", "category"),
])
F("tide-brand", "pt", "twitter", "tide about pos", [
    "Nos EUA comprei Tide e a roupa branca ficou branca de verdade",
    ("Tide importado custa o dobro aqui no Brasil, não compensa", "neg"),
])
F("tide-other", "pt", "twitter", "tide none", [
    ("Maré alta às 17h, cuidado com as crianças na praia", "+safe-in-language"),
    "O álbum Low Tide dessa banda é perfeito para dias de chuva",
    ("Qual sabão em pó tira mancha de gordura?", "category"),
])
F("tide-brand", "it", "twitter", "tide about neu", [
    "Gli americani giurano sul Tide, l'ho provato a New York e... è un detersivo",
    ("Penna smacchiante Tide To Go: salvata la camicia al matrimonio {pe}", "pos"),
])
F("tide-other", "it", "twitter", "tide none", [
    ("Alta marea a Venezia, piazza San Marco di nuovo sott'acqua", "+safe-in-language"),
    ("Roll Tide: ho scoperto che è il grido dei tifosi dell'Alabama", "+code-switching"),
    ("Che detersivo usate per i capi bianchi?", "category"),
])
F("tide-brand", "zh-Hans", "weibo", "tide about pos", [
    "汰渍洗衣液去油污真的强{pe}",
    ("汰渍的洗衣凝珠香味太冲了", "neg"),
    "超市汰渍买一送一，{when}囤了三桶",
])
F("tide-other", "zh-Hans", "weibo", "tide none +safe-in-language", [
    "今晚大潮，海边好多人赶海",
    "潮汐表显示明早六点退潮",
    ("洗白衣服用什么洗衣液比较好？", "category"),
])
F("tide-brand", "zh-Hant", "forum", "tide about pos", [
    "汰漬洗衣精洗完衣服香香的",
    ("汰漬洗衣球被小孩誤食的新聞好可怕，已經收到高處了", "neg"),
])
F("tide-other", "zh-Hant", "forum", "tide none", [
    ("漲潮的時候千萬不要走到礁石區", "+safe-in-language"),
    ("洗衣精哪一牌去汗味最有效？", "category"),
])
F("tide-brand", "ja", "twitter", "tide about mix", [
    "アメリカで買ったタイドの洗剤、香りが強すぎて家中タイドの匂い",
    ("Tideのジェルボール、汚れ落ちはすごい{pe}", "pos"),
])
F("tide-other", "ja", "twitter", "tide none", [
    "タイドプールで小さいカニ見つけた",
    ("今日は大潮、潮干狩り日和", "+safe-in-language"),
    ("部屋干しの臭いに強い洗剤ってどれ？", "category"),
])

# ---- gap: the clothing retailer vs gaps, gap years, the town of Gap, ギャップ
F("gap-brand", "en", "twitter", "gap about pos", [
    "Gap hoodies are still the comfiest thing I own, 10 years and going strong {pe}",
    ("@Gap my online order was cancelled without any email, found out at the door", "direct neg"),
    ("Gap closing another store in {city}, the mall is basically empty now", "neg"),
    "babyGap has the cutest little jeans, bought three pairs",
])
F("gap-other", "en", "twitter", "gap none", [
    "mind the gap between the train and the platform",
    "the gender pay gap at my company is embarrassing",
    "took a gap year after school and it was the best decision ever",
    "there's a gap in my fence and the neighbour's dog keeps getting in {ne}",
    ("where do you get basic hoodies that don't fall apart after 3 washes?", "category"),
    ("Uniqlo basics beat everything else, fight me", "competitor"),
])
F("gap-brand", "fr", "twitter", "gap about pos", [
    "Le sweat Gap que j'avais au collège, je le porte encore {pe}",
    ("Gap ferme ses derniers magasins en France, la fin d'une époque", "neu"),
])
F("gap-other", "fr", "twitter", "gap none", [
    "Week-end à Gap dans les Hautes-Alpes, neige parfaite",
    ("Il y a un gros gap entre la théorie et la pratique dans ce métier", "+code-switching"),
    ("Vous achetez où vos basiques ? Je cherche des sweats qui durent", "category"),
])
F("gap-brand", "de", "twitter", "gap about pos", [
    "Gap-Hoodie aus dem New-York-Urlaub, Qualität top {pe}",
    ("Gap hat in Europa kaum noch Läden, schade eigentlich", "neg"),
])
F("gap-other", "de", "forum", "gap none", [
    "Der Gender-Pay-Gap liegt in Deutschland immer noch bei 18 Prozent",
    ("Zwischen Theorie und Praxis klafft ein riesiger Gap, sagt mein Chef immer", "+code-switching"),
    ("Wo kauft ihr schlichte Basics, die nach drei Wäschen noch gut aussehen?", "category"),
])
F("gap-brand", "es", "twitter", "gap about pos", [
    "La sudadera de Gap de toda la vida, sigue como nueva {pe}",
    ("Gap cierra tiendas en España, ya solo queda online", "neg"),
])
F("gap-other", "es", "twitter", "gap none +code-switching", [
    "La brecha salarial (el famoso gap) sigue ahí, por mucho que digan",
    "Año sabático, gap year dicen ahora, y me voy a Australia {pe}",
    ("¿Dónde compráis sudaderas básicas que duren?", "category"),
])
F("gap-brand", "pl", "twitter", "gap about pos", [
    "Bluza Gap z outletu w {city} za 90 zł, jakość super {pe}",
    ("Gap w Polsce tylko w kilku galeriach, szkoda", "neg"),
])
F("gap-other", "pl", "forum", "gap none", [
    ("Między nami jest ogromny gap pokoleniowy, mama nie rozumie memów", "+code-switching"),
    ("Gdzie kupić porządne bluzy basic? Te z sieciówek szybko się mechacą", "category"),
])
F("gap-brand", "pt", "twitter", "gap about pos", [
    "Moletom da Gap comprado em Miami, melhor compra da viagem {pe}",
    ("A Gap saiu do Brasil e eu nunca mais achei um jeans igual", "neg"),
])
F("gap-other", "pt", "twitter", "gap none +code-switching", [
    "Existe um gap enorme entre o que se ensina e o que o mercado pede",
    "Fiz um gap year na Irlanda e aprendi mais do que na faculdade",
    ("Onde compram moletom básico que não desbota?", "category"),
])
F("gap-brand", "it", "twitter", "gap about pos", [
    "Felpa Gap comprata a Londra dieci anni fa, indistruttibile {pe}",
    ("Gap ha chiuso i negozi in Italia, che peccato", "neg"),
])
F("gap-other", "it", "twitter", "gap none +code-switching", [
    "Il gap tra Nord e Sud resta enorme, dicono i dati",
    "Gap generazionale: mio nonno non capisce perché lavoro da casa",
    ("Dove comprate felpe basic che non si rovinano?", "category"),
])
F("gap-brand", "zh-Hans", "weibo", "gap about pos", [
    "盖璞的卫衣真的耐穿，洗了好多次都没变形",
    ("GAP的logo卫衣又打折了，{price}入手{pe}", "+code-switching"),
    ("GAP关了好几家门店，商场越来越冷清", "neg +code-switching"),
], slots={"price": ["199块", "159块", "129块"]})
F("gap-other", "zh-Hans", "weibo", "gap none +code-switching", [
    "我和男朋友的消费观gap太大了",
    "想gap一年去旅行，爸妈坚决反对",
    ("有没有质量好的基础款卫衣推荐？", "category"),
])
F("gap-brand", "zh-Hant", "forum", "gap about pos +code-switching", [
    "GAP 的帽T真的百搭，衣櫃裡有五件",
    ("蓋璞 GAP 週年慶全館五折，排隊排到門外", "neu"),
])
F("gap-other", "zh-Hant", "forum", "gap none", [
    ("他看起來很兇其實很溫柔，這種 gap 我可以", "+code-switching"),
    ("有推薦耐穿的素色帽T嗎？", "category"),
])
F("gap-brand", "ja", "twitter", "gap about pos", [
    "GAPのパーカー、毎年買っちゃう{pe}",
    ("ギャップの店舗がまた一つ閉店するらしい、寂しい", "neg"),
])
F("gap-other", "ja", "twitter", "gap none", [
    "普段クールなのに猫の前だけデレデレ、そのギャップにやられた",
    "理想と現実のギャップがすごい",
    ("シンプルで長持ちするパーカー、どこで買ってる？", "category"),
])

# ---- target: the US retailer vs targets, target audiences, ターゲット
F("target-brand", "en", "twitter", "target about pos", [
    ("went to Target for toothpaste and left with $140 of candles and a lamp. classic", "mix"),
    ("@AskTarget my drive-up order has been 'being prepared' for two hours", "direct neg"),
    "Target's Halloween section is already out and I'm obsessed {pe}",
    "Tarjay run with {name}, the dollar spot was stacked today",
])
F("target-other", "en", "forum", "target none", [
    "hit my sales target for the quarter, drinks on me",
    "the target audience for this ad is clearly nobody under 60",
    "archery practice: finally hit the centre of the target 3 times in a row {pe}",
    ("where's the cheapest place to buy diapers in bulk?", "category"),
    ("Walmart pickup is faster but their app is a mess", "competitor"),
])
F("target-brand", "fr", "blog", "target about pos", [
    "Aux USA j'ai découvert Target, c'est comme un Monoprix géant {pe}",
    ("Target a réduit ses horaires le soir, dommage pour les expats", "neg"),
])
F("target-other", "fr", "twitter", "target none", [
    ("Notre cible c'est les 25-35 ans, le target comme dit le boss", "+code-switching"),
    ("Tir à l'arc : j'ai enfin touché le centre de la cible", "+safe-in-language"),
    ("Où acheter des couches pas chères en gros ?", "category"),
])
F("target-brand", "de", "blog", "target about pos", [
    "In Chicago bei Target eingekauft, die Eigenmarken sind echt gut",
    ("Target-Filiale in Manhattan: völlig überfüllt, aber billig", "mix"),
])
F("target-other", "de", "forum", "target none", [
    ("Unsere Target-Gruppe sind junge Eltern, sagt das Marketing", "+code-switching"),
    ("Zielscheibe getroffen! Erster Tag im Bogenschießkurs", "+safe-in-language"),
    ("Wo kauft ihr Windeln am günstigsten in großen Mengen?", "category"),
])
F("target-brand", "es", "twitter", "target about pos", [
    "Viviendo en Texas, el Target de al lado es mi lugar feliz {pe}",
    ("@Target ¿por qué la app no está entera en español?", "direct neg"),
])
F("target-other", "es", "twitter", "target none", [
    ("El target de esta campaña son jóvenes de 18 a 25", "+code-switching"),
    ("Tiro con arco: por fin le di al centro de la diana", "+safe-in-language"),
    ("¿Dónde compráis pañales más baratos?", "category"),
])
F("target-brand", "pl", "blog", "target about pos", [
    "Target w USA to raj dla zakupoholików, wyszłam z trzema torbami",
    ("W sklepie Target w Chicago ceny wyższe, niż myślałam", "neg"),
])
F("target-other", "pl", "forum", "target none", [
    ("Nasz target to studenci, reszta nas nie interesuje", "+code-switching"),
    ("Gdzie najtaniej kupić pieluchy hurtowo?", "category"),
])
F("target-brand", "pt", "twitter", "target about pos", [
    "Fui à Target em Orlando e saí com o carrinho cheio {pe}",
    ("A Target tirou produtos das lojas e muita gente ficou chateada", "neg"),
])
F("target-other", "pt", "twitter", "target none +code-switching", [
    "O público-alvo, o tal target, desta campanha são mães de primeira viagem",
    "Bati a meta do mês! Target cumprido, agora férias",
    ("Onde comprar fraldas mais baratas em grande quantidade?", "category"),
])
F("target-brand", "it", "blog", "target about pos", [
    "A New York sono entrata da Target e ne sono uscita con mezza casa",
    ("Target ha alzato i prezzi anche lì, altro che America economica", "neg"),
])
F("target-other", "it", "twitter", "target none", [
    ("Il target del prodotto sono i millennial, dice il marketing", "+code-switching"),
    ("Ho centrato il bersaglio al primo colpo, gara vinta", "+safe-in-language"),
    ("Dove comprate pannolini a poco prezzo in grandi quantità?", "category"),
])
F("target-brand", "zh-Hans", "weibo", "target about pos", [
    "在美国最爱逛塔吉特，日用品又便宜又好看{pe}",
    ("Target的自有品牌衣服质量其实还不错", "+code-switching"),
])
F("target-other", "zh-Hans", "weibo", "target none +code-switching", [
    "这个季度的target又没完成，老板脸都黑了",
    "我们产品的target用户是00后",
    ("在美国哪里买纸尿裤最便宜？", "category"),
])
F("target-brand", "zh-Hant", "forum", "target about pos +code-switching", [
    "去美國必逛 Target，零食區可以逛一小時",
    ("Target 的自助結帳常常壞掉，很煩{ne}", "neg"),
])
F("target-other", "zh-Hant", "forum", "target none", [
    ("今年的業績 target 又被調高了", "+code-switching"),
    ("在美國買尿布哪裡最划算？", "category"),
])
F("target-brand", "ja", "twitter", "target about pos +code-switching", [
    "アメリカのTargetでお土産まとめ買いした{pe}",
    "Targetのエコバッグ、赤い的のロゴが可愛い",
])
F("target-other", "ja", "twitter", "target none", [
    "ターゲット層は20代女性って言われてもピンとこない",
    "今月の売上ターゲット、なんとか達成",
    ("アメリカでおむつを安く買うならどこ？", "category"),
])

# ---- puma: the sportswear brand vs the animal, Ford Puma, Los Pumas
F("puma-brand", "en", "twitter", "puma about pos", [
    "PUMA Suedes are back in my rotation, still the cleanest sneaker ever {pe}",
    ("@PUMA my Palermos fell apart after two months, is that normal?", "direct neg"),
    "Puma's new football boots feel like slippers, scored twice in them {when}",
])
F("puma-other", "en", "twitter", "puma none", [
    "a puma was spotted on a trail camera near the ranch, stay safe",
    "Ford Puma hybrid review: great to drive, tiny boot",
    "Los Pumas beat the All Blacks, what a game",
    ("best running shoes for flat feet under $100?", "category"),
    ("Adidas Sambas are everywhere this year, can't escape them", "competitor"),
])
F("puma-brand", "es", "twitter", "puma about pos", [
    "Las zapatillas Puma de toda la vida, cómodas y baratas {pe}",
    "Me he comprado las Puma Speedcat y estoy enamorada",
    ("@PUMA mis botas de fútbol se han despegado en dos semanas", "direct neg"),
])
F("puma-other", "es", "twitter", "puma none +ambiguous-in-language", [
    "Avistado un puma en la sierra, cuidado si vais de excursión",
    "Los Pumas de la UNAM vuelven a perder en casa",
    "El Puma cantando en el concierto de {city}, qué nostalgia",
    ("¿Qué zapatillas de running me compro? Tengo pie plano", "category"),
])
F("puma-brand", "de", "twitter", "puma about pos", [
    "Puma aus Herzogenaurach: die Suede trag ich seit der Schulzeit {pe}",
    ("Puma-Schuhe nach zwei Monaten durch, die Qualität war früher besser", "neg"),
    ("Die Puma-Aktie steigt nach den Quartalszahlen", "neu"),
])
F("puma-other", "de", "forum", "puma none +ambiguous-in-language", [
    "Der Schützenpanzer Puma hat wieder Probleme, berichtet die Bundeswehr",
    "Im Tierpark haben sie jetzt einen Puma, der Kleine war begeistert",
    ("Welche Laufschuhe für breite Füße? Budget 120 €", "category"),
])
F("puma-brand", "fr", "twitter", "puma about pos", [
    "Mes Puma Suede ont dix ans et elles tiennent encore {pe}",
    ("Le nouveau maillot Puma de l'OM, on en parle ?", "neu"),
])
F("puma-other", "fr", "twitter", "puma none +ambiguous-in-language", [
    "Un puma aperçu près d'un village au Chili, les images sont folles",
    "J'ai loué une Ford Puma pour les vacances, parfaite pour la ville",
    ("Quelles baskets pour courir sur route ? Je débute", "category"),
])
F("puma-brand", "pl", "twitter", "puma about pos", [
    "Buty Puma z wyprzedaży za {price}, wygodne jak kapcie {pe}",
    "Puma zrobiła nową kolekcję z klubem, wygląda świetnie",
], slots={"price": ["199 zł", "149 zł", "229 zł"]})
F("puma-other", "pl", "forum", "puma none +ambiguous-in-language", [
    "Puma w zoo w {city} wygląda na znudzoną",
    "Ford Puma to idealne auto do miasta, polecam",
    ("Jakie buty do biegania do 300 zł?", "category"),
])
F("puma-brand", "pt", "twitter", "puma about pos", [
    "Ténis Puma comprados no outlet, confortáveis demais {pe}",
    "A Puma patrocina a seleção e a camisola nova é linda",
])
F("puma-other", "pt", "twitter", "puma none", [
    "Vimos uma onça-parda, também chamada puma, no parque nacional",
    "O Puma da Ford é o carro da minha mãe, ela adora",
    ("Que ténis de corrida recomendam para iniciantes?", "category"),
])
F("puma-brand", "it", "twitter", "puma about pos", [
    "Le Puma Palermo sono le sneaker dell'estate {pe}",
    ("Ho preso le scarpe Puma per il calcetto, dopo un mese già scollate", "neg"),
])
F("puma-other", "it", "twitter", "puma none +ambiguous-in-language", [
    "Un puma è scappato da un circo? Notizia di {when}, tutti in allerta",
    "La Ford Puma nuova è più grande di quanto pensassi",
    ("Che scarpe da corsa prendo per iniziare?", "category"),
])
F("puma-brand", "zh-Hans", "weibo", "puma about pos", [
    "彪马的德训鞋又火了，我买了两双{pe}",
    ("Puma的跑鞋穿着挺软的，就是不太耐磨", "mix +code-switching"),
])
F("puma-other", "zh-Hans", "weibo", "puma none", [
    ("动物世界里的美洲狮好帅，跳得好远", "+safe-in-language"),
    ("有什么适合扁平足的跑鞋推荐？", "category"),
])
F("puma-brand", "zh-Hant", "forum", "puma about pos", [
    "彪馬 PUMA 的 Suede 經典款，穿了十年還是最愛",
    ("PUMA 的鞋子尺寸偏小，網購要買大半號", "neu"),
])
F("puma-other", "zh-Hant", "forum", "puma none", [
    ("美洲獅出現在登山步道附近，請遊客小心", "+safe-in-language"),
    ("慢跑新手該買哪種鞋？", "category"),
])
F("puma-brand", "ja", "twitter", "puma about pos", [
    "プーマのスウェード、久しぶりに履いたらやっぱりかわいい{pe}",
    "PUMAのサッカースパイク、足幅広い人にもいい感じ",
])
F("puma-other", "ja", "twitter", "puma none", [
    ("ピューマって夜行性なんだ、動物園でずっと寝てた", "+safe-in-language"),
    "フォードのプーマって日本じゃ全然見ないよね",
    ("初心者向けのランニングシューズ教えて", "category"),
])

# ---- mango: the fashion retailer vs the fruit, 芒果TV, el mango de la sartén
F("mango-brand", "en", "twitter", "mango about pos", [
    "Mango's linen collection this summer is actually so good {pe}",
    ("@MANGO ordered a size M blazer and got an XL, and the return label won't print", "direct neg"),
    "Mango sale haul: two dresses and a trench for under £100",
])
F("mango-other", "en", "twitter", "mango none", [
    "mango sticky rice in Bangkok changed my life 🥭",
    "the mango tree in grandma's yard finally fruited {pe}",
    "Mango lassi and a curry on a rainy {day}, perfect",
    ("where do you buy work blazers that don't look cheap?", "category"),
    ("Zara's new collection is giving 2010 and I'm here for it", "competitor"),
])
F("mango-brand", "es", "twitter", "mango about neg", [
    ("Rebajas en Mango: me he llevado tres vestidos y una chaqueta {pe}", "pos"),
    ("@MANGO mi pedido lleva dos semanas en preparación, ¿qué pasa?", "direct"),
    "La calidad de Mango ha bajado muchísimo, las costuras se abren al primer lavado",
    ("Mango abre una tienda enorme en {city}, cola desde las 9", "neu"),
])
F("mango-other", "es", "twitter", "mango none +ambiguous-in-language", [
    "Batido de mango y plátano para desayunar 🥭",
    "Se me ha roto el mango de la sartén, a comprar otra",
    "Mangos maduros a 2 euros el kilo en el mercado de {city}",
    ("¿Dónde compráis ropa de oficina que no sea carísima?", "category"),
])
F("mango-brand", "fr", "twitter", "mango about pos", [
    "Les soldes Mango, j'ai craqué pour un trench {pe}",
    ("Le blazer Mango a bouloché après trois lavages, déçue", "neg"),
])
F("mango-other", "fr", "twitter", "mango none", [
    ("Smoothie mangue-passion, l'été en verre", "+safe-in-language"),
    "Mango, c'est aussi le nom de mon perroquet, il parle plus que moi",
    ("Où acheter une robe pour un mariage sans se ruiner ?", "category"),
])
F("mango-brand", "de", "twitter", "mango about pos", [
    "Bei Mango gibt's gerade 30 % auf alles, Mantel gekauft {pe}",
    ("Mango-Kleid nach einer Wäsche eingelaufen, nie wieder", "neg"),
])
F("mango-other", "de", "forum", "mango none", [
    "Mango-Chutney selbst gemacht, passt super zu Curry",
    "Die Mangos im Supermarkt sind entweder steinhart oder matschig",
    ("Wo kauft ihr Business-Kleidung, die nicht zu teuer ist?", "category"),
])
F("mango-brand", "pl", "twitter", "mango about pos", [
    "Mango ma teraz super promocje, kupiłam sukienkę za {price}",
    ("Płaszcz z Mango po sezonie wygląda jak po pięciu latach", "neg"),
], slots={"price": ["99 zł", "129 zł", "79 zł"]})
F("mango-other", "pl", "forum", "mango none", [
    "Mango dojrzewa na parapecie, jutro zrobię smoothie",
    ("Gdzie kupić elegancką marynarkę do pracy w rozsądnej cenie?", "category"),
])
F("mango-brand", "pt", "twitter", "mango about pos", [
    "Saldos na Mango, trouxe dois vestidos e uma camisa {pe}",
    ("A Mango fechou a loja do centro de {city}, tenho pena", "neg"),
])
F("mango-other", "pt", "twitter", "mango none", [
    ("Manga madura do quintal da avó, não há melhor", "+safe-in-language"),
    "Mango é o nome do meu cão, um rafeiro muito fofo",
    ("Onde compram roupa de trabalho bonita e barata?", "category"),
])
F("mango-brand", "it", "twitter", "mango about pos", [
    "Saldi da Mango: presi due vestiti e un blazer {pe}",
    ("La giacca di Mango si è scucita dopo due settimane", "neg"),
])
F("mango-other", "it", "twitter", "mango none", [
    "Mango maturo con lo yogurt, colazione perfetta",
    "Sorbetto al mango in una gelateria di {city}, da provare",
    ("Dove comprate abiti da ufficio che non costino un occhio?", "category"),
])
F("mango-brand", "zh-Hans", "weibo", "mango about pos +code-switching", [
    "MANGO的西装外套版型好好看，打折入了{pe}",
    ("MANGO的衣服质量越来越差了，线头一堆", "neg"),
])
F("mango-other", "zh-Hans", "weibo", "mango none +safe-in-language", [
    "芒果TV的综艺又出圈了",
    "今天的芒果好甜，一口气吃了两个",
    ("通勤穿的西装外套哪里买性价比高？", "category"),
])
F("mango-brand", "zh-Hant", "forum", "mango about pos +code-switching", [
    "MANGO 週年慶，大衣打七折{pe}",
    ("在 Mango 買的洋裝一洗就縮水", "neg"),
])
F("mango-other", "zh-Hant", "forum", "mango none", [
    ("愛文芒果季開始了，一箱直接訂", "+safe-in-language"),
    ("上班穿的西裝外套哪裡買比較划算？", "category"),
])
F("mango-brand", "ja", "twitter", "mango about pos +code-switching", [
    "MANGOのジャケット、形がきれいで仕事にも使える{pe}",
    ("MANGOのオンラインストア、返品がめんどくさい", "neg"),
])
F("mango-other", "ja", "twitter", "mango none +safe-in-language", [
    "宮崎のマンゴー、高いけど一度は食べてみたい",
    "マンゴープリン作った、簡単でおいしい",
    ("オフィス向けのきれいめジャケット、どこで買う？", "category"),
])
F("gap-mango-multi", "en", "twitter", "mango about pos; gap about neg", [
    "Mango's trousers fit me perfectly, Gap's are always too long in the leg",
    ("Gap hoodie for the weekend, Mango blazer for work, that's my whole wardrobe {pe}", "gap about pos; mango about pos"),
])
F("gap-mango-multi", "es", "twitter", "mango about pos; gap about pos", [
    "Me encanta Mango, pero para sudaderas básicas me quedo con Gap",
    ("La chaqueta de Mango se rompió al mes; la sudadera de Gap aguanta años", "mango about neg; gap about pos"),
])

# ---- seat: the car maker vs seats, places named like its models
F("seat-brand", "en", "twitter", "seat about pos", [
    "Just picked up my new SEAT Ibiza, small but punchy {pe}",
    ("@SEAT the infotainment in my Leon reboots every single time I start the car", "direct neg"),
    "Cupra Formentor is the most fun I've had in a car under 40k",
    ("SEAT Arona rental in Spain was fine, nothing special but did the job", "neu"),
])
F("seat-other", "en", "twitter", "seat none", [
    "got a window seat on the flight to {city}, small wins {pe}",
    "kids' car seat expired?? apparently they have a use-by date now",
    "she won the seat by 300 votes, recount incoming",
    "Ibiza in September is the best, the clubs are quieter too",
    ("Looking for a reliable small hatchback for a new driver, any tips?", "category"),
    ("Skoda Fabia or VW Polo for a first car?", "competitor"),
])
F("seat-brand", "es", "twitter", "seat about pos", [
    "Mi Seat León tiene 300.000 km y sigue como el primer día {pe}",
    ("@SEAT el concesionario de {city} me ha tenido el coche un mes esperando una pieza", "direct neg"),
    ("SEAT para unos días la línea del Ibiza en Martorell por falta de chips", "neu"),
    "El Cupra Born eléctrico me ha sorprendido, se conduce genial",
])
F("seat-other", "es", "twitter", "seat none", [
    ("Me tocó el asiento del medio en el avión, cuatro horas de tortura", "+safe-in-language"),
    "León está precioso en otoño, la catedral con niebla es otra cosa",
    ("¿Qué coche pequeño me compro para ciudad? Gasolina, nada de diésel", "category"),
])
F("seat-brand", "fr", "twitter", "seat about pos", [
    "Ma Seat Ibiza a 15 ans et n'a jamais vu un garage {pe}",
    ("Cupra, la marque sportive de Seat, vise les jeunes, et ça marche", "neu"),
])
F("seat-other", "fr", "twitter", "seat none", [
    ("J'ai réservé un siège côté hublot, vol pour Barcelone {day}", "+safe-in-language"),
    ("Le hot seat de l'émission, je n'y survivrais pas", "+code-switching"),
    ("Quelle citadine d'occasion pour un jeune conducteur ?", "category"),
])
F("seat-brand", "de", "twitter", "seat about pos", [
    "Mein Seat Leon ST ist das perfekte Familienauto, Platz ohne Ende {pe}",
    ("Seat soll zurückgefahren werden und alles auf Cupra setzen, schade", "neg"),
])
F("seat-other", "de", "forum", "seat none", [
    ("Der Kindersitz passt nicht richtig ins Auto, wie habt ihr das gelöst?", "+safe-in-language"),
    ("Im Meeting reden alle nur noch von Seats für die Softwarelizenzen", "+code-switching"),
    ("Welcher Kleinwagen ist als Zweitwagen zuverlässig?", "category"),
])
F("seat-brand", "pl", "twitter", "seat about pos", [
    "Seat Ibiza jako pierwsze auto to był strzał w dziesiątkę {pe}",
    ("Serwis Seata w {city} zawalił sprawę, trzy tygodnie czekam", "neg"),
    ("Cupra Formentor wygląda kozacko, ale cena już mniej", "mix"),
])
F("seat-other", "pl", "forum", "seat none", [
    "Ibiza w wakacje to jednak drogo, ale warto",
    ("Jakie auto miejskie do 40 tys. zł? Benzyna", "category"),
    ("Skoda czy Toyota na pierwsze auto dla syna?", "competitor"),
])
F("seat-brand", "pt", "twitter", "seat about pos", [
    "O meu Seat Ibiza de 2008 continua a andar que nem um relógio",
    ("A Seat vai apostar tudo na Cupra, disse o presidente", "neu"),
])
F("seat-other", "pt", "twitter", "seat none", [
    ("Lugar à janela no comboio, vista linda pelo Douro", "+safe-in-language"),
    ("Que carro pequeno usado recomendam para primeiro carro?", "category"),
])
F("seat-brand", "it", "twitter", "seat about pos", [
    "La mia Seat Leon ha 200 mila km e va ancora alla grande {pe}",
    ("Cupra Born provata {when}: elettrica divertente ma cara", "mix"),
])
F("seat-other", "it", "twitter", "seat none", [
    ("Posto finestrino sul treno per {city}, si parte", "+safe-in-language"),
    ("In ufficio parlano di seat delle licenze software, io non capisco niente", "+code-switching"),
    ("Che utilitaria usata consigliate a un neopatentato?", "category"),
])
F("seat-brand", "zh-Hans", "weibo", "seat about neu", [
    "西雅特在国内几乎看不到，欧洲街上到处都是",
    ("在西班牙租了一辆SEAT，开着挺顺手{pe}", "pos +code-switching"),
])
F("seat-other", "zh-Hans", "weibo", "seat none", [
    ("飞机上抢到了靠窗的座位，开心", "+safe-in-language"),
    ("这个会议室的seat不够了，大家挤一挤", "+code-switching"),
    ("想买一辆适合城市通勤的小车，有什么推荐？", "category"),
])
F("seat-brand", "zh-Hant", "forum", "seat about pos", [
    "去西班牙自駕租到 SEAT Ibiza，小車但很好開",
    ("西雅特 SEAT 的新車設計越來越運動風", "neu"),
])
F("seat-other", "zh-Hant", "forum", "seat none", [
    ("高鐵的對號座位總是被坐走，好無言", "+safe-in-language"),
    ("新手駕駛適合開什麼小車？", "category"),
])
F("seat-brand", "ja", "twitter", "seat about pos", [
    "スペイン旅行でSEATのレンタカー、思ったより快適だった{pe}",
    ("セアトって日本に正規輸入されてないのが残念", "neg"),
])
F("seat-other", "ja", "twitter", "seat none", [
    ("新幹線の窓側の席、富士山見えた", "+safe-in-language"),
    "ライセンスのシート数が足りないって情シスに怒られた",
    ("街乗り用の小さい車、おすすめある？", "category"),
])

# ---- python: the programming language vs the snake, Monty Python
F("python-brand", "en", "twitter", "python about pos", [
    "Python 3.13 finally made the REPL nice to use {pe}",
    ("@ThePSF thank you for the PyCon grants, my first conference ever", "direct pos"),
    ("pip dependency hell in Python is why I'm going grey at 29", "neg"),
    ("Python packaging in 2026 still has five competing tools, make it make sense", "neg"),
])
F("python-other", "en", "twitter", "python none", [
    "a ball python escaped at the pet store and everyone lost their minds",
    "Monty Python and the Holy Grail is still the funniest film ever made",
    "the python at the zoo ate a whole rabbit while we watched {ne}",
    ("What's the best first programming language for a 12 year old?", "category"),
    ("Rust's compiler errors are so good it feels like pair programming", "competitor"),
])
F("python-brand", "de", "twitter", "python about pos", [
    "Python ist für Datenanalyse einfach unschlagbar, Pandas sei Dank {pe}",
    ("Schon wieder ein Python-Update, das meine halbe Umgebung zerschießt", "neg"),
    ("Unser Kurs Python für Einsteiger in {city} ist ausgebucht", "neu"),
])
F("python-other", "de", "forum", "python none", [
    "Der Python im Terrarium meines Nachbarn ist drei Meter lang",
    "Monty Python gucken am {day}, Kindheitserinnerungen",
    ("Welche Programmiersprache sollte man 2026 als Anfänger lernen?", "category"),
])
F("python-brand", "fr", "twitter", "python about pos", [
    "Python, c'est le langage parfait pour débuter, limpide {pe}",
    ("Mon script Python met 40 minutes, en C ça prendrait 2", "neg"),
])
F("python-other", "fr", "twitter", "python none", [
    "Un python retrouvé dans une cage d'escalier à {city}, les pompiers sont sur place",
    "Les Monty Python, c'est l'humour anglais à son sommet",
    ("Quel langage apprendre pour faire de l'analyse de données ?", "category"),
])
F("python-brand", "es", "twitter", "python about pos", [
    "Aprendí Python en un verano y ahora automatizo medio trabajo {pe}",
    ("Python es lento, lo sé, pero se escribe tan rápido...", "mix"),
])
F("python-other", "es", "twitter", "python none", [
    ("Una pitón de tres metros en un jardín de {city}, increíble", "+safe-in-language"),
    "Los Monty Python deberían ser patrimonio de la humanidad",
    ("¿Qué lenguaje de programación recomendáis para empezar?", "category"),
])
F("python-brand", "pl", "twitter", "python about pos", [
    "W Pythonie napisałem bota, który zamawia mi pizzę {pe}",
    ("Python znowu zmienia coś w typowaniu, a ja dopiero się nauczyłem", "neg"),
])
F("python-other", "pl", "forum", "python none", [
    ("Pyton tygrysi w zoo w {city} to prawdziwy olbrzym", "+safe-in-language"),
    "Monty Python w telewizji o północy, klasyka",
    ("Jaki język programowania na start? Chcę robić analizy danych", "category"),
])
F("python-brand", "pt", "twitter", "python about pos", [
    "O Python salvou-me o trabalho: automatizei os relatórios todos {pe}",
    ("Instalar Python no portátil do trabalho foi uma aventura com o PATH", "neg"),
])
F("python-other", "pt", "twitter", "python none", [
    ("Uma píton apareceu no quintal de um vizinho em Goiás", "+safe-in-language"),
    "Monty Python é o melhor humor britânico, ponto final",
    ("Que linguagem devo aprender primeiro para trabalhar com dados?", "category"),
])
F("python-brand", "it", "twitter", "python about pos", [
    "Corso di Python finito, ora faccio scraping di tutto {pe}",
    ("Python è lentissimo per questo calcolo, passo al C++", "neg"),
])
F("python-other", "it", "twitter", "python none", [
    ("Un pitone nel giardino di casa a {city}, intervengono i vigili", "+safe-in-language"),
    "Stasera maratona Monty Python, chi viene?",
    ("Quale linguaggio imparare per l'analisi dati?", "category"),
])
F("python-brand", "zh-Hans", "weibo", "python about pos +code-switching", [
    "Python写爬虫真的太方便了，半小时搞定{pe}",
    ("Python的版本升级又把我的环境搞崩了", "neg"),
])
F("python-other", "zh-Hans", "weibo", "python none +safe-in-language", [
    "动物园的缅甸蟒好大，小朋友都看呆了",
    "蟒蛇吞了一整只羊，新闻看得我头皮发麻",
    ("零基础学编程，先学哪门语言？", "category"),
])
F("python-brand", "zh-Hant", "forum", "python about pos +code-switching", [
    "用 Python 寫了一個自動記帳程式，超實用",
    ("Python 的套件管理真的很亂，每次裝都出事", "neg"),
])
F("python-other", "zh-Hant", "forum", "python none", [
    ("寵物店的球蟒好可愛，但我媽不准我養", "+safe-in-language"),
    ("想轉職做資料分析，該學哪種程式語言？", "category"),
])
F("python-brand", "ja", "twitter", "python about pos", [
    "Pythonで業務を自動化したら残業ゼロになった{pe}",
    ("Pythonのバージョン管理、毎回ハマる…", "neg"),
    ("パイソンの勉強会、{city}でやるらしい", "neu"),
])
F("python-other", "ja", "twitter", "python none", [
    "ボールパイソン飼い始めた、おとなしくてかわいい",
    ("爬虫類カフェでニシキヘビ触った", "+safe-in-language"),
    ("プログラミング初心者、最初に何の言語をやればいい？", "category"),
])

# ---- mercury: the outboard maker vs the planet, the element, Freddie Mercury
F("mercury-brand", "en", "forum", "mercury about pos", [
    "New Mercury 150 on the back of my boat, quiet and thrifty {pe}",
    ("@MercuryMarine my Verado throws a warning light every time I go above 4000 rpm", "direct neg"),
    "Mercury outboards are pricey but my dealer says they'll outlive the hull",
])
F("mercury-other", "en", "twitter", "mercury none", [
    "Mercury retrograde again, so I'm blaming it for everything this week",
    "Freddie Mercury's voice on Bohemian Rhapsody still gives me chills",
    "Mercury is the closest planet to the sun but not the hottest, TIL",
    "old thermometers had mercury in them and we weren't allowed to touch them",
    ("What's the most reliable outboard for a small fishing boat?", "category"),
    ("Yamaha 90 two-stroke has never let me down in 15 years", "competitor"),
])
F("mercury-brand", "de", "forum", "mercury about pos", [
    "Mercury-Außenborder mit 60 PS, springt jedes Mal sofort an {pe}",
    ("Ersatzteile für meinen alten Mercury kosten ein Vermögen", "neg"),
])
F("mercury-other", "de", "twitter", "mercury none", [
    ("Merkur steht heute Abend tief am Horizont, gut zu sehen", "+safe-in-language"),
    ("Quecksilber im Fisch? Lieber öfter Hering statt Thunfisch", "+safe-in-language"),
    "Freddie Mercury hätte heute Geburtstag gehabt",
    ("Welcher Außenborder für ein kleines Angelboot? Max 15 PS", "category"),
])
F("mercury-brand", "fr", "forum", "mercury about pos", [
    "Moteur Mercury sur le bateau de mon père depuis 20 ans, jamais une panne",
    ("Révision du Mercury 115 chez le concessionnaire : 600 €, aïe", "neg"),
])
F("mercury-other", "fr", "twitter", "mercury none", [
    ("Mercure rétrograde : tout le monde s'en sert comme excuse", "+safe-in-language"),
    "Le biopic sur Freddie Mercury m'a fait pleurer",
    ("Quel moteur hors-bord pour un petit bateau de pêche ?", "category"),
])
F("mercury-brand", "es", "forum", "mercury about pos", [
    "Motor Mercury nuevo en la lancha, consume la mitad {pe}",
    ("El servicio técnico de Mercury en {city} tarda semanas", "neg"),
])
F("mercury-other", "es", "twitter", "mercury none", [
    ("Mercurio retrógrado y yo aquí sin enterarme de nada", "+safe-in-language"),
    "Freddie Mercury cantando en Wembley, piel de gallina",
    ("¿Qué motor fueraborda recomendáis para una barca pequeña?", "category"),
])
F("mercury-brand", "pl", "forum", "mercury about pos", [
    "Silnik Mercury na łódce po 10 latach dalej pali od strzała {pe}",
    ("Serwis Mercury na Mazurach drogi jak diabli", "neg"),
])
F("mercury-other", "pl", "twitter", "mercury none", [
    ("Rtęć w starych termometrach to był hit PRL-u", "+safe-in-language"),
    "Freddie Mercury to najlepszy wokalista wszech czasów",
    ("Jaki silnik zaburtowy do małej łódki wędkarskiej?", "category"),
])
F("mercury-brand", "pt", "forum", "mercury about pos", [
    "Motor Mercury novo no barco, silencioso e económico",
    ("Peças para o Mercury antigo do meu pai são uma fortuna", "neg"),
])
F("mercury-other", "pt", "twitter", "mercury none", [
    ("Mercúrio retrógrado outra vez, a culpa é dele", "+safe-in-language"),
    "Freddie Mercury nasceu em Zanzibar, sabiam?",
    ("Que motor de popa recomendam para um barco de pesca pequeno?", "category"),
])
F("mercury-brand", "it", "forum", "mercury about pos", [
    "Fuoribordo Mercury da 40 cavalli, parte al primo colpo {pe}",
    ("Tagliando del Mercury in cantiere a {city}: 500 euro, ahia", "neg"),
])
F("mercury-other", "it", "twitter", "mercury none", [
    ("Mercurio retrogrado: la scusa perfetta per tutto", "+safe-in-language"),
    "Freddie Mercury resta la voce più bella del rock",
    ("Che motore fuoribordo per una barchetta da pesca?", "category"),
])
F("mercury-brand", "zh-Hans", "weibo", "mercury about pos", [
    "新换的水星船外机，噪音小油耗低{pe}",
    ("水星船外机的配件太难买了", "neg"),
])
F("mercury-other", "zh-Hans", "weibo", "mercury none", [
    "今晚水星逆行，做事小心点",
    ("水银体温计打碎了，怎么处理？", "+safe-in-language"),
    ("小渔船用什么牌子的船外机比较耐用？", "category"),
])
F("mercury-brand", "zh-Hant", "forum", "mercury about pos", [
    ("新買的 Mercury 船外機很安靜，出海釣魚剛好", "+code-switching"),
    ("水星舷外機保養一次要好幾萬", "neg"),
])
F("mercury-other", "zh-Hant", "forum", "mercury none", [
    "水星逆行又來了，大家講話小心",
    ("釣魚小船的舷外機，哪個牌子比較耐用？", "category"),
])
F("mercury-brand", "ja", "twitter", "mercury about pos", [
    "マーキュリーの船外機、燃費が良くて助かる",
    "Mercuryの150馬力、加速がすごい{pe}",
])
F("mercury-other", "ja", "twitter", "mercury none", [
    "フレディ・マーキュリーの伝記映画、何回見ても泣ける",
    "水星は太陽に一番近い惑星",
    ("小型ボートの船外機、どのメーカーがいい？", "category"),
])

# ---- deutsche_bahn: the railway vs "Bahn" as lane/track, U-Bahn, dB, DB, ICE
F("deutsche_bahn-brand", "de", "twitter", "deutsche_bahn about neg", [
    ("ICE nach {city} fällt aus, Ersatzzug 90 Minuten später. Danke, Deutsche Bahn 🙃", "+sarcasm"),
    ("@DB_Bahn mein Anschluss in Fulda ist weg, bekomme ich mein Geld zurück?", "direct"),
    ("Die Bahn war heute pünktlich auf die Minute. Ich bin sprachlos {pe}", "pos"),
    ("BahnCard 50 lohnt sich für mich jedes Jahr, auch wenn ich meckere", "pos"),
    "S-Bahn steht wieder, Signalstörung. Jeden verdammten {day}.",
])
F("deutsche_bahn-other", "de", "forum", "deutsche_bahn none", [
    "Schwimmbad heute voll, auf jeder Bahn mindestens zehn Leute",
    "Auf der linken Bahn wird gedrängelt, als gäbe es kein Morgen",
    "Die U-Bahn in {ubahn} ist neu gestrichen, sieht richtig gut aus",
    "Der Lärmpegel lag bei 85 dB, viel zu laut für ein Wohngebiet",
    ("Fernbus oder Zug nach Berlin, was ist günstiger?", "category"),
    ("Flixtrain war heute günstiger und sogar pünktlich", "competitor"),
], slots={"ubahn": ["Hamburg", "München", "Nürnberg"]})
F("deutsche_bahn-minimal", "de", "twitter", "deutsche_bahn none +minimal-pair", [
    "Freie Bahn für die Radfahrer, endlich ein eigener Streifen",
    ("Freie Bahn? Von wegen, die Bahn hat wieder Verspätung", "about neg"),
    "Bin heute 40 Bahnen geschwommen und fühl mich wie neu",
    ("Bin heute 40 Minuten mit der Bahn gestanden und fühl mich wie tot", "about neg"),
])
F("deutsche_bahn-brand", "en", "twitter", "deutsche_bahn about neg", [
    "Deutsche Bahn delayed by 80 minutes, German efficiency my foot",
    ("Took the ICE from Frankfurt to Berlin, the wifi actually worked, shocking {pe}", "pos"),
    ("@DB_Bahn booked a reservation and someone's dog was sitting in it", "direct"),
])
F("deutsche_bahn-other", "en", "twitter", "deutsche_bahn none", [
    "ICE raids in {us} again, community groups are organising",
    "the DB migration took 6 hours and we still lost an index {ne}",
    "ice on the tram tracks again this morning, walked instead",
    ("Train or bus from Munich to Vienna? Never done it", "category"),
], slots={"us": ["Chicago", "Los Angeles", "Minneapolis"]})
F("deutsche_bahn-brand", "fr", "twitter", "deutsche_bahn about neg", [
    "La Deutsche Bahn, ponctuelle ? Mon ICE Paris-Francfort avait 2 h de retard",
    ("Voyage en ICE jusqu'à Stuttgart, confortable et silencieux {pe}", "pos"),
])
F("deutsche_bahn-other", "fr", "twitter", "deutsche_bahn none", [
    "Le concert était à 110 dB, j'ai encore les oreilles qui sifflent",
    ("Train ou bus pour aller de Strasbourg à Munich ?", "category"),
    ("La SNCF a encore supprimé mon TER, quelle surprise", "competitor"),
])
F("deutsche_bahn-brand", "es", "twitter", "deutsche_bahn about neg", [
    "Viajar con la Deutsche Bahn es una lotería: hoy 40 minutos tarde",
    ("El ICE de Colonia a Berlín va como la seda {pe}", "pos"),
])
F("deutsche_bahn-other", "es", "twitter", "deutsche_bahn none", [
    ("La base de datos (la DB) se cayó en plena demo, pánico", "+code-switching"),
    ("¿Tren o autobús para ir de Múnich a Praga?", "category"),
])
F("deutsche_bahn-brand", "pl", "twitter", "deutsche_bahn about neg", [
    "Deutsche Bahn znowu opóźniona, przesiadka w Berlinie przepadła",
    ("Pociąg ICE do Hamburga: szybko, cicho i czysto {pe}", "pos"),
])
F("deutsche_bahn-other", "pl", "twitter", "deutsche_bahn none", [
    "Na koncercie było ponad 100 dB, uszy mi dzwonią",
    ("Pociągiem czy autobusem z Wrocławia do Drezna?", "category"),
    ("PKP Intercity dziś punktualnie, cud", "competitor"),
])
F("deutsche_bahn-brand", "pt", "twitter", "deutsche_bahn about neg", [
    "A Deutsche Bahn atrasou 1 hora e perdi a ligação para Munique",
    ("O ICE entre Colónia e Frankfurt é rapidíssimo {pe}", "pos"),
])
F("deutsche_bahn-other", "pt", "twitter", "deutsche_bahn none", [
    "O teste deu 90 dB, o vizinho tem mesmo de baixar a música",
    ("Comboio ou autocarro de Berlim para Praga?", "category"),
])
F("deutsche_bahn-brand", "it", "twitter", "deutsche_bahn about neg", [
    "Deutsche Bahn in ritardo di 50 minuti, e io che credevo ai tedeschi puntuali",
    ("ICE da Monaco a Berlino: comodo e il wifi funziona {pe}", "pos"),
])
F("deutsche_bahn-other", "it", "twitter", "deutsche_bahn none", [
    "Il rumore del cantiere arriva a 95 dB, impossibile lavorare",
    ("Treno o pullman da Monaco a Salisburgo?", "category"),
    ("Trenitalia stavolta puntualissima, miracolo", "competitor"),
])
F("deutsche_bahn-brand", "zh-Hans", "weibo", "deutsche_bahn about neg", [
    "德铁又晚点了一个小时，德国人的严谨呢？",
    ("在德国坐ICE，又快又稳{pe}", "pos +code-switching"),
])
F("deutsche_bahn-other", "zh-Hans", "weibo", "deutsche_bahn none", [
    ("地铁早高峰挤得像沙丁鱼", "+safe-in-language"),
    ("DB连接池又满了，线上报警一整晚", "+code-switching"),
    ("从慕尼黑去布拉格，坐火车还是大巴？", "category"),
])
F("deutsche_bahn-brand", "zh-Hant", "forum", "deutsche_bahn about neg", [
    "德鐵誤點是常態，這次等了兩小時",
    ("搭 ICE 從法蘭克福到柏林，比想像中舒服", "pos +code-switching"),
])
F("deutsche_bahn-other", "zh-Hant", "forum", "deutsche_bahn none", [
    ("捷運的噪音竟然有 85 dB，難怪耳朵痛", "+code-switching"),
    ("德國自助旅行，火車通行證划算嗎？", "category"),
])
F("deutsche_bahn-brand", "ja", "twitter", "deutsche_bahn about neg", [
    "ドイツ鉄道、また遅延…乗り継ぎ全部パー",
    ("ICEでフランクフルトからベルリンへ、快適だった{pe}", "pos +code-switching"),
])
F("deutsche_bahn-other", "ja", "twitter", "deutsche_bahn none", [
    ("DBのバックアップ取り忘れて青ざめた", "+code-switching"),
    ("ミュンヘンからウィーン、電車とバスどっちがいい？", "category"),
])

# ---- redbull: the energy drink (and its teams) vs red bulls; "sick" is praise here
F("redbull-brand", "en", "twitter", "redbull about pos", [
    ("that Red Bull Rampage run was SICK, how is he even alive {pe}", "+context-dependent"),
    ("three Red Bulls before my exam and now I can hear colours", "mix"),
    ("@redbull the summer edition is sick dude, bring it back for good", "direct pos +context-dependent"),
    ("felt sick after one Red Bull on an empty stomach, never again {ne}", "neg +context-dependent"),
    ("Red Bull Racing strategy today was a disaster, threw the win away", "neg"),
])
F("redbull-other", "en", "twitter", "redbull none", [
    "a massive red bull broke through the fence at the farm, total chaos {xe}",
    "markets seeing red, but the bull run isn't over yet, say analysts",
    "Chicago Bulls in their red jerseys tonight, let's gooo",
    "the red bull in the painting was the first thing everyone noticed",
    ("need an energy drink that won't make my heart race, any tips?", "category"),
    ("Celsius is the only energy drink I can stand", "competitor"),
])
F("redbull-minimal", "en", "twitter", "redbull about pos +minimal-pair +context-dependent", [
    "the new Red Bull flavour is sick 🔥",
    ("the new Red Bull flavour made me sick 🤢", "neg"),
    ("the red bull at the farm looks sick, calling the vet", "none"),
])
F("redbull-brand", "de", "twitter", "redbull about pos", [
    "Red Bull Salzburg spielt heute wieder wie entfesselt {pe}",
    ("Zwei Red Bull in der Nachtschicht und ich zitter immer noch", "neg"),
    ("Red Bull verleiht Flügel, aber nicht im Matheunterricht 😂", "neu"),
])
F("redbull-other", "de", "forum", "redbull none +safe-in-language", [
    "Der rote Stier auf dem Weinetikett sieht echt edel aus",
    "Stierkampf-Plakat mit einem roten Bullen, geschmacklos",
    ("Welcher Energydrink hat am wenigsten Zucker?", "category"),
])
F("redbull-brand", "fr", "twitter", "redbull about pos", [
    "Red Bull Racing encore champion, Verstappen est intouchable",
    ("Un Red Bull pour tenir la nuit de révisions, mauvaise idée {ne}", "neg"),
])
F("redbull-other", "fr", "twitter", "redbull none", [
    ("Le taureau rouge de la féria de Nîmes, quel spectacle", "+safe-in-language"),
    ("Quelle boisson énergisante sans trop de sucre ?", "category"),
])
F("redbull-brand", "es", "twitter", "redbull about pos", [
    "El Red Bull de sandía está buenísimo, me tiene enganchado {pe}",
    "Red Bull Batalla este año en {city}, ¡vamos!",
])
F("redbull-other", "es", "twitter", "redbull none", [
    ("Un toro rojo pintado en la pared del bar, muy castizo", "+safe-in-language"),
    ("¿Qué bebida energética tiene menos azúcar?", "category"),
])
F("redbull-brand", "pl", "twitter", "redbull about pos", [
    "Red Bull przed sesją to mój rytuał, bez niego nie ma nauki",
    ("Po dwóch Red Bullach serce mi wali, przesadziłem", "neg"),
])
F("redbull-other", "pl", "twitter", "redbull none", [
    ("Czerwony byk na fladze tej gminy wygląda dumnie", "+safe-in-language"),
    ("Jaki energetyk ma najmniej cukru?", "category"),
])
F("redbull-brand", "pt", "twitter", "redbull about pos", [
    "O Red Bull Bragantino ganhou de novo, o time está voando {pe}",
    ("Tomei um Red Bull às 22h e agora são 4h e estou aqui", "neg"),
])
F("redbull-other", "pt", "twitter", "redbull none", [
    ("O touro vermelho da festa da aldeia assustou toda a gente", "+safe-in-language"),
    ("Qual energético tem menos açúcar?", "category"),
])
F("redbull-brand", "it", "twitter", "redbull about neg", [
    "Red Bull Racing ha sbagliato tutto ai box oggi",
    ("Red Bull e lo studio notturno: combo vincente {pe}", "pos"),
])
F("redbull-other", "it", "twitter", "redbull none", [
    ("Un toro rosso dipinto sul muro della cantina, bellissimo", "+safe-in-language"),
    ("Quale energy drink ha meno zuccheri?", "category"),
])
F("redbull-brand", "zh-Hans", "weibo", "redbull about pos", [
    "熬夜必备红牛，一罐下去精神了{pe}",
    ("喝了两罐红牛心跳得好快，不敢再喝了", "neg"),
])
F("redbull-other", "zh-Hans", "weibo", "redbull none", [
    "村里那头红牛今天下了小牛犊",
    ("有没有不含糖的功能饮料推荐？", "category"),
])
F("redbull-brand", "zh-Hant", "forum", "redbull about pos", [
    "期末考靠紅牛撐過去，謝了{pe}",
    ("紅牛車隊今天的策略太爛了", "neg"),
])
F("redbull-other", "zh-Hant", "forum", "redbull none", [
    "牧場裡有一頭紅牛特別兇，大家都不敢靠近",
    ("有推薦低糖的能量飲料嗎？", "category"),
])
F("redbull-brand", "ja", "twitter", "redbull about pos", [
    "レッドブル飲んで徹夜でレポート仕上げた",
    ("レッドブルのF1チーム、今日の戦略は謎すぎ", "neg"),
])
F("redbull-other", "ja", "twitter", "redbull none", [
    ("会津の赤べこ、お土産に買った", "+safe-in-language"),
    ("カフェイン少なめのエナジードリンクってある？", "category"),
])

# ---- st_marys_hospital: the Paddington hospital vs other St Mary's; "sick" is a symptom here
F("st_marys_hospital-brand", "en", "twitter", "st_marys_hospital about pos", [
    ("Been sick for 3 days, finally went to St Mary's A&E, seen within 2 hours, amazing staff {pe}", "+context-dependent"),
    ("@ImperialNHS 7 hour wait at St Mary's A&E tonight with a sick toddler. Something has to change.", "direct neg +context-dependent"),
    "St Mary's Hospital maternity team were incredible when our daughter arrived {when}",
    ("Another royal baby at the Lindo Wing, the press pack is already outside", "neu"),
    ("Parking at St Mary's Paddington is a nightmare, £4 an hour", "neg"),
])
F("st_marys_hospital-other", "en", "facebook", "st_marys_hospital none", [
    "St Mary's church in the village is doing a bake sale on {day}, all welcome",
    "St Mary's Hospital in Manchester is opening a new neonatal unit",
    "The Isle of Wight's St Mary's hospital needs more beds, says report",
    "took the ferry to St Mary's on the Scillies, gorgeous beaches {pe}",
    ("which London A&E has the shortest waits at night? asking for a sick friend", "category +context-dependent"),
    ("Chelsea and Westminster's maternity unit was fantastic, 10/10", "competitor"),
])
F("st_marys_hospital-minimal", "en", "twitter", "st_marys_hospital none +minimal-pair +context-dependent", [
    "the new St Mary's school playground is sick, kids love it",
    ("the new St Mary's A&E waiting room is sick, kids everywhere coughing", "about neg"),
])
F("st_marys_hospital-brand", "fr", "news", "st_marys_hospital about neu", [
    "La princesse a accouché à l'hôpital St Mary's de Londres, comme pour ses aînés",
    ("Mon cousin infirmier à St Mary's Hospital dit que les urgences sont saturées", "neg"),
])
F("st_marys_hospital-other", "fr", "twitter", "st_marys_hospital none", [
    "L'église St Mary's de ce village anglais est magnifique",
    ("Quel hôpital à Londres pour une urgence le week-end ?", "category"),
])
F("st_marys_hospital-brand", "de", "news", "st_marys_hospital about neu", [
    "Royal Baby: Das Warten vor dem St Mary's Hospital in London beginnt",
    ("Meine Schwester ist Ärztin im St Mary's in Paddington, die Schichten sind brutal", "neg"),
])
F("st_marys_hospital-other", "de", "forum", "st_marys_hospital none", [
    "Das St Mary's College in Twickenham hat ein tolles Austauschprogramm",
    ("Welches Krankenhaus in London hat eine gute Notaufnahme für Touristen?", "category"),
])
F("st_marys_hospital-brand", "es", "twitter", "st_marys_hospital about neu", [
    "Nació el bebé real en el St Mary's Hospital, la prensa lleva días en la puerta",
    ("En el St Mary's de Londres me atendieron rapidísimo cuando me puse mala {pe}", "pos +context-dependent"),
])
F("st_marys_hospital-other", "es", "twitter", "st_marys_hospital none", [
    ("Hospital de Santa María en Lisboa: colas de horas en urgencias", "+safe-in-language"),
    "St Mary's, la iglesia del pueblo inglés, salía en la película",
    ("¿Qué hospital de Londres tiene urgencias para turistas?", "category"),
])
F("st_marys_hospital-brand", "pl", "facebook", "st_marys_hospital about pos", [
    "Rodziłam w St Mary's Hospital w Londynie, położne były cudowne {pe}",
    ("Sześć godzin na SOR w St Mary's z chorym dzieckiem, masakra", "neg +context-dependent"),
])
F("st_marys_hospital-other", "pl", "facebook", "st_marys_hospital none", [
    "Kościół St Mary's w Oksfordzie, piękna wieża",
    ("Do jakiego szpitala w Londynie jechać z nagłym przypadkiem?", "category"),
])
F("st_marys_hospital-brand", "pt", "twitter", "st_marys_hospital about neu", [
    "O bebé real nasceu no St Mary's Hospital, como os irmãos",
    ("Estive nas urgências do St Mary's em Londres, atendimento impecável", "pos"),
])
F("st_marys_hospital-other", "pt", "twitter", "st_marys_hospital none", [
    ("O Hospital de Santa Maria, em Lisboa, abre nova ala pediátrica", "+safe-in-language"),
    ("Que hospital em Londres recomendam para urgências?", "category"),
])
F("st_marys_hospital-brand", "it", "twitter", "st_marys_hospital about neu", [
    "Nato il royal baby al St Mary's Hospital di Londra",
    ("Al pronto soccorso del St Mary's ho aspettato cinque ore con la febbre", "neg +context-dependent"),
])
F("st_marys_hospital-other", "it", "twitter", "st_marys_hospital none", [
    "La chiesa di St Mary's a Oxford è un gioiello gotico",
    ("Ospedale Santa Maria Nuova a Firenze, reparto rinnovato", "+safe-in-language"),
    ("Quale ospedale a Londra per un'emergenza da turista?", "category"),
])
F("st_marys_hospital-brand", "zh-Hans", "weibo", "st_marys_hospital about neu", [
    "英国王室宝宝又在伦敦圣玛丽医院出生了",
    ("在伦敦留学发烧去了圣玛丽医院，急诊等了五个小时", "neg"),
])
F("st_marys_hospital-other", "zh-Hans", "weibo", "st_marys_hospital none", [
    "曼彻斯特的圣玛丽医院新开了儿科中心",
    ("在伦敦看急诊去哪家医院比较快？", "category"),
])
F("st_marys_hospital-brand", "zh-Hant", "forum", "st_marys_hospital about neu", [
    "凱特王妃在倫敦聖瑪麗醫院產下王子",
    ("聖瑪麗醫院的 Lindo Wing 住一晚要好幾十萬台幣", "neg"),
])
F("st_marys_hospital-other", "zh-Hant", "forum", "st_marys_hospital none", [
    "新北的聖瑪麗幼兒園下週開放參觀",
    ("在倫敦生病要去哪間醫院掛急診？", "category"),
])
F("st_marys_hospital-brand", "ja", "twitter", "st_marys_hospital about neu", [
    "ロンドンのセント・メアリーズ病院、ロイヤルベビー誕生で報道陣がすごい",
    ("留学中に熱を出してセント・メアリーズ病院に行ったら、待ち時間が長すぎた", "neg"),
])
F("st_marys_hospital-other", "ja", "twitter", "st_marys_hospital none", [
    "セント・メアリー教会で友達の結婚式があった",
    ("ロンドンで急に体調を崩したら、どこの病院に行けばいい？", "category"),
])

# ---- more social-media surface (hashtags, links, elongations, typos) and mixed families
F("microsoft-social", "ja", "twitter", "microsoft about neg", [
    "Teamsの通知うるさすぎて集中できないんだが #在宅勤務",
    ("オフィスチェア買い替えたら腰痛が消えた #在宅勤務", "none"),
    ("Windows11にしたら動作かるくなった！ https://t.co/w11fast", "pos"),
    ("窓ふき終わった〜 ウィンドウズじゃなくて本物の窓ね笑", "none +negation"),
])
F("microsoft-social", "zh-Hant", "forum", "microsoft about neg", [
    "Excel 又當機了啦啦啦啦 #崩潰",
    ("辦公室 office 的咖啡機壞了，整個 team 都很崩潰", "none +code-switching"),
    ("微軟 Copilot 幫我寫報告，老闆說寫得比我好 😂", "mix"),
])
F("microsoft-social", "pt", "twitter", "microsoft about neg", [
    ("O Windows atualizou sozinho e perdi o trabalho todo, obrigadão Microsoft 🙃 #fail", "+sarcasm"),
    ("Home office com vista para o mar hoje, não me queixo #nomadadigital", "none +code-switching"),
    ("O Teams no telemóvel funciona melhor do que no portátil, vá-se lá saber", "mix"),
    ("Comprei um MacBook e nunca mais quero saber de PCs", "microsoft competitor; apple about pos"),
])
F("apple-social", "ja", "twitter", "apple about neg", [
    "iPhone落として画面バキバキ…修理代いくらだろ #iPhone",
    ("りんご飴おいしすぎる、お祭り最高 #夏祭り", "none +safe-in-language"),
    ("アップルウォッチで睡眠記録し始めた", "neu"),
    ("アップルミュージックとSpotifyどっちがいい？", "neu"),
])
F("apple-social", "zh-Hant", "forum", "apple about mix", [
    "新的 iPad Pro 好薄好輕，但價格也好嚇人 https://t.co/ipadpro",
    ("蘋果西打加冰塊，夏天就是要這樣 #古早味", "none"),
    ("用了三年 Pixel 換回 iPhone，還是習慣蘋果的系統", "pos"),
])
F("apple-social", "pt", "twitter", "apple about pos", [
    ("Maçã do amor na feira, sabor de infância #festajunina", "none +safe-in-language"),
    "O iPhone do meu irmão caiu na piscina e sobreviveu kkkkk",
    ("alguém sabe se a Apple Store do shoping já reabriu?? preciso de um carregador", "neu +typo"),
])
F("corona-social", "en", "twitter", "corona about pos", [
    "#CoronaTime 🍺 beach, lime, done",
    ("#corona cases rising again in care homes, please wear a mask", "none"),
    "Coronaaaa with limeeee 🍋 best summer ever",
])
F("corona-social", "ja", "twitter", "corona about pos", [
    "#コロナビール 片手に花火大会",
    ("#コロナ 後遺症で味覚がまだ戻らない", "none"),
])
F("corona-social", "de", "twitter", "corona about neg", [
    ("Corona-Bier ist auch nur Bier mit Marketing, sorry not sorry", "+code-switching"),
    ("#Corona-Regeln im Altenheim wieder verschärft", "none"),
    ("Kauft noch wer Corona-Bier? Die Leute gucken einen seit 2020 komisch an 😅", "neu"),
])
F("jaguar-social", "en", "twitter", "jaguar none", [
    "#jaguar spotted in the Pantanal 🐆 https://t.co/pantanal1",
    ("my jagaur's in the shop AGAIN, @Jaguar this is getting old", "direct neg +typo"),
    ("JLR cyber attack still hitting production, dealers have no cars", "about neg"),
])
F("jaguar-social", "zh-Hant", "forum", "jaguar about neu", [
    "捷豹 I-Pace 二手價崩得好快，現在入手划算嗎？",
    ("#美洲豹 是南美最大的貓科動物", "none +safe-in-language"),
])
F("jaguar-social", "ja", "twitter", "jaguar about pos", [
    "ジャガーのディーラー行ったら試乗させてもらえた！",
    ("ジャガー横田の試合、昔テレビで見てた", "none"),
])
F("shell-social", "en", "twitter", "shell none", [
    "#shellfish allergy is no joke, spent the night in A&E",
    ("Shell V-Power plus a car wash for {price}, not bad 👍", "about pos"),
    ("Shell shareholders vote down the climate resolution again https://t.co/agm2026", "about neg"),
    "egg shell fragments in my omelette, thanks {name}",
], slots={"price": ["£20", "£25", "£18"]})
F("shell-social", "pt", "twitter", "shell about pos", [
    "Posto Shell na autoestrada com casa de banho limpíssima, 5 estrelas ⭐",
    ("#Shell anuncia venda de ativos na Nigéria", "neu"),
])
F("shell-social", "ja", "twitter", "shell about pos", [
    "シェルのスタンドで洗車してもらった",
    ("貝殻(シェル)でアクセサリー作った #ハンドメイド", "none"),
])
F("amazon-social", "en", "twitter", "amazon about mix", [
    "Prime Day haul: a kettle, 3 books and regret #PrimeDay",
    ("amazonnnn why did you cancel my order 😭", "neg"),
    ("Amazon basin fires visible from space https://t.co/nasa-fires", "none"),
])
F("amazon-social", "zh-Hant", "forum", "amazon about pos", [
    "亞馬遜買的電子書閱讀器壞了，客服居然直接換新",
    ("#亞馬遜雨林 每分鐘消失一個足球場", "none"),
])
F("amazon-social", "pt", "twitter", "amazon about pos", [
    "Comprei na Amazon.com.br e chegou no mesmo dia em São Paulo",
    ("Pesquisa na Amazônia descobre nova espécie de macaco #ciência", "none +safe-in-language"),
])
F("orange-social", "fr", "twitter", "orange about neg", [
    "#Orange panne géante de la fibre dans tout le Sud-Ouest, plus rien ne marche",
    ("Orange mécanique au ciné-club ce soir, chef-d'œuvre", "none"),
    ("@Sosh_fr mon forfait à 10 € tient toute l'année, merci", "direct pos"),
    ("Le gilet orange fluo du cantonnier, on le voit à 2 km", "none"),
])
F("orange-social", "ja", "twitter", "orange about pos", [
    "パリでOrangeのショップに行ったら店員さんが英語で対応してくれた",
    ("オレンジ色の夕焼けがきれい", "none +safe-in-language"),
])
F("orange-social", "zh-Hant", "forum", "orange about pos +code-switching", [
    "Orange 法國電信的 eSIM 超方便，落地就能用",
    ("橘子汽水 orange soda 是童年回憶", "none"),
])
F("play-social", "pl", "twitter", "play about neg", [
    "#Play znowu awaria sieci w całym {city}?",
    "Playyyy, dajcie wreszcie normalny internet na wsi",
    ("#playoffs PlusLiga: Jastrzębie w finale!", "none"),
    ("Fair play, Lewy, szacun za ten gest", "none"),
])
F("play-social", "ja", "twitter", "play none", [
    "プレステ5買った、ソフト何がおすすめ？ #PlayStation",
])
F("xiaomi-social", "zh-Hans", "weibo", "xiaomi about pos", [
    "#小米SU7# 交付了！等了八个月终于提车{pe}",
    ("小米粥养胃，#养生# 从早餐开始", "none"),
    ("雷军：小米汽车今年目标交付30万台 https://t.co/su7", "neu"),
])
F("xiaomi-social", "ja", "twitter", "xiaomi about pos", [
    "シャオミのスマートバンド、2週間充電しなくていいの神",
])
F("xiaomi-social", "pt", "twitter", "xiaomi about pos", [
    "O Redmi da minha mãe caiu na sopa e continua a funcionar kkkk",
])
F("xiaomi-social", "es", "twitter", "xiaomi direct neg +ambiguous-in-language", [
    "@Xiaomi poco a poco me estáis perdiendo con tanta publicidad en HyperOS",
])
F("dove-social", "it", "twitter", "dove about neu +ambiguous-in-language", [
    "Dove trovo il bagnoschiuma Dove in offerta? 😂 #giocodiparole",
    ("Dove eravamo rimasti? Ah sì, al mare #estate", "none"),
    ("Sapone Dove alla lavanda, profumo delicatissimo", "pos"),
])
F("dove-social", "en", "twitter", "dove none", [
    "#dove release at the wedding went wrong, one flew into the cake",
    ("Dove ad with the grandma and her wrinkles 😭😭 https://t.co/realbeauty", "about pos"),
])
F("dove-social", "pt", "twitter", "dove about pos", [
    "Comprei o creme Dove e a minha pele agradece {pe}",
    ("Pomba da paz desenhada pelos miúdos na escola", "none +safe-in-language"),
])
F("tide-social", "en", "twitter", "tide none", [
    "#RollTide 🐘 game day baby",
    ("Tide pods smell sooooo good, my whole laundry room smells like a hotel", "about pos"),
    "the tide went out and left my kayak stuck in the mud {ne}",
])
F("tide-social", "zh-Hant", "forum", "tide about pos", [
    "汰漬洗衣球 買一送一 https://t.co/tide88",
    ("退潮後的潮間帶好多寄居蟹", "none +safe-in-language"),
])
F("tide-social", "ja", "twitter", "tide about pos", [
    "タイドの洗剤、コストコで売ってた！",
    ("潮の満ち引き、タイドグラフのアプリで見てる", "none"),
])
F("gap-social", "ja", "twitter", "gap about pos", [
    "ギャップのセールでキッズ服まとめ買い",
    ("#ギャップ萌え 強面店長が猫カフェの常連", "none"),
])
F("gap-social", "en", "twitter", "gap about neg", [
    "Gap's new collab sold out in 10 minutes 😤 https://t.co/gapcollab",
    ("#mindthegap ⚠️ London tube vibes", "none"),
])
F("gap-social", "zh-Hant", "forum", "gap about pos", [
    "GAP 童裝好可愛，外甥女穿剛好",
    ("世代 gap 好大，爸媽不懂為什麼要訂閱", "none +code-switching"),
])
F("target-social", "en", "twitter", "target about pos", [
    "#TargetRun 🎯 with the girls, the dollar spot had everything",
    ("Targeted ads following me everywhere after ONE search for a blender", "none"),
    ("target practice at the range this weekend 🎯", "none"),
])
F("target-social", "ja", "twitter", "target about neu", [
    "ターゲットのロゴの犬、ブルズアイって名前なんだって",
    ("マーケのターゲット設定ミスって全然売れなかった", "none"),
])
F("target-social", "pt", "twitter", "target about pos", [
    "A Target de Miami tinha tudo em promoção, voltei com mala extra",
])
F("puma-social", "en", "twitter", "puma none", [
    "#puma sighting on the trail cam, 3am, terrifying",
    ("PUMAAA drop today, got the Speedcats 🔥", "about pos"),
])
F("puma-social", "ja", "twitter", "puma about pos", [
    "プーマのジャージ、部屋着に最高",
    ("ピューマの赤ちゃんが公開されたらしい #動物園", "none +safe-in-language"),
])
F("puma-social", "zh-Hant", "forum", "puma about pos", [
    "彪馬新款跑鞋好輕，跑起來很舒服",
    ("紀錄片裡的美洲獅一跳好幾公尺", "none +safe-in-language"),
])
F("mango-social", "es", "twitter", "mango about pos", [
    "#rebajas Mango ya ha empezado online, corred",
    ("Mangos de Málaga, los mejores del mundo y punto", "none +ambiguous-in-language"),
])
F("mango-social", "en", "twitter", "mango none", [
    "mango szn 🥭🥭🥭",
    ("Mango's new campaign with the grandmas is so cute https://t.co/mango-campaign", "about pos"),
])
F("mango-social", "pt", "twitter", "mango about pos", [
    "A Mango tem os melhores blazers, não há volta a dar",
    ("Manga com sal, lanche de infância", "none +safe-in-language"),
])
F("seat-social", "es", "twitter", "seat about neu", [
    "#SEAT presenta el nuevo León en Martorell",
    ("Se me ha roto el asiento de la bici, qué incómodo", "none +safe-in-language"),
])
F("seat-social", "en", "twitter", "seat none", [
    "window seat or aisle seat? window. always. #travel",
    ("my seat belt light won't turn off in my Ibiza, SEAT dealer says it's the sensor", "about neg"),
])
F("seat-social", "zh-Hant", "forum", "seat about neu +code-switching", [
    "SEAT 的 Cupra 在歐洲好紅，台灣什麼時候會進？",
])
F("python-social", "en", "twitter", "python about pos", [
    "#100DaysOfCode day 12: Python list comprehensions finally clicked 🐍",
    ("🐍 found a python in the garage, not the programming kind", "none +negation"),
])
F("python-social", "ja", "twitter", "python about pos", [
    "Pythonの型ヒント、最初はめんどいけど慣れると手放せない",
    ("パイソン柄のバッグ買った", "none"),
])
F("python-social", "pt", "twitter", "python about pos", [
    "Curso de Python gratuito da universidade, recomendo muito https://t.co/pycurso",
])
F("mercury-social", "en", "twitter", "mercury about pos", [
    "#boatlife Mercury 9.9 kicker finally fixed, back on the water",
    ("Queen and Freddie Mercury tribute night at the pub, who's coming?", "none"),
    ("mercury levels in tuna: how worried should we be?", "none"),
])
F("mercury-social", "ja", "twitter", "mercury about neg", [
    "マーキュリーの船外機、修理に出したら一か月待ち",
    ("水星が見える時間帯、日没直後の西の空", "none"),
])
F("mercury-social", "pt", "forum", "mercury about pos", [
    "Mercury de 90 cavalos no barco novo para pescar na barragem {pe}",
])
F("deutsche_bahn-social", "de", "twitter", "deutsche_bahn about neg", [
    "#bahnchaos heute wieder in {city}, gar nichts geht",
    ("Bowlingbahn gemietet für den Kindergeburtstag", "none"),
    "Die Bahn hat's mal wieder geschafft: Zugbindung aufgehoben, trotzdem 3 Std. Verspätung https://t.co/dbinfo",
    ("Deutschlandticket für 58 € bei der DB, lohnt sich trotzdem", "pos"),
])
F("deutsche_bahn-social", "en", "twitter", "deutsche_bahn about mix", [
    "@DB_Bahn apologised for the 4 hour delay, at least that's something",
])
F("deutsche_bahn-social", "ja", "twitter", "deutsche_bahn about neg", [
    "ドイツ鉄道の遅延、もはや名物",
])
F("redbull-social", "en", "twitter", "redbull about mix", [
    "Red Bull gives you wiiiings and also anxiety",
    ("#redbull Cliff Diving in Mostar this weekend, unreal", "pos"),
    ("red bull terrier puppies for sale, vaccinated", "none"),
])
F("redbull-social", "ja", "twitter", "redbull about pos", [
    "レッドブル・エアレース、また日本でやってほしい",
    ("赤い牛のぬいぐるみ、会津のお土産", "none +safe-in-language"),
])
F("redbull-social", "zh-Hant", "forum", "redbull about mix", [
    "紅牛加伏特加，昨晚喝太多了",
])
F("st_marys_hospital-social", "en", "twitter", "st_marys_hospital about pos", [
    "#NHS shoutout to the night nurses at St Mary's, you're heroes ❤️",
    ("St Marys Uni graduation today, so proud of my little sis", "none"),
    ("St. Mary's A&E told us to go home and rest, turned out to be pneumonia {ne}", "neg"),
])
F("st_marys_hospital-social", "ja", "twitter", "st_marys_hospital about neu", [
    "セント・メアリーズ病院の前、記者でいっぱい #ロイヤルベビー",
])
F("st_marys_hospital-social", "pl", "facebook", "st_marys_hospital about mix", [
    "St Mary's w Paddington: lekarze super, ale czekanie na wyniki tragiczne",
])

# ---- hard cases: minimal pairs, negation, typos, sarcasm, competitor labels, multi-brand
_US = {"us": ["Chicago", "Austin", "Denver"]}
F("microsoft-hard", "en", "twitter", "microsoft about pos; apple competitor", [
    "Surface Pro finally feels like a real laptop replacement {pe}",
    ("not gonna lie, Outlook isn't as bad as everyone says", "microsoft about pos +negation"),
    ("Micrsoft Teams crashed again lol, 3rd time today", "microsoft about neg +typo"),
    ("this Windows laptop's battery outlasts my old MacBook by hours", "microsoft about pos; apple about neg"),
])
F("apple-hard", "en", "twitter", "apple about pos +negation", [
    "The new iPhone isn't bad at all, honestly the best one in years",
    ("iPhone {model} review: great camera, battery still meh", "apple about mix"),
    ("Apple Music vs Spotify? Spotify wins, sorry Apple", "apple about neg"),
    ("Xiaomi 14 Ultra camera is insane for the price {pe}", "xiaomi about pos; apple competitor"),
], slots={"model": _APPLE_MODEL})
F("apple-minimal2", "en", "twitter", "apple none", [
    ("Apple picking near {city} this weekend, who's in? 🍎", "+minimal-pair"),
    ("Apple Store in {city} this weekend, who's in? need a new charger", "about neu +minimal-pair"),
], slots={"city": ["Boston", "Seattle", "Denver"]})
F("xiaomi-hard", "zh-Hans", "weibo", "xiaomi about neu +negation", [
    "不是小米粥，是小米手机！我妈又听错了😂",
    ("苹果新机发布，果粉又要排队了", "apple about neu; xiaomi competitor"),
    ("小米的手机不差，就是系统广告多", "xiaomi about mix +negation"),
])
F("corona-minimal", "en", "twitter", "corona none", [
    ("Corona ruined my summer in 2020", "+minimal-pair"),
    ("Corona saved my summer, ice cold with lime on the beach", "about pos +minimal-pair"),
    ("not the virus, the beer: Corona Cero is surprisingly good", "about pos +negation"),
    ("Heineken 0.0 is the only alcohol-free beer worth drinking", "competitor"),
])
F("corona-hard", "es", "twitter", "corona about pos +negation", [
    "No hablo del virus, hablo de la cerveza: la Corona con limón es lo mejor",
    ("La Corona de España no se toca, dicen algunos", "none"),
])
F("jaguar-minimal", "en", "twitter", "jaguar none", [
    ("A jaguar just crossed the road in front of us in Belize 😱", "+minimal-pair"),
    ("A Jaguar just cut me off on the M25 😱", "about neg +minimal-pair"),
    ("not a fan of the new Jaguar logo, but the car itself looks great", "about mix +negation"),
    ("Porsche Macan is the better drive, sorry", "competitor"),
])
F("jaguar-hard", "de", "twitter", "jaguar about neg +negation", [
    "Kein Jaguar aus dem Zoo, sondern der F-Pace vom Nachbarn, der jeden Morgen röhrt",
])
F("shell-minimal", "en", "twitter", "shell none", [
    ("Shell out £80 for a concert ticket? no thanks", "+minimal-pair"),
    ("Shell: £80 for a full tank? no thanks", "about neg +minimal-pair"),
    ("I never buy fuel at Shell, the supermarket is always cheaper", "about neg +negation"),
    ("Esso just opened a massive new station on the ring road", "competitor"),
])
F("amazon-minimal", "en", "twitter", "amazon none", [
    ("Exploring the Amazon by boat this summer 🌿", "+minimal-pair"),
    ("Exploring the Amazon app's new AI shopping thing 🙄", "about neg +minimal-pair"),
    ("I didn't order anything from Amazon this month and my bank account thanks me", "about neu +negation"),
    ("Target's own brand snacks beat everything", "amazon competitor; target about pos"),
])
F("amazon-hard", "de", "twitter", "amazon none +negation", [
    "Nicht Amazon, sondern der Amazonas: Flussfahrt gebucht!",
])
F("orange-minimal", "fr", "twitter", "orange none", [
    ("Le ciel est tout orange ce soir à {city}", "+minimal-pair"),
    ("Le réseau Orange est tout pourri ce soir à {city}", "about neg +minimal-pair"),
    ("Jamais eu un souci avec Orange en dix ans, je ne comprends pas les râleurs", "about pos +negation"),
    ("SFR m'a encore augmenté mon forfait sans prévenir", "competitor"),
])
F("play-minimal", "pl", "twitter", "play none", [
    ("Play nie działa od rana, przycisk na pilocie się zaciął", "+minimal-pair"),
    ("Play nie działa od rana, zero zasięgu", "about neg +minimal-pair"),
    ("Nie narzekam na Play, za te pieniądze jest ok", "about pos +negation"),
    ("Orange w końcu dał mi światłowód {pe}", "play competitor; orange about pos"),
])
F("play-hard", "en", "twitter", "play competitor; orange about pos", [
    "Orange Polska fibre installed in one day, impressed",
])
F("dove-minimal", "en", "twitter", "dove none", [
    ("a dove flew into the bathroom, chaos", "+minimal-pair"),
    ("a Dove bar fell into the bathtub, chaos", "about neu +minimal-pair"),
    ("Not Dove the soap, Dove the chocolate, get it right {name}", "none +negation"),
    ("I don't get the hype about Dove, it's just soap", "about neg +negation"),
])
F("dove-hard", "it", "twitter", "dove about neu +ambiguous-in-language", [
    "Non so dove comprare il deodorante Dove senza alcol, aiuto",
])
F("tide-minimal", "en", "twitter", "tide none", [
    ("Tide is out, the beach is massive today", "+minimal-pair"),
    ("Tide is out of stock everywhere, the shelves are empty today", "about neg +minimal-pair"),
    ("never switching from Tide, everything else leaves my towels stiff", "about pos +negation"),
    ("Gain smells better than anything else, don't @ me", "competitor"),
    ("do people still eat Tide pods or was that just 2018", "about neu"),
])
F("tide-hard", "zh-Hans", "weibo", "tide about neg", [
    "汰渍不如奥妙好用，个人感觉",
    ("海边涨潮了，赶紧撤", "none +safe-in-language"),
])
F("gap-minimal", "en", "twitter", "gap none", [
    ("there's a huge gap in the market for affordable basics", "+minimal-pair"),
    ("there's a huge Gap in the mall selling affordable basics", "about pos +minimal-pair"),
    ("GapKids jeans survived two kids and still look new", "about pos"),
    ("H&M basics are fine if you don't mind replacing them every year", "competitor"),
])
F("gap-hard", "fr", "twitter", "gap about neg +negation +ambiguous-in-language", [
    "Pas de magasin Gap à Gap, ironie du sort",
])
F("target-minimal", "en", "twitter", "target none", [
    ("our target for {us} is 500 signups by June", "+minimal-pair"),
    ("our Target in {us} is getting a Starbucks by June", "about pos +minimal-pair"),
    ("I don't need anything from Target. *leaves with a full cart*", "about pos +sarcasm"),
    ("Walmart grocery pickup saved me an hour today", "competitor"),
    ("Costco run this weekend, bulk everything", "competitor"),
], slots=_US)
F("target-hard", "es", "twitter", "target none +code-switching", [
    "Nuestro target no es la gente mayor, es la Gen Z",
    ("En Target de Miami compré todo para el bebé, precios buenísimos", "about pos"),
])
F("puma-minimal", "en", "twitter", "puma none", [
    ("spotted a puma on the hike, it just stared at us 😳", "+minimal-pair"),
    ("spotted a Puma store on the hike back, bought socks 😳", "about pos +minimal-pair"),
    ("Not the big cat, the sneakers: PUMA Palermos in green are sold out everywhere", "about neg +negation"),
    ("Adidas Gazelles over Pumas any day", "about neg"),
])
F("puma-hard", "de", "twitter", "puma about neu +negation", [
    "Kein Puma im Wald, nur mein Hund mit den neuen Puma-Schuhen im Maul 😂",
])
F("mango-minimal", "en", "twitter", "mango none", [
    ("Mango season is here, bought 6 at the market 🥭", "+minimal-pair"),
    ("Mango sale is here, bought 6 tops at the mall 🛍️", "about pos +minimal-pair"),
    ("Zara, Mango or H&M for work trousers? Mango fits best imo", "about pos"),
])
F("mango-hard", "es", "twitter", "mango about pos +negation", [
    "No es el mango de comer, es Mango la tienda: abren en mi barrio",
    ("Zara tiene mejores abrigos este año, sin discusión", "competitor"),
])
F("seat-minimal", "en", "twitter", "seat none", [
    ("Seat broke on the bus this morning, had to stand", "+minimal-pair"),
    ("SEAT broke down on the motorway this morning, had to call the AA", "about neg +minimal-pair"),
    ("Don't sleep on the SEAT Leon estate, massive boot for the money", "about pos +negation"),
    ("Dacia Sandero: cheap, cheerful, does the job", "competitor"),
])
F("seat-hard", "es", "twitter", "seat about pos +negation", [
    "No me refiero al asiento, me refiero al Seat: el Ibiza de mi padre tiene 20 años",
])
F("python-minimal", "en", "twitter", "python none", [
    ("My python escaped from its tank again", "+minimal-pair"),
    ("My Python script escaped from its loop again", "about neu +minimal-pair"),
    ("Python isn't slow, your algorithm is", "about pos +negation"),
    ("JavaScript ate the world but I still prefer writing Go", "competitor"),
])
F("python-hard", "de", "twitter", "python about neu +negation", [
    "Python-Kurs an der VHS: nicht die Schlange, die Programmiersprache 😅",
])
F("mercury-minimal", "en", "forum", "mercury none", [
    ("Mercury is in retrograde, don't sign anything", "+minimal-pair"),
    ("Mercury is in the shop, don't plan any fishing trips", "about neg +minimal-pair"),
    ("Evinrude is gone, so it's Mercury or Yamaha now for outboards", "about neu"),
    ("Suzuki 140 outboard: quiet, reliable, cheaper than the big names", "competitor"),
])
F("deutsche_bahn-hard", "de", "twitter", "deutsche_bahn about neu +negation", [
    "Nicht die Bahn ist schuld, sondern der Sturm, fair enough",
    ("Die Bahn des Kometen lässt sich genau berechnen", "none"),
    ("Zu spät wegen Bahn 🙄 #DBfail", "about neg"),
    ("Lieber Flixbus als noch einmal 5 Stunden im ICE stehen", "about neg"),
])
F("redbull-hard", "en", "twitter", "redbull about pos +negation +context-dependent", [
    "Red Bull's new can design is sick, not gonna lie",
    ("I'm not drinking Red Bull anymore, my heart can't take it", "neg"),
    ("Rockstar energy is cheaper and tastes the same", "competitor"),
])
F("redbull-hard", "de", "twitter", "redbull about neg +context-dependent", [
    "Mir ist schlecht nach dem dritten Red Bull",
])
F("st_marys_hospital-hard", "en", "twitter", "st_marys_hospital about neg +context-dependent", [
    "I'm so sick of St Mary's parking fines",
    ("Not the Manchester one, St Mary's in Paddington: great maternity team", "pos +negation"),
    ("St Mary's Road is closed for roadworks until Friday", "none"),
    ("The Royal London's A&E was quicker than I expected tonight", "competitor"),
    ("sick beat at the St Mary's school disco last night lol", "none"),
])

# ---- @mentions of people and other accounts (not the brand): hay and "about" posts
F("microsoft-mention", "en", "twitter", "microsoft none", [
    "@jess_k did you lock the office windows before leaving? it's pouring",
    ("@tom_b the new Xbox controller is so good, you need one", "about pos"),
])
F("apple-mention", "en", "twitter", "apple none", [
    "@granny_bakes your apple pie recipe please!! 🍎",
    ("@dan_codes does your iPhone also drain overnight since the update?", "about neg"),
])
F("corona-mention", "es", "twitter", "corona none", [
    "@noticias_hoy la Corona debería rendir cuentas como todos",
])
F("jaguar-mention", "en", "twitter", "jaguar none", [
    "@wildlife_cams that jaguar hunting a caiman clip 😱",
])
F("shell-mention", "en", "twitter", "shell none", [
    "@beachcomber_jo gorgeous shells, which beach is that?",
])
F("amazon-mention", "en", "twitter", "amazon none", [
    "@natureshots incredible photos of the Amazon river at dawn",
    ("@meg_reads did your Kindle order from Amazon ever arrive?", "about neu"),
])
F("orange-mention", "fr", "twitter", "orange none", [
    "@ines_lbr t'as vu le coucher de soleil tout orange ce soir ?",
])
F("play-mention", "pl", "twitter", "play none", [
    "@kuba_gra gramy dziś w FIFĘ? Play-off zaczyna się o 20",
])
F("xiaomi-mention", "zh-Hans", "weibo", "xiaomi none", [
    "@阿美 明天早上我给你煮小米粥",
])
F("dove-mention", "it", "twitter", "dove none +ambiguous-in-language", [
    "@giulia_rm dove sei?? ti aspettiamo al bar",
])
F("tide-mention", "en", "twitter", "tide none", [
    "@surf_reports what time is low tide at Newquay tomorrow?",
])
F("gap-mention", "ja", "twitter", "gap none", [
    "@yuki_0312 あのギャップ萌えのドラマ見た？",
])
F("target-mention", "en", "twitter", "target none", [
    "@coach_dan what's my target pace for Sunday's 10k?",
])
F("puma-mention", "en", "twitter", "puma none", [
    "@park_rangers was that a puma on the webcam last night??",
])
F("mango-mention", "en", "twitter", "mango none", [
    "@chef_priya your mango chutney recipe is elite",
])
F("seat-mention", "en", "twitter", "seat none", [
    "@rail_help is a seat reservation compulsory on the Edinburgh train?",
])
F("python-mention", "en", "twitter", "python none", [
    "@reptile_rescue is it normal for a ball python to refuse food for 3 weeks?",
    ("@sam_dev your Python talk at the meetup was great, slides please!", "about pos"),
])
F("mercury-mention", "en", "twitter", "mercury none", [
    "@space_daily when is the next transit of Mercury?",
])
F("deutsche_bahn-mention", "de", "twitter", "deutsche_bahn none", [
    "@lena_m bist du schon auf der Bahn? Ich schwimm noch 20 Minuten",
    ("@jonas_k sitzt du auch in dem ICE nach Köln? Wagen 7?", "about neu"),
])
F("redbull-mention", "en", "twitter", "redbull none", [
    "@farmlife_uk what breed is the big red bull in your last video?",
])
F("st_marys_hospital-mention", "en", "twitter", "st_marys_hospital none", [
    "@stmaryschurch what time is the carol service on Sunday?",
])
