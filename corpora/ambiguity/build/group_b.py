# ruff: noqa: E501
"""Ambiguity suite, group B: brand words ambiguous in one language and safe in another.

Source module for ``build.py`` (interface in ``notes/suite.md``): ``ENTITIES``,
``QUERIES`` and ``items()``. The posts are hand-written, one scenario ("family")
at a time, several genuinely different sentences per family and language;
slot-filling (prices, places, emoji, handles, products) only multiplies them.
Surface tags (hashtag, mention, emoji, url, elongation, cjk, traditional,
simplified, multi-brand, code-switching in CJK posts) and the name tags
(ambiguous-name, ambiguous-in-language, safe-in-language) are computed from the
text; the semantic tags (minimal-pair, negation, sarcasm, context-dependent,
typo, code-switching in Latin-script posts) are written by hand.

Label shorthand used below: ``"entity:level[:sentiment][|tag,tag]"``, labels of
one post separated by spaces. Levels: ``dir`` direct, ``ab`` about, ``comp``
competitor, ``cat`` category, ``none``. Sentiments: ``pos``, ``neg``, ``neu``,
``mix``. Tags: ``mp`` minimal-pair, ``cd`` context-dependent, ``neg`` negation,
``sar`` sarcasm, ``cs`` code-switching, ``typo``, ``el`` elongation, ``mb``
multi-brand, or any full tag name.

Example:
    >>> import group_b  # doctest: +SKIP
    >>> len(group_b.items()) > 2000  # doctest: +SKIP
    True
"""

from __future__ import annotations

import random
import re
import zlib
from typing import Any

# --------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------

ENTITIES: list[dict[str, Any]] = [
    {
        "id": "mars",
        "name": "Mars (chocolate bar)",
        "aliases": [
            "Mars",
            "Marsa",
            "Mars bar",
            "Mars Riegel",
            "batonik Mars",
            "barre Mars",
            "Mars Wrigley",
            "Mars Inc.",
            "Mars Incorporated",
            "@MarsGlobal",
            "#marsbar",
            "玛氏",
            "マースバー",
        ],
        "description": "The Mars chocolate bar (nougat and caramel) and its maker Mars, Incorporated / Mars Wrigley. Not: the planet Mars (Marte, 火星) and missions to it, the Roman god, French 'mars' (the month of March), Bruno Mars.",
        "competitors": ["kinder"],
        "category": "confectionery",
    },
    {
        "id": "oracle",
        "name": "Oracle",
        "aliases": [
            "Oracle Corporation",
            "Oracle Cloud",
            "OCI",
            "Oracle Database",
            "Oracle DB",
            "NetSuite",
            "Oracle Java",
            "Oracle Health",
            "@Oracle",
            "甲骨文公司",
            "甲骨文",
            "オラクル",
            "日本オラクル",
        ],
        "description": "Oracle, the US enterprise software and cloud company: Oracle Database, Oracle Cloud Infrastructure (OCI), Java licensing, NetSuite, Oracle Health. Not: oracles and prophecy (the Oracle of Delphi, oráculo, 神谕), oracle and tarot cards (オラクルカード), blockchain price oracles, 甲骨文 meaning the ancient oracle-bone script, 'the Oracle of Omaha' (Warren Buffett).",
        "competitors": [],
        "category": "enterprise software",
    },
    {
        "id": "subway",
        "name": "Subway",
        "aliases": [
            "Subway restaurants",
            "Subway sandwich",
            "footlong",
            "Sub of the Day",
            "@SUBWAY",
            "赛百味",
            "賽百味",
            "サブウェイ",
        ],
        "description": "Subway, the sandwich restaurant chain (footlongs, subs, cookies, meal deals). Not: underground railways (the New York subway, metro, 地铁, 地下鉄), British pedestrian subways (underpasses), the game Subway Surfers.",
        "competitors": [],
        "category": "quick-service restaurants",
    },
    {
        "id": "visa",
        "name": "Visa",
        "aliases": [
            "Visa Inc.",
            "Visa card",
            "Visa Debit",
            "Visa Infinite",
            "Visa Platinum",
            "carte Visa",
            "tarjeta Visa",
            "karta Visa",
            "cartão Visa",
            "@Visa",
            "Visa卡",
            "VISA卡",
            "維薩",
            "维萨",
            "VISAカード",
            "ビザ",
        ],
        "description": "Visa, the card payments network (Visa credit and debit cards, contactless, Visa Direct). Not: travel, work or student visas (visa, visado, Visum/Visa, wiza, visto, 签证/簽證, ビザ as a travel document), the French verb form 'visa' (he aimed).",
        "competitors": [],
        "category": "payments",
    },
    {
        "id": "monster",
        "name": "Monster Energy",
        "aliases": [
            "Monster",
            "Monster Energy",
            "Monster Ultra",
            "Ultra White",
            "Juice Monster",
            "Java Monster",
            "@MonsterEnergy",
            "魔爪",
            "魔爪能量饮料",
            "モンエナ",
            "モンスター",
            "モンスターエナジー",
        ],
        "description": "Monster Energy drinks (Monster Energy, Monster Ultra, Juiced, Java Monster). Not: monsters, Monster Hunter, Pokémon ('pocket monsters'), the job site Monster.com, Monster headphones, Chinese 魔爪 meaning 'evil clutches'.",
        "competitors": [],
        "category": "energy drinks",
    },
    {
        "id": "allegro",
        "name": "Allegro",
        "aliases": [
            "Allegro.pl",
            "allegro.pl",
            "Allegro Smart!",
            "Allegro Pay",
            "Allegro One Box",
            "One Box",
            "Allegro Lokalnie",
            "@allegro",
        ],
        "description": "Allegro, the Polish e-commerce marketplace (Allegro Smart!, Allegro Pay, One Box parcel lockers, Allegro Lokalnie). Not: the musical tempo (allegro, allegro ma non troppo), Italian 'allegro' (cheerful), the Austin Allegro car, the Allegro font or game library.",
        "competitors": [],
        "category": "e-commerce",
    },
    {
        "id": "biedronka",
        "name": "Biedronka",
        "aliases": [
            "Biedronce",
            "Biedronki",
            "Biedronkę",
            "Biedronką",
            "Biedra",
            "Biedrze",
            "Biedry",
            "Moja Biedronka",
            "Jeronimo Martins",
            "@biedronka",
        ],
        "description": "Biedronka, Poland's largest discount supermarket chain (Jerónimo Martins; Moja Biedronka loyalty app). Not: the ladybird/ladybug insect (biedronka), kindergarten groups called 'Biedronki', 'biedroneczka' as a pet name.",
        "competitors": ["zabka", "carrefour"],
        "category": "grocery retail",
    },
    {
        "id": "zabka",
        "name": "Żabka",
        "aliases": [
            "Żabka",
            "Zabka",
            "Żabce",
            "Żabki",
            "Żabkę",
            "Żabką",
            "Zabce",
            "Zabki",
            "Żappka",
            "Żabka Nano",
            "Szamamm",
            "@zabka_polska",
        ],
        "description": "Żabka, the Polish convenience-store chain (Żappka app, Szamamm hot snacks, autonomous Żabka Nano stores). Not: a little frog (żabka), the breaststroke swimming stroke (żabka), a frog hair clip, 'klucz żabka' pliers.",
        "competitors": ["biedronka"],
        "category": "convenience retail",
    },
    {
        "id": "carrefour",
        "name": "Carrefour",
        "aliases": [
            "Carrefour Market",
            "Carrefour City",
            "Carrefour Express",
            "Carrefour Bio",
            "Carrefourze",
            "Atacadão",
            "@CarrefourFrance",
            "@CarrefourBrasil",
            "家乐福",
            "家樂福",
        ],
        "description": "Carrefour, the French hypermarket and supermarket group (Carrefour Market, City, Express; also in Spain, Italy, Poland, Brazil, and 家樂福 in Taiwan). Not: French 'carrefour' (crossroads, road junction, 'a crossroads of cultures'), street and place names with 'carrefour'.",
        "competitors": ["biedronka"],
        "category": "grocery retail",
    },
    {
        "id": "free",
        "name": "Free (Iliad)",
        "aliases": [
            "Free",
            "Free Mobile",
            "Freebox",
            "Freebox Pop",
            "Freebox Ultra",
            "Freebox Delta",
            "Iliad",
            "@free",
            "@Freebox",
            "free.fr",
        ],
        "description": "Free, the French internet and mobile operator of the Iliad group (Freebox, Free Mobile plans). Not: the English word 'free' (free of charge, freedom) or Franglais 'free', free parties, the Free Software Foundation.",
        "competitors": [],
        "category": "telecommunications",
    },
    {
        "id": "bild",
        "name": "Bild",
        "aliases": [
            "BILD",
            "Bild-Zeitung",
            "Bild am Sonntag",
            "BamS",
            "bild.de",
            "BILDplus",
            "@BILD",
        ],
        "description": "Bild (BILD), the German tabloid newspaper of Axel Springer, and bild.de. Not: German 'Bild' (picture, image, painting, photo), 'sich ein Bild machen', 'im Bilde sein', compounds such as Profilbild, Hintergrundbild, Bildschirm.",
        "competitors": [],
        "category": "news media",
    },
    {
        "id": "sol",
        "name": "Sol (beer)",
        "aliases": ["Sol", "Cerveza Sol", "Sol beer", "Sol Cerveza", "cerveja Sol", "@SolCerveza"],
        "description": "Sol, the Mexican lager brand (Heineken). Not: the sun (sol in Spanish and Portuguese), the musical note sol, the Peruvian sol, SOL (the Solana cryptocurrency), a Martian sol, Polish 'sól' (salt).",
        "competitors": ["tsingtao", "kirin"],
        "category": "beer",
    },
    {
        "id": "vivo_telecom",
        "name": "Vivo (Brazil)",
        "aliases": [
            "Vivo",
            "Vivo Fibra",
            "Vivo Easy",
            "Vivo Controle",
            "Vivo Pós",
            "Telefônica Vivo",
            "app Vivo",
            "@VivoBR",
        ],
        "description": "Vivo, the Brazilian mobile and broadband operator (Telefônica Brasil): Vivo Fibra, Vivo Controle/Pós, Vivo Easy. Not: 'vivo' (alive, I live), 'ao vivo' (live broadcast), the Chinese smartphone brand vivo.",
        "competitors": ["claro", "tim"],
        "category": "telecommunications",
    },
    {
        "id": "vivo_phones",
        "name": "vivo (smartphones)",
        "aliases": [
            "vivo",
            "vivo X100",
            "vivo X200",
            "vivo X Fold",
            "vivo V30",
            "vivo Y",
            "iQOO",
            "OriginOS",
            "Funtouch OS",
            "维沃",
            "@vivo_global",
        ],
        "description": "vivo, the Chinese smartphone maker (vivo X, V, Y and S series, iQOO, OriginOS). Not: the Brazilian operator Vivo, Spanish/Italian/Portuguese 'vivo' (alive, I live), 'en vivo'/'dal vivo' (live), Vivobarefoot shoes.",
        "competitors": [],
        "category": "smartphones",
    },
    {
        "id": "claro",
        "name": "Claro",
        "aliases": [
            "Claro Brasil",
            "Claro Argentina",
            "Claro Perú",
            "Claro Colombia",
            "Claro Chile",
            "Claro tv+",
            "Claro Flex",
            "Claro Música",
            "Claro video",
            "@ClaroBrasil",
            "@ClaroArgentina",
        ],
        "description": "Claro, América Móvil's mobile, broadband and TV operator in Latin America (Brazil, Argentina, Colombia, Peru, Chile). Not: Spanish/Portuguese 'claro' (clear, light-coloured, 'of course!', 'claro que sí', 'deixar claro').",
        "competitors": ["vivo_telecom", "tim"],
        "category": "telecommunications",
    },
    {
        "id": "natura",
        "name": "Natura",
        "aliases": [
            "Natura Cosméticos",
            "Natura &Co",
            "Natura Ekos",
            "Ekos",
            "Natura Tododia",
            "Tododia",
            "Chronos",
            "Natura Homem",
            "Essencial",
            "@naturabroficial",
        ],
        "description": "Natura, the Brazilian cosmetics and fragrance company (Ekos, Tododia, Chronos, Essencial; sold through consultants). Not: 'natura' meaning nature (Italian, Spanish, Polish, Latin), 'natura morta' (still life), 'contra natura', Portuguese 'in natura' (raw, unprocessed), Natura 2000 protected areas, the brand Natura Siberica.",
        "competitors": [],
        "category": "cosmetics",
    },
    {
        "id": "tim",
        "name": "TIM",
        "aliases": [
            "Telecom Italia",
            "TIM Brasil",
            "TIMVISION",
            "TIM Fibra",
            "TIM Controle",
            "TIM Black",
            "@TIM_Official",
            "@TIMBrasil",
        ],
        "description": "TIM, the Italian telecom operator (Telecom Italia: TIM Fibra, TIMVISION) and its Brazilian arm TIM Brasil (TIM Controle, TIM Black). Not: people named Tim (Tim Cook, Tim Burton), Tim Hortons, Tim Tam biscuits, Portuguese 'tim-tim' (cheers).",
        "competitors": ["wind", "vivo_telecom", "claro"],
        "category": "telecommunications",
    },
    {
        "id": "wind",
        "name": "WINDTRE",
        "aliases": [
            "WindTre",
            "Wind Tre",
            "WINDTRE",
            "Wind",
            "Very Mobile",
            "Infostrada",
            "@WINDTRE",
        ],
        "description": "WINDTRE (formerly Wind and 3 Italia), the Italian mobile and broadband operator, and its low-cost brand Very Mobile. Not: wind as weather (wind, Wind in German), wind power, wind instruments, Earth, Wind & Fire, Italian 'tre' (three).",
        "competitors": ["tim"],
        "category": "telecommunications",
    },
    {
        "id": "kirin",
        "name": "Kirin",
        "aliases": [
            "KIRIN",
            "キリン",
            "キリンビール",
            "Kirin Ichiban",
            "一番搾り",
            "氷結",
            "午後の紅茶",
            "キリンレモン",
            "麒麟",
            "麒麟啤酒",
            "麒麟麦酒",
            "一番榨",
            "一番搾",
        ],
        "description": "Kirin Holdings, the Japanese brewer and drinks company (Kirin Ichiban/一番搾り, 氷結, 午後の紅茶, キリンレモン). Not: giraffes (キリン in Japanese), the qilin/kirin mythical beast (麒麟), Huawei's Kirin (麒麟) phone chips, the Kirin monster in games, the TV drama 麒麟がくる.",
        "competitors": ["tsingtao", "sol"],
        "category": "beer and beverages",
    },
    {
        "id": "lion",
        "name": "Lion Corporation",
        "aliases": [
            "Lion",
            "ライオン",
            "ライオン株式会社",
            "狮王",
            "獅王",
            "クリニカ",
            "Clinica",
            "システマ",
            "Systema",
            "NONIO",
            "ノニオ",
            "バファリン",
            "Bufferin",
        ],
        "description": "Lion Corporation, the Japanese maker of toothpaste, detergents and medicine (Clinica, Systema, NONIO, Top, Bufferin), sold as 狮王/獅王 in China and Taiwan. Not: lions the animal (ライオン, 狮子), The Lion King (狮子王, ライオン・キング), the Saitama Seibu Lions baseball team, Lion Air, 'lion king' as a title.",
        "competitors": [],
        "category": "household and personal care",
    },
    {
        "id": "volkswagen",
        "name": "Volkswagen",
        "aliases": [
            "VW",
            "Volkswagen",
            "大众",
            "大眾",
            "大众汽车",
            "上汽大众",
            "一汽-大众",
            "大眾汽車",
            "福斯",
            "福斯汽車",
            "フォルクスワーゲン",
            "ワーゲン",
            "VW Golf",
            "Golf",
            "Golf GTI",
            "Polo",
            "Passat",
            "Tiguan",
            "T-Roc",
            "ID.3",
            "ID.4",
            "ID. Buzz",
            "帕萨特",
            "朗逸",
            "途观",
            "高尔夫",
        ],
        "description": "Volkswagen (VW), the German car maker (Golf, Polo, Passat, Tiguan, T-Roc, the ID. electric range; 上汽大众 and 一汽-大众 in China, 福斯 in Taiwan). Not: Chinese 大众/大眾 (the public, the masses, 大众点评/Dianping), Taiwanese 福斯 meaning Fox (the TV network), the sport of golf, polo shirts and polo the sport, German 'Passat' (trade wind).",
        "competitors": ["great_wall", "fiat"],
        "category": "automotive",
    },
    {
        "id": "lenovo",
        "name": "Lenovo",
        "aliases": [
            "联想",
            "聯想",
            "ThinkPad",
            "ThinkBook",
            "IdeaPad",
            "Legion",
            "拯救者",
            "小新",
            "Lenovo Yoga",
            "Yoga",
            "レノボ",
            "@Lenovo",
        ],
        "description": "Lenovo (联想/聯想), the Chinese PC and device maker (ThinkPad, ThinkBook, IdeaPad, Yoga, Legion/拯救者, 小新 laptops and tablets). Not: Chinese 联想/聯想 meaning association or 'to be reminded of' (联想到, 联想记忆), yoga the exercise, 'legion' in its ordinary sense.",
        "competitors": [],
        "category": "personal computers",
    },
    {
        "id": "great_wall",
        "name": "Great Wall Motor",
        "aliases": [
            "Great Wall",
            "GWM",
            "Great Wall Motors",
            "长城",
            "長城",
            "长城汽车",
            "長城汽車",
            "Haval",
            "哈弗",
            "坦克300",
            "Tank 300",
            "WEY",
            "魏牌",
            "ORA",
            "欧拉",
            "歐拉",
            "长城炮",
            "GWM Poer",
        ],
        "description": "Great Wall Motor (GWM, 长城汽车), the Chinese car maker (Haval/哈弗 SUVs, Tank/坦克, WEY/魏牌, ORA/欧拉 electric cars, 长城炮/Poer pickups). Not: the Great Wall of China (长城/長城), Great Wall wine (长城葡萄酒), the mathematician Euler (欧拉), 'ora' as a word (Italian 'now'), military tanks.",
        "competitors": ["volkswagen"],
        "category": "automotive",
    },
    {
        "id": "tsingtao",
        "name": "Tsingtao Brewery",
        "aliases": [
            "Tsingtao",
            "青岛",
            "青島",
            "青岛啤酒",
            "青島啤酒",
            "青啤",
            "Tsingtao beer",
            "チンタオビール",
            "青島ビール",
            "青岛纯生",
        ],
        "description": "Tsingtao Brewery (青岛啤酒), the Chinese beer brand. Not: the city of Qingdao (青岛/青島) and its sights, Qingdao sports teams, the Japanese place and surname 青島 (Aoshima).",
        "competitors": ["kirin", "sol"],
        "category": "beer",
    },
    {
        "id": "three_squirrels",
        "name": "Three Squirrels",
        "aliases": ["三只松鼠", "三隻松鼠", "Three Squirrels"],
        "description": "Three Squirrels (三只松鼠), the Chinese online snack and nut brand (mixed nuts, 每日坚果, gift boxes). Not: real squirrels (松鼠), pictures, toys or stories with three squirrels.",
        "competitors": [],
        "category": "snacks",
    },
    {
        "id": "kinder",
        "name": "Kinder (Ferrero)",
        "aliases": [
            "Kinder",
            "Kinder Bueno",
            "Kinder Schokolade",
            "Kinder Surprise",
            "Kinder Überraschung",
            "Überraschungsei",
            "Kinder Joy",
            "Kinder Country",
            "Kinder Pingui",
            "Kinder Maxi",
            "Kinder Délice",
            "Kinder Cards",
            "#kinderbueno",
            "@KinderUK",
            "健达",
            "健達",
            "キンダー",
        ],
        "description": "Kinder, Ferrero's confectionery brand (Kinder Schokolade, Kinder Bueno, Kinder Surprise/Überraschung eggs, Kinder Joy, Kinder Country, Pingui). Not: German 'Kinder' (children) and compounds (Kindergarten, Kinderarzt, Kindergeld), English 'kinder' (more kind).",
        "competitors": ["mars"],
        "category": "confectionery",
    },
    {
        "id": "sky",
        "name": "Sky",
        "aliases": [
            "Sky UK",
            "Sky Deutschland",
            "Sky Italia",
            "Sky Q",
            "Sky Glass",
            "Sky Go",
            "Sky Sports",
            "#SkySports",
            "Sky Sport",
            "Sky Stream",
            "Sky Ticket",
            "WOW",
            "NOW TV",
            "@SkyUK",
            "@SkyHelpTeam",
            "@SkyDeutschland",
            "@SkyItalia",
        ],
        "description": "Sky, the European pay-TV, streaming and broadband group (Sky UK, Sky Deutschland, Sky Italia; Sky Q, Sky Glass, Sky Go, Sky Sports, WOW, NOW). Not: the sky (weather, stars), 'sky-high', Skype, Sky as a person's name, Skyscanner.",
        "competitors": [],
        "category": "pay TV and broadband",
    },
    {
        "id": "lot",
        "name": "LOT Polish Airlines",
        "aliases": [
            "LOT",
            "LOTem",
            "LOTu",
            "PLL LOT",
            "LOT Polish Airlines",
            "Polskie Linie Lotnicze LOT",
            "@LOTPolishAir",
        ],
        "description": "LOT Polish Airlines (PLL LOT), Poland's flag carrier. Not: Polish 'lot' (any flight, flying, 'w lot' = at once), English 'lot' (a lot, parking lot, auction lot), Lot in the Bible, the French department Lot.",
        "competitors": [],
        "category": "airlines",
    },
    {
        "id": "fiat",
        "name": "Fiat",
        "aliases": [
            "FIAT",
            "Fiata",
            "Fiatem",
            "Fiacie",
            "Fiat 500",
            "#Fiat500",
            "Fiat 500e",
            "Fiat Panda",
            "Fiat Tipo",
            "Fiat Uno",
            "Fiat Strada",
            "Fiat Argo",
            "Fiat Mobi",
            "Fiat Toro",
            "Fiat Pulse",
            "Fiat Ducato",
            "Fiat 126p",
            "126p",
            "Maluch",
            "@Fiat",
            "@FiatBr",
        ],
        "description": "Fiat, the Italian car brand of Stellantis (500, Panda, Tipo, Ducato; Strada, Argo, Mobi, Toro in Brazil; the Polish-built 126p 'Maluch'). Not: fiat money or fiat currency, Latin 'fiat' (fiat lux, 'let it be done'), a decree, the animal panda, Polish 'maluch' (a toddler).",
        "competitors": ["volkswagen"],
        "category": "automotive",
    },
]

# --------------------------------------------------------------------------------------
# Keyword queries: written from the descriptions above, before any post was written.
# --------------------------------------------------------------------------------------

QUERIES: dict[str, str] = {
    "mars": """("mars bar" OR "mars bars" OR "mars riegel" OR "batonik mars" OR "barre mars" OR "mars wrigley"
        OR "mars inc" OR "mars incorporated" OR @MarsGlobal OR #marsbar OR 玛氏 OR マースバー
        OR (mars NEAR/3 (chocolate OR chocolat OR schokolade OR czekolada OR chocolatina OR snack
            OR riegel OR batonik OR barre OR candy OR caramel OR チョコ OR 巧克力)))
    NOT (planet OR planète OR planeta OR rover OR nasa OR spacex OR "bruno mars" OR 火星)""",
    "oracle": """(@Oracle OR "oracle cloud" OR "oracle database" OR "oracle db" OR oci OR netsuite
        OR "oracle java" OR "oracle corporation" OR "oracle health" OR 甲骨文公司 OR 日本オラクル
        OR (甲骨文 AND (公司 OR 数据库 OR 數據庫 OR 云 OR 雲 OR 裁员 OR 股价 OR 软件 OR 軟體))
        OR ({Oracle} NEAR/5 (database OR cloud OR licen?e OR licensing OR erp OR sql OR java
            OR stock OR shares OR ellison OR audit OR software OR datenbank OR logiciel OR nube)))
    NOT (delphi OR delphes OR tarot OR chainlink OR omaha OR オラクルカード)""",
    "subway": """(@SUBWAY OR footlong OR "sub of the day" OR 赛百味 OR 賽百味 OR サブウェイ
        OR ({Subway} NEAR/5 (sandwich* OR sub OR subs OR cookie* OR bread OR order* OR restaurant
            OR franchise OR meal OR lunch OR bocadillo* OR sanduíche* OR brötchen)))
    NOT ("subway surfers" OR mta OR "subway station" OR "subway line" OR "subway car")""",
    "visa": """(@Visa OR "visa card" OR "visa debit" OR "visa credit" OR "carte visa" OR "tarjeta visa"
        OR "karta visa" OR "visa-karte" OR "cartão visa" OR "carta visa" OR visa卡 OR VISAカード
        OR 维萨 OR 維薩 OR "visa infinite" OR "visa platinum"
        OR ({Visa} NEAR/4 (mastercard OR payment* OR contactless OR paiement OR pago OR zahlung
            OR płatnoś* OR pagamento OR fees OR cashback)))
    NOT (embassy OR consulate OR 签证 OR 簽證 OR ambassade OR embajada OR botschaft)""",
    "monster": """("monster energy" OR @MonsterEnergy OR "monster ultra" OR "juice monster" OR "java monster"
        OR モンエナ OR モンスターエナジー OR 魔爪能量
        OR (魔爪 AND (饮料 OR 飲料 OR 能量 OR 罐 OR 喝))
        OR ({Monster} NEAR/3 (drink* OR can OR cans OR energy OR caffeine OR koffein OR dose
            OR bebida OR napój OR ultra)))
    NOT ("monster hunter" OR pokemon OR pokémon OR "monster.com" OR headphones)""",
    "allegro": """("allegro.pl" OR "allegro smart" OR "allegro pay" OR "allegro lokalnie" OR "one box"
        OR @allegro OR ({Allegro} AND lang:pl)
        OR (allegro NEAR/5 (zamówi* OR kupi* OR przesyłk* OR paczk* OR sprzedawc* OR aukcj*
            OR order* OR seller OR parcel)))
    NOT (tempo OR sonata OR symfoni* OR concerto OR koncert* OR "ma non troppo")""",
    "biedronka": """"moja biedronka" OR "jeronimo martins" OR @biedronka OR biedra OR biedry
    OR (biedronk* NEAR/8 (sklep* OR zakup* OR promocj* OR promk* OR gazetk* OR kas* OR cen*
        OR kupi* OR paragon* OR dostaw* OR półk* OR shop OR store OR supermarket))
    OR ({Biedronka} AND NOT (owad* OR kropk* OR przedszkol* OR ladybird OR ladybug))""",
    "zabka": """żappka OR "żabka nano" OR szamamm OR @zabka_polska
    OR ((żabk* OR żabce OR zabk* OR zabce) NEAR/8 (sklep* OR kupi* OR kas* OR hot-dog* OR hotdog*
        OR kaw* OR promocj* OR paczk* OR otwart* OR osiedl* OR franczyz* OR store OR shop))
    OR (({Żabka} OR {Zabka}) AND NOT (pływa* OR basen* OR staw* OR płaz* OR kijank* OR spink*))""",
    "carrefour": """(@CarrefourFrance OR @CarrefourBrasil OR "carrefour market" OR "carrefour city"
        OR "carrefour express" OR "carrefour bio" OR atacadão OR 家乐福 OR 家樂福
        OR ({Carrefour} NEAR/6 (courses OR magasin OR hypermarché OR supermarché OR caisse OR promo*
            OR drive OR supermercado OR supermercato OR sklep OR hipermarket OR mercado OR store
            OR shopping OR supermarket OR compras OR spesa)))
    NOT ({au carrefour} OR {du carrefour} OR {un carrefour} OR {le carrefour} OR giratoire)""",
    "free": """freebox OR "free mobile" OR iliad OR @free OR @Freebox OR "free.fr"
    OR ((free NEAR/5 (box OR forfait OR fibre OR réseau OR opérateur OR abonnement OR panne OR 4g
        OR 5g OR sav OR facture)) AND lang:fr)""",
    "bild": """@BILD OR {BILD} OR "bild-zeitung" OR "bild am sonntag" OR bams OR "bild.de" OR bildplus
    OR ({Bild} NEAR/4 (zeitung OR schlagzeile OR titelseite OR berichtet OR reporter OR springer
        OR boulevard* OR hetze OR artikel OR interview))""",
    "sol": """("cerveza sol" OR "sol beer" OR "sol cerveza" OR "cerveja sol" OR "birra sol" OR @SolCerveza
        OR ({Sol} NEAR/3 (cerveza OR cerveja OR beer OR birra OR lager OR chela OR botella OR garrafa
            OR bottle OR limón OR lime OR heineken)))
    NOT ("al sol" OR "ao sol" OR "sob o sol" OR "bajo el sol" OR "del sol")""",
    "vivo_telecom": """(@VivoBR OR "vivo fibra" OR "vivo easy" OR "vivo controle" OR "vivo pós"
        OR "telefônica vivo" OR "app vivo"
        OR ({Vivo} NEAR/6 (operadora OR sinal OR internet OR fibra OR plano OR chip OR conta OR fatura
            OR 4g OR 5g OR atendimento OR portabilidade OR recarga)))
    AND lang:pt AND NOT ("ao vivo" OR "estou vivo" OR "tô vivo")""",
    "vivo_phones": """(iqoo OR originos OR "funtouch os" OR 维沃 OR @vivo_global
        OR (vivo NEAR/2 (x100 OR x200 OR "x fold" OR x90 OR x60 OR v30 OR v29 OR y36 OR s19 OR s18
            OR pad OR phone OR smartphone OR 手机 OR 手機 OR 新机 OR 旗舰))
        OR (vivo AND (手机 OR 手機 OR 拍照 OR 影像 OR 蓝厂 OR 藍廠)))
    NOT lang:pt""",
    "claro": """(@ClaroBrasil OR @ClaroArgentina OR @ClaroPeru OR @ClaroColombia OR "claro brasil"
        OR "claro argentina" OR "claro perú" OR "claro peru" OR "claro colombia" OR "claro chile"
        OR "claro tv" OR "claro flex" OR "claro música" OR "claro video"
        OR ({Claro} NEAR/6 (operadora OR sinal OR señal OR internet OR fibra OR plano OR plan OR chip
            OR fatura OR factura OR 4g OR 5g OR atendimento OR atención OR portabilidad* OR recarga
            OR línea OR linha)))
    NOT ("claro que" OR "ficou claro" OR "quedó claro" OR "está claro")""",
    "natura": """(@naturabroficial OR "natura cosméticos" OR "natura &co" OR "natura ekos" OR ekos OR tododia
        OR "natura homem" OR "consultora natura" OR "revista natura"
        OR ({Natura} NEAR/5 (perfume OR hidratante OR creme OR shampoo OR consultora OR kit OR presente
            OR cosméticos OR cosmetics OR cosmética OR batom OR fragrância OR colônia OR sabonete)))
    NOT ("natura 2000" OR "natura morta" OR "contra natura" OR "natura siberica" OR "per natura")""",
    "tim": """(@TIMBrasil OR @TIM_Official OR "telecom italia" OR timvision OR "tim fibra" OR "tim controle"
        OR "tim black" OR "tim brasil" OR {TIM}
        OR ({Tim} NEAR/5 (fibra OR operatore OR operadora OR offerta OR bolletta OR fatura OR sinal
            OR rete OR linea OR internet OR chip OR plano OR modem OR 5g OR 4g OR giga)))
    NOT ("tim hortons" OR "tim cook" OR "tim burton" OR "tim tam")""",
    "wind": """@WINDTRE OR windtre OR "wind tre" OR "very mobile" OR infostrada
    OR ((wind NEAR/5 (operatore OR offerta OR bolletta OR rete OR linea OR sim OR fibra OR giga
        OR ricaricabile OR modem OR assistenza OR 5g OR 4g)) AND lang:it)""",
    "kirin": """(キリンビール OR 一番搾り OR 氷結 OR 午後の紅茶 OR キリンレモン OR 麒麟啤酒 OR 麒麟麦酒
        OR "kirin ichiban" OR "kirin beer"
        OR (キリン NEAR/3 (ビール OR 新商品 OR 発売 OR 缶 OR ホールディングス OR 株価 OR 工場))
        OR ((kirin OR 麒麟) NEAR/3 (beer OR 啤酒 OR ビール OR brewery OR lager)))
    NOT (動物園 OR 长颈鹿 OR 芯片 OR 华为 OR 華為 OR 麒麟がくる)""",
    "lion": """(クリニカ OR システマ OR ノニオ OR nonio OR バファリン OR "lion corporation" OR ライオン株式会社
        OR (狮王 AND (牙膏 OR 洗衣 OR 日本 OR 洗发 OR 漱口))
        OR (獅王 AND (牙膏 OR 洗衣 OR 日本 OR 洗髮 OR 漱口))
        OR (ライオン NEAR/5 (歯磨き OR 歯みがき OR ハミガキ OR 洗剤 OR 柔軟剤 OR 株価 OR 新商品 OR 決算)))
    NOT (ライオンズ OR 動物園 OR "lion king" OR 狮子王 OR ライオン・キング)""",
    "volkswagen": """volkswagen OR vw OR @VW OR @Volkswagen OR フォルクスワーゲン OR ワーゲン OR 大众汽车
    OR 上汽大众 OR 一汽大众 OR 大眾汽車 OR 福斯汽車 OR 帕萨特 OR 朗逸 OR 途观 OR 迈腾 OR tiguan
    OR t-roc OR "id.3" OR "id.4" OR "id buzz" OR "golf gti"
    OR ({Golf} NEAR/2 (gti OR tdi OR tsi OR variant OR "8" OR "7"))
    OR ({Passat} NEAR/3 (tdi OR variant OR kombi OR b8 OR limousine))
    OR ({Polo} NEAR/3 (gti OR tsi OR tdi))""",
    "lenovo": """lenovo OR レノボ OR thinkpad OR thinkbook OR ideapad OR @Lenovo OR 拯救者 OR 联想笔记本
    OR 聯想筆電
    OR (联想 AND (电脑 OR 笔记本 OR 平板 OR 手机 OR 杨元庆 OR 集团 OR 股价 OR 售后 OR 小新))
    OR (聯想 AND (電腦 OR 筆電 OR 平板 OR 手機 OR 集團 OR 客服))
    OR ({Yoga} NEAR/2 (slim OR pro OR laptop OR "7i" OR "9i"))""",
    "great_wall": """(gwm OR "great wall motor" OR "great wall motors" OR 长城汽车 OR 長城汽車 OR haval OR 哈弗
        OR 坦克300 OR 坦克500 OR "tank 300" OR 魏牌 OR {WEY} OR "ora 03" OR "funky cat" OR "good cat"
        OR 长城炮 OR "gwm poer" OR (欧拉 AND (好猫 OR 汽车 OR 车 OR 闪电猫)) OR (歐拉 AND (好貓 OR 汽車 OR 車)))
    NOT (长城葡萄酒 OR 长城干红)""",
    "tsingtao": """tsingtao OR "tsing tao" OR 青岛啤酒 OR 青島啤酒 OR 青啤 OR 青岛纯生 OR チンタオ OR 青島ビール""",
    "three_squirrels": """(三只松鼠 OR 三隻松鼠
        OR ("three squirrels" NEAR/5 (snack* OR nut* OR brand OR tmall OR shares OR ipo)))
    NOT (公园 OR 公園 OR 树上 OR 樹上 OR 院子)""",
    "kinder": """"kinder bueno" OR "kinder schokolade" OR "kinder surprise" OR "kinder überraschung"
    OR überraschungsei OR "kinder joy" OR "kinder country" OR "kinder pingui" OR "kinder maxi"
    OR "kinder délice" OR "kinder cards" OR 健达 OR 健達 OR キンダー OR #kinderbueno
    OR ({Kinder} NEAR/2 (ei OR eier OR egg OR eggs OR riegel OR chocolate OR schoko* OR ovetto
        OR ovetti OR uovo OR jajko OR jajka OR œuf OR bueno OR ferrero))""",
    "sky": """(@SkyUK OR @SkyHelpTeam OR @SkyDeutschland OR @SkyItalia OR "sky q" OR "sky glass" OR "sky go"
        OR "sky sports" OR "sky sport" OR "sky stream" OR "sky ticket" OR "sky italia"
        OR "sky deutschland" OR "sky uk" OR "now tv"
        OR ({Sky} NEAR/5 (abo OR abonnement OR abbonamento OR subscription OR box OR broadband
            OR router OR bill OR contract OR vertrag OR disdetta OR decoder OR receiver OR kündig*
            OR customer OR bundesliga OR "serie a" OR "premier league" OR channel OR app)))
    NOT (sunset OR stars OR clouds OR "night sky")""",
    "lot": """(@LOTPolishAir OR "pll lot" OR "lot polish airlines" OR "polskie linie lotnicze" OR {LOT}
        OR ({Lot} NEAR/4 (polish OR airline* OR linie OR dreamliner OR bilet* OR samolot*)))
    NOT ("a lot" OR parking)""",
    "fiat": """(@Fiat OR @FiatBr OR {FIAT} OR "fiat 500" OR "fiat 500e" OR "fiat panda" OR "fiat tipo"
        OR "fiat uno" OR "fiat strada" OR "fiat argo" OR "fiat mobi" OR "fiat toro" OR "fiat pulse"
        OR "fiat ducato" OR "fiat 126p" OR 126p OR stellantis
        OR ({Fiat} NEAR/5 (auto OR car OR carro OR macchina OR samochód OR coche OR concessionária
            OR concessionaria OR dealer OR motor* OR oficina OR officina)))
    NOT ("fiat money" OR "fiat currency" OR "fiat lux" OR bitcoin OR crypto*)""",
}

# --------------------------------------------------------------------------------------
# Label shorthand, automatic tags
# --------------------------------------------------------------------------------------

_LEVELS = {"dir": "direct", "ab": "about", "comp": "competitor", "cat": "category", "none": "none"}
_SENTIMENTS = {"pos": "positive", "neg": "negative", "neu": "neutral", "mix": "mixed"}
_TAG_CODES = {
    "mp": "minimal-pair",
    "cd": "context-dependent",
    "neg": "negation",
    "sar": "sarcasm",
    "cs": "code-switching",
    "typo": "typo",
    "el": "elongation",
    "mb": "multi-brand",
}
TAGS: tuple[str, ...] = (
    "ambiguous-name",
    "minimal-pair",
    "context-dependent",
    "negation",
    "code-switching",
    "hashtag",
    "mention",
    "emoji",
    "url",
    "elongation",
    "typo",
    "cjk",
    "traditional",
    "simplified",
    "multi-brand",
    "sarcasm",
    "safe-in-language",
    "ambiguous-in-language",
)

#: The brand word's surface forms (in every sense): a post containing one of them
#: gets the ``ambiguous-name`` tag.
_FORMS: dict[str, re.Pattern[str]] = {
    key: re.compile(pattern, re.IGNORECASE)
    for key, pattern in {
        "mars": r"\bmars(?!z)|マース|玛氏",
        "oracle": r"oracle|甲骨文|オラクル",
        "subway": r"subway|サブウェイ|赛百味|賽百味",
        "visa": r"visa|ビザ|维萨|維薩",
        "monster": r"monster|モンスター|モンエナ|魔爪",
        "allegro": r"allegro",
        "biedronka": r"biedr",
        "zabka": r"[żz]ab(?:k|c|ek)|żappk",
        "carrefour": r"carrefour|家乐福|家樂福",
        "free": r"\bfree",
        "bild": r"\bbild",
        "sol": r"\bsol\b",
        "vivo_telecom": r"\bvivo\b",
        "vivo_phones": r"\bvivo\b",
        "claro": r"\bclaro\b",
        "natura": r"\bnatura\b",
        "tim": r"\btim\b",
        "wind": r"\bwind",
        "kirin": r"kirin|キリン|麒麟",
        "lion": r"\blion|ライオン|狮王|獅王",
        "volkswagen": r"volkswagen|\bvw\b|大众|大眾|福斯|フォルクスワーゲン|ワーゲン|\bgolf\b|\bpolo\b|\bpassat\b|ゴルフ|高尔夫|帕萨特",
        "lenovo": r"lenovo|联想|聯想|レノボ|\byoga\b|legion|拯救者",
        "great_wall": r"great wall|长城|長城|\bgwm\b|\bora\b|欧拉|歐拉|哈弗|haval|\btank\b|坦克|\bwey\b",
        "tsingtao": r"tsingtao|青岛|青島|チンタオ",
        "three_squirrels": r"三只松鼠|三隻松鼠|squirrel|松鼠",
        "kinder": r"\bkinder",
        "sky": r"\bsky\b",
        "lot": r"\blot\b",
        "fiat": r"\bfiat|panda|126p|maluch",
    }.items()
}

#: Languages in which the brand word is also an everyday word or another name.
#: In the other languages the word is (nearly) safe: labels there get
#: ``safe-in-language`` unless the post itself uses the word in another sense.
_AMBIGUOUS_IN: dict[str, frozenset[str]] = {
    key: frozenset(value.split())
    for key, value in {
        "mars": "en de fr pl",
        "oracle": "en fr zh-Hans zh-Hant ja",
        "subway": "en",
        "visa": "en fr es de ja",
        "monster": "en de ja zh-Hans zh-Hant",
        "allegro": "it en de fr es",
        "biedronka": "pl",
        "zabka": "pl",
        "carrefour": "fr",
        "free": "en fr",
        "bild": "de",
        "sol": "es pt it en",
        "vivo_telecom": "pt es it",
        "vivo_phones": "pt es it",
        "claro": "es pt",
        "natura": "it es pl pt en",
        "tim": "en de fr pt",
        "wind": "en de",
        "kirin": "ja zh-Hans zh-Hant en",
        "lion": "ja zh-Hans zh-Hant en",
        "volkswagen": "zh-Hans zh-Hant de en fr it es pl pt ja",
        "lenovo": "zh-Hans zh-Hant en",
        "great_wall": "zh-Hans zh-Hant en it pt",
        "tsingtao": "zh-Hans zh-Hant ja",
        "three_squirrels": "zh-Hans zh-Hant en",
        "kinder": "de en",
        "sky": "en",
        "lot": "pl en",
        "fiat": "en it pt es pl de fr",
    }.items()
}

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u203c\u2049\u2934\u2935\u3297\u3299\ufe0f]"
)
_HASHTAG = re.compile(r"(?<![\w#])#\w")
_MENTION = re.compile(r"(?<![\w.@])@\w")
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|pl|fr|de|it|br|es|jp|cn|tw|ly|co|net|org)/")
_ELONGATION = re.compile(r"(?<!w)([a-zà-ÿąćęłńóśźżー〜])\1{2,}|([!?！？])\2{3,}", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_CJK_LANGS = {"zh-Hans": ("cjk", "simplified"), "zh-Hant": ("cjk", "traditional"), "ja": ("cjk",)}

#: One block of hand-written posts: family, language, default channel,
#: entries (label spec, text[, channel]), slots, variants per slotted entry, family tags.
_Block = tuple[str, str, str, list[tuple[str, ...]], dict[str, list[str]], int, str]
_BLOCKS: list[_Block] = []


def _fam(
    family: str,
    lang: str,
    channel: str,
    entries: list[tuple[str, ...]],
    slots: dict[str, list[str]] | None = None,
    n: int = 2,
    tags: str = "",
) -> None:
    """Register a block of posts of one family in one language."""
    _BLOCKS.append((family, lang, channel, entries, slots or {}, n, tags))


def _surface_tags(text: str, lang: str) -> list[str]:
    """Tags that can be read off the text."""
    tags = list(_CJK_LANGS.get(lang, ()))
    if _HASHTAG.search(text):
        tags.append("hashtag")
    if _MENTION.search(text):
        tags.append("mention")
    if _EMOJI.search(text):
        tags.append("emoji")
    if _URL.search(text):
        tags.append("url")
    if _ELONGATION.search(_URL.sub(" ", text)):
        tags.append("elongation")
    if lang in _CJK_LANGS:
        bare = re.sub(r"https?://\S+|[#@]\w+", " ", text)
        if _LATIN_WORD.search(bare):
            tags.append("code-switching")
    return tags


def _parse_labels(spec: str, family_tags: str, text: str, lang: str) -> list[dict[str, Any]]:
    """Expand the label shorthand of one post into label dicts."""
    parts = spec.split()
    surface = _surface_tags(text, lang)
    n_relevant = sum(part.split("|")[0].split(":")[1] in ("dir", "ab") for part in parts)
    labels: list[dict[str, Any]] = []
    for part in parts:
        head, _, tag_text = part.partition("|")
        fields = head.split(":")
        if len(fields) not in (2, 3):
            raise ValueError(f"bad label spec {part!r} in {text!r}")
        entity, level = fields[0], _LEVELS[fields[1]]
        relevant = level in ("direct", "about")
        sentiment = _SENTIMENTS[fields[2]] if len(fields) == 3 else None
        if relevant != (sentiment is not None):
            raise ValueError(f"relevant labels need a sentiment, others none: {part!r} in {text!r}")
        tags = list(surface)
        codes = [c for c in (tag_text + "," + family_tags).split(",") if c]
        tags.extend(_TAG_CODES.get(code, code) for code in codes)
        if _FORMS[entity].search(text):
            tags.append("ambiguous-name")
            ambiguous = lang in _AMBIGUOUS_IN[entity] or level == "none"
            tags.append("ambiguous-in-language" if ambiguous else "safe-in-language")
        if n_relevant > 1:
            tags.append("multi-brand")
        unknown = [t for t in tags if t not in TAGS]
        if unknown:
            raise ValueError(f"unknown tags {unknown} in {text!r}")
        labels.append(
            {
                "entity_id": entity,
                "relevant": relevant,
                "level": level,
                "sentiment": sentiment,
                "tags": sorted(set(tags), key=TAGS.index),
            }
        )
    return labels


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace each ``{slot}`` of ``template`` whose name is in ``values``."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _expand(template: str, slots: dict[str, list[str]], n: int, seed: str) -> list[str]:
    """Fill a template's ``{slot}`` placeholders in up to ``n`` distinct ways."""
    names = list(dict.fromkeys(re.findall(r"\{(\w+)\}", template)))
    names = [name for name in names if name in slots]
    if not names:
        return [template]
    rng = random.Random(zlib.crc32(seed.encode("utf-8")))
    total = 1
    for name in names:
        total *= len(slots[name])
    texts: list[str] = []
    seen: set[tuple[int, ...]] = set()
    while len(texts) < min(n, total) and len(seen) < total:
        pick = tuple(rng.randrange(len(slots[name])) for name in names)
        if pick in seen:
            continue
        seen.add(pick)
        values = {name: slots[name][i] for name, i in zip(names, pick, strict=True)}
        text = _fill(template, values)
        text = re.sub(r"  +", " ", text).replace(" \n", "\n").strip()
        if text not in texts:
            texts.append(text)
    return texts


#: Hand-written sentences per family part (see :func:`_family_part`).
_PART_SIZE = 4


def _family_part(
    family: str, lang: str, entries: list[tuple[str, ...]], family_tags: str, index: int
) -> str:
    """The split family of entry ``index`` of a block.

    A block of a scenario with more than :data:`_PART_SIZE` hand-written
    sentences is cut into parts of that many sentences, so that the splits can
    be balanced per entity. Different hand-written sentences are not
    near-duplicates; the slot variants of one sentence always stay together,
    and so do blocks holding minimal pairs (never cut).
    """
    has_pairs = "mp" in family_tags.split(",") or any(
        "mp" in entry[0].partition("|")[2].replace(" ", ",").split(",") for entry in entries
    )
    if has_pairs or len(entries) <= _PART_SIZE:
        return family
    return f"{family}-{lang}-{index // _PART_SIZE + 1}"


def items() -> list[dict[str, Any]]:
    """All posts of group B with their labels (see the module docstring).

    Example:
        >>> posts = items()
        >>> sorted(posts[0])
        ['channel', 'family', 'labels', 'lang', 'text']
    """
    known = {entity["id"] for entity in ENTITIES}
    out: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for block_family, lang, channel, entries, slots, n, family_tags in _BLOCKS:
        for index, entry in enumerate(entries):
            spec, template = entry[0], entry[1]
            post_channel = entry[2] if len(entry) > 2 else channel
            family = _family_part(block_family, lang, entries, family_tags, index)
            seed = f"{block_family}|{lang}|{index}|{template}"
            for text in _expand(template, slots, n, seed):
                if text in seen:
                    raise ValueError(f"duplicate text in {family} and {seen[text]}: {text!r}")
                seen[text] = family
                labels = _parse_labels(spec, family_tags, text, lang)
                for label in labels:
                    if label["entity_id"] not in known:
                        raise ValueError(f"unknown entity {label['entity_id']!r} in {text!r}")
                out.append(
                    {
                        "family": family,
                        "lang": lang,
                        "text": text,
                        "channel": post_channel,
                        "labels": labels,
                    }
                )
    return out


# The hand-written posts below are kept in a compact one-post-per-line layout.
# fmt: off

# Slot pools shared by several families.
_EP = ["😍", "🔥", "🙌", "❤️", "😋", "👌", "💯", ""]
_EN = ["😡", "🤬", "🙄", "😤", "💀", "😒", ""]
_EQ = ["🤔", "👀", "", "🙂", "🤷"]
_EL = ["😂", "🤣", "😅", ""]

# ======================================================================================
# mars: chocolate bar vs planet (en, de, pl), vs the month (fr); safe in es, ja, zh
# ======================================================================================

_fam("mars-bar-snacking", "en", "twitter", [
    ("mars:ab:pos", "3pm slump fixed with a frozen Mars bar {e} honestly so underrated"),
    ("mars:ab:neg", "since when does a Mars bar cost {price}?? that used to be a week of pocket money"),
    ("mars:ab:pos", "deep fried Mars bar at the chippy in {city}. my arteries filed a complaint but my soul is happy {e}"),
    ("mars:ab:pos", "Mars or Snickers? Mars. Every single time, the nougat is softer and the caramel actually stretches"),
    ("mars:ab:neg|el", "is it me or is the new Mars bar waaaay sweeter? couldn't even finish it {n}"),
    ("mars:ab:neg|neg", "not saying Mars bars are bad, just that they're not worth {price} for something that small"),
    ("mars:ab:neg|sar", "oh great, the Mars bars shrank AGAIN. love paying more for less, truly a gift {n}"),
    ("mars:ab:mix|neg", "I don't even like Mars bars and somehow I ate three of them on this road trip"),
], slots={"e": _EP, "n": _EN, "price": ["£1.35", "£1.49", "$2.29", "€1.59"], "city": ["Glasgow", "Aberdeen", "Stonehaven", "Dundee"]})

_fam("mars-planet-space", "en", "twitter", [
    ("mars:none", "Perseverance just sent new pics from Mars {q} the dust on that rover lens though"),
    ("mars:none", "fun fact: a day on Mars is 37 minutes longer than ours. imagine the extra sleep"),
    ("mars:none", "Mars is visible low in the east tonight around {time}, the reddish dot left of the moon {q}"),
    ("mars:none|sar", "a million people living on Mars by 2050, sure buddy, and I'll have my inbox at zero"),
    ("mars:none", "my kid's science project is a papier-mâché Mars and the whole kitchen is now red"),
    ("mars:none", "NASA's sample return budget for Mars is a mess, good thread here https://example.org/msr-budget"),
], slots={"q": _EQ, "time": ["10pm", "11pm", "9:30"]})

_fam("mars-bar-vs-planet-mp", "en", "twitter", [
    ("mars:ab:pos", "staring at a Mars all evening because it's on the kitchen counter and I'm on a diet {d}"),
    ("mars:none", "staring at Mars all evening through the new telescope, it's so bright over the garden {d}"),
    ("mars:ab:neu", "bought a Mars at the station and ate it before the train even came"),
    ("mars:none", "bought a Mars globe at the planetarium shop and the kid hasn't put it down since"),
    ("mars:ab:pos", "Mars bar in the freezer for 20 min = best dessert, fight me"),
    ("mars:none", "Mars rover exhibit at the science museum for 20 min = best part of the trip, fight me"),
    ("mars:ab:neg", "there's nothing on Mars but rocks and caramel that glues your teeth together, worst chocolate bar"),
    ("mars:none|sar", "there's nothing on Mars but rocks and dust, but sure, let's spend billions going there"),
], slots={"d": ["😩", "🥲", "", "😭"]}, tags="mp,cd")

_fam("mars-direct-complaint", "en", "twitter", [
    ("mars:dir:neg", "@MarsGlobal my Mars bar had literally zero caramel in it, batch {code}. what happened? {n}"),
    ("mars:dir:neg", "hey @MarsGlobal why does the Mars in the multipack taste different from the single bar?"),
    ("mars:dir:pos", "@MarsGlobal bring back the Mars Planets please, my childhood needs them {e}"),
    ("mars:dir:neu", "@MarsGlobal are Mars bars suitable for vegetarians in the UK now? the label is confusing"),
], slots={"e": _EP, "n": _EN, "code": ["L2291", "K8830", "M1104"]})

_fam("mars-category-chocbar", "en", "forum", [
    ("mars:cat kinder:cat", "what chocolate bar survives a day in a hiking backpack without melting? need recs"),
    ("mars:cat", "best chocolate bar for under a quid? asking for a very broke student"),
    ("mars:cat kinder:cat", "which chocolate bars do you actually buy for the kids' party bags these days?"),
])

_fam("mars-mois-fr", "fr", "twitter", [
    ("mars:none", "RDV le {d} mars à {city} pour la manif, on lâche rien ✊"),
    ("mars:none", "déclaration d'impôts à boucler avant fin mars, au secours {n}"),
    ("mars:none|sar", "le printemps en mars, mon œil. il neige à {city} 🙃"),
    ("mars:none", "Mon anniversaire c'est le {d} mars et personne au bureau ne s'en souvient jamais"),
    ("mars:none", "La planète Mars sera bien visible cette nuit, direction le balcon avec les jumelles 🔭"),
    ("mars:none", "les giboulées de mars ont encore inondé ma cave"),
], slots={"d": ["3", "8", "14", "21", "28"], "city": ["Lyon", "Nantes", "Rennes", "Grenoble"], "n": _EN})

_fam("mars-barre-fr", "fr", "twitter", [
    ("mars:ab:pos", "Une barre Mars au goûter et je retourne direct en 1998 {e}"),
    ("mars:ab:pos", "Mars glacé > Magnum, je ne débattrai pas"),
    ("mars:ab:pos|cd", "j'ai mangé un Mars en mars, c'est ça l'humour de bureau ? 🙃"),
    ("mars:ab:neg", "les Mars sont devenus minuscules, la shrinkflation en barre chocolatée {n}"),
    ("mars:ab:neg|cs", "Mars c'est trop sucré, genre sugar overload, je reste sur le Twix"),
    ("mars:none|cd", "Le Mars de mars : la planète rouge au plus près de la Terre, à observer dès 22h"),
], slots={"e": _EP, "n": _EN})

_fam("mars-riegel-de", "de", "twitter", [
    ("mars:ab:mix", "Mars macht mobil – bei mir eher müde nach dem dritten Riegel 😅"),
    ("mars:ab:neg", "Warum kostet ein Mars am Kiosk {price}, im Supermarkt die Hälfte?! {n}"),
    ("mars:ab:pos", "Frittiertes Mars auf dem Weihnachtsmarkt in {city}, unterschätzt {e}"),
    ("mars:ab:neg|neg", "Kein Mars mehr für mich, seit das Rezept geändert wurde schmeckt das nach Sirup"),
    ("mars:ab:neg", "Hab das Mars im Handschuhfach vergessen, jetzt ist es flüssig 🫠 nie wieder im Sommer"),
    ("mars:none|mp", "Hab den Mars heute durchs Teleskop gesehen, er ist gerade richtig hell 🔭"),
    ("mars:none", "Heute Nacht steht der Mars neben dem Mond, rötlich und mit bloßem Auge sichtbar {q}"),
    ("mars:none", "Die ESA plant die nächste Mission zum Mars, Start frühestens {year}"),
    ("mars:none|sar", "Wenn die Bahn so weitermacht, bin ich schneller auf dem Mars als in {city}"),
], slots={"e": _EP, "n": _EN, "q": _EQ, "price": ["1,79 €", "1,99 €", "2,20 €"], "city": ["Köln", "Dresden", "Nürnberg"], "year": ["2028", "2030", "2031"]})

_fam("mars-batonik-pl", "pl", "twitter", [
    ("mars:ab:neg", "Mars podrożał do {price} za jeden batonik?! {n}"),
    ("mars:ab:pos", "Mrożony Mars prosto z zamrażarki to mój ulubiony deser {e}"),
    ("mars:ab:pos|mp", "Zjadłem Marsa na przerwie i od razu lepiej, cukier robi robotę"),
    ("mars:none|mp", "Zobaczyłem Marsa przez lornetkę na działce i od razu lepszy wieczór"),
    ("mars:none", "Łazik na Marsie znowu coś znalazł, ciekawe kiedy wyślą tam ludzi"),
    ("mars:ab:neg|neg", "Nie kupujcie Marsa w tej nowej wersji, karmel jest jak klej"),
    ("mars:ab:pos|typo", "batonik mars + kawa z automatu = sniadanie studenta {e}"),
], slots={"e": _EP, "n": _EN, "price": ["4,49 zł", "4,99 zł", "5,29 zł"]})

_fam("mars-chocolatina-es", "es", "twitter", [
    ("mars:ab:pos", "Chocolatina Mars en la gasolinera, cena de campeones 🏆"),
    ("mars:ab:neg", "¿Alguien más nota que las Mars de ahora saben a puro azúcar? {n}"),
    ("mars:ab:pos", "Mi abuela siempre tenía Mars en el cajón de la cocina, huele a infancia {e}"),
    ("mars:none", "Bruno Mars en {city} y yo sin entradas 😭"),
    ("mars:cat", "¿Qué chocolatina me recomendáis para la mochila del cole que no se derrita?"),
], slots={"e": _EP, "n": _EN, "city": ["Madrid", "Barcelona", "Sevilla"]})

_fam("mars-ja", "ja", "twitter", [
    ("mars:ab:pos", "輸入菓子の店でMarsのチョコバー発見！懐かしすぎる{e}"),
    ("mars:ab:mix", "マースバー、甘すぎるけどたまに無性に食べたくなる"),
    ("mars:ab:pos", "イギリス土産のマースバー、冷凍庫で冷やすと最高においしい"),
    ("mars:none", "今夜は火星が月に接近。英語でMarsって書くとチョコの名前みたいだな"),
    ("mars:none", "ブルーノ・マーズ(Bruno Mars)の来日公演、チケット全滅😇"),
], slots={"e": ["✨", "😍", "", "🍫"]})

_fam("mars-zh", "zh-Hans", "weibo", [
    ("mars:ab:neg", "玛氏又涨价了？一根Mars巧克力棒要{price}块 {n}"),
    ("mars:ab:pos", "出差带回来一箱Mars巧克力，办公室五分钟就被抢光了😂"),
    ("mars:ab:neu", "玛氏中国宣布在{city}新建工厂，主要生产巧克力和宠物食品"),
    ("mars:none", "火星哥Bruno Mars新歌太好听了，循环一整天🎧"),
    ("mars:none", "天问一号拍到的Mars表面照片好震撼，红色的沙丘"),
], slots={"n": ["😤", "🙄", ""], "price": ["8", "9.9", "12"], "city": ["嘉兴", "北京", "上海"]})

_fam("mars-vs-kinder", "en", "twitter", [
    ("kinder:ab:pos mars:ab:neg", "Kinder Bueno > Mars bar and it's not even close. Mars is just sugar glue 🤮"),
    ("mars:ab:pos kinder:ab:neg", "unpopular opinion: Kinder Bueno is overrated wafer dust, a proper Mars bar wins"),
], tags="mb")
_fam("mars-vs-kinder", "de", "twitter", [
    ("mars:ab:neg kinder:ab:pos", "Früher immer Mars, heute nur noch Kinder Bueno. Mars ist mir inzwischen viel zu süß"),
    ("mars:cat kinder:cat", "Welcher Schokoriegel hält beim Wandern am längsten satt? Tipps?"),
])
_fam("mars-vs-kinder", "pl", "facebook", [
    ("kinder:ab:neg mars:ab:pos", "Kinder Bueno się zepsuł w smaku, za to Mars trzyma poziom 👌"),
])

# ======================================================================================
# oracle: software company vs oracles, oracle cards, blockchain oracles, 甲骨文 script
# ======================================================================================

_fam("oracle-licensing-pain", "en", "twitter", [
    ("oracle:ab:neg", "Oracle licensing audit landed on my desk this morning. cancel my weekend {n}"),
    ("oracle:ab:neg|sar", "nothing says 'valued customer' like Oracle repricing Java per employee. even the interns count now {n}"),
    ("oracle:ab:neg", "migrated off Oracle DB to Postgres, saved {money} a year and nobody noticed any difference"),
    ("oracle:ab:pos", "ok unpopular take but Oracle Database still handles our nightly batch better than anything we tested"),
    ("oracle:ab:mix", "OCI is honestly cheap for egress and the free tier is generous, but their console UX is from 2009"),
    ("oracle:ab:neu", "Oracle shares up {pct} after hours on cloud revenue, Ellison on the call talking about AI datacenters again"),
    ("oracle:ab:neg|neg", "never again am I signing anything with Oracle without a lawyer reading every line"),
    ("oracle:ab:pos|el", "shoutout to the Oracle support engineer who fixed our RAC issue at 2am, you're a legend, thank youuu"),
], slots={"n": _EN, "money": ["$400k", "$1.2M", "$90k"], "pct": ["8%", "12%", "5%"]})

_fam("oracle-prophecy-en", "en", "twitter", [
    ("oracle:none", "my grandma is the family oracle, she called the divorce two years before anyone else {e}"),
    ("oracle:none", "the Oracle of Delphi sat over a crack in the ground breathing fumes, which explains a lot"),
    ("oracle:none", "rewatched The Matrix, the Oracle baking cookies is still the best scene {e}"),
    ("oracle:none|cd", "the price oracle lagged during the crash and half the lending pool got liquidated, classic DeFi"),
    ("oracle:none", "pulled three cards from my new oracle deck this morning: rest, release, receive ✨"),
    ("oracle:none", "what the Oracle of Omaha says about buying when others are fearful, explained in 2 min https://example.com/buffett"),
], slots={"e": ["😂", "🥲", "", "👌"]})

_fam("oracle-mp", "en", "forum", [
    ("oracle:ab:neg", "Asked the Oracle rep a simple question about cloud pricing and got a 40-page PDF back"),
    ("oracle:none", "Asked the oracle a simple question about my love life and got a riddle back"),
    ("oracle:ab:neu", "our Oracle went down at midnight and the whole warehouse system stopped with it"),
    ("oracle:none", "our oracle went down at midnight and the smart contract kept using a stale ETH price"),
], tags="mp,cd")

_fam("oracle-direct", "en", "twitter", [
    ("oracle:dir:neg", "@Oracle your OCI console has been throwing 503s for an hour in {region}, status page says all green {n}"),
    ("oracle:dir:neu", "@Oracle is there an ETA for the 23ai patch on Exadata? asking before we plan the maintenance window"),
    ("oracle:dir:neg", "@Oracle three weeks waiting for a sales rep to answer one licensing question. three."),
], slots={"n": _EN, "region": ["Frankfurt", "Ashburn", "London"]})

_fam("oracle-category", "en", "forum", [
    ("oracle:cat", "which enterprise database would you pick for a bank core system today, and why not Postgres?"),
    ("oracle:cat", "looking for an ERP for a 300-person manufacturer, cloud only, what should be on the shortlist?"),
])

_fam("oracle-fr", "fr", "twitter", [
    ("oracle:ab:neg", "Oracle qui change encore sa licence Java, notre DSI est en PLS {n}"),
    ("oracle:ab:neu", "Oracle ouvre une région cloud à Marseille, utile pour les données de santé"),
    ("oracle:ab:neg|cs", "la migration de Oracle vers Postgres, c'est du full stack pain, mais on y est presque"),
    ("oracle:none", "L'oracle de Delphes n'a jamais répondu clairement, un peu comme mon banquier"),
    ("oracle:none", "Tirage de cartes oracle pour la nouvelle lune 🌙 la carte du jour : patience"),
    ("oracle:none|sar", "ma tante se prend pour un oracle depuis qu'elle a deviné le sexe du bébé 🙄"),
], slots={"n": _EN})

_fam("oracle-de-es", "de", "forum", [
    ("oracle:ab:neg", "Das Oracle-Lizenzaudit kostet uns mehr Nerven als die ganze Migration"),
    ("oracle:ab:pos", "Oracle Cloud Free Tier: 4 ARM-Kerne und 24 GB RAM geschenkt, mein Homelab läuft da seit einem Jahr {e}"),
    ("oracle:ab:neu", "Oracle streicht in Deutschland Stellen im Vertrieb, berichtet das Handelsblatt"),
], slots={"e": _EP})
_fam("oracle-de-es", "es", "twitter", [
    ("oracle:ab:neg", "Oracle nos quiere cobrar licencias de Java por cada empleado, hasta por los becarios {n}"),
    ("oracle:ab:pos", "Me saqué la certificación de Oracle Database por fin!! {e}"),
    ("oracle:none", "El oráculo de mi grupo de amigas dice que este verano me echo novio 😂"),
], slots={"e": _EP, "n": _EN})

_fam("oracle-zh", "zh-Hans", "weibo", [
    ("oracle:ab:neg", "甲骨文又裁员了，{city}研发中心整个部门被砍 {n}"),
    ("oracle:ab:neg", "公司终于把Oracle数据库换成国产的了，每年省下一大笔授权费"),
    ("oracle:ab:neu", "甲骨文股价盘后大涨，云业务收入超预期"),
    ("oracle:ab:pos", "说实话甲骨文的数据库稳定性还是没得说，我们用了十几年没出过大问题"),
    ("oracle:none", "带孩子去殷墟博物馆看甲骨文，三千多年前的字居然还能认出几个{e}"),
    ("oracle:none", "甲骨文里的“日”字就是一个圆圈中间一个点，太可爱了"),
    ("oracle:none", "今天的书法课学写甲骨文，老师说这是汉字最早的成熟形态"),
], slots={"n": ["😢", "💔", ""], "e": ["✨", "😍", ""], "city": ["北京", "上海", "深圳"]})

_fam("oracle-zh-hant", "zh-Hant", "ptt", [
    ("oracle:ab:neg", "甲骨文的授權費真的貴到離譜，老闆看到報價單臉都綠了"),
    ("oracle:ab:neu", "甲骨文在台灣開雲端資料中心的消息是真的嗎？有人知道細節嗎"),
    ("oracle:ab:pos", "Oracle資料庫證照考過了！面試真的有加分{e}"),
    ("oracle:none", "史語所的甲骨文特展很值得看，龜甲上的刻痕好清楚"),
    ("oracle:none", "中文系必修的甲骨文課，期末考要認兩百個字，崩潰"),
], slots={"e": ["🎉", "✌️", ""]})

_fam("oracle-ja", "ja", "twitter", [
    ("oracle:ab:neg", "オラクルのライセンス監査が来た…今月は終わった{n}"),
    ("oracle:ab:pos", "オラクルマスターSilver合格しました！次はGold目指す{e}"),
    ("oracle:ab:neu", "日本オラクルの決算、クラウド売上が二桁成長らしい"),
    ("oracle:none", "新しいオラクルカードを買った。今日引いたのは「手放す」のカード✨"),
    ("oracle:none", "オラクルカードの引き方、毎朝一枚だけ引くのがおすすめです"),
], slots={"n": ["😇", "😱", ""], "e": ["🎉", "💪", ""]})

# ======================================================================================
# subway: sandwich chain vs underground railway (en); safe elsewhere (metro, 地铁, 地下鉄)
# ======================================================================================

_fam("subway-sandwich", "en", "twitter", [
    ("subway:ab:pos", "$6.99 footlong deal is back at Subway, lunch sorted for the week {e}"),
    ("subway:ab:neg", "Subway bread smells amazing from the street and tastes like wet cardboard, explain that {n}"),
    ("subway:ab:neg", "paid {price} for a Subway sub with 3 slices of turkey on it. three. I counted"),
    ("subway:ab:pos", "teriyaki chicken on Italian herbs and cheese, toasted, from Subway = perfect after the gym"),
    ("subway:ab:neg|sar", "love how the Subway 'sandwich artist' drew a masterpiece with exactly one olive {n}"),
    ("subway:ab:mix", "Subway cookies are elite, the subs themselves are mid"),
    ("subway:ab:neu|cd", "ate Subway on the subway and the whole car smelled of sweet onion sauce, sorry to everyone on the L"),
    ("subway:ab:neg|neg,typo", "not gonna lie, subway hasnt been the same since they changed the tuna"),
], slots={"e": _EP, "n": _EN, "price": ["$12", "$13.50", "$14"]})

_fam("subway-train", "en", "twitter", [
    ("subway:none", "the subway is stuck between stations again, 25 minutes and counting {n}"),
    ("subway:none", "saw a rat carry an entire slice of pizza down the subway stairs at {station}, NYC never disappoints {e}"),
    ("subway:none", "MTA says weekend subway service on the {line} line is suspended, shuttle buses only"),
    ("subway:none|cd", "in the UK a subway is a pedestrian underpass, so 'meet me at the subway' means the tunnel under the roundabout"),
    ("subway:none", "new high score on Subway Surfers and I missed my stop because of it {e}"),
    ("subway:none|sar", "nothing like a subway car with broken AC in August to make you love humanity"),
], slots={"n": _EN, "e": _EL, "station": ["Union Sq", "14th St", "Canal St"], "line": ["F", "A", "7"]})

_fam("subway-packed-mp", "en", "twitter", [
    ("subway:ab:neg", "the Subway on 5th was packed at lunch, waited 20 min for one footlong {n}"),
    ("subway:none", "the subway was packed at lunch, waited 20 min for an uptown 6 train {n}"),
    ("subway:ab:neu", "meet you at the Subway near the station, I'll grab us both a sub"),
    ("subway:none", "meet you at the subway near the station, I'll grab us both a MetroCard"),
], slots={"n": ["😩", "🙄", ""]}, tags="mp,cd")

_fam("subway-direct", "en", "twitter", [
    ("subway:dir:neg", "@SUBWAY your app charged me twice for one order at the {city} store and nobody answers the phone {n}"),
    ("subway:dir:pos", "@SUBWAY bring back the seafood sensation, I'm begging you 🙏"),
    ("subway:dir:neu", "@SUBWAY does the Sub of the Day deal work with app orders or in store only?"),
], slots={"n": _EN, "city": ["Leeds", "Austin", "Columbus"]})

_fam("subway-category", "en", "forum", [
    ("subway:cat", "cheap, fast lunch near campus that isn't pizza? need something I can eat walking"),
    ("subway:cat", "healthiest fast food sandwich chain? trying to eat better on road trips"),
])

_fam("subway-europe", "fr", "twitter", [
    ("subway:ab:pos", "Subway à côté du taf, un sandwich thon toasté et la journée est sauvée {e}"),
    ("subway:ab:neg", "13 balles le menu Subway à Paris, c'est du vol {n}"),
    ("subway:ab:neu|cs", "On se fait un Subway ce midi ? J'ai un craving de cookies"),
], slots={"e": _EP, "n": _EN})
_fam("subway-europe", "de", "twitter", [
    ("subway:ab:neg", "Subway am Hauptbahnhof hat wieder nur halb belegte Brötchen, nie wieder {n}"),
    ("subway:ab:pos", "Subway Sub des Tages für 3,99 €, Mittagspause gerettet {e}"),
    ("subway:none|cs", "In New York mit der Subway bis Coney Island gefahren, eine Stunde aber lohnt sich"),
], slots={"e": _EP, "n": _EN})
_fam("subway-europe", "es", "twitter", [
    ("subway:ab:pos", "El bocadillo de pollo teriyaki de Subway es mi debilidad {e}"),
    ("subway:ab:neg", "Pedí en Subway por Glovo y llegó todo frío y aplastado {n}"),
    ("subway:none|cs", "Llegué a NY y lo primero que hice fue perderme en el subway jajaja"),
], slots={"e": _EP, "n": _EN})
_fam("subway-europe", "pt", "twitter", [
    ("subway:ab:pos", "Subway de frango defumado com cream cheese, melhor almoço da semana {e}"),
    ("subway:ab:neg", "o Subway do shopping errou meu pedido de novo, pedi sem cebola e veio com o dobro {n}"),
    ("subway:none|cs", "primeira vez em NY e já peguei o subway errado kkkkk"),
], slots={"e": _EP, "n": _EN})

_fam("subway-asia", "ja", "twitter", [
    ("subway:ab:pos", "サブウェイのえびアボカド、やっぱり一番好き{e}"),
    ("subway:ab:neg", "サブウェイの注文、パンとか野菜とか選ぶの多すぎて毎回緊張する"),
    ("subway:ab:neu", "駅前にサブウェイができるらしい。ランチの選択肢増えるのは助かる"),
    ("subway:none", "サブウェイサーファーズのハイスコア更新した、電車で遊ぶのやめられない"),
    ("subway:none|cs", "NYのsubwayは24時間動いてるのがすごい、東京の地下鉄も見習ってほしい"),
], slots={"e": ["🥪", "😋", ""]})
_fam("subway-asia", "zh-Hans", "xiaohongshu", [
    ("subway:ab:pos", "赛百味的照烧鸡肉堡真的好吃，减脂期也能吃{e}"),
    ("subway:ab:neg", "楼下的赛百味关门了，以后午饭又少一个选择 {n}"),
    ("subway:ab:neu|cs", "今天午饭吃Subway，点了金枪鱼，加了好多生菜"),
    ("subway:none|cs", "纽约的subway真的又旧又吵，还有老鼠跑来跑去"),
    ("subway:none", "地铁跑酷(Subway Surfers)居然出了新地图，周末又要玩一整天"),
], slots={"e": ["🥗", "👍", ""], "n": ["😢", ""]})

# ======================================================================================
# visa: card network vs travel visa (en, fr, es, de "Visa" = plural of Visum, ja ビザ);
# safe in pl (wiza), it/pt (visto), zh (签证)
# ======================================================================================

_fam("visa-card-en", "en", "twitter", [
    ("visa:ab:neg", "my Visa got declined at the grocery store for no reason and now the bank wants me to call {n}"),
    ("visa:ab:pos", "tap to pay with my Visa on the bus in {city} and it just worked, no ticket machine drama {e}"),
    ("visa:ab:neg", "3% foreign transaction fee on my Visa, in this economy? {n}"),
    ("visa:ab:neu", "Visa and Mastercard settle the swipe fee lawsuit, merchants say it's not enough"),
    ("visa:ab:pos|neg", "never had a single problem with my Visa abroad, Amex on the other hand got rejected everywhere"),
    ("visa:ab:neg|sar", "love that the shop says 'Visa accepted' and then the terminal only takes cash {n}"),
], slots={"e": _EP, "n": _EN, "city": ["London", "Sydney", "Milan", "NYC"]})

_fam("visa-travel-en", "en", "twitter", [
    ("visa:none", "finally got my visa appointment at the consulate, only took four months {n}"),
    ("visa:none", "is it visa on arrival for {country} or do I need to apply online before? flying next week"),
    ("visa:none", "H-1B visa lottery results are out and my whole team is refreshing their email {q}"),
    ("visa:none|sar", "nothing more relaxing than a student visa interview at 7am, said no one ever"),
    ("visa:none", "my work visa expires in 30 days and the renewal is 'in processing', send help"),
], slots={"n": _EN, "q": _EQ, "country": ["Indonesia", "Egypt", "Cambodia", "Jordan"]})

_fam("visa-declined-mp", "en", "twitter", [
    ("visa:ab:neg", "my Visa got declined at the checkout, so embarrassing with a queue behind me {n}"),
    ("visa:none", "my visa got declined at the embassy, so embarrassing with my family waiting outside {n}"),
    ("visa:ab:neu", "need to renew my Visa before the trip, the card expires in March"),
    ("visa:none", "need to renew my visa before the trip, the stamp expires in March"),
], slots={"n": ["😳", "😭", ""]}, tags="mp,cd")

_fam("visa-direct", "en", "twitter", [
    ("visa:dir:neg", "@Visa why does every online shop keep sending me to a 3D Secure page that never loads? {n}"),
    ("visa:dir:pos", "@Visa the contactless limit increase was the best thing you did this year {e}"),
    ("visa:dir:neu", "@Visa is Click to Pay available in Poland yet? can't find it in the settings"),
], slots={"e": _EP, "n": _EN})

_fam("visa-category", "en", "forum", [
    ("visa:cat", "best card for travelling with no foreign transaction fees? going to Japan for a month"),
    ("visa:cat", "debit or credit card for online shopping, which one is safer if there's fraud?"),
])

_fam("visa-fr", "fr", "twitter", [
    ("visa:ab:neg", "Ma carte Visa refusée au péage à 23h, merci la banque {n}"),
    ("visa:ab:pos", "Paiement sans contact Visa jusqu'à 50 €, franchement pratique {e}"),
    ("visa:none", "Le visa pour le Canada enfin accepté après 3 mois d'attente 🇨🇦"),
    ("visa:none|cd", "Mbappé visa la lucarne et marqua d'une frappe sublime, quel but !"),
    ("visa:none", "Visa étudiant refusé, je dois tout recommencer {n}"),
], slots={"e": _EP, "n": _EN})

_fam("visa-es", "es", "twitter", [
    ("visa:ab:neg", "Me cobraron dos veces en la tarjeta Visa y el banco dice que espere 10 días {n}"),
    ("visa:ab:pos", "Pagar con Visa en el metro de {city} tocando el torniquete, qué maravilla {e}"),
    ("visa:none", "Me negaron la visa para Estados Unidos otra vez, ya van dos {n}"),
    ("visa:none|cd", "La cita para la visa en la embajada es en seis meses, no se puede viajar así"),
    ("visa:cat", "¿Qué tarjeta de crédito sin comisiones recomiendan para viajar?"),
], slots={"e": _EP, "n": _EN, "city": ["Madrid", "Ciudad de México", "Barcelona"]})

_fam("visa-de", "de", "twitter", [
    ("visa:ab:neg", "Visa-Karte im Ausland gesperrt, weil die Bank 'ungewöhnliche Aktivität' sieht {n}"),
    ("visa:ab:pos", "Mit der Visa Debit zahlt man inzwischen wirklich überall kontaktlos {e}"),
    ("visa:none|cd", "Die Visa für die China-Reise sind endlich da, alle vier Pässe zurück"),
    ("visa:none", "Für Indien braucht man ein e-Visa, das Formular ist aber eine Zumutung"),
], slots={"e": _EP, "n": _EN})

_fam("visa-safe-langs", "pl", "twitter", [
    ("visa:ab:neg", "Karta Visa odrzucona na stacji, a na koncie mam kasę {n}"),
    ("visa:ab:pos", "Płacę kartą Visa telefonem wszędzie, portfel został w domu {e}"),
    ("visa:cat", "Jaka karta kredytowa najlepsza na wyjazd za granicę, bez przewalutowania?"),
], slots={"e": _EP, "n": _EN})
_fam("visa-safe-langs", "it", "twitter", [
    ("visa:ab:neg", "Carta Visa clonata, mi hanno preso 400 euro su un sito cinese {n}"),
    ("visa:ab:pos", "Pagamento contactless con Visa anche sul bus a {city}, finalmente {e}"),
    ("visa:cat", "Meglio carta di debito o carta di credito per prenotare gli hotel?"),
], slots={"e": _EP, "n": _EN, "city": ["Roma", "Milano", "Bologna"]})
_fam("visa-safe-langs", "pt", "twitter", [
    ("visa:ab:neg", "Cartão Visa bloqueado no meio da viagem, banco nem atende {n}"),
    ("visa:ab:pos", "A Visa tá dando cashback em {shop} essa semana, aproveitem {e}"),
    ("visa:cat", "qual cartão de crédito sem anuidade vocês indicam?"),
], slots={"e": _EP, "n": _EN, "shop": ["iFood", "Uber", "mercado"]})

_fam("visa-cjk", "zh-Hans", "weibo", [
    ("visa:ab:pos", "出国用Visa卡刷卡挺方便的，汇率也还行{e}"),
    ("visa:ab:neg", "Visa卡在国内好多地方刷不了，只能用支付宝 {n}"),
    ("visa:ab:neu", "维萨宣布和支付宝合作，外国游客来中国支付更方便了"),
    ("visa:cat", "第一次出国，信用卡应该办哪种？求推荐"),
], slots={"e": ["👍", "✨", ""], "n": ["😓", "🙄", ""]})
_fam("visa-cjk", "zh-Hant", "ptt", [
    ("visa:ab:pos", "VISA卡在日本用感應支付真的超方便，便利商店都可以刷"),
    ("visa:ab:neg", "維薩的海外交易手續費又調了？刷卡前要先看清楚 {n}"),
    ("visa:ab:neu|cs", "我的工作visa終於下來了，下個月就飛過去，Visa卡也辦好了"),
], slots={"n": ["😤", ""]})
_fam("visa-cjk", "ja", "twitter", [
    ("visa:ab:pos", "Visaのタッチ決済、電車でも使えるようになって便利すぎる{e}"),
    ("visa:ab:neg", "VISAカードが海外で突然使えなくなった、カード会社に電話しないと{n}"),
    ("visa:none|cd", "ワーホリのビザ申請、書類が多すぎて泣きそう"),
    ("visa:none", "アメリカの学生ビザ面接、大使館で2時間待ち"),
    ("visa:ab:neu|cd", "ビザのタッチ決済とマスターカード、どっちのほうが使える店多いんだろう"),
], slots={"e": ["✨", "😊", ""], "n": ["😱", "😭", ""]})

# ======================================================================================
# monster: energy drink vs monsters, Monster Hunter, 魔爪 'evil clutches'
# ======================================================================================

_fam("monster-drink-en", "en", "twitter", [
    ("monster:ab:pos|cd", "the new Monster flavour is sick dude, tastes like {flavour} {e}"),
    ("monster:ab:pos", "white Monster at 7am is the only reason I passed that exam"),
    ("monster:ab:neg", "two cans of Monster before the night shift and now my heart is doing drum solos {n}"),
    ("monster:ab:neg|neg", "not buying Monster again, {price} a can is ridiculous when the store brand is the same"),
    ("monster:ab:mix|el", "Monster Ultra Paradise is sooo good but the caffeine crash after is brutal"),
    ("monster:ab:pos", "fridge stocked with Monster Ultra for finals week, wish me luck {e}"),
    ("monster:ab:neg|sar", "nothing screams healthy lifestyle like my third Monster before noon 🙃"),
], slots={"e": _EP, "n": _EN, "flavour": ["mango", "peach tea", "watermelon"], "price": ["$3.49", "£1.95", "$3.99"]})

_fam("monster-other-en", "en", "twitter", [
    ("monster:none", "my 4yo says there's a monster under the bed so now I'm sleeping on the floor {el}"),
    ("monster:none", "Monster Hunter Wilds at 3am with the squad, no regrets {e}"),
    ("monster:none|cd", "you put pineapple AND ketchup on pizza? you absolute monster"),
    ("monster:none", "the monster truck show at the fairground was so loud my ears are still ringing"),
    ("monster:none", "applied to 40 jobs on Monster and Indeed this month, zero replies {n}"),
    ("monster:none|cd", "feeling sick after that rollercoaster, it was a monster, 90 metre drop"),
], slots={"el": _EL, "e": ["🎮", "🔥", ""], "n": _EN})

_fam("monster-mp-en", "en", "twitter", [
    ("monster:ab:neu", "there's a Monster in the fridge, it's mine, do NOT touch it"),
    ("monster:none", "there's a monster in the closet, it's mine, says my toddler, do NOT touch it"),
    ("monster:ab:neg", "had a Monster at 2am and couldn't sleep till sunrise {n}"),
    ("monster:none", "had a monster nightmare at 2am and couldn't sleep till sunrise {n}"),
], slots={"n": ["😵", "🫠", ""]}, tags="mp,cd")

_fam("monster-direct", "en", "twitter", [
    ("monster:dir:pos", "@MonsterEnergy please make the Rio Punch permanent, I'll buy a pallet {e}"),
    ("monster:dir:neg", "@MonsterEnergy my 12-pack came with 4 dented cans and one was leaking, not cool"),
], slots={"e": _EP})

_fam("monster-category", "en", "forum", [
    ("monster:cat", "which energy drink keeps you awake longest without the jitters? night shifts are killing me"),
    ("monster:cat", "sugar free energy drinks that don't taste like chemicals? recommendations pls"),
])

_fam("monster-de", "de", "twitter", [
    ("monster:ab:pos", "Monster Ultra White eiskalt nach dem Training, besser geht's nicht {e}"),
    ("monster:ab:neg", "Pfand auf die Monster-Dose und trotzdem 2,29 €, wird immer teurer {n}"),
    ("monster:ab:neg|neg", "Nie wieder zwei Monster an einem Tag, hab die ganze Nacht Herzrasen gehabt"),
    ("monster:none", "Meine Tochter malt jeden Abend ein Monster, das unter ihrem Bett wohnt, es heißt Herbert {el}"),
    ("monster:none", "Krümelmonster ist einfach mein Lebensmotto 🍪"),
    ("monster:cat", "Welcher Energydrink hat am wenigsten Zucker? Brauch was für die Nachtschicht"),
], slots={"e": _EP, "n": _EN, "el": _EL})

_fam("monster-es-pl", "es", "twitter", [
    ("monster:ab:pos", "Una Monster de mango antes del examen y me sentía invencible {e}"),
    ("monster:ab:neg", "Las Monster ya cuestan casi 2 euros en el súper, esto no es normal {n}"),
    ("monster:cat", "¿Qué bebida energética me recomiendan para estudiar de noche?"),
], slots={"e": _EP, "n": _EN})
_fam("monster-es-pl", "pl", "twitter", [
    ("monster:ab:pos", "Monster mango loco na zimno i mogę kodzić do rana {e}"),
    ("monster:ab:neg zabka:ab:neg", "Monster po 7 zł w Żabce, chyba zaczynam pić kawę jak normalny człowiek {n}"),
    ("monster:none", "Moja monstera wypuściła nowy liść z dziurkami, jestem dumną mamą roślinki 🌿"),
], slots={"e": _EP, "n": _EN})

_fam("monster-zh", "zh-Hans", "weibo", [
    ("monster:ab:pos", "熬夜赶论文全靠魔爪续命，白罐的最好喝{e}"),
    ("monster:ab:neg", "魔爪能量饮料喝多了心慌，以后还是喝咖啡吧 {n}"),
    ("monster:ab:neu|cs", "便利店Monster魔爪第二罐半价，囤了一箱"),
    ("monster:none", "终于逃出了前老板的魔爪，新工作第一天，心情很好{e}"),
    ("monster:none", "警方提醒：开学季谨防伸向学生的诈骗魔爪"),
    ("monster:none", "小时候看《魔爪》这部动画片，现在想起来还有点吓人"),
], slots={"e": ["💪", "😆", ""], "n": ["😣", ""]})

_fam("monster-zh-hant", "zh-Hant", "dcard", [
    ("monster:ab:pos", "期末考週靠魔爪撐過去了，超商的Ultra白色款最順口"),
    ("monster:ab:neg", "魔爪一罐快60塊，真的越來越貴了 {n}"),
    ("monster:none", "小心這種詐騙手法，別讓歹徒把魔爪伸向你的長輩"),
    ("monster:none", "怪物獵人(Monster Hunter)新作開放預購，這次一定要買"),
], slots={"n": ["😤", ""]})

_fam("monster-ja", "ja", "twitter", [
    ("monster:ab:pos", "夜勤前のモンエナが一番うまい{e}"),
    ("monster:ab:neg", "モンスターエナジー2本飲んだら動悸がやばい、もうやめる{n}"),
    ("monster:ab:pos", "白いモンスター(ウルトラ)は甘くなくて飲みやすい"),
    ("monster:none", "モンスターハンターの新作、発売日に有休取った"),
    ("monster:none", "うちの学校にもモンスターペアレントがいるって先生が嘆いてた"),
    ("monster:none", "ポケットモンスターの映画、子どもより私が泣いた"),
], slots={"e": ["⚡", "🔥", ""], "n": ["😵", ""]})

# ======================================================================================
# allegro: Polish marketplace vs the musical tempo, Italian 'allegro' (cheerful)
# ======================================================================================

_fam("allegro-shopping-pl", "pl", "twitter", [
    ("allegro:ab:pos", "Zamówiłam wieczorem na Allegro, rano paczka już w One Boxie pod blokiem {e}"),
    ("allegro:ab:neg", "Sprzedawca na Allegro od tygodnia nie wysłał paczki i nie odpisuje {n}"),
    ("allegro:ab:mix", "Allegro Smart się opłaca tylko jak zamawiasz co tydzień, u mnie raczej średnio"),
    ("allegro:ab:neg", "Allegro znowu podniosło prowizje dla sprzedawców, małe sklepy tego nie udźwigną"),
    ("allegro:ab:pos|typo", "kupilam na allegro lokalnie wozek dla malej za 150 zl, stan idealny {e}"),
    ("allegro:ab:neg|sar", "Uwielbiam jak na Allegro 'oryginalne' słuchawki przychodzą z chińską instrukcją i logo Abbple 🙃"),
    ("allegro:ab:neu", "Allegro Pay – ktoś korzysta? Opłaca się rozkładać na raty czy to pułapka?"),
    ("allegro:ab:neg|neg", "Nigdy więcej elektroniki z Allegro od prywatnych sprzedawców, lekcja odrobiona"),
], slots={"e": _EP, "n": _EN})

_fam("allegro-music", "pl", "forum", [
    ("allegro:none", "Córka na egzaminie w szkole muzycznej zagrała allegro z sonaty Mozarta i dostała 24 punkty {e}"),
    ("allegro:none", "Pierwsza część koncertu, allegro ma non troppo, była trochę za szybka jak na mój gust"),
    ("allegro:ab:neu|mp", "Zamówiłam na Allegro nuty do sonaty, bo w księgarni muzycznej nie było"),
    ("allegro:none|mp", "Zagrałam na egzaminie allegro z tej sonaty i ręce trzęsły mi się do końca"),
], slots={"e": ["🎹", "👏", ""]}, tags="cd")

_fam("allegro-music", "it", "facebook", [
    ("allegro:none", "Mio figlio è sempre così allegro la mattina, io invece zombie fino al secondo caffè {el}"),
    ("allegro:none", "Stasera al conservatorio: Allegro vivace dalla Quinta di Beethoven, da brividi"),
    ("allegro:none", "Un pranzo allegro con tutta la famiglia, la nonna ha cucinato per venti"),
    ("allegro:none|cd", "Allegro ma non troppo: il mio umore il lunedì mattina"),
    ("allegro:ab:neu|cs", "Vivo a Cracovia e compro tutto su Allegro, praticamente l'Amazon polacco"),
    ("allegro:ab:pos", "Trovato su Allegro un obiettivo Canon usato a metà prezzo, spedito in Italia in 5 giorni {e}"),
], slots={"el": _EL, "e": _EP})

_fam("allegro-en-de", "en", "twitter", [
    ("allegro:ab:pos", "moved to Warsaw and Allegro is basically my whole personality now, next-day parcel lockers everywhere"),
    ("allegro:ab:neg", "ordered a phone case on Allegro, got a different model and the seller ghosted me {n}"),
    ("allegro:none", "the Austin Allegro had a square steering wheel and somehow people still bought it"),
    ("allegro:none", "second movement was lovely but the final allegro was rushed, the orchestra lost the tempo"),
    ("allegro:cat", "what's the go-to online marketplace in Poland for secondhand electronics?"),
], slots={"n": _EN})
_fam("allegro-en-de", "de", "forum", [
    ("allegro:ab:neu", "Hat jemand Erfahrung mit Allegro? Die polnischen Preise für Autoteile sind echt niedrig"),
    ("allegro:ab:pos", "Über Allegro Felgen aus Posen bestellt, Versand nach Berlin nach 3 Tagen da {e}"),
    ("allegro:none", "Im Orchester üben wir das Allegro aus Vivaldis Frühling, die Geigen hetzen immer"),
], slots={"e": _EP})
_fam("allegro-en-de", "es", "twitter", [
    ("allegro:none", "El allegro del tercer movimiento me sigue saliendo fatal en el violín {n}"),
    ("allegro:ab:neu", "Allegro, la web polaca de compras, es más grande allí que Amazon, no lo sabía"),
], slots={"n": ["😩", ""]})
_fam("allegro-en-de", "fr", "twitter", [
    ("allegro:none", "Au concert hier soir, l'allegro final a fait lever toute la salle 👏"),
    ("allegro:ab:neg", "Commandé sur Allegro depuis la France, 3 semaines et toujours pas de colis {n}"),
], slots={"n": _EN})

_fam("allegro-direct", "pl", "twitter", [
    ("allegro:dir:neg", "@allegro od 5 dni czekam na zwrot pieniędzy za anulowane zamówienie, kiedy? {n}"),
    ("allegro:dir:pos", "@allegro super szybka reakcja na reklamację, dzięki {e}"),
    ("allegro:cat", "Gdzie kupujecie używaną elektronikę przez internet, żeby się nie naciąć?"),
], slots={"e": _EP, "n": _EN})

# ======================================================================================
# biedronka: discount supermarket vs the ladybird (pl); safe in en, de
# ======================================================================================

_fam("biedronka-shop-pl", "pl", "twitter", [
    ("biedronka:ab:neg", "W Biedronce znowu jedna kasa otwarta i kolejka do mrożonek {n}"),
    ("biedronka:ab:pos", "Promka w Biedrze na masło {price}, brać póki jest {e}"),
    ("biedronka:ab:neg|sar", "Kocham kasy samoobsługowe w Biedronce: 'nieoczekiwany przedmiot w strefie pakowania' co 5 sekund 🙃"),
    ("biedronka:ab:pos", "Biedronka ma najlepsze bułki z pieczywa na miejscu, serio, lepsze niż z piekarni"),
    ("biedronka:ab:neu", "Czy Biedronka jest otwarta w tę niedzielę handlową? Gazetka nic nie mówi"),
    ("biedronka:ab:neg", "Kupione wczoraj w Biedronce truskawki dziś już spleśniałe, szkoda kasy {n}"),
    ("biedronka:ab:pos", "Moja Biedronka i kupony na kawę, uzbierałam 20 zł rabatu w miesiąc {e}"),
    ("biedronka:ab:neg|neg,typo", "Nie idę juz do biedry po 18, puste półki i bałagan"),
    ("biedronka:ab:mix", "Tydzień włoski w Biedronce: mozzarella super, wino takie sobie"),
], slots={"e": _EP, "n": _EN, "price": ["5,99 zł", "6,49 zł", "4,99 zł"]})

_fam("biedronka-insect-pl", "pl", "facebook", [
    ("biedronka:none", "Biedronka usiadła mi na ręce na balkonie i nie chciała odlecieć {e}"),
    ("biedronka:none", "W przedszkolu grupa Biedronki ma jutro bal przebierańców, potrzebne czerwone kropki"),
    ("biedronka:none", "Azjatyckie biedronki gryzą! Cały parapet w jesieni nimi obsypany {n}"),
    ("biedronka:none", "Córka przebrana za biedronkę na pasowanie na przedszkolaka, najsłodsza"),
    ("biedronka:none", "Biedronki zjadają mszyce, więc zostawcie je w ogródku w spokoju"),
    ("biedronka:none|cd", "Ile kropek ma biedronka? Synek twierdzi że siedem, w książce jest pięć"),
], slots={"e": ["🐞", "😊", ""], "n": ["😬", ""]})

_fam("biedronka-mp", "pl", "twitter", [
    ("biedronka:ab:neu", "Na parapecie siedzi gazetka z Biedronki, pora robić listę zakupów"),
    ("biedronka:none", "Na parapecie siedzi biedronka, pora chyba otworzyć okno"),
    ("biedronka:ab:pos", "Znalazłam w Biedronce czerwone kropkowane kalosze dla małej, za grosze {e}"),
    ("biedronka:none", "Znalazłam w ogródku czerwoną kropkowaną biedronkę dla małej, cieszyła się jak głupia {e}"),
], slots={"e": ["🐞", "😍", ""]}, tags="mp,cd")

_fam("biedronka-direct", "pl", "twitter", [
    ("biedronka:dir:neg", "@biedronka w sklepie na {street} od tygodnia zepsuta lodówka z nabiałem, ktoś to naprawi? {n}"),
    ("biedronka:dir:pos", "@biedronka dzięki za akcję z darmowymi tornistrami dla dzieci, fajna sprawa {e}"),
], slots={"e": _EP, "n": _EN, "street": ["Puławskiej", "Grunwaldzkiej", "Piotrkowskiej"]})

_fam("biedronka-vs-zabka", "pl", "twitter", [
    ("biedronka:ab:pos zabka:ab:neg", "W Żabce to samo mleko dwa razy drożej niż w Biedronce, przestaję tam chodzić"),
    ("zabka:ab:pos biedronka:ab:neg", "Biedronka o 22 zamknięta, Żabka otwarta do 23 z hot-dogiem, wybór jest prosty {e}"),
    ("biedronka:ab:neu zabka:ab:pos", "Duże zakupy w Biedrze raz w tygodniu, a po bułki rano do żabki na rogu"),
    ("biedronka:comp", "Lidl ma w tym tygodniu kawę za pół ceny, lecę zanim wykupią"),
    ("biedronka:cat zabka:cat carrefour:cat", "Gdzie najtaniej zrobić zakupy na święta? Macie jakieś porównanie cen?"),
    ("biedronka:comp zabka:comp", "Dino otworzyli u nas na wsi i wreszcie nie trzeba jeździć do miasta"),
], slots={"e": _EP})

_fam("biedronka-abroad", "en", "twitter", [
    ("biedronka:ab:pos", "Polish mum visiting London: 'Biedronka is cheaper'. Every single time."),
    ("biedronka:ab:pos", "Biedronka in Kraków sells pierogi for like 2 euros, I'm never leaving {e}"),
    ("biedronka:ab:neu|cs", "just got back from Biedronka with 3 bags of paczki, it was fat Thursday, don't judge"),
    ("biedronka:cat", "cheapest supermarket in Poland for a student on a budget?"),
], slots={"e": _EP})
_fam("biedronka-abroad", "de", "forum", [
    ("biedronka:ab:pos", "Wir fahren zum Einkaufen nach Słubice, bei Biedronka ist Butter deutlich günstiger"),
    ("biedronka:ab:neg", "Biedronka in Stettin am Samstag: volle Gänge, leere Regale, nie wieder am Wochenende {n}"),
    ("biedronka:comp", "In Polen ist Lidl am Wochenende auch voll, aber wenigstens gibt es Körbe"),
], slots={"n": _EN})

# ======================================================================================
# zabka: convenience chain vs little frog, breaststroke (żabka), hair clip
# ======================================================================================

_fam("zabka-shop-pl", "pl", "twitter", [
    ("zabka:ab:pos", "Hot-dog z Żabki o 2 w nocy smakuje lepiej niż kolacja w restauracji {e}"),
    ("zabka:ab:neg", "Żabka podniosła ceny kawy do {price}, za to się obrazić można {n}"),
    ("zabka:ab:pos", "Żappka naliczyła mi tyle żappsów, że darmowe piwo się należy {e}"),
    ("zabka:ab:neu", "Nowa Żabka Nano na dworcu: wchodzisz, bierzesz, wychodzisz, kamera liczy"),
    ("zabka:ab:neg|sar", "Kolejna Żabka otwarta 50 metrów od poprzedniej, bo przecież trzecia na ulicy to za mało 🙃"),
    ("zabka:ab:pos|typo", "szamamm z zabki na lunch i wiecej nie potrzebuje, tanio i szybko"),
    ("zabka:ab:neg|neg", "Nie odbieram już paczek w Żabce, zawsze kolejka i 'nie ma jeszcze w systemie'"),
    ("zabka:ab:mix", "Żabka na rogu ratuje mi życie, ale ceny jak na stacji benzynowej"),
], slots={"e": _EP, "n": _EN, "price": ["9,99 zł", "8,49 zł", "10,99 zł"]})

_fam("zabka-frog-pl", "pl", "facebook", [
    ("zabka:none", "W oczku wodnym zamieszkała mała żabka, dzieci codziennie ją karmią muchami {e}"),
    ("zabka:none", "Na basenie uczę się pływać żabką, ale nogi mi się plączą"),
    ("zabka:none|cd", "Kupiłam córce spinki żabki do włosów w kolorze tęczy"),
    ("zabka:none", "Bajka o Księżniczce Żabce to ulubiona książka mojego syna"),
    ("zabka:none", "Żabka rechotała całą noc pod oknem, wiosna przyszła"),
], slots={"e": ["🐸", "😊", ""]})

_fam("zabka-mp", "pl", "twitter", [
    ("zabka:ab:neu", "Idę do żabki po wodę, ktoś coś chce?"),
    ("zabka:none", "Idę na basen pływać żabką, ktoś się dołącza?"),
    ("zabka:ab:pos", "W żabce na rogu wreszcie jest paczkomat, super sprawa"),
    ("zabka:none", "W stawie na rogu wreszcie jest żabka, dzieci oszalały z radości"),
    ("zabka:ab:neg", "Żabka znowu zamknięta o 23, a przecież miała być otwarta do północy {n}"),
    ("zabka:none", "Żabka znowu uciekła z terrarium, szukamy jej pod kanapą {n}"),
], slots={"n": ["😩", "🙄", ""]}, tags="mp,cd")

_fam("zabka-direct", "pl", "twitter", [
    ("zabka:dir:neg", "@zabka_polska aplikacja Żappka znowu nie działa przy kasie, trzeci raz w tym tygodniu {n}"),
    ("zabka:dir:pos", "@zabka_polska dzięki za nowy smak hot-doga, jest petarda {e}"),
    ("zabka:cat", "Jaki sklep osiedlowy jest otwarty najdłużej w nocy? Potrzebuję czegoś na 24h"),
], slots={"e": _EP, "n": _EN})

_fam("zabka-abroad", "en", "twitter", [
    ("zabka:ab:pos", "Warsaw tip: Żabka is on literally every corner and the hot dogs are weirdly good {e}"),
    ("zabka:ab:neu|typo", "is zabka open on sundays? trading ban confuses me lol"),
    ("zabka:cat", "where can you grab a late night snack in Krakow after 11pm?"),
], slots={"e": _EP})
_fam("zabka-abroad", "de", "forum", [
    ("zabka:ab:neu", "Żabka hat in Polen schon über 10.000 Filialen, mehr als jede deutsche Kette"),
    ("zabka:ab:pos", "In Breslau bei Żabka einen Hotdog für 6 Złoty geholt, lecker und schnell {e}"),
], slots={"e": _EP})

# ======================================================================================
# lot: LOT Polish Airlines vs Polish 'lot' (any flight) and English 'a lot'
# ======================================================================================

_fam("lot-airline-pl", "pl", "twitter", [
    ("lot:ab:neg", "LOT odwołał mój lot do {city} dwie godziny przed odlotem, zero informacji {n}"),
    ("lot:ab:pos", "Dreamlinerem LOT-u do Seulu, jedzenie zaskakująco dobre, obsługa przemiła {e}"),
    ("lot:ab:neg", "Leciałam LOTem z Chopina, bagaż został w Warszawie, a ja w {city} {n}"),
    ("lot:ab:pos", "PLL LOT jednak trzyma poziom, wylądowaliśmy 20 minut przed czasem"),
    ("lot:ab:neg|sar", "Brawo LOT, cztery godziny opóźnienia i kanapka na przeprosiny, jestem zachwycona 🙃"),
    ("lot:ab:neg|neg", "Nigdy więcej LOT-u na krótkich trasach, taniej i punktualniej z Wizzem"),
], slots={"e": _EP, "n": _EN, "city": ["Londynu", "Paryża", "Oslo", "Rzymu"]})

_fam("lot-flight-pl", "pl", "twitter", [
    ("lot:none", "Mój lot do Barcelony z Ryanairem opóźniony o 3 godziny {n}"),
    ("lot:none", "Pierwszy lot balonem w życiu, widok na Tatry nieziemski {e}"),
    ("lot:none|cd", "Pierwszy lot na Marsa planują za dziesięć lat, czytałem dziś artykuł"),
    ("lot:none", "Złapał to w lot, jak zawsze, nie trzeba mu było dwa razy tłumaczyć"),
    ("lot:none", "Najtańszy lot do Lizbony znalazłam na wtorek o 6 rano, biorę"),
    ("mars:none lot:none", "Lot na Marsa zajmuje ok. 7 miesięcy, dzieci były w szoku na lekcji"),
], slots={"n": _EN, "e": ["🎈", "😍", ""]})

_fam("lot-mp", "pl", "twitter", [
    ("lot:ab:neg", "LOT do Londynu opóźniony o 2 godziny, jak zwykle {n}"),
    ("lot:none", "Lot do Londynu opóźniony o 2 godziny, Wizz jak zwykle {n}"),
    ("lot:ab:pos", "Leciałam LOT-em do Nowego Jorku, obsługa na medal"),
    ("lot:none", "Lot do Nowego Jorku trwał 9 godzin, obsługa na medal, dzięki Emirates"),
], slots={"n": ["😤", "🙄", ""]}, tags="mp,cd")

_fam("lot-en", "en", "twitter", [
    ("lot:ab:pos", "flew LOT Polish Airlines Chicago to Warsaw, the Dreamliner was spotless {e}"),
    ("lot:ab:neg", "LOT lost my bag in Warsaw and the claim form is only in Polish {n}"),
    ("lot:none", "a lot of flights to Warsaw got cancelled because of the fog today {n}"),
    ("lot:none", "parked in the wrong lot at the airport and walked 20 minutes with two suitcases {n}"),
    ("lot:none", "won lot 42 at the auction, a box of old vinyl for 30 bucks {e}"),
    ("lot:ab:neu|mp", "flew LOT to Warsaw, flight was fine, connection in Warsaw was a scramble"),
    ("lot:none|mp", "flew a lot to Warsaw this year, flights were fine, connections always a scramble"),
    ("lot:dir:neg", "@LOTPolishAir 6 weeks and still no answer on my EU261 compensation claim, reference {ref}"),
    ("lot:dir:pos", "@LOTPolishAir thank you for rebooking me so fast after the strike, real lifesavers {e}"),
    ("lot:cat", "best airline to fly from New York to Krakow? nonstop if possible"),
], slots={"e": _EP, "n": _EN, "ref": ["WAW-88121", "WAW-40763"]})

# ======================================================================================
# carrefour: retailer vs French 'carrefour' (crossroads); safe in es, it, pt, pl, zh
# ======================================================================================

_fam("carrefour-shop-fr", "fr", "twitter", [
    ("carrefour:ab:neg", "Carrefour Market de mon quartier : une seule caisse ouverte un samedi à 11h {n}"),
    ("carrefour:ab:pos", "Le drive Carrefour, commande à 18h et récupérée à 19h, franchement top {e}"),
    ("carrefour:ab:neg|sar", "Merci Carrefour pour le paquet de chips à moitié vide, la shrinkflation c'est cadeau 🙃"),
    ("carrefour:ab:neu", "Carrefour annonce la fermeture de {k} magasins et le passage en location-gérance d'autres"),
    ("carrefour:ab:mix", "Les promos Carrefour sont bien mais l'appli plante une fois sur deux"),
    ("carrefour:ab:neg|neg", "Je ne vais plus chez Carrefour depuis qu'ils ont supprimé les caisses avec caissières"),
    ("carrefour:ab:pos|cs", "Carrefour City en bas de chez moi, open until 22h, life saver {e}"),
], slots={"e": _EP, "n": _EN, "k": ["25", "40", "12"]})

_fam("carrefour-crossroads-fr", "fr", "twitter", [
    ("carrefour:none", "Accident au carrefour de la mairie, encore un feu grillé {n}"),
    ("carrefour:none", "Tourne à droite au prochain carrefour, la boulangerie est juste après"),
    ("carrefour:none", "Marseille, carrefour des cultures méditerranéennes depuis 2600 ans"),
    ("carrefour:none|cd", "Je suis à un carrefour de ma vie : reprendre les études ou partir au Québec {q}"),
    ("carrefour:none", "Le nouveau rond-point remplace enfin ce carrefour dangereux à {city}"),
], slots={"n": _EN, "q": _EQ, "city": ["Valence", "Angers", "Metz"]})

_fam("carrefour-mp-fr", "fr", "twitter", [
    ("carrefour:ab:neu", "Je t'attends devant le Carrefour, j'ai les sacs de courses"),
    ("carrefour:none", "Je t'attends au carrefour, j'ai les sacs de courses"),
    ("carrefour:ab:neg", "Bouchon monstre devant le Carrefour de Vénissieux, tout le monde fait ses courses de Noël {n}"),
    ("carrefour:none", "Bouchon monstre au carrefour de Vénissieux, un camion en panne au milieu {n}"),
], slots={"n": ["😤", "🙄", ""]}, tags="mp,cd")

_fam("carrefour-direct", "fr", "twitter", [
    ("carrefour:dir:neg", "@CarrefourFrance ma commande drive a été annulée sans prévenir, j'étais déjà sur le parking {n}"),
    ("carrefour:dir:pos", "@CarrefourFrance bravo pour les fruits et légumes moches à -30 %, belle initiative {e}"),
    ("carrefour:cat", "Quel supermarché fait la meilleure livraison à domicile sur Paris ?"),
], slots={"e": _EP, "n": _EN})

_fam("carrefour-intl", "es", "twitter", [
    ("carrefour:ab:pos", "El Carrefour de {city} tiene la mejor sección de quesos, lo digo en serio {e}"),
    ("carrefour:ab:neg", "Pedido online de Carrefour con la mitad de productos sustituidos por otros más caros {n}"),
    ("carrefour:cat", "¿Qué supermercado tiene el aceite de oliva más barato ahora mismo?"),
], slots={"e": _EP, "n": _EN, "city": ["Valencia", "Málaga", "Zaragoza"]})
_fam("carrefour-intl", "it", "twitter", [
    ("carrefour:ab:neg", "Il Carrefour Express sotto casa ha alzato tutti i prezzi, la spesa costa il doppio {n}"),
    ("carrefour:ab:pos", "Carrefour aperto h24 a {city}, benedetto quando torni alle 2 di notte {e}"),
    ("carrefour:cat", "Quale supermercato fa la spesa online con consegna in giornata a Milano?"),
], slots={"e": _EP, "n": _EN, "city": ["Torino", "Milano", "Genova"]})
_fam("carrefour-intl", "pt", "twitter", [
    ("carrefour:ab:neg", "Fila de 40 minutos no Carrefour do {place}, parece que o mundo vai acabar {n}"),
    ("carrefour:ab:pos", "Atacadão com preço bom no arroz, encheu o carrinho {e}"),
    ("carrefour:dir:neg", "@CarrefourBrasil cobraram o preço errado no caixa e o gerente disse que 'é o sistema' {n}"),
    ("carrefour:cat", "qual mercado tá com a cesta básica mais barata esse mês?"),
], slots={"e": _EP, "n": _EN, "place": ["Limão", "shopping", "centro"]})
_fam("carrefour-intl", "pl", "twitter", [
    ("carrefour:ab:neg", "Carrefour w galerii zamknięty, a miał być czynny do 22 {n}"),
    ("carrefour:ab:pos biedronka:ab:neg", "W Carrefourze ser taniej niż w Biedronce, kto by pomyślał"),
], slots={"n": _EN})
_fam("carrefour-intl", "en", "twitter", [
    ("carrefour:ab:pos", "Carrefour in Dubai Mall is bigger than my hometown, spent 2 hours in there {e}"),
    ("carrefour:ab:neg", "Carrefour delivery app in Riyadh keeps cancelling my slot at the last minute {n}"),
], slots={"e": _EP, "n": _EN})

_fam("carrefour-zh", "zh-Hant", "ptt", [
    ("carrefour:ab:pos", "家樂福的量販包衛生紙這週特價，順便買了一箱泡麵{e}"),
    ("carrefour:ab:neg", "家樂福自助結帳機又壞了，排了半小時 {n}"),
    ("carrefour:ab:neu", "統一集團買下家樂福台灣後，賣場好像變多了"),
    ("carrefour:cat", "大家都去哪間量販店買年貨？求推薦便宜又好停車的"),
], slots={"e": ["👍", "😆", ""], "n": ["😤", ""]})
_fam("carrefour-zh", "zh-Hans", "weibo", [
    ("carrefour:ab:neg", "家乐福的购物卡还没用完，门店就关了，钱怎么办 {n}"),
    ("carrefour:ab:neu", "小区旁边的家乐福关门了，以后只能去盒马了"),
    ("carrefour:ab:pos", "当年周末跟爸妈逛家乐福是最开心的事{e}"),
], slots={"e": ["🥹", ""], "n": ["😡", "😢", ""]})

# ======================================================================================
# free: French ISP vs 'free' (en, Franglais)
# ======================================================================================

_fam("free-isp-fr", "fr", "twitter", [
    ("free:ab:neg", "Free en panne depuis ce matin sur tout {city}, plus d'internet ni de télé {n}"),
    ("free:ab:pos", "La Freebox Ultra est vraiment rapide, 8 Gb/s chez moi en fibre {e}"),
    ("free:ab:neg", "Trois semaines pour une intervention Free, on est en 2025 quand même {n}"),
    ("free:ab:pos", "Free Mobile à 19,99 avec 250 Go, j'ai résilié mon vieux forfait sans regret"),
    ("free:ab:neg|sar", "Le SAV de Free, c'est comme le Père Noël : tout le monde en parle, personne ne l'a vu 🎅"),
    ("free:ab:neu", "Iliad (Free) annonce une hausse de ses abonnés fibre au dernier trimestre"),
    ("free:ab:neg|neg", "Jamais je ne reprendrai une box chez Free, la TV freeze toutes les 10 minutes"),
    ("free:ab:mix|cs", "Free c'est cheap mais le service client est so bad, faut choisir"),
], slots={"e": _EP, "n": _EN, "city": ["Lille", "Toulouse", "Bordeaux", "Nice"]})

_fam("free-word-fr", "fr", "twitter", [
    ("free:none|cs", "Soirée free party ce week-end dans la forêt, on ramène les enceintes"),
    ("free:none|cs", "Je suis free ce soir si tu veux qu'on se capte {e}"),
    ("free:none|cs", "Ma sœur bosse en free-lance depuis un an et elle adore"),
    ("free:none", "Free Britney : le documentaire sort ce soir sur une chaîne publique"),
], slots={"e": ["😊", "😉", ""]})

_fam("free-mp-fr", "fr", "twitter", [
    ("free:ab:neg", "Encore une panne chez Free, je suis pas free ce soir avec le télétravail à rattraper"),
    ("free:none", "Je suis free ce soir, aucune panne de motivation, on sort ?"),
    ("free:ab:neu", "Le wifi Free marche enfin dans le salon"),
    ("free:none", "Le wifi free du café marche enfin, je peux bosser"),
], tags="mp,cd")

_fam("free-direct", "fr", "twitter", [
    ("free:dir:neg", "@free ça fait 4 jours que ma Freebox clignote rouge, je paie pour quoi exactement ? {n}"),
    ("free:dir:neg", "@Freebox débit divisé par 3 depuis la mise à jour, un technicien peut passer ?"),
    ("free:dir:pos", "@free merci au technicien venu ce matin, fibre installée en 30 min {e}"),
    ("free:cat", "Quel opérateur fibre conseillez-vous à Marseille ? Le moins cher mais qui marche"),
    ("free:comp", "SFR m'a encore augmenté ma box de 3 € sans prévenir, je vais partir"),
], slots={"e": _EP, "n": _EN})

_fam("free-en", "en", "twitter", [
    ("free:none", "free pizza at the office today, best Monday ever {e}"),
    ("free:none", "finally debt free after 6 years!!! {e}"),
    ("free:none|cd", "is this app actually free or will it ask for a subscription after the trial?"),
    ("free:ab:neg", "living in Paris and my Freebox has died for the third time this month {n}"),
    ("free:ab:pos", "Free Mobile in France: 250GB for 20 euros. UK carriers, take notes {e}"),
    ("free:ab:neu|mp", "the wifi at my Airbnb in Lyon runs on Free, works fine for calls"),
    ("free:none|mp", "the wifi at my Airbnb in Lyon is free, works fine for calls"),
], slots={"e": _EP, "n": _EN})

# ======================================================================================
# bild: tabloid vs German 'Bild' (picture); safe in en, fr, pl
# ======================================================================================

_fam("bild-tabloid-de", "de", "twitter", [
    ("bild:ab:neg", "Die BILD macht wieder Stimmung gegen Bürgergeldempfänger, widerlich {n}"),
    ("bild:ab:neg|sar", "Laut Bild ist heute mal wieder der Untergang des Abendlandes, pünktlich zum Frühstück 🙃"),
    ("bild:ab:neu", "Bild berichtet, der Trainer soll schon morgen entlassen werden, Verein dementiert"),
    ("bild:ab:neg|neg", "Ich klick nie wieder auf einen bild.de Link, alles hinter BILDplus und Clickbait"),
    ("bild:ab:pos", "Muss man zugeben: die Bild hatte die Transfergeschichte als Erste, und sie stimmte"),
    ("bild:ab:neu", "Bild am Sonntag-Umfrage: Union bei 30 Prozent, SPD bei {pct}"),
    ("bild:ab:neg", "Die Schlagzeile der Bild heute ist an Geschmacklosigkeit kaum zu überbieten {n}"),
], slots={"n": _EN, "pct": ["15", "16", "14"]})

_fam("bild-picture-de", "de", "twitter", [
    ("bild:none", "Neues Profilbild, was sagt ihr? {e}"),
    ("bild:none", "Das Bild hängt jetzt schief über dem Sofa und keiner traut sich ran"),
    ("bild:none|cd", "Ich mache mir erst mal selbst ein Bild von der Lage, bevor ich was sage"),
    ("bild:none", "Oma hat ein Bild von meinem Opa als junger Mann gefunden, Gänsehaut {e}"),
    ("bild:none", "Bildschirm kaputt, Handy runtergefallen, Montag halt {n}"),
    ("bild:none", "Bist du im Bilde, was morgen im Meeting besprochen wird?"),
], slots={"e": ["😍", "🥹", "", "📸"], "n": _EN})

_fam("bild-mp-de", "de", "twitter", [
    ("bild:ab:neg", "Hast du das Bild von heute gesehen? Schon wieder Hetze auf der Titelseite {n}"),
    ("bild:none", "Hast du das Bild von heute gesehen? Der Sonnenuntergang über dem See {e}"),
    ("bild:ab:neu", "In der Bild steht, dass die Mieten in München wieder steigen"),
    ("bild:none", "Auf dem Bild sieht man, wie hoch die Mieten in München gestiegen sind, eine Grafik"),
    ("bild:ab:neg", "Mein Opa glaubt alles, was in der Bild steht, Familienfeiern sind anstrengend"),
    ("bild:none", "Mein Opa malt jedes Jahr ein Bild vom Familienfest, diesmal mit uns allen"),
], slots={"n": ["🙄", "🤮", ""], "e": ["🌅", "😍", ""]}, tags="mp,cd")

_fam("bild-direct", "de", "twitter", [
    ("bild:dir:neg", "@BILD löscht diesen Artikel, ihr zeigt das Gesicht eines Opfers ohne Einwilligung {n}"),
    ("bild:dir:neu", "@BILD woher habt ihr die Zahl? Quelle bitte"),
    ("bild:cat", "Welche Zeitung lest ihr, um sich schnell über den Tag zu informieren?"),
], slots={"n": _EN})

_fam("bild-abroad", "en", "twitter", [
    ("bild:ab:neg", "Bild, Germany's biggest tabloid, is running a smear campaign against climate activists again"),
    ("bild:ab:neu", "German tabloid Bild reports the coach could be sacked this week"),
    ("bild:cat", "what's the German equivalent of the Daily Mail? asking for a media studies essay"),
])
_fam("bild-abroad", "fr", "twitter", [
    ("bild:ab:neu", "Selon le quotidien allemand Bild, Berlin prépare un nouveau paquet d'aides"),
    ("bild:ab:neg", "Bild, c'est le torchon populiste allemand par excellence, pire que nos tabloïds"),
])
_fam("bild-abroad", "pl", "twitter", [
    ("bild:ab:neu", "Niemiecki Bild pisze, że Berlin zablokuje dostawy czołgów"),
    ("bild:ab:neg", "Bild znowu z tytułem o 'polskich złodziejach aut', ile można {n}"),
], slots={"n": _EN})

# ======================================================================================
# sol: Mexican beer vs the sun (es, pt), the note sol (it), SOL crypto (en)
# ======================================================================================

_fam("sol-beer-es", "es", "twitter", [
    ("sol:ab:pos", "Una Sol bien fría con limón en la playa, no pido más {e}"),
    ("sol:ab:neg", "La Sol sabe a agua con gas, no entiendo por qué la venden tan cara aquí {n}"),
    ("sol:ab:pos|cd", "Una cerveza Sol al sol, el plan perfecto para este domingo ☀️🍺"),
    ("sol:ab:neu", "Heineken relanza la cerveza Sol en España con nueva botella transparente"),
    ("sol:ab:neg|neg", "No me vuelvan a traer Sol a la carne asada, eso no es cerveza, es refresco"),
    ("sol:ab:mix|el", "Cervezaaa Sol en lata, barata pero se calienta en dos minutos"),
], slots={"e": _EP, "n": _EN})

_fam("sol-sun-es", "es", "twitter", [
    ("sol:none", "Qué sol hace hoy en {city}, ya huele a verano {e}"),
    ("sol:none", "Me quedé dormida al sol y ahora parezco una gamba {el}"),
    ("sol:none|cd", "Una cerveza al sol en la terraza, el plan perfecto para este domingo ☀️🍺"),
    ("sol:none", "El sol peruano se devaluó otra vez frente al dólar, mal momento para viajar"),
    ("sol:none", "Hoy en clase de guitarra aprendí el acorde de sol mayor por fin"),
    ("sol:none", "Puerta del Sol a reventar para las campanadas, ni un hueco {e}"),
], slots={"e": ["☀️", "😎", ""], "el": _EL, "city": ["Sevilla", "Madrid", "Valencia"]})

_fam("sol-mp-es", "es", "twitter", [
    ("sol:ab:pos", "Me tomé una Sol en la terraza y me alegró la tarde"),
    ("sol:none", "Me tomé el sol en la terraza y me alegró la tarde"),
    ("sol:ab:neg", "La Sol de anoche me dejó con dolor de cabeza {n}"),
    ("sol:none", "El sol de anoche en el atardecer me dejó sin palabras {e}"),
], slots={"n": ["🤕", ""], "e": ["🌅", ""]}, tags="mp,cd")

_fam("sol-pt", "pt", "twitter", [
    ("sol:ab:pos", "Cerveja Sol trincando na praia, melhor combinação {e}"),
    ("sol:ab:neg", "Sol é a cerveja mais aguada que já tomei, nunca mais {n}"),
    ("sol:none", "Que sol bonito hoje no Rio, bora pra praia {e}"),
    ("sol:none", "Fiquei duas horas no sol e agora tô vermelha que nem camarão kkkk"),
    ("sol:none|cd", "Uma cerveja no sol da tarde em Lisboa, não há nada melhor"),
], slots={"e": ["☀️", "🍺", ""], "n": _EN})

_fam("sol-it-en", "it", "twitter", [
    ("sol:none", "Mia figlia al saggio di pianoforte ha sbagliato solo il sol finale, orgogliosa {e}"),
    ("sol:ab:pos", "Birra Sol con lime all'aperitivo, estate ufficialmente iniziata {e}"),
    ("sol:ab:neg", "La Sol in bottiglia trasparente sa di luce, meglio una bionda italiana"),
], slots={"e": ["🎹", "🍋", ""]})
_fam("sol-it-en", "en", "twitter", [
    ("sol:none", "SOL pumped 12% overnight, my portfolio finally breathing again {e}"),
    ("sol:none", "sol 1000 for the rover, a martian day counted since landing"),
    ("sol:ab:pos", "Sol beer with a lime wedge on a hot day beats any craft IPA, fight me {e}"),
    ("sol:ab:neg", "why is Sol in a clear bottle, it's skunked before you even open it {n}"),
    ("sol:dir:pos", "@SolCerveza the new chelada tastes amazing, bring it to the UK {e}"),
    ("sol:cat kirin:cat tsingtao:cat", "what light lager do you take to the beach? something cheap and cold"),
], slots={"e": ["🍺", "🔥", ""], "n": _EN})

# ======================================================================================
# vivo_telecom (Brazilian operator) and vivo_phones (Chinese smartphones) vs 'vivo'
# ======================================================================================

_fam("vivo-operator-pt", "pt", "twitter", [
    ("vivo_telecom:ab:neg", "Internet da Vivo caiu de novo aqui em {city}, terceira vez na semana {n}"),
    ("vivo_telecom:ab:pos", "Vivo Fibra de 600 mega funcionando lindamente, nenhuma queda em meses {e}"),
    ("vivo_telecom:ab:neg|sar", "Parabéns Vivo, cobrar 2x a fatura e mandar eu esperar 7 dias úteis é um talento 👏"),
    ("vivo_telecom:ab:neg", "Sinal da Vivo no interior é uma piada, só pega no alto do morro"),
    ("vivo_telecom:ab:neu", "Vivo anuncia 5G em mais 20 cidades do Nordeste até o fim do ano"),
    ("vivo_telecom:ab:neg|neg", "Não renovo mais com a Vivo, o atendimento me deixou 40 minutos na espera"),
    ("vivo_telecom:ab:mix|typo", "a vivo é cara mas pelo menos o sinal pega no metro, ja a outra nem isso"),
], slots={"e": _EP, "n": _EN, "city": ["Campinas", "Recife", "Salvador", "Curitiba"]})

_fam("vivo-alive-pt", "pt", "twitter", [
    ("vivo_telecom:none vivo_phones:none", "Show do {artist} ao vivo hoje, já tô na fila {e}"),
    ("vivo_telecom:none vivo_phones:none", "Sobrevivi à segunda-feira, tô vivo, só isso"),
    ("vivo_telecom:none", "O gato caiu do terceiro andar e tá vivo, graças a Deus {e}"),
    ("vivo_telecom:none vivo_phones:none|cd", "Jogo ao vivo no {channel} às 16h, quem vai assistir?"),
    ("vivo_telecom:none", "Eu vivo de café e ansiedade, mas vai dar tudo certo"),
], slots={"e": ["🙏", "😅", "", "🎶"], "artist": ["Gusttavo Lima", "Ivete", "Anitta"], "channel": ["Premiere", "SporTV", "YouTube"]})

_fam("vivo-mp-pt", "pt", "twitter", [
    ("vivo_telecom:ab:neg", "Fiquei sem a Vivo o dia todo, parece que não tô vivo {n}"),
    ("vivo_telecom:none", "Fiquei sem dormir o dia todo, parece que não tô vivo {n}"),
    ("vivo_telecom:ab:neg", "A live caiu porque a Vivo caiu, parabéns"),
    ("vivo_telecom:none", "A live ao vivo caiu porque a energia caiu, parabéns"),
], slots={"n": ["😵", "💀", ""]}, tags="mp,cd")

_fam("vivo-operator-direct", "pt", "twitter", [
    ("vivo_telecom:dir:neg", "@VivoBR meu chip parou de funcionar depois da portabilidade, protocolo {ref}, ninguém resolve {n}"),
    ("vivo_telecom:dir:pos", "@VivoBR valeu pela ajuda no chat, a fibra voltou {e}"),
    ("vivo_telecom:cat claro:cat tim:cat", "Qual operadora tem o melhor sinal em {city}? Vou trocar de chip"),
], slots={"e": _EP, "n": _EN, "ref": ["2024-889123", "2025-001774"], "city": ["BH", "Fortaleza", "Porto Alegre"]})

_fam("vivo-operator-rivals", "pt", "twitter", [
    ("vivo_telecom:ab:neg claro:ab:pos", "Troquei a Vivo pela Claro e a internet em casa finalmente presta {e}"),
    ("claro:ab:neg vivo_telecom:ab:pos", "Claro me cobrou uma taxa misteriosa, voltei pra Vivo e nunca mais saio"),
    ("tim:ab:neg vivo_telecom:ab:pos", "TIM não pega nem na minha sala, já a Vivo pega até no elevador"),
    ("vivo_telecom:ab:neg tim:ab:pos", "Vivo com 4G lento no centro, meu chip da TIM tá voando do lado"),
    ("vivo_telecom:comp claro:comp tim:comp", "Oi vendeu a parte móvel e agora ninguém sabe pra onde foi meu número"),
], slots={"e": _EP})

_fam("vivo-phones-zh", "zh-Hans", "weibo", [
    ("vivo_phones:ab:pos", "vivo X100 Pro的长焦拍演唱会真的绝了，后排也能拍清楚{e}"),
    ("vivo_phones:ab:neg", "vivo的系统广告太多了，每次开机都弹推荐 {n}"),
    ("vivo_phones:ab:pos", "蓝厂这次的折叠屏做得很轻，vivo X Fold手感一流"),
    ("vivo_phones:ab:neu", "vivo发布OriginOS新版本，支持更多老机型升级"),
    ("vivo_phones:ab:neg|neg", "再也不买vivo了，用了一年半电池就不行了"),
    ("vivo_phones:ab:mix|cs", "iQOO性价比很高，但是camera还是差点意思"),
    ("vivo_phones:cat lenovo:cat", "三千元左右拍照好的手机推荐一下？学生党"),
], slots={"e": ["📸", "👍", ""], "n": ["😤", "🙄", ""]})

_fam("vivo-phones-zh-hant", "zh-Hant", "ptt", [
    ("vivo_phones:ab:pos", "vivo X200在台灣開賣了，蔡司鏡頭拍夜景真的強"),
    ("vivo_phones:ab:neg", "vivo的售後在台灣據點太少，維修要等兩個禮拜 {n}"),
    ("vivo_phones:ab:neu", "有人用過vivo V30嗎？考慮換機中"),
], slots={"n": ["😩", ""]})

_fam("vivo-phones-intl", "es", "twitter", [
    ("vivo_phones:ab:pos", "El vivo X60 Pro saca unas fotos nocturnas increíbles, estoy flipando {e}"),
    ("vivo_phones:none vivo_telecom:none", "Concierto en vivo de {artist} esta noche, ¡nos vemos allí! {e}"),
    ("vivo_phones:none|cd", "Vivo en Valencia desde hace 5 años y sigo sin acostumbrarme a la humedad"),
    ("vivo_phones:ab:neg|mp", "Mi vivo se quedó sin batería a mitad del día, vaya móvil {n}"),
    ("vivo_phones:none|mp", "Sigo vivo a mitad del día, vaya lunes {n}"),
], slots={"e": ["🔥", "📸", ""], "n": _EN, "artist": ["Rosalía", "Aitana", "Bad Bunny"]})
_fam("vivo-phones-intl", "it", "twitter", [
    ("vivo_phones:ab:pos", "Il vivo X200 Pro ha lo zoom migliore che abbia mai provato {e}"),
    ("vivo_phones:none", "Stasera musica dal vivo al pub sotto casa, chi viene? {e}"),
    ("vivo_phones:none|cd", "Dopo questa settimana di esami sono ancora vivo, miracolo"),
    ("vivo_phones:ab:neg", "vivo è uscita dal mercato italiano e ora gli aggiornamenti del mio telefono chissà"),
], slots={"e": ["🎸", "📸", ""]})
_fam("vivo-phones-intl", "en", "twitter", [
    ("vivo_phones:ab:pos", "vivo X100 Pro camera is ridiculous, the zoom at a concert from the back row {e}"),
    ("vivo_phones:ab:neg", "vivo phone update broke my fingerprint sensor, great {n}"),
    ("vivo_phones:dir:neg", "@vivo_global when is the Android 15 update coming to the X90? still nothing in India"),
    ("vivo_phones:ab:neu", "not to be confused with Vivo the Brazilian carrier, vivo the phone brand is huge in India"),
], slots={"e": ["📸", "🔥", ""], "n": _EN})
_fam("vivo-phones-intl", "ja", "twitter", [
    ("vivo_phones:ab:pos", "中国で買ったvivoのスマホ、カメラが本当に優秀{e}"),
    ("vivo_phones:ab:neu", "vivoって日本では売ってないのに、世界シェアは上位なんだね"),
], slots={"e": ["📸", ""]})

# ======================================================================================
# claro: América Móvil operator vs 'claro' (clear, of course) in es / pt
# ======================================================================================

_fam("claro-operator-es", "es", "twitter", [
    ("claro:ab:neg", "Claro me cobró un plan que nunca contraté y nadie me da respuesta {n}"),
    ("claro:ab:neg|sar", "Gracias Claro por dejarme sin internet justo en la final, servicio de primera 🙃"),
    ("claro:ab:pos", "La fibra de Claro en {city} va volando, 500 megas reales {e}"),
    ("claro:ab:neu", "Claro lanza 5G en Bogotá y Medellín a partir de la próxima semana"),
    ("claro:ab:neg|neg", "No vuelvo a Claro ni loco, tres meses para dar de baja una línea"),
    ("claro:ab:mix", "Claro tiene buena cobertura en la ruta pero la atención al cliente es un desastre"),
], slots={"e": _EP, "n": _EN, "city": ["Lima", "Buenos Aires", "Bogotá", "Santiago"]})

_fam("claro-word-es", "es", "twitter", [
    ("claro:none", "¿Vienes el sábado? ¡Claro! Llevo las empanadas {e}"),
    ("claro:none", "Me pinté el pelo castaño claro y no sé si me gusta {q}"),
    ("claro:none", "Quedó claro que el profe no vuelve a aprobar a nadie sin entregar"),
    ("claro:none|cd", "Claro que sí, mañana te llamo, ahora sin señal en el metro"),
    ("claro:none", "Un día claro y sin nubes, perfecto para subir al cerro {e}"),
], slots={"e": ["😄", "☀️", ""], "q": _EQ})

_fam("claro-mp-es", "es", "twitter", [
    ("claro:ab:neg", "Lo tengo claro: me cambio de Claro a Movistar este mes, no aguanto más"),
    ("claro:none", "Lo tengo claro: me cambio de carrera este mes, no aguanto más"),
    ("claro:ab:neu", "Claro, me llamaron de Claro otra vez para venderme un plan"),
    ("claro:none", "Claro, me llamaron del banco otra vez para venderme un seguro"),
], tags="mp,cd")

_fam("claro-pt", "pt", "twitter", [
    ("claro:ab:neg", "Claro tv+ travou no meio do jogo, pago caro pra isso? {n}"),
    ("claro:ab:pos", "Sinal da Claro tá ótimo aqui em {city}, 5G de verdade {e}"),
    ("claro:ab:neg|cs", "Claro é a operadora mais fake, promete fibra e entrega ADSL"),
    ("claro:none", "Claro que eu vou no churrasco, levo a farofa {e}"),
    ("claro:none", "Deixei bem claro que não faço hora extra sem pagamento"),
    ("claro:none|cd", "Quarto claro, parede branca e muita planta, amei a reforma"),
    ("claro:dir:neg", "@ClaroBrasil protocolo {ref}, faz 10 dias sem internet e só mandam reiniciar o modem {n}"),
    ("claro:dir:pos", "@ClaroBrasil o técnico de hoje foi super atencioso, nota 10 {e}"),
], slots={"e": _EP, "n": _EN, "city": ["São Paulo", "Goiânia", "Manaus"], "ref": ["88123901", "77150012"]})

_fam("claro-en", "en", "twitter", [
    ("claro:ab:neg", "Claro in Puerto Rico has been down since the storm, no signal anywhere in Ponce {n}"),
    ("claro:ab:pos", "bought a Claro SIM at the airport in Lima, worked instantly, data was cheap {e}"),
    ("claro:cat", "best SIM card for a month of travelling in Colombia?"),
], slots={"e": _EP, "n": _EN})

# ======================================================================================
# natura: Brazilian cosmetics vs 'natura' (nature) in it, es, pl; 'in natura' (pt)
# ======================================================================================

_fam("natura-cosmetics-pt", "pt", "twitter", [
    ("natura:ab:pos", "O hidratante de castanha da Natura Ekos é o melhor que já usei, cheiro maravilhoso {e}"),
    ("natura:ab:pos", "Ganhei um kit Natura Tododia de amigo secreto e amei {e}"),
    ("natura:ab:neg", "O perfume da Natura que eu amava foi descontinuado, que ódio {n}"),
    ("natura:ab:neu", "Minha tia é consultora Natura há 20 anos, revista nova chegou hoje"),
    ("natura:ab:neg|sar", "Natura subiu o preço do Essencial de novo, daqui a pouco vou ter que vender um rim pra cheirar bem 🙃"),
    ("natura:ab:neu", "Natura &Co vende a Avon internacional e foca na América Latina"),
    ("natura:ab:neg|neg", "Não compro mais sabonete da Natura, ressecou minha pele toda"),
], slots={"e": _EP, "n": _EN})

_fam("natura-innatura-pt", "pt", "twitter", [
    ("natura:none|cd", "Frutas in natura no café da manhã, nada de suco de caixinha"),
    ("natura:none", "O preço do café in natura subiu muito na roça esse ano"),
    ("natura:none|mp", "Comprei maracujá in natura na feira pra fazer mousse {e}"),
    ("natura:ab:pos|mp", "Comprei maracujá da Natura Ekos na revista pra passar no corpo {e}"),
], slots={"e": ["😋", "🥭", ""]})

_fam("natura-direct", "pt", "twitter", [
    ("natura:dir:neg", "@naturabroficial meu pedido do site tá parado há 15 dias na transportadora {n}"),
    ("natura:dir:pos", "@naturabroficial voltem com o perfume Humor Paz e Humor, por favor 🙏"),
    ("natura:cat", "qual perfume nacional dura mais na pele? quero algo até 150 reais"),
], slots={"n": _EN})

_fam("natura-nature-it", "it", "facebook", [
    ("natura:none", "Domenica in mezzo alla natura sui colli, telefono spento e pace {e}"),
    ("natura:none", "Al museo c'era una natura morta di Morandi stupenda"),
    ("natura:none|cd", "È nella sua natura lamentarsi, non cambierà mai"),
    ("natura:none", "Il parco è un sito Natura 2000, vietato raccogliere i fiori"),
    ("natura:ab:pos|cs", "Una collega brasiliana mi ha regalato una crema Natura, profumo incredibile {e}"),
], slots={"e": ["🌿", "😍", ""]})

_fam("natura-es", "es", "twitter", [
    ("natura:none", "Me encanta perderme en la naturaleza, la madre natura no falla {e}"),
    ("natura:none", "Esto va contra natura, pizza con piña no por favor"),
    ("natura:ab:pos", "Natura Ekos de maracuyá, el aceite corporal que trajo mi prima de Brasil, una delicia {e}"),
    ("natura:ab:neg", "Pedí productos Natura por la revista en Argentina y tardaron un mes en llegar {n}"),
    ("natura:cat", "¿Qué marca de cosmética natural y sin crueldad animal me recomiendan?"),
], slots={"e": ["🌿", "😍", ""], "n": _EN})

_fam("natura-pl-en", "pl", "facebook", [
    ("natura:none", "Taka jego natura, zawsze musi mieć ostatnie słowo"),
    ("natura:none", "Drogeria Natura zamyka sklep w naszej galerii, szkoda"),
    ("natura:none", "Wakacje blisko natury, Bieszczady bez zasięgu, polecam {e}"),
], slots={"e": ["🌲", ""]})
_fam("natura-pl-en", "en", "twitter", [
    ("natura:ab:pos", "the Natura Ekos body oil my Brazilian roommate gave me smells like heaven {e}"),
    ("natura:none", "the wetland is a Natura 2000 site, so the new road got blocked, good"),
    ("natura:none", "Natura Siberica shampoo is my go-to, cheap and smells like pine"),
], slots={"e": _EP})

# ======================================================================================
# tim: Italian / Brazilian operator vs the name Tim (en, de, fr), 'tim-tim' (pt)
# ======================================================================================

_fam("tim-operator-it", "it", "twitter", [
    ("tim:ab:neg", "TIM mi ha rimodulato l'offerta di nuovo, +2 euro al mese senza avvisare {n}"),
    ("tim:ab:pos", "Fibra TIM a {city}: 1 giga vero, tecnico puntualissimo {e}"),
    ("tim:ab:neg|sar", "Grazie TIM, 40 minuti di musica d'attesa per sentirmi dire di riavviare il modem 🙃"),
    ("tim:ab:neu", "TIM cede la rete fissa a KKR, cosa cambia per i clienti?"),
    ("tim:ab:neg|neg", "Mai più con TIM, disdetta pagata 60 euro e modem da restituire"),
    ("tim:ab:pos", "TIMVISION con il calcio incluso, finalmente un'offerta sensata {e}"),
    ("tim:ab:mix|typo", "tim ha la copertura migliore in montagna pero costa un occhio"),
], slots={"e": _EP, "n": _EN, "city": ["Napoli", "Bari", "Firenze", "Torino"]})

_fam("tim-direct", "it", "twitter", [
    ("tim:dir:neg", "@TIM_Official linea fissa muta da 6 giorni in via {street}, numero pratica {ref} {n}"),
    ("tim:dir:pos", "@TIM_Official risolto tutto in chat in 10 minuti, grazie {e}"),
    ("tim:cat wind:cat", "Quale operatore ha la copertura migliore in Sardegna d'estate?"),
], slots={"e": _EP, "n": _EN, "street": ["Roma", "Garibaldi", "Mazzini"], "ref": ["1-88231", "1-90214"]})

_fam("tim-vs-wind", "it", "twitter", [
    ("tim:ab:pos wind:ab:neg", "Passato da WindTre a TIM: in casa finalmente prende, con Wind manco una tacca"),
    ("wind:ab:pos tim:ab:neg", "TIM mi costava il doppio, con WINDTRE stesso servizio e metà prezzo {e}"),
    ("tim:comp wind:comp", "Iliad mi ha mandato la SIM in due giorni e 150 giga a 9,99, gli altri si adeguino"),
], slots={"e": _EP})

_fam("tim-brasil", "pt", "twitter", [
    ("tim:ab:neg", "TIM caiu em {city} inteira, nem WhatsApp funciona {n}"),
    ("tim:ab:pos", "TIM Black com Netflix incluso, valeu cada centavo {e}"),
    ("tim:ab:neg|sar", "A TIM me mandou 14 SMS de promoção hoje, devem me amar muito 🙃"),
    ("tim:none", "Tim-tim! Brindando o aniversário da minha mãe {e}"),
    ("tim:none", "O Tim Maia cantando 'Azul da cor do mar' no fim de tarde, não tem igual"),
    ("tim:dir:neg", "@TIMBrasil meu plano controle tá cobrando valor errado há dois meses"),
], slots={"e": ["🥂", "🎶", "", "😍"], "n": _EN, "city": ["Niterói", "Londrina", "Natal"]})

_fam("tim-name", "en", "twitter", [
    ("tim:none", "Tim from accounting brought homemade brownies again, legend {e}"),
    ("tim:none", "Tim Cook on stage saying 'we think you're gonna love it' for the 400th time {q}"),
    ("tim:none", "double double and a box of Timbits, Tim Hortons never misses {e}"),
    ("tim:none|cd", "Tim Burton's new film looks exactly like every other Tim Burton film and I'm fine with that"),
    ("tim:ab:neg", "roaming in Italy on TIM was a nightmare, the SIM died every time I left Rome"),
    ("tim:ab:pos|mp", "got a TIM SIM at the airport in Rome, data worked all week"),
    ("tim:none|mp", "got Tim a SIM at the airport in Rome, his data worked all week"),
], slots={"e": _EP, "q": _EQ})

_fam("tim-name", "de", "twitter", [
    ("tim:none", "Tim hat schon wieder seinen Schlüssel vergessen, zum dritten Mal {el}"),
    ("tim:none", "Tim Mälzer kocht heute Abend im Fernsehen, Pflichtprogramm"),
    ("tim:ab:neu", "Im Italienurlaub eine TIM-Karte gekauft, 100 GB für 20 Euro, läuft"),
], slots={"el": _EL})
_fam("tim-name", "fr", "twitter", [
    ("tim:none", "Tim et Struppi ? Non, chez nous c'est Tintin et Milou"),
    ("tim:ab:neg", "Carte SIM TIM achetée à Naples, impossible de l'activer sans code fiscal italien {n}"),
], slots={"n": _EN})

# ======================================================================================
# wind: WINDTRE vs wind (en, de); safe in Italian (vento)
# ======================================================================================

_fam("wind-operator-it", "it", "twitter", [
    ("wind:ab:neg", "WindTre non prende in metropolitana a {city}, ogni giorno la stessa storia {n}"),
    ("wind:ab:pos", "Con Very Mobile pago 5,99 al mese e va benissimo, perché ho pagato Wind per anni? {e}"),
    ("wind:ab:neg|sar", "Wind mi ha rinnovato i servizi premium che non ho mai chiesto, che pensiero gentile 🙃"),
    ("wind:ab:neu", "WINDTRE lancia la nuova offerta fibra con modem incluso"),
    ("wind:ab:neg|neg", "Non tornerò mai in Wind, per portare via il numero ci sono voluti 20 giorni"),
    ("wind:ab:pos|typo", "la fibra windtre a casa va alla grande, mai un problema in due anni"),
], slots={"e": _EP, "n": _EN, "city": ["Milano", "Roma", "Napoli"]})

_fam("wind-direct", "it", "twitter", [
    ("wind:dir:neg", "@WINDTRE da stamattina niente internet mobile in tutta {city}, cosa succede? {n}"),
    ("wind:dir:pos", "@WINDTRE grazie per aver risolto il problema della SIM in negozio {e}"),
], slots={"e": _EP, "n": _EN, "city": ["Verona", "Padova", "Bologna"]})

_fam("wind-weather", "en", "twitter", [
    ("wind:none", "the wind tonight is insane, the bins are halfway down the street {el}"),
    ("wind:none", "offshore wind now supplies a third of the grid on good days, amazing progress {e}"),
    ("wind:none|cd", "cold wind, hot tea, good book, perfect sunday"),
    ("wind:none", "Earth, Wind & Fire on the radio while cleaning, instant good mood {e}"),
    ("wind:ab:neg", "my Wind Tre SIM in Italy stopped working after 3 days, roaming hell {n}"),
    ("wind:ab:pos|mp", "Wind was amazing in Sardinia, 5G everywhere on the beach {e}"),
    ("wind:none|mp", "wind was amazing in Sardinia, perfect kitesurfing on the beach {e}"),
], slots={"el": _EL, "e": _EP, "n": _EN})

_fam("wind-weather", "de", "twitter", [
    ("wind:none", "So viel Wind heute an der Nordsee, die Frisur ist Geschichte {el}"),
    ("wind:none", "Der Wind hat das Trampolin in Nachbars Garten geweht {el}"),
    ("wind:none|cd", "Wind und Sonne liefern heute 70 Prozent des Stroms, Rekord"),
    ("wind:ab:neu", "Im Italienurlaub eine SIM von WindTre gekauft, ging problemlos"),
    ("wind:ab:neg|mp", "Wind hatte in Rom überhaupt kein Netz, die SIM war rausgeschmissenes Geld"),
    ("wind:none|mp", "Wind gab es in Rom überhaupt keinen, es war windstill und 35 Grad"),
], slots={"el": _EL})

# ======================================================================================
# kirin: brewer vs giraffe (ja キリン), qilin / Huawei Kirin chips (zh 麒麟)
# ======================================================================================

_fam("kirin-beer-ja", "ja", "twitter", [
    ("kirin:ab:pos", "仕事終わりのキリン一番搾り、これのために生きてる{e}"),
    ("kirin:ab:neg", "キリンの新しいビール、正直ちょっと薄いかな{n}"),
    ("kirin:ab:pos", "午後の紅茶のミルクティー、昔から変わらない味で安心する"),
    ("kirin:ab:neu", "キリンホールディングス、ヘルスケア事業を強化って記事読んだ"),
    ("kirin:ab:pos|el", "氷結のレモン、夏はこれしか勝たんーーー"),
    ("kirin:ab:neg|neg", "キリンの工場見学、予約取れないから今年も行けない{n}"),
    ("kirin:ab:mix", "キリンレモン久しぶりに飲んだら甘すぎたけど懐かしかった"),
], slots={"e": ["🍺", "✨", "", "😋"], "n": ["😢", "😇", ""]})

_fam("kirin-giraffe-ja", "ja", "twitter", [
    ("kirin:none", "動物園のキリンの赤ちゃん、首がまだ短くてかわいすぎる{e}"),
    ("kirin:none", "キリンって一日に20分くらいしか寝ないらしい、うらやましいような"),
    ("kirin:none", "麒麟がくる、再放送してくれないかな"),
    ("kirin:none|cd", "娘が描いたキリンの絵、首が画用紙からはみ出してる"),
    ("kirin:none", "サファリパークでキリンに餌あげたら舌が長くてびっくり"),
], slots={"e": ["🦒", "😍", ""]})

_fam("kirin-mp-ja", "ja", "twitter", [
    ("kirin:ab:pos", "キリンの新しいCM、めっちゃかわいい。ビール飲みたくなった"),
    ("kirin:none", "キリンの新しい赤ちゃん、めっちゃかわいい。動物園行きたくなった"),
    ("kirin:ab:neu", "冷蔵庫にキリンが6本冷えてる、今夜は宴会"),
    ("kirin:none", "図鑑のキリンが6ページも載ってる、息子大喜び"),
], tags="mp,cd")

_fam("kirin-zh", "zh-Hans", "weibo", [
    ("kirin:ab:pos", "日料店配麒麟一番榨，冰冰凉凉太舒服了{e}"),
    ("kirin:ab:neu", "麒麟啤酒在中国的销量好像没有朝日和三得利高"),
    ("kirin:none|cd", "麒麟9000S芯片拆解出来了，国产工艺进步好快"),
    ("kirin:none", "华为新机用的麒麟芯片，发热控制得不错"),
    ("kirin:none", "故宫里的铜麒麟好威风，拍照排队的人好多"),
    ("kirin:none", "麒麟臂练成了，健身三个月终于有成果💪"),
], slots={"e": ["🍺", ""]})

_fam("kirin-zh-hant", "zh-Hant", "ptt", [
    ("kirin:ab:pos", "日本買的麒麟一番搾在台灣也有賣了，超商就有{e}"),
    ("kirin:ab:neg", "麒麟的新口味啤酒喝起來好淡，還是經典款好"),
    ("kirin:none", "廟口的石麒麟聽說是清朝留下來的"),
    ("kirin:none", "華為麒麟晶片的效能到底追上高通了沒？"),
], slots={"e": ["🍺", ""]})

_fam("kirin-en", "en", "twitter", [
    ("kirin:ab:pos", "Kirin Ichiban with sushi is an underrated combo {e}"),
    ("kirin:ab:neu", "Kirin Holdings is buying another health supplement company, beer money going into vitamins"),
    ("kirin:none", "Kirin 9000S teardown shows Huawei's chip is way more advanced than expected"),
    ("kirin:none", "finally carved the Kirin in Monster Hunter, took me 40 tries {e}"),
    ("kirin:cat tsingtao:cat sol:cat", "what beer goes with spicy food? planning a hotpot night"),
], slots={"e": _EP})

# ======================================================================================
# lion: Lion Corporation vs lions, Lion King, Seibu Lions; 狮王 'lion king'
# ======================================================================================

_fam("lion-ja", "ja", "twitter", [
    ("lion:ab:pos", "ライオンのクリニカに変えてから歯医者で褒められた{e}"),
    ("lion:ab:neu", "ライオン株式会社、決算で値上げの影響が出てるらしい"),
    ("lion:ab:pos", "NONIOのマウスウォッシュ、ミント強めで目が覚める"),
    ("lion:ab:neg", "ライオンの柔軟剤、香りが強すぎてちょっと苦手{n}"),
    ("lion:ab:pos", "頭痛にはやっぱりバファリン、半分はやさしさでできてる"),
    ("lion:none", "ライオンズ、今日も負けた…今シーズンきつい{n}"),
    ("lion:none", "動物園のライオン、ずっと寝てた{e}"),
    ("lion:none|cd", "劇団四季のライオンキング、子どもより私が号泣した"),
], slots={"e": ["😊", "✨", "", "🦁"], "n": ["😢", "😇", ""]})

_fam("lion-mp-ja", "ja", "twitter", [
    ("lion:ab:pos", "ライオンの新しいハミガキ、子どもが気に入って毎晩自分から磨いてる"),
    ("lion:none", "ライオンの新しい絵本、子どもが気に入って毎晩読んでとせがむ"),
    ("lion:ab:neu", "ライオンの工場が近所にあって、いつも洗剤の匂いがする"),
    ("lion:none", "ライオンの檻が近所の動物園にあって、夜は鳴き声がする"),
], tags="mp,cd")

_fam("lion-zh", "zh-Hans", "xiaohongshu", [
    ("lion:ab:pos", "日本狮王的牙膏真的好用，美白效果明显{e}"),
    ("lion:ab:neg", "狮王的洗衣液味道太冲了，闻着头疼 {n}"),
    ("lion:ab:pos|cs", "狮王的Systema牙刷软毛的，牙龈不出血了"),
    ("lion:none", "动物世界里狮王被年轻雄狮赶走了，好心酸"),
    ("lion:none", "《狮子王》真人版重映，带孩子去看了"),
    ("lion:none", "他是我们小区麻将圈的狮王，无人能敌😂"),
], slots={"e": ["✨", "👍", ""], "n": ["😣", ""]})

_fam("lion-zh-hant", "zh-Hant", "ptt", [
    ("lion:ab:pos", "獅王的固齒佳牙膏，牙醫推薦的，用了一年很滿意"),
    ("lion:ab:neu", "日本獅王在台灣的代理商換了嗎？藥妝店最近都缺貨"),
    ("lion:none", "非洲草原的獅王紀錄片好好看，推薦給大家"),
    ("lion:none", "獅王爭霸(舞獅比賽)今年在台南舉辦，好熱鬧{e}"),
], slots={"e": ["🦁", ""]})

_fam("lion-en", "en", "twitter", [
    ("lion:ab:pos", "Lion's Clinica toothpaste from a Japanese drugstore is the best souvenir I've bought {e}"),
    ("lion:ab:neu", "Lion Corporation raises prices on detergents in Japan again, citing raw materials"),
    ("lion:none", "saw a lion take down a zebra on safari, nature is metal"),
    ("lion:none", "Lion Air flight delayed again, 5 hours in Jakarta airport {n}"),
    ("lion:none|cd", "my cat thinks he's a lion, he just attacked the vacuum"),
    ("lion:cat", "best Japanese toothpaste for sensitive teeth? going to Tokyo next week"),
], slots={"e": _EP, "n": _EN})

# ======================================================================================
# tsingtao: beer vs the city of Qingdao (青岛); 青島 Aoshima in Japanese
# ======================================================================================

_fam("tsingtao-zh", "zh-Hans", "weibo", [
    ("tsingtao:ab:pos", "夏天撸串必须配青岛啤酒，冰镇的{e}"),
    ("tsingtao:ab:neg", "青岛啤酒又提价了？一箱贵了十块 {n}"),
    ("tsingtao:ab:pos", "青岛纯生比普通的好喝太多，泡沫细腻"),
    ("tsingtao:ab:neu", "青啤发布年报，高端产品销量增长"),
    ("tsingtao:none", "五一去青岛玩，栈桥人太多了 {n}"),
    ("tsingtao:none", "青岛的海鲜大排档真便宜，蛤蜊一盆才二十{e}"),
    ("tsingtao:none|cd", "青岛啤酒节我没去，就在青岛的海边散散步吹吹风"),
    ("tsingtao:none", "青岛海牛今天主场赢了，球迷沸腾了"),
], slots={"e": ["🍺", "😋", ""], "n": ["😤", "😓", ""]})

_fam("tsingtao-mp-zh", "zh-Hans", "weibo", [
    ("tsingtao:ab:pos", "来青岛出差，晚上喝了两瓶青岛啤酒，真香"),
    ("tsingtao:none", "来青岛出差，晚上看了两场海上日落，真美"),
    ("tsingtao:ab:neg", "青岛啤酒的原浆在外地根本买不到，好气"),
    ("tsingtao:none", "青岛的地铁在外地人看来根本搞不懂，好乱"),
], tags="mp,cd")

_fam("tsingtao-zh-hant", "zh-Hant", "ptt", [
    ("tsingtao:ab:pos", "熱炒店配青島啤酒才對味，台啤暫時退位"),
    ("tsingtao:ab:neg", "青島啤酒在台灣賣這麼貴，不如喝台啤 {n}"),
    ("tsingtao:none", "去青島自由行，八大關的老洋房很好拍{e}"),
], slots={"n": ["🙄", ""], "e": ["📸", ""]})

_fam("tsingtao-ja", "ja", "twitter", [
    ("tsingtao:ab:pos", "町中華で青島ビール頼んだら餃子との相性最高だった{e}"),
    ("tsingtao:ab:neu", "チンタオビールって実はドイツ人が作ったのが始まりなんだって"),
    ("tsingtao:none", "宮崎の青島神社、鬼の洗濯板がきれいだった"),
    ("tsingtao:none", "青島(あおしま)の猫島、猫が100匹以上いてびっくり"),
    ("tsingtao:none|cd", "踊る大捜査線の青島刑事、今見てもかっこいい"),
], slots={"e": ["🍺", "🥟", ""]})

_fam("tsingtao-en-fr", "en", "twitter", [
    ("tsingtao:ab:pos", "Tsingtao with Sichuan takeaway is non-negotiable in this house {e}"),
    ("tsingtao:ab:neg", "Tsingtao tastes like nothing, the only reason I drink it is that the restaurant has nothing else"),
    ("kirin:ab:pos tsingtao:ab:neg", "Kirin Ichiban blows Tsingtao out of the water, way crisper"),
    ("tsingtao:none", "Qingdao's old German quarter is so pretty, the beer museum was closed though"),
], slots={"e": _EP})
_fam("tsingtao-en-fr", "fr", "twitter", [
    ("tsingtao:ab:pos", "Une Tsingtao bien fraîche avec des raviolis vapeur, le bonheur {e}"),
    ("tsingtao:ab:neu", "La Tsingtao est la bière chinoise la plus exportée, je l'ignorais"),
], slots={"e": _EP})

# ======================================================================================
# three_squirrels: snack brand vs real squirrels (松鼠)
# ======================================================================================

_fam("three-squirrels-zh", "zh-Hans", "weibo", [
    ("three_squirrels:ab:pos", "三只松鼠的每日坚果是我办公室的续命神器{e}"),
    ("three_squirrels:ab:neg", "三只松鼠这次的夏威夷果好多空壳，差评 {n}"),
    ("three_squirrels:ab:neu", "三只松鼠开了线下门店，店员打扮成松鼠的样子"),
    ("three_squirrels:ab:neg|sar", "买三只松鼠送了一堆开壳器和垃圾袋，坚果倒是没几颗，真贴心啊🙃"),
    ("three_squirrels:ab:pos", "年货买了三只松鼠的礼盒，长辈都说好吃"),
    ("three_squirrels:none", "公园里看到三只松鼠在树上追来追去，好可爱{e}"),
    ("three_squirrels:none", "窗外的树上住着三只松鼠，每天早上都来阳台偷吃核桃"),
    ("three_squirrels:none|cd", "女儿画了三只松鼠送给我，说是爸爸妈妈和她"),
    ("three_squirrels:cat", "有什么好吃又健康的坚果零食推荐吗？减肥期间"),
], slots={"e": ["🐿️", "😊", ""], "n": ["😤", "👎", ""]})

_fam("three-squirrels-mp", "zh-Hans", "weibo", [
    ("three_squirrels:ab:pos", "今天收到了三只松鼠，全家都开心坏了，碧根果一下就吃完了"),
    ("three_squirrels:none", "今天看到了三只松鼠，全家都开心坏了，它们一下就跑上树了"),
    ("three_squirrels:ab:neg", "三只松鼠的快递盒子太大了，浪费包装"),
    ("three_squirrels:none", "三只松鼠的木雕摆件太大了，书架放不下"),
], tags="mp,cd")

_fam("three-squirrels-zh-hant", "zh-Hant", "dcard", [
    ("three_squirrels:ab:pos", "朋友從大陸帶回來的三隻松鼠綜合堅果，真的很涮嘴"),
    ("three_squirrels:ab:neu", "三隻松鼠在台灣買得到嗎？網購好像不能寄"),
    ("three_squirrels:none", "陽明山上遇到三隻松鼠在搶果子，拍到了{e}"),
], slots={"e": ["🐿️", ""]})

_fam("three-squirrels-en", "en", "twitter", [
    ("three_squirrels:ab:neu", "Three Squirrels, the Chinese snack brand, sold billions of yuan of nuts on Singles' Day"),
    ("three_squirrels:ab:pos", "my coworker brought back Three Squirrels mixed nuts from Shanghai, the packaging is adorable {e}"),
    ("three_squirrels:none", "three squirrels are fighting over the bird feeder and I'm watching it like it's the World Cup {e}"),
    ("three_squirrels:none", "there are three squirrels living in our attic, pest control comes Monday"),
], slots={"e": ["🐿️", "😂", ""]})

# ======================================================================================
# volkswagen: car maker vs 大众 'the public' (zh), 福斯 Fox (zh-Hant), golf, polo, Passat
# ======================================================================================

_fam("vw-zh", "zh-Hans", "weibo", [
    ("volkswagen:ab:pos", "开了五年的大众朗逸，除了保养什么毛病都没有{e}"),
    ("volkswagen:ab:neg", "上汽大众的4S店保养报价太离谱了，换个机油要八百 {n}"),
    ("volkswagen:ab:neu", "一汽-大众发布新款迈腾，价格下探到十几万"),
    ("volkswagen:ab:neg|neg", "再也不买大众了，新车半年就出现变速箱顿挫"),
    ("volkswagen:ab:mix", "大众ID.3开起来挺舒服的，就是车机太卡了"),
    ("volkswagen:ab:pos|cs", "帕萨特的空间真的大，一家五口出门完全OK"),
    ("volkswagen:none", "这部电影口碑两极，大众评分才6分"),
    ("volkswagen:none", "大众点评上这家火锅店评分4.8，今晚就去{e}"),
    ("volkswagen:none|cd", "大众创业、万众创新的口号提出已经十年了"),
    ("volkswagen:none", "这款手机定位大众市场，价格很亲民"),
], slots={"e": ["👍", "😋", ""], "n": ["😤", "🙄", ""]})

_fam("vw-mp-zh", "zh-Hans", "weibo", [
    ("volkswagen:ab:neg", "大众的口碑这两年下滑得厉害，车主都在吐槽车机"),
    ("volkswagen:none", "大众的口味这两年变化得厉害，年轻人都在吃轻食"),
    ("volkswagen:ab:neu", "这款大众卖得很好，满大街都是"),
    ("volkswagen:none", "这款面向大众的奶茶卖得很好，满大街都是"),
], tags="mp,cd")

_fam("vw-zh-hant", "zh-Hant", "ptt", [
    ("volkswagen:ab:pos", "福斯Golf開了八年還是很好開，底盤很紮實"),
    ("volkswagen:ab:neg", "福斯的保養廠排不到，等了三個禮拜 {n}"),
    ("volkswagen:ab:neu", "台灣福斯宣布Tiguan小改款，預售價一百五十萬起"),
    ("volkswagen:none|cd", "福斯電視台的辛普森家庭又續訂了，太強"),
    ("volkswagen:none", "這部福斯出品的電影特效很讚，推薦"),
    ("volkswagen:none", "這個政策要考慮社會大眾的感受吧"),
    ("volkswagen:ab:pos", "大眾的T-Roc在香港好受歡迎，停車場一半都是"),
], slots={"n": ["😩", ""]})

_fam("vw-de", "de", "twitter", [
    ("volkswagen:ab:neg", "VW streicht in Wolfsburg Tausende Stellen, die Stimmung in der Stadt ist im Keller"),
    ("volkswagen:ab:pos", "Mein Golf 7 hat jetzt 300.000 km runter und läuft wie am ersten Tag {e}"),
    ("volkswagen:ab:neg|sar", "Danke VW, Software-Update für das ID.3 und jetzt geht das Navi gar nicht mehr 🙃"),
    ("volkswagen:ab:neu", "Volkswagen verhandelt mit der IG Metall über den neuen Haustarif"),
    ("volkswagen:ab:mix", "Passat Variant: Platz ohne Ende, aber die Werkstattkosten sind eine Frechheit"),
    ("volkswagen:none|cd", "Der Passat weht hier auf Teneriffa das ganze Jahr, perfekt zum Segeln"),
    ("volkswagen:none", "Samstag Golf mit den Kollegen, nach 18 Löchern bin ich platt {e}"),
    ("volkswagen:none", "Neues Polo-Shirt gekauft, der Kragen ist schon nach einer Wäsche hin {n}"),
], slots={"e": _EP, "n": _EN})

_fam("vw-mp-golf", "en", "twitter", [
    ("volkswagen:ab:pos", "took the Golf out for the weekend, 18 holes of country roads and it handled like a dream"),
    ("volkswagen:none", "took the golf clubs out for the weekend, 18 holes and I lost 6 balls"),
    ("volkswagen:ab:neu", "my Polo needs new tyres before the MOT"),
    ("volkswagen:none", "my polo shirt needs ironing before the interview"),
    ("volkswagen:ab:neg", "my Golf GTI has been at the dealer for three weeks waiting for a part {n}"),
    ("volkswagen:none", "my golf handicap has been stuck at 18 for three years {n}"),
], slots={"n": ["😩", "🙄", ""]}, tags="mp,cd")

_fam("vw-en", "en", "twitter", [
    ("volkswagen:ab:pos", "ID. Buzz in the flesh is the coolest thing on the road, VW nailed the retro vibe {e}"),
    ("volkswagen:ab:neg", "VW dieselgate still makes me laugh, 'clean diesel' my foot"),
    ("volkswagen:dir:neg", "@VW my Tiguan has had a check engine light for 2 months and the dealer can't find the cause"),
    ("volkswagen:dir:pos", "@Volkswagen the new Golf R is a rocket, thank you for keeping the manual option {e}"),
    ("volkswagen:cat great_wall:cat fiat:cat", "need a compact SUV before the baby arrives in June, budget 30k, what would you get?"),
    ("volkswagen:none", "polo match at the club this Sunday, the horses are gorgeous"),
], slots={"e": _EP})

_fam("vw-europe", "fr", "twitter", [
    ("volkswagen:ab:neg", "Ma Polo est encore au garage, problème de boîte DSG pour la 2e fois {n}"),
    ("volkswagen:ab:pos", "Le T-Roc de location en Corse, super confortable sur les petites routes {e}"),
    ("volkswagen:none", "Tournoi de golf ce week-end à Deauville, j'ai enfin battu mon père"),
], slots={"e": _EP, "n": _EN})
_fam("vw-europe", "it", "twitter", [
    ("volkswagen:ab:pos", "La Golf di mio padre ha 20 anni e parte ancora al primo colpo {e}"),
    ("volkswagen:ab:neg", "Volkswagen richiama le ID.4 per un problema alle maniglie, pure la mia"),
    ("volkswagen:none", "Maglia polo bianca e jeans, il mio outfit da ufficio estivo"),
], slots={"e": _EP})
_fam("vw-europe", "es", "twitter", [
    ("volkswagen:ab:neg", "El Volkswagen Polo que me compré de segunda mano ya gasta aceite {n}"),
    ("volkswagen:ab:pos", "El Tiguan es el coche más cómodo que he tenido, viajes largos sin dolor de espalda"),
    ("volkswagen:none", "Mi abuelo juega al golf todos los domingos en Marbella"),
], slots={"n": _EN})
_fam("vw-europe", "pl", "twitter", [
    ("volkswagen:ab:pos", "Passat B8 w kombi to najlepsze auto dla rodziny, bagażnik bez dna"),
    ("volkswagen:ab:neg", "VW Golf z Niemiec z przebiegiem 'tylko' 150 tys., a w środku zajechany jak taksówka {n}"),
    ("volkswagen:none", "Kupiłem koszulkę polo na wyprzedaży, kolor wyblakł po pierwszym praniu"),
], slots={"n": _EN})
_fam("vw-europe", "pt", "twitter", [
    ("volkswagen:ab:pos", "Meu Gol bolinha de 98 nunca me deixou na mão, Volkswagen raiz {e}"),
    ("volkswagen:ab:neg", "Polo Track com 2 meses e já deu problema na central multimídia {n}"),
    ("volkswagen:none", "Camisa polo e bermuda, pronto pro churrasco {e}"),
], slots={"e": _EP, "n": _EN})
_fam("vw-europe", "ja", "twitter", [
    ("volkswagen:ab:pos", "フォルクスワーゲンのゴルフ、10年乗ってもまだ快調{e}"),
    ("volkswagen:ab:neg", "ワーゲンのディーラー、点検の見積もりが高すぎる"),
    ("volkswagen:none", "週末はゴルフ、スコア100切れずに終わった"),
    ("volkswagen:none|cd", "新しいゴルフクラブ買ったのに全然当たらない"),
], slots={"e": ["🚗", ""]})

# ======================================================================================
# lenovo: PC maker vs 联想 'association / reminds me of' (zh), Yoga, Legion
# ======================================================================================

_fam("lenovo-zh", "zh-Hans", "weibo", [
    ("lenovo:ab:pos", "联想拯救者Y9000P打游戏完全不卡，散热也好{e}"),
    ("lenovo:ab:neg", "联想的售后太差了，修个屏幕等了一个月 {n}"),
    ("lenovo:ab:neu", "联想集团发布财报，PC业务恢复增长"),
    ("lenovo:ab:pos|cs", "ThinkPad的键盘手感还是No.1，码字一整天不累"),
    ("lenovo:ab:neg|neg", "不会再买联想小新了，用了一年键盘就有几个键不灵"),
    ("lenovo:ab:mix", "联想平板性价比挺高，就是系统广告有点多"),
    ("lenovo:none", "看到这张照片就让我联想到小时候外婆家的院子"),
    ("lenovo:none", "联想记忆法背单词真的有用，一天能记一百个{e}"),
    ("lenovo:none|cd", "不要乱联想，我们只是普通朋友而已"),
    ("lenovo:none", "这首歌的旋律让人联想到夏天的海边"),
], slots={"e": ["💻", "👍", ""], "n": ["😤", "😡", ""]})

_fam("lenovo-mp-zh", "zh-Hans", "weibo", [
    ("lenovo:ab:neg", "联想了半天，最后还是买了联想的笔记本，结果第二天就蓝屏"),
    ("lenovo:none", "联想了半天，最后还是想不起来他的名字，结果第二天才想起来"),
    ("lenovo:ab:pos", "一提到联想，我就想到我那台用了十年的ThinkPad，还能开机"),
    ("lenovo:none", "一提到夏天，我就联想到西瓜和空调，还有暑假作业"),
], tags="mp,cd")

_fam("lenovo-zh-hant", "zh-Hant", "ptt", [
    ("lenovo:ab:pos", "聯想的ThinkPad X1 Carbon很輕，出差帶著剛好"),
    ("lenovo:ab:neg", "聯想筆電的客服電話永遠打不通 {n}"),
    ("lenovo:none", "看到這個畫面讓人聯想到九二一大地震，太可怕了"),
    ("lenovo:none", "這個廣告的配色讓我聯想到某個政黨，有點微妙"),
], slots={"n": ["😤", ""]})

_fam("lenovo-en", "en", "twitter", [
    ("lenovo:ab:pos", "ThinkPad keyboards are still the best in the business, don't @ me"),
    ("lenovo:ab:neg", "Lenovo preinstalled so much bloatware on this laptop it took an hour to clean up {n}"),
    ("lenovo:dir:neg", "@Lenovo my Legion's fan sounds like a jet engine after the BIOS update, rollback please"),
    ("lenovo:ab:pos|mp", "my Yoga finally arrived, 2-in-1 with a stylus and it flips into a tablet {e}"),
    ("lenovo:none|mp", "my yoga class finally started, 60 minutes of stretching and I can't feel my legs {e}"),
    ("lenovo:none", "a legion of fans waited outside the stadium for six hours"),
    ("lenovo:cat", "best laptop for a CS student under $1000? needs a good keyboard and battery"),
], slots={"e": _EP, "n": _EN})

_fam("lenovo-ja", "ja", "twitter", [
    ("lenovo:ab:pos", "レノボのタブレット、安いのに画面がきれいで満足{e}"),
    ("lenovo:ab:neg", "レノボのノートPC、半年でバッテリーが膨らんだ{n}"),
    ("lenovo:ab:neu", "ThinkPadってIBMからレノボに移ってもう20年なのか"),
], slots={"e": ["💻", ""], "n": ["😱", ""]})

# ======================================================================================
# great_wall: GWM vs the Great Wall (长城), Great Wall wine, Euler (欧拉), 'ora' (it, pt)
# ======================================================================================

_fam("gwm-zh", "zh-Hans", "weibo", [
    ("great_wall:ab:pos", "坦克300越野真的猛，周末带全家去草原，一点不怂{e}"),
    ("great_wall:ab:neg", "哈弗H6的车机又卡死了，等红灯的时候黑屏 {n}"),
    ("great_wall:ab:neu", "长城汽车公布销量，海外市场增长明显"),
    ("great_wall:ab:pos", "欧拉好猫的颜值太能打了，女生都喜欢"),
    ("great_wall:ab:neg|neg", "长城汽车的4S店服务不行，保养没有预约根本进不去"),
    ("great_wall:ab:mix|cs", "长城炮pickup拉货很方便，就是油耗有点高"),
    ("great_wall:none", "第一次爬长城，八达岭人山人海，腿都软了{e}"),
    ("great_wall:none", "不到长城非好汉，终于去了慕田峪"),
    ("great_wall:none|cd", "欧拉公式被称为最美的数学公式，今天终于看懂了"),
    ("great_wall:none", "过年送礼买了两瓶长城干红，价格实惠"),
], slots={"e": ["🚙", "😄", ""], "n": ["😤", "🙄", ""]})

_fam("gwm-mp-zh", "zh-Hans", "weibo", [
    ("great_wall:ab:pos", "周末开着长城去了趟草原，一路上都很稳"),
    ("great_wall:none", "周末去了趟长城，一路上都很挤"),
    ("great_wall:ab:neg", "长城的车这几年变化太大了，价格越来越贵"),
    ("great_wall:none", "长城的砖这几年修缮变化太大了，游客越来越多"),
], tags="mp,cd")

_fam("gwm-zh-hant", "zh-Hant", "facebook", [
    ("great_wall:ab:neu", "長城汽車的歐拉好貓在泰國賣得很好，台灣會進口嗎？"),
    ("great_wall:none", "去北京一定要去長城，雖然真的很累"),
    ("great_wall:none", "歐拉是史上最多產的數學家，論文多到整理了一百年"),
])

_fam("gwm-intl", "en", "twitter", [
    ("great_wall:ab:pos", "GWM Ute Cannon has been a great workhorse on the farm, half the price of a Hilux {e}"),
    ("great_wall:ab:neg", "Haval H6 got a 5 star rating but the lane assist is so aggressive it's dangerous {n}"),
    ("great_wall:ab:neu", "Great Wall Motor confirms a new European HQ in Munich"),
    ("great_wall:none", "walked the Great Wall at Jinshanling, barely any tourists, unreal views {e}"),
    ("great_wall:none|cd", "driving tank in the new Battlefield is so satisfying"),
    ("great_wall:comp volkswagen:ab:pos", "the VW Tiguan is still the default family SUV in Europe for a reason"),
], slots={"e": _EP, "n": _EN})
_fam("gwm-intl", "it", "twitter", [
    ("great_wall:ab:pos", "Provata la ORA 03 in concessionaria, bella dentro e silenziosa {e}"),
    ("great_wall:none|cd", "Ora basta, vado a dormire, domani sveglia alle 6"),
    ("great_wall:none", "Ci vediamo tra un'ora al bar sotto casa"),
    ("great_wall:ab:neu", "GWM lascia l'Europa? Voci sulla chiusura della sede tedesca"),
], slots={"e": _EP})
_fam("gwm-intl", "pt", "twitter", [
    ("great_wall:ab:pos", "Haval H6 híbrido da GWM faz 15 km/l na cidade, tô impressionado {e}"),
    ("great_wall:ab:neg", "GWM atrasou a entrega do meu Haval em dois meses {n}"),
    ("great_wall:none", "Ora, ora, quem apareceu depois de meses sem dar notícia"),
], slots={"e": _EP, "n": _EN})

# ======================================================================================
# kinder: Ferrero brand vs German 'Kinder' (children), English 'kinder'
# ======================================================================================

_fam("kinder-de", "de", "twitter", [
    ("kinder:ab:pos", "Kinder Bueno aus dem Kühlschrank ist das beste Betthupferl {e}"),
    ("kinder:ab:neg", "Kinder Schokolade kostet jetzt {price}, für acht Riegelchen, ernsthaft? {n}"),
    ("kinder:ab:neg|sar", "Toll, im Überraschungsei war schon wieder dasselbe Nilpferd, die Überraschung ist echt gelungen 🙃"),
    ("kinder:ab:neu", "Ferrero ruft Kinder-Überraschungseier wegen Salmonellen zurück, Chargen auf der Website"),
    ("kinder:ab:mix", "Kinder Country schmeckt wie früher, aber die Packung ist nur noch halb so groß"),
    ("kinder:ab:pos|cd", "Die Kinder lieben Kinder Pingui, ich übrigens auch {e}"),
    ("kinder:none", "Die Kinder schlafen endlich, jetzt ein Glas Wein und Ruhe {e}"),
    ("kinder:none", "Kindergeld wird ab Januar erhöht, aber die Kita-Gebühren auch {n}"),
    ("kinder:none", "Unsere Kinder haben heute im Garten ein Zelt gebaut und wollen draußen schlafen"),
    ("kinder:none|cd", "Kinder, wie die Zeit vergeht, schon wieder Weihnachten"),
], slots={"e": ["😋", "😍", "", "🍫"], "n": _EN, "price": ["2,49 €", "2,79 €", "2,99 €"]})

_fam("kinder-mp-de", "de", "twitter", [
    ("kinder:ab:pos", "Kinder sind das Beste, was mir nach dem Mittagessen passieren kann, vor allem Bueno"),
    ("kinder:none", "Kinder sind das Beste, was mir im Leben passiert ist, vor allem meine zwei"),
    ("kinder:ab:neg", "Im Auto liegen überall Kinder-Riegel-Papiere, das Handschuhfach klebt"),
    ("kinder:none", "Im Auto sitzen überall Kinder, die Fahrgemeinschaft ist heute voll"),
    ("kinder:ab:neu", "Hab den Kindern Kinder Überraschung mitgebracht, sie waren kurz still"),
    ("kinder:none", "Hab den Kindern Überraschungen vom Flohmarkt mitgebracht, sie waren kurz still"),
], tags="mp,cd")

_fam("kinder-direct", "de", "twitter", [
    ("kinder:dir:neg", "@Ferrero warum gibt es die Kinder Schokolade nur noch in der kleinen Packung? {n}"),
    ("kinder:cat mars:cat", "Welche Süßigkeiten packt ihr den Kindern in die Schultüte? Ideen gesucht"),
], slots={"n": _EN})

_fam("kinder-en", "en", "twitter", [
    ("kinder:ab:pos", "Kinder Bueno White is the best chocolate ever made and I won't be taking questions {e}"),
    ("kinder:ab:neg", "Kinder Surprise eggs are banned in the US but Kinder Joy costs $2 each, make it make sense"),
    ("kinder:ab:pos|el", "found Kinder Cards at the corner shop, sooo good with tea"),
    ("kinder:none", "be kinder to yourself this week, you're doing your best {e}"),
    ("kinder:none|cd", "the world would be a kinder place if people just indicated on roundabouts"),
    ("kinder:none", "the nurse was kinder to my nan than her own family, honestly"),
    ("kinder:dir:neg", "@KinderUK my Bueno was snapped into crumbs inside the wrapper, third time this month"),
], slots={"e": ["❤️", "🙏", ""]})

_fam("kinder-europe", "it", "twitter", [
    ("kinder:ab:pos", "Kinder Fetta al Latte dal frigo, merenda di quando ero bambino {e}"),
    ("kinder:ab:neg", "Gli ovetti Kinder di Pasqua costano come un pranzo al ristorante {n}"),
    ("kinder:cat", "Che merendine comprate per la scuola che non siano piene di zucchero?"),
], slots={"e": _EP, "n": _EN})
_fam("kinder-europe", "fr", "twitter", [
    ("kinder:ab:pos", "Un Kinder Bueno et un café, la pause de 16h parfaite {e}"),
    ("kinder:ab:neg", "Après le scandale des Kinder à la salmonelle, j'en achète plus à mes enfants"),
], slots={"e": _EP})
_fam("kinder-europe", "pl", "twitter", [
    ("kinder:ab:pos", "Jajko Kinder z niespodzianką i dziecko szczęśliwe na cały dzień {e}"),
    ("kinder:ab:neg", "Kinder Bueno coraz mniejszy, a cena coraz większa {n}"),
], slots={"e": _EP, "n": _EN})
_fam("kinder-europe", "zh-Hans", "xiaohongshu", [
    ("kinder:ab:pos", "健达缤纷乐是我小时候最爱的零食，现在还是买{e}"),
    ("kinder:ab:neu|cs", "超市的Kinder健达出奇蛋在搞活动，买三送一"),
], slots={"e": ["🍫", ""]})

# ======================================================================================
# sky: pay-TV group vs the sky (en); safe in it (cielo), de (Himmel)
# ======================================================================================

_fam("sky-en", "en", "twitter", [
    ("sky:ab:neg", "Sky broadband down again in {city}, working from home is impossible {n}"),
    ("sky:ab:pos", "Sky Glass picture is stunning, didn't expect to love a telly this much {e}"),
    ("sky:ab:neg|sar", "love how Sky raises my bill every April like it's a national holiday 🙃"),
    ("sky:ab:neg|neg", "never signing another 24-month contract with Sky, cancelling was a nightmare"),
    ("sky:ab:neu", "Sky Sports has the rights to more Premier League games next season"),
    ("sky:none", "the sky over the Lake District tonight, absolutely no words {e}"),
    ("sky:none", "red sky at night, shepherd's delight, let's hope for a dry barbecue tomorrow"),
    ("sky:none|cd", "rent in this city is sky-high and the flats are tiny"),
    ("sky:none", "clear sky tonight, perfect for the meteor shower {e}"),
], slots={"e": _EP, "n": _EN, "city": ["Leeds", "Bristol", "Glasgow"]})

_fam("sky-mp-en", "en", "twitter", [
    ("sky:ab:neg", "Sky went dark right in the middle of the match, no signal for an hour {n}"),
    ("sky:none", "the sky went dark right in the middle of the match, thunderstorm for an hour {n}"),
    ("sky:ab:pos", "staring at Sky all evening, the new nature documentaries are incredible"),
    ("sky:none", "staring at the sky all evening, the stars out here are incredible"),
], slots={"n": ["⛈️", "😩", ""]}, tags="mp,cd")

_fam("sky-direct", "en", "twitter", [
    ("sky:dir:neg", "@SkyHelpTeam my Sky Q box has been rebooting itself every 10 minutes since yesterday"),
    ("sky:dir:pos", "@SkyUK engineer came same day and fixed the dish, brilliant service {e}"),
    ("sky:cat", "which TV package is best for football AND films without paying a fortune?"),
], slots={"e": _EP})

_fam("sky-it", "it", "twitter", [
    ("sky:ab:neg", "Sky mi ha aumentato l'abbonamento di 5 euro senza avvisare {n}"),
    ("sky:ab:pos", "Con Sky Q vedo la Serie A in 4K, un altro mondo {e}"),
    ("sky:ab:neg|sar", "Disdetta Sky: tre raccomandate, due telefonate e un esorcismo 🙃"),
    ("sky:dir:neg", "@SkyItalia il decoder non trova più il segnale da stamattina, aiuto"),
    ("sky:cat", "Qual è il modo più economico per vedere tutta la Serie A quest'anno?"),
], slots={"e": _EP, "n": _EN})

_fam("sky-de", "de", "twitter", [
    ("sky:ab:neg", "Sky-Kündigung nach 5 Jahren, die Hotline hat mich 3 Mal weiterverbunden {n}"),
    ("sky:ab:pos", "Bundesliga auf Sky mit den neuen Kommentatoren, endlich macht es wieder Spaß {e}"),
    ("sky:ab:neu", "WOW ist jetzt der neue Name für Sky Ticket, falls sich jemand wundert"),
    ("sky:cat", "Wo kann man am günstigsten die Bundesliga und die Champions League schauen?"),
], slots={"e": _EP, "n": _EN})

# ======================================================================================
# fiat: car brand vs fiat money (en, pt, es, pl), 'fiat lux'; Panda, Maluch
# ======================================================================================

_fam("fiat-it", "it", "twitter", [
    ("fiat:ab:pos", "La mia Panda del 2008 ha 280 mila km e va ancora ovunque, Fiat immortale {e}"),
    ("fiat:ab:neg", "Fiat 500e ferma in officina da un mese per un sensore, assurdo {n}"),
    ("fiat:ab:neu", "Stellantis sposta la produzione della nuova Fiat 500 ibrida a Mirafiori"),
    ("fiat:ab:neg|neg", "Non comprerò mai più una Fiat, la Tipo ha avuto tre guasti in due anni"),
    ("fiat:ab:mix|typo", "la fiat tipo station wagon e comoda e costa poco, pero la finitura interna e da pianto"),
    ("fiat:none|cd", "Fiat lux! Finalmente è tornata la corrente dopo 4 ore"),
    ("fiat:none", "Il panda gigante dello zoo di Vienna ha avuto due gemelli {e}"),
], slots={"e": _EP, "n": _EN})

_fam("fiat-pt", "pt", "twitter", [
    ("fiat:ab:pos", "Fiat Strada é a picape mais vendida do Brasil e com razão, aguenta tudo {e}"),
    ("fiat:ab:neg", "Meu Fiat Argo com 30 mil km e já trocou a embreagem {n}"),
    ("fiat:ab:pos|cd", "Uno com escada no teto é o verdadeiro símbolo nacional, Fiat raiz"),
    ("fiat:ab:neg|sar", "Parabéns à Fiat pela central multimídia que trava mais que meu celular de 2012 🙃"),
    ("fiat:none", "Moeda fiat perde valor todo ano, por isso compro bitcoin"),
    ("fiat:dir:neg", "@FiatBr a concessionária não tem a peça do meu Toro há 45 dias, o carro tá parado"),
], slots={"e": _EP, "n": _EN})

_fam("fiat-mp-crypto", "en", "twitter", [
    ("fiat:ab:neg|mp", "Fiat keeps losing value the moment you drive it off the lot, my 500 is worth half already"),
    ("fiat:none|cd,mp", "fiat keeps losing value the moment it's printed, that's why I hold BTC"),
    ("fiat:ab:pos|mp", "switched to a Fiat and honestly my life got cheaper, the Panda sips fuel"),
    ("fiat:none|mp", "switched from fiat to stablecoins and honestly my life got more stressful"),
    ("fiat:none", "the central bank can't keep printing fiat money forever"),
    ("fiat:ab:pos", "rented a Fiat 500 in Sicily and it fit into parking spots I didn't know existed {e}"),
    ("fiat:none", "the red panda at the zoo is the most photogenic animal alive {e}"),
], slots={"e": _EP})

_fam("fiat-pl", "pl", "twitter", [
    ("fiat:ab:pos", "Fiat 126p dziadka po renowacji, pół wsi przyszło oglądać {e}"),
    ("fiat:ab:neu", "Maluch na zlocie zabytków w Bielsku, Fiat 126p wrócił do miasta, w którym go robili"),
    ("fiat:none|cd", "Maluch zasnął w końcu po trzech godzinach płaczu, ząbkowanie to koszmar"),
    ("fiat:ab:neg", "Fiatem Tipo dojechałem do Gdańska, ale klimatyzacja padła po drodze {n}"),
    ("fiat:none", "Pieniądz fiat nie ma pokrycia w złocie, o tym jest cały podcast"),
], slots={"e": _EP, "n": _EN})

_fam("fiat-es", "es", "twitter", [
    ("fiat:ab:pos", "Mi Fiat Panda del 2010 sigue subiendo puertos como un campeón {e}"),
    ("fiat:ab:neg", "El concesionario Fiat me cobró 400 euros por una revisión básica {n}"),
    ("fiat:none", "El dinero fiat pierde valor cada año, por eso me interesa el oro"),
], slots={"e": _EP, "n": _EN})

_fam("fiat-de", "de", "forum", [
    ("fiat:ab:pos", "Fiat Ducato als Wohnmobil: robust, sparsam, und jede Werkstatt kennt ihn"),
    ("fiat:ab:neg", "Fiat 500 Cabrio, Verdeck undicht nach zwei Jahren, super {n}"),
    ("fiat:none", "Fiat-Geld ist nichts wert, sagt mein Schwager, der alles in Gold anlegt"),
    ("fiat:cat volkswagen:cat", "Welches Wohnmobil-Basisfahrzeug ist am zuverlässigsten? Planen Skandinavien"),
], slots={"n": _EN})

_fam("fiat-fr", "fr", "twitter", [
    ("fiat:ab:pos", "La Fiat 500 de ma mère, 15 ans et toujours pimpante {e}"),
    ("fiat:none", "La monnaie fiat, c'est de la confiance et rien d'autre, débat sans fin au bureau"),
], slots={"e": _EP})


# ######################################################################################
# Second pass: harder negatives, competitor posts, more zh-Hant / ja / it / es / fr,
# and more social-media surface (hashtags, URLs, typos, elongations).
# ######################################################################################

_fam("mars-hard-negatives", "en", "twitter", [
    ("mars:none|cd", "made a Mars-themed chocolate cake for my son's space party, red icing and a little rover on top {e}"),
    ("mars:none", "Mars in retrograde again? explains why my whole week has been chaos #astrology"),
    ("mars:none", "Thirty Seconds to Mars live in {city} was the loudest gig of my life"),
    ("mars:none|sar", "can't wait for the billionaires to move to Mars and leave us the chocolate"),
    ("mars:none", "rewatching Mars Attacks and the 'ack ack ack' still gets me {l}"),
    ("mars:ab:pos", "#marsbar + cup of tea + rainy afternoon = perfection {e}"),
    ("mars:ab:neg|typo", "mars bars use to be twice the size, i swear, my hand remembers"),
    ("mars:comp kinder:comp", "Snickers ice cream bars are elite, nothing else in the freezer aisle comes close"),
], slots={"e": _EP, "l": _EL, "city": ["Manchester", "Berlin", "Denver"]})
_fam("mars-hard-negatives", "de", "twitter", [
    ("mars:none", "Schokokuchen in Form vom Mars für den Kindergeburtstag, mit Kokosraspeln als Krater {e}"),
    ("mars:ab:pos", "Ein Mars und ein Kaffee, mehr brauch ich heute nicht #Montag"),
], slots={"e": ["🚀", "🍫", ""]})
_fam("mars-hard-negatives", "ja", "twitter", [
    ("mars:none", "火星探査機のニュース見てたら、英語のMarsってチョコの名前でもあるって子どもに教えた"),
    ("mars:ab:pos", "ロンドン出張のお土産にマースバーを大量に買った、職場で好評{e}"),
    ("mars:none", "『オデッセイ』また観た。Marsでジャガイモ育てる話、何度見ても好き"),
], slots={"e": ["🍫", ""]})

_fam("oracle-more", "en", "twitter", [
    ("oracle:comp", "we moved our ERP from SAP to Workday and finance is finally happy"),
    ("oracle:comp", "Snowflake pricing is getting wild, our data warehouse bill doubled this quarter"),
    ("oracle:ab:neg", "#Oracle Java licensing change explained, and why your CFO should care https://example.com/java-licensing"),
    ("oracle:none", "the office oracle (Brenda from HR) says layoffs are coming, she's never been wrong {q}"),
    ("oracle:none", "#tarot #oracle pulled the moon card again, third time this week"),
    ("oracle:ab:pos|el", "OCI free tier is sooo generous, running my Minecraft server on it for free"),
], slots={"q": _EQ})
_fam("oracle-more", "ja", "twitter", [
    ("oracle:ab:neg", "オラクルのサポート、チケット切っても返事が3日後とか遅すぎる"),
    ("oracle:ab:neu", "Oracle Cloudの東京リージョン、また障害らしい"),
    ("oracle:none", "オラクルカードで今年の運勢占ったら「変化」が出た、当たってるかも✨"),
    ("oracle:none", "オラクルカードとタロットの違いがいまいちわからない"),
    ("oracle:cat", "基幹システムのDB、今から選ぶなら何がいいんだろう。PostgreSQL一択？"),
])
_fam("oracle-more", "zh-Hant", "ptt", [
    ("oracle:ab:neg", "公司被甲骨文稽核授權，法務部整個月都在加班"),
    ("oracle:none", "故宮的甲骨文數位展，可以放大看每一個字，很推"),
    ("oracle:cat", "中小企業的ERP大家都用哪家？想換掉舊系統"),
])

_fam("subway-more", "en", "twitter", [
    ("subway:comp", "Jersey Mike's absolutely clears every other sub shop, the bread alone {e}"),
    ("subway:comp", "Jimmy John's delivered in 12 minutes, freaky fast isn't a lie"),
    ("subway:ab:pos", "#eatfresh footlong meatball marinara on a rainy day, no regrets {e}"),
    ("subway:none", "the subway under the ring road is flooded again, had to walk the long way round to school"),
    ("subway:none", "subway fare going up to $3 next month https://example.org/fare-hike {n}"),
    ("subway:ab:neg|typo,el", "subway got my order wrong AGAIN, i said no mayo, theres sooo much mayo"),
    ("subway:none|cd", "took the subway to the sandwich place everyone on TikTok recommends, 40 min queue"),
], slots={"e": _EP, "n": _EN})
_fam("subway-more", "zh-Hant", "ptt", [
    ("subway:ab:pos", "賽百味的潛艇堡可以自己選麵包跟醬料，減脂期很適合"),
    ("subway:ab:neg", "公司樓下的賽百味收掉了，午餐選擇又少了一個"),
    ("subway:ab:neu|cs", "台灣的Subway好像比美國的小一點？價格也差很多"),
    ("subway:none|cs", "紐約的subway二十四小時都有車，台北捷運要是也這樣就好了"),
])
_fam("subway-more", "ja", "twitter", [
    ("subway:ab:neg", "サブウェイのパン、前より小さくなった気がする"),
    ("subway:cat", "会社の近くで野菜たっぷりのランチ、どこかおすすめある？"),
])

_fam("visa-more", "en", "twitter", [
    ("visa:comp", "Mastercard just added another travel perk to my card, honestly better than anything else I've had"),
    ("visa:comp", "Amex wouldn't work at half the restaurants in Lisbon, keep a backup card people"),
    ("visa:none", "#visa #immigration update: new rules for skilled workers from April https://example.gov/visa-rules"),
    ("visa:none|typo", "my visa intervew is tomorow and i cant sleep lol"),
    ("visa:ab:pos", "Visa fraud team caught a fake charge before I even noticed, respect {e}"),
], slots={"e": _EP})
_fam("visa-more", "zh-Hant", "ptt", [
    ("visa:cat", "出國刷哪張信用卡回饋最高？求推薦"),
    ("visa:comp", "萬事達卡這次的海外回饋活動比較好，改刷那張"),
    ("visa:ab:neu", "VISA卡和萬事達卡在歐洲的接受度差不多嗎？"),
])
_fam("visa-more", "ja", "twitter", [
    ("visa:none", "就労ビザの更新、入管で4時間待った"),
    ("visa:comp", "JCBって海外だと使えない店多いよね、ハワイは大丈夫だったけど"),
])

_fam("monster-more", "en", "twitter", [
    ("monster:comp", "Celsius has way less sugar and doesn't give me the shakes, switched for good"),
    ("monster:comp", "Prime energy tastes like melted gummy bears and costs a fortune"),
    ("monster:none", "#Pokemon Scarlet shiny hunting all night, 400 encounters and nothing {l}"),
    ("monster:none", "my toddler turned into a little monster the second we left the playground"),
    ("monster:ab:pos|el", "new Monster Ultra flavour is sooooo good #monsterenergy"),
    ("monster:none|cd", "that hill on the half marathon was a monster, my calves are done"),
], slots={"l": _EL})
_fam("monster-more", "pl", "twitter", [
    ("monster:comp", "Tiger po 3 zł daje takiego samego kopa, przepłacanie nie ma sensu"),
    ("monster:cat", "Jaki energetyk bez cukru polecacie na sesję?"),
    ("monster:none", "Potwór pod łóżkiem według mojej córki nazywa się Monster Pan Puchatek"),
])
_fam("monster-more", "ja", "twitter", [
    ("monster:comp", "レッドブルよりZONeのほうが安くて量も多い"),
    ("monster:cat", "徹夜に一番効くエナジードリンクってどれ？"),
])
_fam("monster-more", "zh-Hant", "dcard", [
    ("monster:cat", "大家熬夜都喝什麼能量飲料？咖啡已經沒用了"),
    ("monster:ab:neg", "魔爪喝完心悸到凌晨三點，不敢再喝了"),
])

_fam("allegro-more", "pl", "twitter", [
    ("allegro:comp", "Temu wysłało paczkę w 6 dni z Chin i wszystko działa, aż się boję"),
    ("allegro:comp", "Na OLX sprzedałam stary rower w godzinę, polecam"),
    ("allegro:ab:neg|el", "paczka z #allegro jedzie już 9 dni, co jest grane?? {n}"),
    ("allegro:ab:pos", "Allegro Days znowu, koszyk pełny, portfel pusty {l}"),
    ("allegro:none", "Pani w szkole muzycznej kazała ćwiczyć allegro wolniej, ale Staś wie lepiej {l}"),
    ("allegro:none|cd", "Allegro, andante, adagio – sprawdzian z włoskich terminów muzycznych zdany!"),
], slots={"n": _EN, "l": _EL})
_fam("allegro-more", "it", "facebook", [
    ("allegro:none", "Che bella serata allegra con gli amici di sempre {e}"),
    ("allegro:none", "Il cane è allegro solo quando vede il guinzaglio"),
    ("allegro:none|typo", "giornata allegra al mare, finalmente un po di sole"),
    ("allegro:none", "Il direttore ha staccato l'allegro finale a una velocità folle, pubblico in piedi"),
    ("allegro:ab:neg", "Ordinato su Allegro dalla Polonia, pacco arrivato rotto e nessuna risposta dal venditore"),
], slots={"e": _EP})

_fam("biedronka-more", "pl", "twitter", [
    ("biedronka:comp", "Kaufland ma najlepsze stoisko z rybami, tylko dojazd daleko"),
    ("biedronka:comp", "Lidl znowu z klockami w gazetce, syn już pisze listę"),
    ("biedronka:ab:neg|typo", "w biedrze znowu nie ma chleba o 19, serio?"),
    ("biedronka:ab:pos", "#biedronka gazetka na ten tydzień: kawa -50%, brać {e}"),
    ("biedronka:none", "Biedronka w kropki na tulipanie, pierwsza w tym roku #wiosna {e}"),
    ("biedronka:none", "Pani w przedszkolu mówi, że Biedronki to najgrzeczniejsza grupa, nie wierzę"),
    ("biedronka:none|cd", "Biedroneczko moja, wracaj do domu, obiad stygnie"),
    ("biedronka:none", "Plaga biedronek azjatyckich w bloku, wchodzą każdą szparą w oknie"),
], slots={"e": ["🐞", "😍", ""]})
_fam("biedronka-more", "en", "twitter", [
    ("biedronka:comp", "Lidl in Poland has better bakery stuff than Lidl in the UK, fight me"),
    ("biedronka:none", "there's a ladybird on my laptop screen and I don't have the heart to move her {e}"),
], slots={"e": ["🐞", ""]})

_fam("zabka-more", "pl", "twitter", [
    ("zabka:comp", "Lewiatan na osiedlu ma lepsze pieczywo i ceny normalne, polecam"),
    ("zabka:comp carrefour:ab:neu", "Otworzyli Carrefour Express naprzeciwko, zobaczymy kto przetrwa"),
    ("zabka:ab:neg|el", "żabka zamknięta przez inwentaryzację, a ja bez kawyyy {n}"),
    ("zabka:ab:pos", "#żabka hot-dog z jalapeño to moje guilty pleasure {e}"),
    ("zabka:none", "Mała żabka wskoczyła mi do kalosza, a ja krzyczałam jak dziecko {l}"),
    ("zabka:none|cd", "Trener mówi, że moja żabka wygląda jak tonący pies, ale się staram"),
    ("zabka:none", "Klucz żabka jest niezbędny przy wymianie syfonu, bez niego ani rusz"),
    ("zabka:none", "Żabki w stawie koncertują od 21, nie da się spać przy otwartym oknie"),
], slots={"n": _EN, "e": _EP, "l": _EL})

_fam("carrefour-more", "fr", "twitter", [
    ("carrefour:comp", "Leclerc reste le moins cher sur le panier de base, encore une fois"),
    ("carrefour:comp", "Auchan ferme des magasins, les salariés dans la rue"),
    ("carrefour:none|cd", "Je descends à Carrefour Pleyel, station de la ligne 13, et je te rejoins"),
    ("carrefour:none", "Nouveau carrefour à feux devant l'école, enfin #sécurité"),
    ("carrefour:none", "Lyon, carrefour européen de la gastronomie, on ne va pas se mentir {e}"),
    ("carrefour:ab:neg|typo", "carrefour drive a encore oublié la moitié de ma commande, c nul"),
    ("carrefour:ab:pos", "Appli #Carrefour : -20% sur les fruits cette semaine https://example.fr/promo-fruits"),
    ("carrefour:none", "Le carrefour giratoire de la sortie 12 est en travaux jusqu'en juin {n}"),
], slots={"e": ["🍷", "😋", ""], "n": _EN})
_fam("carrefour-more", "zh-Hant", "ptt", [
    ("carrefour:comp", "好市多的會員費又漲了，但還是捨不得退"),
    ("carrefour:ab:neg", "家樂福線上購物又延遲送貨，冷凍食品都退冰了"),
])
_fam("carrefour-more", "es", "twitter", [
    ("carrefour:comp", "Mercadona ha vuelto a subir el aceite, no hay manera"),
    ("carrefour:ab:pos", "Carrefour abre 24 horas en Madrid y me ha salvado la cena de Nochevieja"),
])

_fam("free-more", "en", "twitter", [
    ("free:none", "free shipping on orders over $50 this weekend only #deal https://example.com/sale"),
    ("free:none", "free as a bird, last exam done!!! {e}"),
    ("free:none", "the museum is free on the first Sunday of the month, go go go"),
    ("free:none|cd", "tried a 'free' VPN and it sold my data, lesson learned"),
    ("free:none", "gluten free, dairy free, sugar free and somehow still delicious {e}"),
], slots={"e": _EP})
_fam("free-more", "fr", "twitter", [
    ("free:comp", "Bouygues m'offre la box à 15 € pendant un an, je me laisse tenter"),
    ("free:comp", "SFR en panne, le service client me fait attendre 45 min {n}"),
    ("free:ab:neg|el", "#Free la fibre coupe tous les soirs à 21h, c'est insupportaaable"),
    ("free:ab:pos", "Free Mobile en 5G à Marseille, ça envoie du lourd {e}"),
    ("free:none|cs", "Ce soir c'est free drinks au bar d'en bas pour l'anniv de Léa 🍹"),
], slots={"n": _EN, "e": _EP})

_fam("bild-more", "de", "twitter", [
    ("bild:comp", "Der Spiegel hat den Skandal zuerst aufgedeckt, gute Recherche"),
    ("bild:comp", "Focus Online ist inzwischen reine Clickbait-Schleuder"),
    ("bild:none", "Bild der Frau liegt beim Zahnarzt im Wartezimmer, seit 2019 dieselbe Ausgabe"),
    ("bild:none|cd", "Dieses Bild sagt mehr als tausend Worte, Oma und Opa nach 60 Jahren Ehe {e}"),
    ("bild:none", "Hintergrundbild geändert, jetzt lächelt mich jeden Morgen mein Hund an {e}"),
    ("bild:ab:neg", "#BILD Schlagzeile heute einfach nur menschenverachtend {n}"),
    ("bild:ab:neu|typo", "hab das heute in der bild gelesen, stimmt das mit dem tempolimit?"),
    ("bild:cat", "Welche Nachrichten-App ist am wenigsten reißerisch? Suche Alternativen"),
], slots={"e": ["🥹", "📸", ""], "n": _EN})

_fam("sol-more", "es", "twitter", [
    ("sol:comp", "Modelo Especial es la mejor cerveza mexicana y no acepto debate"),
    ("sol:comp", "Heineken sin alcohol para el que maneja, nos vemos en la carne asada"),
    ("sol:none", "#Perú el sol sigue estable frente al dólar esta semana"),
    ("sol:none|cd", "Sol, arena y una cerveza helada, las vacaciones perfectas {e}"),
    ("sol:none", "Protector solar factor 50 y aun así me quemé, el sol de Cancún no perdona"),
    ("sol:ab:neg|el", "la Sol caliente es lo peoooor, ni con limón se salva"),
], slots={"e": ["☀️", "🏖️", ""]})
_fam("sol-more", "pt", "twitter", [
    ("sol:comp", "Brahma gelada no boteco, não troco por nenhuma importada"),
    ("sol:comp", "Skol no isopor e churrasco rolando, domingo perfeito"),
    ("sol:none", "Sol de rachar hoje em Fortaleza, 36 graus {e}"),
    ("sol:none|cd", "Tomei sol a manhã toda e agora tô tomando uma gelada na sombra"),
    ("sol:ab:pos", "Cerveja Sol com limão na praia de Copacabana, combinação perfeita"),
], slots={"e": ["🥵", "☀️", ""]})
_fam("sol-more", "it", "twitter", [
    ("sol:none", "Sol diesis sul pianoforte, la mia nemesi da anni"),
    ("sol:comp", "Peroni ghiacciata in spiaggia, non serve altro"),
])

_fam("vivo-telecom-more", "pt", "twitter", [
    ("vivo_telecom:comp", "Oi Fibra chegou na minha rua, vou testar"),
    ("vivo_telecom:ab:neg|typo", "vivo cobrou roaming q eu nunca usei, absurdo"),
    ("vivo_telecom:ab:pos", "#Vivo 5G aqui no Rio tá voando, 800 mega no celular {e}"),
    ("vivo_telecom:none", "Vivo um dia de cada vez, e hoje foi um dia bom {e}"),
    ("vivo_telecom:none", "Ao vivo agora no Instagram falando sobre carreira, entra lá https://example.com/live"),
    ("vivo_telecom:none|cd", "Vivo no interior de Minas e aqui ninguém tem pressa"),
    ("vivo_telecom:none", "O peixe tava vivo ainda quando chegou na peixaria"),
], slots={"e": _EP})

_fam("vivo-phones-more", "zh-Hans", "weibo", [
    ("vivo_phones:comp", "OPPO Find X8的影像也很强，跟蓝厂不相上下"),
    ("vivo_phones:comp", "荣耀新机续航太顶了，两天一充"),
    ("vivo_phones:ab:pos", "#vivo X200# 夜景太强了，随手一拍就是大片"),
    ("vivo_phones:ab:neg|cs", "vivo的OriginOS更新后耗电变快了，bug有点多"),
    ("vivo_phones:ab:neu", "维沃移动通信发布了新的影像芯片"),
], )
_fam("vivo-phones-more", "zh-Hant", "ptt", [
    ("vivo_phones:comp", "OPPO在台灣的門市比較多，維修方便"),
    ("vivo_phones:ab:pos", "vivo的手機拍人像很自然，朋友都問我用什麼拍的"),
    ("vivo_phones:cat", "預算一萬五想換一支拍照好的手機，大家推薦哪支？"),
])
_fam("vivo-phones-more", "es", "twitter", [
    ("vivo_phones:none|cd", "Partido en vivo por la tele a las 9, ¿quién se apunta?"),
    ("vivo_phones:none", "Estoy vivo de milagro después de esta semana {l}"),
], slots={"l": _EL})

_fam("claro-more", "es", "twitter", [
    ("claro:comp", "Movistar me subió la factura otra vez, ya no sé a quién irme"),
    ("claro:comp", "Personal tiene mejor señal en Córdoba, lo probé el finde"),
    ("claro:ab:neg|typo", "claro me dejo sin señal toda la tarde, nisiquiera pude llamar"),
    ("claro:ab:pos", "#Claro el técnico vino en una hora y dejó todo funcionando, bien ahí {e}"),
    ("claro:none", "Claro como el agua: no vuelvo a prestar plata a nadie"),
    ("claro:none|cd", "¿Claro o oscuro? El color del sofá nos tiene divididos en casa"),
    ("claro:none", "Hablando claro: este gobierno no tiene plan económico"),
    ("claro:cat", "¿Qué compañía de internet anda mejor en Lima? Necesito fibra para teletrabajo"),
], slots={"e": _EP})
_fam("claro-more", "pt", "twitter", [
    ("claro:comp", "Vivo Fibra chegou no prédio, adeus internet lenta"),
    ("claro:none", "Claro que sim, amiga, conta comigo pro casamento {e}"),
], slots={"e": ["💕", ""]})

_fam("natura-more", "pt", "twitter", [
    ("natura:comp", "O Boticário lançou um perfume novo que tá cheirando igual a um importado"),
    ("natura:comp", "Avon voltou com a linha de maquiagem barata, comprei tudo"),
    ("natura:ab:pos|el", "#natura Ekos maracujá é viciaaante, já tô no terceiro pote"),
    ("natura:ab:neg|typo", "o kit da natura q eu pedi veio com o frasco vazando, ngm merece"),
    ("natura:none", "Suco de laranja in natura, sem açúcar, é outra coisa {e}"),
    ("natura:none|cd", "Produtos in natura ou minimamente processados devem ser a base da alimentação"),
], slots={"e": ["🍊", ""]})
_fam("natura-more", "it", "facebook", [
    ("natura:none", "La natura si riprende i suoi spazi: cervi nel paese alle sei del mattino"),
    ("natura:none", "Per natura sono ottimista, ma questo lunedì mi mette alla prova"),
    ("natura:cat", "Che crema viso naturale consigliate per pelle sensibile?"),
])
_fam("natura-more", "es", "twitter", [
    ("natura:none|cd", "La natura es sabia, dice mi abuela cada vez que llueve después de la sequía"),
    ("natura:ab:pos", "Mi consultora de Natura me trajo el perfume Kaiak y huele increíble"),
])
_fam("natura-more", "pl", "facebook", [
    ("natura:none", "Natura 2000 obejmuje tę dolinę, więc wycinka drzew jest zakazana"),
    ("natura:none|cd", "Taka już moja natura, że wszystko planuję na ostatnią chwilę"),
])

_fam("tim-more", "it", "twitter", [
    ("tim:comp", "Iliad a 9,99 con 200 giga, gli altri operatori si dovrebbero vergognare"),
    ("tim:comp", "Vodafone mi ha riattivato servizi a pagamento, di nuovo {n}"),
    ("tim:ab:neg|el", "#TIM fibra giù da stamattina, sono disperatooo"),
    ("tim:ab:pos", "TIM ha finalmente portato la fibra nel mio paesino in Molise {e}"),
    ("tim:ab:neu|typo", "qualcuno sa se il modem tim si puo cambiare con uno proprio?"),
    ("tim:cat", "Offerte fibra senza vincoli, quale operatore consigliate a Roma?"),
], slots={"e": _EP, "n": _EN})
_fam("tim-more", "en", "twitter", [
    ("tim:none", "Tim Tams dunked in hot coffee, the Aussie way {e}"),
    ("tim:none", "#TimHortons iced capp on a hot day, yes please"),
    ("tim:none|cd", "Tim is on the network team and even he can't fix the office wifi"),
    ("tim:none", "Tim Peake's photos from the space station are still incredible"),
], slots={"e": ["😋", "☕", ""]})
_fam("tim-more", "de", "twitter", [
    ("tim:none", "Tim Bendzko auf dem Stadtfest, die halbe Stadt hat mitgesungen"),
    ("tim:none|cd", "Tim aus der IT hat meinen Laptop gerettet, Held des Tages"),
])
_fam("tim-more", "pt", "twitter", [
    ("tim:comp", "Claro me ofereceu 50 giga pelo mesmo preço, tô pensando"),
    ("tim:ab:neg", "TIM Controle cobrando serviço que eu nunca assinei, de novo {n}"),
], slots={"n": _EN})

_fam("wind-more", "it", "twitter", [
    ("wind:comp", "Fastweb mi ha dato la fibra a 1 giga in una settimana, consigliatissimo"),
    ("wind:comp", "Iliad fibra attivata in 5 giorni, prezzo bloccato per sempre"),
    ("wind:ab:neg|el", "#WindTre la rete in centro non prende più da ieri, basta vi pregoooo"),
    ("wind:ab:pos", "WindTre Go 5G a 7,99, per il traffico che faccio è perfetto {e}"),
    ("wind:ab:neu|typo", "qualcuno ha la fibra windtre a bologna? come va?"),
    ("wind:none", "Il vento di stanotte ha buttato giù l'ombrellone del vicino"),
], slots={"e": _EP})
_fam("wind-more", "en", "twitter", [
    ("wind:none", "#storm update: wind gusts up to 90mph on the coast tonight https://example.gov/warnings"),
    ("wind:none|cd", "wind down routine: tea, book, phone in another room"),
    ("wind:none", "the wind turbines off the coast look magical at sunset {e}"),
    ("wind:none", "got the wind knocked out of me falling off the bike {l}"),
], slots={"e": ["🌅", ""], "l": _EL})
_fam("wind-more", "de", "twitter", [
    ("wind:none", "Windräder im Nebel sehen aus wie Riesen, ein bisschen gruselig"),
    ("wind:none|cd", "Gegenwind auf dem Rad nach Hause, 45 Minuten statt 20"),
])

_fam("kirin-more", "ja", "twitter", [
    ("kirin:comp", "アサヒスーパードライのキレ、やっぱり好き"),
    ("kirin:comp", "サントリーのプレモル、贈答用に買った"),
    ("kirin:ab:pos", "#一番搾り 今年の限定缶かわいい{e}"),
    ("kirin:ab:neg|el", "キリンの新作チューハイ、甘すぎるーーー"),
    ("kirin:none", "首の長いキリンのぬいぐるみ、娘が離さない"),
    ("kirin:none|cd", "キリン柄のワンピース、似合ってるって言われた"),
    ("kirin:cat", "唐揚げに合うビールってどれ？"),
], slots={"e": ["🍺", ""]})
_fam("kirin-more", "zh-Hant", "ptt", [
    ("kirin:comp", "台啤十八天才是最好喝的，新鮮度無敵"),
    ("kirin:cat", "夏天燒烤配什麼啤酒最對味？"),
    ("kirin:none", "麒麟是傳說中的瑞獸，出現就代表太平盛世"),
])
_fam("kirin-more", "zh-Hans", "weibo", [
    ("kirin:comp", "朝日啤酒在日料店比麒麟更常见"),
    ("kirin:none", "送子麒麟的年画挂在客厅，奶奶说吉利"),
])

_fam("lion-more", "ja", "twitter", [
    ("lion:comp", "花王のアタックZERO、洗浄力すごい"),
    ("lion:comp", "サンスターのガム歯みがき、昔から使ってる"),
    ("lion:ab:pos", "#クリニカ の歯ブラシ、毛先が細くて磨きやすい{e}"),
    ("lion:ab:neg", "ライオンの洗剤、詰め替えのパウチが開けにくい"),
    ("lion:none", "ライオンキングのミュージカル、チケット取れた！"),
    ("lion:none", "西武ライオンズの試合、所沢まで行ってきた"),
    ("lion:cat", "歯周病予防の歯磨き粉、何がいい？"),
], slots={"e": ["✨", ""]})
_fam("lion-more", "zh-Hant", "ptt", [
    ("lion:ab:pos", "獅王的潔淨感牙膏很便宜又好用，家裡一次買一打"),
    ("lion:ab:neg", "獅王的洗衣精味道太重，我過敏"),
    ("lion:comp", "花王的洗衣精在好市多很便宜，比較推"),
    ("lion:none|cd", "這隻公獅是草原上的獅王，連大象都讓牠三分"),
    ("lion:cat", "有推薦的牙周病牙膏嗎？牙醫說要換"),
])
_fam("lion-more", "zh-Hans", "xiaohongshu", [
    ("lion:comp", "花王的洗衣液香味更淡，适合敏感肌"),
    ("lion:ab:neu", "狮王在中国的工厂开始生产新的漱口水了"),
])

_fam("vw-more", "zh-Hans", "weibo", [
    ("volkswagen:comp", "比亚迪秦PLUS卖疯了，销量吊打同级合资车"),
    ("volkswagen:comp", "丰田卡罗拉十年都不坏，买车就买它"),
    ("volkswagen:ab:pos", "#上汽大众# 新途观L空间太大了，后排能躺"),
    ("volkswagen:none", "大众传媒专业毕业，现在在做新媒体运营"),
    ("volkswagen:none", "这首歌太大众化了，到处都在放"),
    ("volkswagen:cat great_wall:cat", "二十万预算买什么SUV好？家用为主"),
])
_fam("vw-more", "zh-Hant", "ptt", [
    ("volkswagen:comp", "豐田的RAV4在台灣還是最保值"),
    ("volkswagen:none", "福斯新聞台的報導又被罵偏頗了"),
    ("volkswagen:cat", "預算一百萬想買休旅車，大家推薦哪台？"),
])
_fam("vw-more", "ja", "twitter", [
    ("volkswagen:comp", "トヨタのヤリス、燃費が良すぎてガソリン入れるの忘れる"),
    ("volkswagen:none", "ポロシャツ3枚買った、夏の通勤用"),
])

_fam("lenovo-more", "zh-Hans", "weibo", [
    ("lenovo:comp", "华硕天选的散热比较好，打游戏推荐"),
    ("lenovo:comp", "戴尔的售后上门服务真的快"),
    ("lenovo:ab:pos", "#联想拯救者# 新款屏幕太顶了，240Hz丝滑"),
    ("lenovo:none", "这个标志很容易让人联想到某个奢侈品牌"),
    ("lenovo:none|cd", "产生联想是大脑的本能，心理学课上老师讲的"),
    ("lenovo:cat", "考研党求推荐轻薄本，五千以内"),
])
_fam("lenovo-more", "zh-Hant", "ptt", [
    ("lenovo:comp", "華碩的筆電在台灣維修據點多，比較放心"),
    ("lenovo:comp", "宏碁這台電競筆電CP值很高"),
    ("lenovo:ab:pos", "聯想小新的螢幕很漂亮，學生用很夠"),
    ("lenovo:none|cd", "這首歌讓我聯想到高中畢業那年的夏天"),
    ("lenovo:cat", "想買一台輕薄筆電寫論文，三萬以內推薦？"),
])
_fam("lenovo-more", "ja", "twitter", [
    ("lenovo:comp", "富士通のノートPC、軽くて持ち運びに最高"),
    ("lenovo:ab:pos", "ThinkPadのトラックポイント、一度慣れると手放せない"),
    ("lenovo:cat", "大学生のレポート用ノートPC、おすすめ教えて"),
])

_fam("gwm-more", "zh-Hans", "weibo", [
    ("great_wall:comp", "比亚迪宋PLUS的油耗太低了，通勤一个月才加一次油"),
    ("great_wall:comp", "吉利星越L的配置很高，同价位很难找"),
    ("great_wall:ab:pos", "#坦克300# 去了一趟阿拉善，沙漠里毫无压力"),
    ("great_wall:none", "长城脚下的民宿很安静，适合周末放松"),
    ("great_wall:none|cd", "长城宽带终于退网了，以前用的时候天天掉线"),
    ("great_wall:none", "司马台长城夜游开放了，灯光很美"),
])
_fam("gwm-more", "zh-Hant", "ptt", [
    ("great_wall:none", "長城是世界七大奇蹟之一，一生一定要去一次"),
    ("great_wall:comp", "比亞迪要在台灣賣車了嗎？電動車市場會變熱鬧"),
    ("great_wall:ab:neg", "長城汽車的車在海外評價兩極，品質還要再觀察"),
    ("great_wall:cat", "想買電動車代步，大家推薦哪個品牌？"),
])
_fam("gwm-more", "en", "twitter", [
    ("great_wall:comp", "BYD Atto 3 is the best value EV in Australia right now"),
    ("great_wall:none", "the Great Wall is not visible from space, stop saying that"),
    ("great_wall:ab:neg", "ORA Funky Cat's range in winter is a joke, 250km if you're lucky"),
])

_fam("tsingtao-more", "zh-Hans", "weibo", [
    ("tsingtao:comp", "雪花勇闯天涯便宜又好喝，烧烤店标配"),
    ("tsingtao:comp", "百威的广告真多，但我还是喝不惯"),
    ("tsingtao:ab:pos", "#青岛啤酒# 原浆鲜啤送到家，口感太好了"),
    ("tsingtao:none", "青岛的天主教堂拍婚纱照的人排长队"),
    ("tsingtao:none|cd", "青岛大虾真的好吃，下次还要来青岛"),
    ("tsingtao:cat", "吃小龙虾配什么啤酒最好？"),
])
_fam("tsingtao-more", "zh-Hant", "ptt", [
    ("tsingtao:comp", "台啤金牌冰透了才好喝，其他的都差一點"),
    ("tsingtao:ab:neu", "青島啤酒的綠瓶和台啤長得好像，常常拿錯"),
    ("tsingtao:none", "青島的海風很舒服，夏天去剛剛好"),
    ("tsingtao:cat", "快炒店配什麼啤酒最好？"),
])
_fam("tsingtao-more", "ja", "twitter", [
    ("tsingtao:comp", "中華料理にはやっぱりサッポロ黒ラベルが合う"),
    ("tsingtao:ab:pos", "青島ビール、軽くて餃子と相性抜群"),
    ("tsingtao:none", "青島(チンタオ)の旧市街、ドイツ風の建物が並んでてきれい"),
])

_fam("three-squirrels-more", "zh-Hans", "weibo", [
    ("three_squirrels:comp", "良品铺子的猪肉脯比较好吃，推荐"),
    ("three_squirrels:comp", "百草味的年货礼盒性价比挺高的"),
    ("three_squirrels:ab:pos", "#三只松鼠# 双十一囤了五箱坚果，够吃一年了"),
    ("three_squirrels:ab:neg|typo", "三只松鼠的碧根果这次好多坏的，再也不卖了"),
    ("three_squirrels:none|cd", "绘本《三只松鼠找冬粮》讲得很好，孩子每天都要听"),
    ("three_squirrels:none", "松鼠在院子里埋了好多松果，第二年长出了小松树"),
    ("three_squirrels:cat", "办公室零食推荐，最好是健康一点的"),
])
_fam("three-squirrels-more", "zh-Hant", "dcard", [
    ("three_squirrels:ab:neg", "三隻松鼠的包裝好可愛，但是堅果有點受潮"),
    ("three_squirrels:none", "校園裡的松鼠超不怕人，還會跟你要食物"),
    ("three_squirrels:cat", "有推薦的無調味綜合堅果嗎？"),
    ("three_squirrels:comp", "良品鋪子的肉乾朋友帶回來的，超好吃"),
])

_fam("kinder-more", "de", "twitter", [
    ("kinder:comp mars:comp", "Milka Schokolade ist und bleibt die beste, zart und cremig"),
    ("kinder:comp", "Haribo macht Kinder froh, und Erwachsene ebenso, sagt mein Vater"),
    ("kinder:ab:pos", "#kinderbueno eiskalt, perfekt bei 30 Grad {e}"),
    ("kinder:none|cd", "Kinder Kinder, was für ein Spiel! 3:3 in der Nachspielzeit"),
    ("kinder:none", "Kinderarzt-Termin erst in sechs Wochen, was soll das {n}"),
    ("kinder:none", "Die Kinder haben den ganzen Nachmittag Schneemänner gebaut {e}"),
], slots={"e": ["⛄", "😋", ""], "n": _EN})
_fam("kinder-more", "en", "twitter", [
    ("kinder:none", "kinder words cost nothing, said my grandma, and she was right"),
    ("kinder:comp", "Cadbury Creme Eggs are back in the shops, happy days"),
])

_fam("sky-more", "en", "twitter", [
    ("sky:comp", "Virgin Media broadband actually hit the speeds they promised, first time ever"),
    ("sky:comp", "switched to BT for the football package, same price and no box"),
    ("sky:ab:neg|typo", "sky q keeps freezing evry time i record something, sick of it"),
    ("sky:ab:pos", "#SkySports coverage of the darts is top tier {e}"),
    ("sky:none", "#photography big sky over the Norfolk Broads this morning https://example.com/photos"),
    ("sky:none", "my son wants to name the new puppy Sky, I'm outvoted"),
    ("sky:none|cd", "the sky's the limit for this kid, first place in the regional maths olympiad"),
], slots={"e": _EP})
_fam("sky-more", "it", "twitter", [
    ("sky:comp", "DAZN ha la Serie A ma l'app si blocca sempre sul più bello"),
    ("sky:ab:neg|typo", "sky mi ha mandato un tecnico che non sapeva nemmeno montare la parabola"),
])
_fam("sky-more", "de", "twitter", [
    ("sky:comp", "DAZN hat die Champions League, aber der Stream ruckelt ständig"),
    ("sky:ab:pos", "Sky Q Receiver mit Netflix drauf, endlich alles in einer Box {e}"),
], slots={"e": _EP})

_fam("lot-more", "pl", "twitter", [
    ("lot:comp", "Wizz Air znowu opóźniony, ale za 89 zł do Rzymu nie będę narzekać"),
    ("lot:comp", "Ryanair kazał mi płacić za bagaż podręczny większy niż kosmetyczka {n}"),
    ("lot:ab:pos", "#LOT nowy Dreamliner na trasie do Tokio, fotele super {e}"),
    ("lot:ab:neg|typo", "lot odwolal mi lot do oslo i proponuja za 3 dni, zartujecie?"),
    ("lot:none", "Lot Ikara to mój ulubiony mit, uczę go w trzeciej klasie"),
    ("lot:none|cd", "Sokół w locie pikuje z prędkością 300 km/h, a mój pierwszy lot paralotnią był o wiele wolniejszy"),
    ("lot:none", "Ten lot bocianów nad Podlasiem to coś pięknego {e}"),
    ("lot:cat", "Jaką linią najlepiej lecieć do Toronto? Pierwszy raz z dziećmi"),
], slots={"e": ["✈️", "😍", ""], "n": _EN})
_fam("lot-more", "en", "twitter", [
    ("lot:none", "thanks a lot for nothing, customer service {n}"),
    ("lot:none|cd", "Lot's wife looked back and turned into a pillar of salt, Sunday school flashback"),
    ("lot:none", "spent a lot on flights this year, worth every penny {e}"),
    ("lot:comp", "Wizz Air flight from Luton was on time for once, miracles happen"),
], slots={"e": _EP, "n": _EN})
_fam("lot-more", "fr", "twitter", [
    ("lot:none", "Week-end dans le Lot, Rocamadour et les causses, magnifique {e}"),
    ("lot:ab:neg", "Vol LOT pour Varsovie annulé, on est bloqués à Roissy {n}"),
], slots={"e": _EP, "n": _EN})
_fam("lot-more", "de", "twitter", [
    ("lot:ab:pos", "Mit LOT über Warschau nach Seoul geflogen, günstig und pünktlich"),
    ("lot:none", "Ein Lot Kaffee, sagte Oma früher, und meinte ein paar Gramm"),
])

_fam("fiat-more", "it", "twitter", [
    ("fiat:comp volkswagen:comp", "Renault Clio ibrida consuma pochissimo, la consiglio"),
    ("fiat:comp", "Dacia Sandero a 14 mila euro, non c'è niente di meglio per chi guida poco"),
    ("fiat:ab:pos", "#Fiat500 restaurata, colore azzurro, sono innamorato {e}"),
    ("fiat:ab:neg|typo", "la fiat panda di mia madre ha di nuovo la spia accesa, ogni mese un problema"),
    ("fiat:none", "I panda rossi allo zoo di Roma sono la cosa più dolce che esista"),
    ("fiat:cat", "Prima macchina per neopatentato, cosa consigliate? Budget 10 mila"),
], slots={"e": _EP})
_fam("fiat-more", "pt", "twitter", [
    ("fiat:comp", "Chevrolet Onix continua sendo o mais vendido, não entendo"),
    ("fiat:ab:pos", "Fiat Mobi é pequeno mas econômico demais, faço 15 km/l"),
    ("fiat:none|cd", "Dinheiro fiat e cripto, o podcast de hoje explica a diferença https://example.com/ep42"),
])


# ######################################################################################
# Third pass: negation, URLs, zh-Hant, and more negatives in every language.
# ######################################################################################

_fam("negation-mix", "en", "twitter", [
    ("mars:none|neg,cd", "no, not the Mars bar, the planet! my kid is doing a project on it and I bought the wrong poster"),
    ("mars:ab:pos|neg", "I'm not saying a Mars bar cures heartbreak, but it doesn't hurt {e}"),
    ("subway:ab:pos|neg", "not gonna pretend Subway is fine dining, but their steak and cheese never lets me down"),
    ("subway:none|neg", "no, I didn't take the subway, I walked 40 blocks in the rain like a hero"),
    ("visa:ab:pos|neg", "never had my Visa blocked abroad once in ten years of travelling {e}"),
    ("visa:none|neg", "didn't need a visa for Thailand after all, 60 days visa-free now"),
    ("monster:ab:neg|neg", "I don't care what anyone says, Monster Zero tastes like battery acid"),
    ("monster:none|neg", "there is no monster in the wardrobe, I checked three times, he still won't sleep"),
    ("oracle:ab:neg|neg", "no startup in their right mind should build on Oracle in 2025"),
    ("oracle:none|neg", "I'm no oracle but this merger is going to end badly"),
    ("sky:ab:pos|neg", "can't complain about Sky broadband, not one drop in two years"),
    ("sky:none|neg", "not a cloud in the sky all week, the garden is begging for rain"),
    ("kinder:ab:neg|neg", "Kinder Joy is not worth it, the toy is plastic junk and the cream is tiny"),
    ("kinder:none|neg", "it wouldn't kill you to be kinder to the waiter, just saying"),
    ("lot:ab:pos|neg", "never a bad flight with LOT, honestly, the crew are always lovely"),
    ("lot:none|neg", "not a lot happening in this town on a Sunday, even the café is shut"),
    ("fiat:ab:pos|neg", "no car I've owned was as cheap to run as my old Fiat Punto"),
    ("fiat:none|neg", "no government has ever managed a fiat currency responsibly, discuss"),
    ("free:none|neg", "nothing in life is free except the bread at this restaurant {e}"),
    ("tim:none|neg", "Tim didn't show up to his own birthday party, classic Tim"),
    ("wind:none|neg", "no wind at all today, the sailing lesson got cancelled"),
], slots={"e": _EP})

_fam("negation-mix", "de", "twitter", [
    ("bild:ab:neg|neg", "Nein, ich lese keine Bild, auch nicht beim Friseur"),
    ("bild:none|neg", "Nein, das Bild hängt nicht schief, das ist Kunst"),
    ("kinder:ab:pos|neg", "Nichts geht über eine Kinder Schokolade nach dem Sport, ehrlich {e}"),
    ("kinder:none|neg", "Keine Kinder, kein Stress, sagt meine Kollegin, und fährt nach Bali"),
    ("volkswagen:ab:neg|neg", "Nie wieder einen VW mit DSG, das Getriebe hat mich 2.000 Euro gekostet"),
    ("monster:ab:pos|neg", "Kein Kaffee wirkt bei mir so gut wie ein Monster Ultra vor der Frühschicht"),
    ("wind:none|neg", "Kein Wind, keine Wolken, perfektes Wetter zum Grillen"),
    ("mars:none|neg", "Nein, der Mars ist heute nicht zu sehen, zu viele Wolken"),
], slots={"e": _EP})

_fam("negation-mix", "fr", "twitter", [
    ("carrefour:ab:neg|neg", "Je ne remets plus les pieds au Carrefour de Bercy, trop de monde, trop cher"),
    ("carrefour:none|neg", "Ne tourne pas au carrefour, continue tout droit jusqu'à l'église"),
    ("free:ab:pos|neg", "Aucune coupure en deux ans avec Free, je touche du bois"),
    ("mars:none|neg", "Pas de vacances en mars cette année, on décale tout en avril"),
    ("oracle:none|neg", "Je ne suis pas un oracle, mais ce projet ne tiendra pas les délais"),
])

_fam("negation-mix", "es", "twitter", [
    ("claro:ab:neg|neg", "No recomiendo Claro ni a mi peor enemigo, tres meses para cancelar"),
    ("claro:none|neg", "No me quedó claro lo del examen, ¿es el lunes o el martes?"),
    ("sol:ab:pos|neg", "No hay nada mejor que una Sol helada en la playa {e}"),
    ("sol:none|neg", "No salgas al sol sin protector, que luego te quemas"),
    ("visa:none|neg", "No necesito visa para Colombia, solo el pasaporte"),
    ("natura:none|neg", "No hay nada más sabio que la natura, decía mi abuelo el jardinero"),
], slots={"e": ["🍺", ""]})

_fam("negation-mix", "pt", "twitter", [
    ("vivo_telecom:ab:pos|neg", "Nunca tive problema com a Vivo, o sinal é ótimo aqui"),
    ("vivo_telecom:none|neg", "Não sei como ainda tô vivo depois dessa semana"),
    ("claro:ab:neg|neg", "Não assino mais nada com a Claro, me cobraram multa abusiva"),
    ("natura:ab:pos|neg", "Nenhum perfume importado supera o Essencial da Natura pra mim"),
    ("tim:ab:neg|neg", "Não dá mais pra usar a TIM no interior, o sinal some"),
    ("fiat:ab:pos|neg", "Nunca tive carro tão econômico quanto meu Fiat Uno"),
])

_fam("negation-mix", "it", "twitter", [
    ("tim:ab:pos|neg", "Non ho mai avuto un problema con la fibra TIM, mai"),
    ("wind:ab:neg|neg", "Non prendo più una SIM Wind nemmeno gratis"),
    ("allegro:none|neg", "Non è molto allegro oggi, forse ha dormito male"),
    ("sky:ab:neg|neg", "Non rinnovo Sky, troppo caro per due partite al mese"),
    ("fiat:ab:neg|neg", "Mai più una Fiat con il cambio automatico, si è rotto due volte"),
])

_fam("negation-mix", "pl", "twitter", [
    ("biedronka:ab:pos|neg", "Nie ma lepszych pączków w tłusty czwartek niż z Biedronki, serio"),
    ("biedronka:none|neg", "To nie biedronka, to jakiś inny chrząszcz, nie ma kropek"),
    ("zabka:ab:neg|neg", "Nie kupuję już kanapek w Żabce, ostatnia była czerstwa"),
    ("zabka:none|neg", "To nie żabka, to ropucha, ma brodawki i jest brązowa"),
    ("allegro:ab:pos|neg", "Nie zawiodłam się ani razu na Allegro Smart, dostawa zawsze na czas"),
    ("lot:ab:neg|neg", "Nie polecę już LOT-em na krótkiej trasie, za drogo"),
    ("lot:none|neg", "Nie było lotu do Krakowa w niedzielę, pojechaliśmy pociągiem"),
])

_fam("negation-mix", "zh-Hans", "weibo", [
    ("lenovo:ab:pos|neg", "用过这么多笔记本，没有一台比联想ThinkPad更耐用"),
    ("lenovo:none|neg", "别乱联想，他只是帮我搬了一下家"),
    ("volkswagen:none|neg", "这不是大众的口味，是小众的爱好"),
    ("great_wall:none|neg", "没去过长城，这次终于补上了"),
    ("tsingtao:ab:neg|neg", "青岛啤酒不是不好喝，就是太淡了"),
    ("three_squirrels:ab:pos|neg", "没有哪家坚果比三只松鼠更适合送礼了"),
])

_fam("negation-mix", "ja", "twitter", [
    ("kirin:ab:pos|neg", "一番搾り以外のビールはもう飲めない体になった"),
    ("kirin:none|neg", "キリンは鳴かないって言われるけど、実は低い声で鳴くらしい"),
    ("lion:ab:neg|neg", "ライオンの柔軟剤はもう買わない、香りが残りすぎる"),
    ("lion:none|neg", "ライオンは群れで狩りをするけど、オスはほとんど働かないらしい"),
])

_fam("zh-hant-extra", "zh-Hant", "ptt", [
    ("monster:ab:pos", "魔爪的芒果口味在全聯有賣，喝起來像果汁"),
    ("monster:none", "終於逃離前公司的魔爪，新工作同事都很好"),
    ("visa:ab:neg", "VISA卡在國外被盜刷，銀行說要等調查{n}"),
    ("visa:none", "申請日本打工度假簽證的名額又秒殺了"),
    ("oracle:ab:neu", "甲骨文要在台灣招募雲端工程師，薪水開得不錯"),
    ("carrefour:ab:pos", "家樂福的自有品牌衛生紙便宜又好用"),
    ("carrefour:cat", "量販店的停車場週末都爆滿，大家都幾點去比較不用排隊？"),
    ("vivo_phones:ab:neg", "vivo的手機在台灣二手價掉得好快"),
    ("subway:ab:pos", "賽百味今天買一送一，中午大家一起去"),
    ("volkswagen:ab:pos", "福斯的Golf GTI開起來真的有趣，彎道很穩"),
    ("volkswagen:none", "福斯娛樂的新片又要上映了，預告很精彩"),
    ("lenovo:ab:neg", "聯想的筆電鍵盤兩年就壞了，送修還要自費"),
    ("great_wall:ab:pos", "長城汽車的坦克300在中國很紅，越野能力很強"),
    ("great_wall:none", "長城的磚頭聽說有用糯米漿黏合，好神奇"),
    ("tsingtao:ab:pos", "青島啤酒的白啤很順口，夏天必備"),
    ("tsingtao:none", "青島的老城區很有德國風情"),
    ("kirin:ab:pos", "麒麟一番搾的罐裝在超商買得到，價格也還好"),
    ("lion:ab:neu", "獅王在台灣推出新的兒童牙膏，有草莓口味"),
    ("three_squirrels:ab:pos", "三隻松鼠的芒果乾很好吃，酸酸甜甜"),
    ("three_squirrels:none", "這張照片裡有三隻松鼠在樹枝上排排站，太可愛了"),
    ("kinder:ab:pos", "健達出奇蛋是我小時候的回憶，現在還會買給姪子"),
    ("mars:none", "火星上發現古老湖泊的痕跡，Mars探測車又立功了"),
], slots={"n": ["😭", ""]})

_fam("url-news", "en", "news", [
    ("oracle:ab:neu", "Oracle beats estimates as cloud infrastructure revenue jumps, shares rise https://example.com/markets/oracle-q3"),
    ("visa:ab:neu", "Visa and Mastercard face new EU probe over card fees https://example.com/eu-card-fees"),
    ("subway:ab:neu", "Subway sold to private equity firm in $9.6bn deal https://example.com/subway-deal"),
    ("mars:none", "Mars sample return mission faces new delays, NASA says https://example.com/space/msr"),
    ("volkswagen:ab:neg", "Volkswagen to cut jobs at German plants amid weak demand https://example.com/autos/vw-cuts"),
    ("lenovo:ab:neu", "Lenovo reports record quarter on AI PC demand https://example.com/tech/lenovo-q2"),
    ("great_wall:ab:neu", "Great Wall Motor expands in Brazil with new plant https://example.com/autos/gwm-brazil"),
    ("great_wall:none", "The Great Wall: restoration works reveal Ming dynasty bricks https://example.com/culture/great-wall"),
    ("sky:ab:neu", "Sky to raise broadband and TV prices from April https://example.com/sky-prices"),
    ("kinder:ab:neg", "Ferrero recalls Kinder products after salmonella outbreak https://example.com/food/kinder-recall"),
    ("monster:ab:neu", "Monster Energy sales rise as new flavours launch https://example.com/business/monster"),
    ("tsingtao:ab:neu", "Tsingtao Brewery profit up on premium beer sales https://example.com/asia/tsingtao"),
    ("kirin:ab:neu", "Kirin to acquire Australian health foods maker https://example.com/asia/kirin-deal"),
    ("lot:ab:neu", "LOT Polish Airlines orders new regional jets https://example.com/aviation/lot-order"),
    ("free:ab:neu", "Iliad's Free adds fibre subscribers in France https://example.com/telecom/iliad"),
    ("fiat:ab:neu", "Fiat Grande Panda to be built in Serbia https://example.com/autos/fiat-panda"),
    ("fiat:none", "Fiat money and inflation: what central banks can and cannot do https://example.com/econ/fiat"),
    ("wind:none", "Offshore wind auctions attract record bids https://example.com/energy/offshore-wind"),
    ("three_squirrels:ab:neu", "Three Squirrels bets on offline snack stores https://example.com/asia/three-squirrels"),
    ("lion:ab:neu", "Japan's Lion Corp raises toothpaste prices https://example.com/asia/lion-prices"),
])

_fam("url-news", "de", "news", [
    ("bild:ab:neu", "Bild-Chefredaktion wechselt erneut, berichtet der Mediendienst https://example.de/medien/bild"),
    ("volkswagen:ab:neu", "VW und IG Metall einigen sich auf Tarifvertrag https://example.de/wirtschaft/vw"),
    ("kinder:none", "Mehr Kinder in Kitas als je zuvor, meldet das Statistikamt https://example.de/kita-zahlen"),
])
_fam("url-news", "pl", "news", [
    ("allegro:ab:neu", "Allegro z rekordowymi przychodami w ostatnim kwartale https://example.pl/biznes/allegro"),
    ("biedronka:ab:neu", "Biedronka otworzy 150 nowych sklepów w tym roku https://example.pl/handel/biedronka"),
    ("zabka:ab:neu", "Żabka wchodzi na giełdę, wycena przekracza 20 mld zł https://example.pl/gielda/zabka"),
    ("lot:ab:neu", "PLL LOT uruchamia nowe połączenie do Seulu https://example.pl/lotnictwo/lot-seul"),
])
_fam("url-news", "pt", "news", [
    ("vivo_telecom:ab:neu", "Vivo anuncia expansão da fibra para 50 novas cidades https://example.com.br/telecom/vivo"),
    ("claro:ab:neu", "Claro amplia cobertura 5G no interior de São Paulo https://example.com.br/telecom/claro"),
    ("natura:ab:neu", "Natura &Co conclui venda da Avon internacional https://example.com.br/negocios/natura"),
    ("tim:ab:neu", "TIM Brasil registra alta no lucro trimestral https://example.com.br/telecom/tim"),
])
_fam("url-news", "it", "news", [
    ("tim:ab:neu", "TIM, via libera alla cessione della rete fissa https://example.it/economia/tim-rete"),
    ("wind:ab:neu", "WindTre lancia nuove offerte 5G per le aziende https://example.it/tlc/windtre"),
    ("fiat:ab:neu", "Fiat, produzione della 500 ibrida a Mirafiori dal prossimo anno https://example.it/auto/fiat"),
])
_fam("url-news", "fr", "news", [
    ("carrefour:ab:neu", "Carrefour cède ses activités en Italie https://example.fr/eco/carrefour-italie"),
    ("carrefour:none", "Sécurité routière : le carrefour de la RN7 réaménagé https://example.fr/local/rn7"),
    ("free:ab:neu", "Free lance une nouvelle Freebox avec Wi-Fi 7 https://example.fr/tech/freebox"),
])
_fam("url-news", "es", "news", [
    ("sol:none", "El sol peruano cierra la semana con ligera alza https://example.pe/economia/sol"),
    ("claro:ab:neu", "Claro y Movistar compiten por el espectro 5G en Colombia https://example.co/tecnologia/5g"),
    ("visa:ab:neu", "Visa lanza pagos con tarjeta en el transporte público de Madrid https://example.es/visa-metro"),
])
_fam("url-news", "zh-Hans", "news", [
    ("oracle:ab:neu", "甲骨文发布季度财报，云业务增长强劲 https://example.cn/tech/oracle"),
    ("oracle:none", "殷墟新出土甲骨文千余片，专家正在释读 https://example.cn/culture/jiaguwen"),
    ("great_wall:ab:neu", "长城汽车海外销量创新高 https://example.cn/auto/gwm"),
])
_fam("url-news", "ja", "news", [
    ("kirin:ab:neu", "キリンHD、ヘルスサイエンス事業を強化 https://example.jp/biz/kirin"),
    ("lion:ab:neu", "ライオン、歯磨き粉など値上げへ https://example.jp/biz/lion"),
    ("kirin:none", "上野動物園でキリンの赤ちゃん誕生 https://example.jp/news/giraffe"),
])


# ######################################################################################
# Fourth pass: more negatives (other senses, category, competitor) with social surface.
# ######################################################################################

_fam("it-negatives", "it", "twitter", [
    ("allegro:none", "Oggi sono di umore allegro, sarà il sole {h}"),
    ("allegro:none|el", "Il mio gatto è allegrissimo stamattina, corre per casa come un pazzooo"),
    ("allegro:none|typo", "musica allegra in macchina e il traffico pesa di meno"),
    ("natura:none", "Weekend nella natura selvaggia della Sila, zero campo e tanto silenzio {h}"),
    ("natura:none|cd", "Una natura morta di Caravaggio in mostra a Roma, fila di due ore ma ne vale la pena"),
    ("natura:none", "Madre natura ha deciso: grandine a maggio {n}"),
    ("sky:none", "Il cielo stanotte era pieno di stelle, sky-watching dal terrazzo {h}"),
    ("sky:cat", "Conviene ancora la parabola o meglio lo streaming per vedere il calcio?"),
    ("wind:none|cs", "Giornata di wind-surf a Torbole, vento perfetto {h}"),
    ("wind:cat tim:cat", "Mi conviene un operatore virtuale o uno tradizionale per la SIM dati?"),
    ("fiat:none", "Ho visto un panda al museo di scienze naturali, impagliato, un po' triste"),
    ("fiat:cat volkswagen:cat", "Meglio un'utilitaria a benzina o ibrida per fare 30 km al giorno?"),
    ("visa:none", "Il visto per gli Stati Uniti mi è costato 185 dollari e una mattina di fila"),
    ("vivo_phones:none", "Concerto dal vivo in piazza stasera, gratis {h}"),
    ("vivo_phones:none|cd", "Vivo da solo da un anno e ho imparato a cucinare solo la pasta {l}"),
    ("sol:none", "Mio figlio ha imparato do re mi fa sol al flauto e lo suona a ripetizione {l}"),
    ("great_wall:none", "Adesso basta, ora si dorme, domani si parte presto {h}"),
    ("great_wall:none|cd", "È ora di cena e il forno non si accende, serata pizza da asporto"),
    ("carrefour:comp", "Esselunga ha la gastronomia migliore, non c'è storia"),
    ("carrefour:comp", "Conad ha abbassato i prezzi su 500 prodotti, vediamo se è vero"),
    ("tim:comp wind:comp", "Vodafone mi ha proposto la fibra a 24,90 per sempre, dubbioso {l}"),
    ("monster:none", "Il mostro di Loch Ness è tornato di moda su TikTok"),
    ("monster:cat", "Quale energy drink ha meno zucchero? Ne bevo troppi in ufficio"),
    ("kinder:comp", "Le merendine del Mulino Bianco sono ancora le migliori per la colazione"),
], slots={"h": ["#relax", "#weekend", "", "🌿"], "n": _EN, "l": _EL})

_fam("pl-negatives", "pl", "twitter", [
    ("allegro:none", "Allegro con brio w wykonaniu szkolnej orkiestry, brawo dzieciaki {e}"),
    ("biedronka:none|el", "Biedronkaaa na szybie! Synek zachwycony {e}"),
    ("biedronka:none", "Szyłam dziś kostium biedronki na jasełka, ręce mi odpadają"),
    ("biedronka:none|typo", "widzialam dzis pierwsza biedronke w tym roku, wiosna!"),
    ("biedronka:cat", "Gdzie kupujecie najtańsze pieluchy? Szukam promocji"),
    ("zabka:none", "Żabka na liściu lilii, zdjęcie z porannego spaceru #natura {e}"),
    ("zabka:none|cd", "Córka przepłynęła pierwsze 25 metrów żabką, duma rozpiera"),
    ("zabka:cat", "Co kupujecie na szybko wieczorem, jak sklepy już zamknięte?"),
    ("zabka:comp biedronka:comp", "Netto przy stacji ma ładnie rozłożony towar, chodzę tam zamiast do dyskontów"),
    ("lot:none", "Lot motolotnią nad Mazurami to był najlepszy prezent urodzinowy {e}"),
    ("lot:none|el", "Lot do Egiptu był taaaaki długi, dzieci marudziły cały czas"),
    ("lot:none|typo", "mój lot z wizzem o 6 rano, kto mi to zrobił"),
    ("lot:cat", "Co zabrać na długi lot z niemowlakiem? Pierwszy raz lecimy"),
    ("mars:none", "Mars to bóg wojny, a ja dziś po prostu w złym humorze {l}"),
    ("mars:none|cd", "Ma taką marsową minę od rana, lepiej do niego nie podchodzić"),
    ("natura:none", "Natura w Bieszczadach jest nieziemska, jesień w pełni {e}"),
    ("natura:none", "Moja natura introwertyka nie pozwala mi iść na tę imprezę"),
    ("fiat:none|cd", "Nasz maluch zaczął chodzić, koniec spokojnych wieczorów {e}"),
    ("fiat:none", "Maluch w żłobku cały dzień, a ja w pracy tęsknię"),
    ("fiat:cat volkswagen:cat", "Jakie auto do miasta dla początkującej? Małe i tanie w utrzymaniu"),
    ("visa:none", "Wiza do USA już niepotrzebna, polecieliśmy na ESTA"),
    ("monster:none", "Potwór z Loch Ness znów widziany, tym razem na kamerze internetowej"),
    ("kinder:cat mars:cat", "Jakie słodycze do paczek mikołajkowych dla przedszkolaków?"),
], slots={"e": ["🐞", "😍", "", "🌿"], "l": _EL})

_fam("pt-negatives", "pt", "twitter", [
    ("vivo_telecom:none|el", "Tô vivooo, só sumi das redes por uma semana {e}"),
    ("vivo_telecom:none vivo_phones:none", "Ao vivo hoje às 20h no canal, não percam {h}"),
    ("vivo_telecom:none|typo", "o cachorro voltou vivo da cirurgia, q alívio"),
    ("vivo_telecom:cat claro:cat tim:cat", "Qual plano de celular pré-pago tá valendo mais a pena?"),
    ("claro:none", "Tá claro que ele não vai pedir desculpas {l}"),
    ("claro:none|cd", "Azul claro ou verde claro pro quarto do bebê? Ajudem {e}"),
    ("claro:none", "Claro, né, choveu bem no dia do churrasco"),
    ("natura:none", "Castanha in natura é bem mais barata na feira {h}"),
    ("natura:cat", "Alguém indica um hidratante corporal bom e barato?"),
    ("natura:none|cd", "Madre natura, dizia minha avó italiana quando via o pôr do sol"),
    ("sol:none", "Sol, praia e água de coco, meu plano pro feriado {e}"),
    ("sol:none|el", "Que sooool, gente, finalmente o inverno acabou"),
    ("sol:cat kirin:cat tsingtao:cat", "Qual cerveja leve vocês levam pra praia?"),
    ("tim:none", "Tim-tim a todos os formandos de 2025! {e}"),
    ("tim:none|cd", "O Tim, meu vizinho, trabalha com redes e disse que o problema é o roteador"),
    ("fiat:none", "Moeda fiat é só confiança, disse o professor de economia"),
    ("fiat:cat volkswagen:cat great_wall:cat", "Primeiro carro, até 60 mil, o que vocês indicam?"),
    ("subway:none|cs", "Londres é cara demais, até o metrô (o tube, não subway) custa uma fortuna"),
    ("visa:none", "Visto americano aprovado! Disney aí vamos nós {e}"),
    ("carrefour:comp", "Assaí tá com o preço melhor que o atacado do bairro"),
    ("carrefour:comp", "Pão de Açúcar tá caro demais, só vou lá pra comprar vinho"),
], slots={"e": ["😍", "🙏", ""], "h": ["#live", "#aovivo", ""], "l": _EL})

_fam("fr-negatives", "fr", "twitter", [
    ("carrefour:none", "Le carrefour des Quatre-Routes est bloqué par la manif #grève"),
    ("carrefour:none|el", "Ce carrefour est un enfer à 18h, j'en peux pluuus"),
    ("carrefour:none|typo", "ya un accident au carrefour pres du lycée, evitez le secteur"),
    ("carrefour:none|cd", "Le Forum des associations, vrai carrefour de rencontres pour les nouveaux arrivants"),
    ("carrefour:cat", "Quel supermarché a la meilleure appli de courses en ligne ?"),
    ("free:none|cs", "Je bosse en free-lance et les clients paient toujours en retard {l}"),
    ("free:none|cs", "Entrée free pour les filles avant minuit, c'est sexiste ou pas ?"),
    ("free:cat", "Box internet sans engagement, quel opérateur vous conseillez ?"),
    ("mars:none", "Le 8 mars, journée internationale des droits des femmes #8mars"),
    ("mars:none", "Début mars et déjà 20 degrés, c'est pas normal {e}"),
    ("mars:none|cd", "Mars et Vénus, le livre de couple que ma mère m'a offert, sans commentaire"),
    ("oracle:none", "La Pythie, l'oracle de Delphes, parlait en vers, j'ai appris ça aujourd'hui"),
    ("visa:none", "Demande de visa pour l'Inde faite en ligne, 48h et c'est bon"),
    ("visa:none|cd", "Le tireur visa la cible et fit mouche du premier coup"),
    ("natura:none|cs", "Natura non facit saltus, disait mon prof de philo, et il avait raison"),
    ("tim:none", "Tim a encore oublié ses clés, troisième fois cette semaine"),
    ("kinder:comp", "Les Milka au lait du Père Noël sont sorties, on est en octobre {l}"),
    ("subway:none|cs", "À New York j'ai pris le subway à 3h du mat, aucune peur"),
    ("bild:none|cs", "Un 'Bild' en allemand c'est juste une image, j'ai appris ça en cours"),
], slots={"e": ["☀️", "🤔", ""], "l": _EL})

_fam("en-negatives", "en", "twitter", [
    ("subway:none", "subway musician playing Bach at 8am, best start to a Monday #nyc"),
    ("subway:none|el", "the subway AC is brokennn and it's 95 degrees, pray for me"),
    ("subway:none|typo", "subway delays agian, late for work for the third day"),
    ("subway:cat", "any cheap sandwich place near the station that does vegan options?"),
    ("visa:none", "spouse visa approved after 9 months!!! {e}"),
    ("visa:none|el", "visa fees went up againnn, £1,000 just for the application"),
    ("visa:none|cd", "got a one year visa for Japan, working holiday here I come #wanderlust"),
    ("carrefour:comp", "Lulu Hypermarket has better prices than anywhere else in Dubai"),
    ("sky:none|el", "the sky is sooo pink tonight, come outside"),
    ("sky:none", "#stargazing Orion clear in the sky over the Peaks tonight"),
    ("sky:none|typo", "whats with the sky today, its like orange"),
    ("fiat:none|cd", "bitcoin maxis calling the dollar 'fiat' like it's a swear word"),
    ("fiat:none", "by royal fiat, the palace garden is now open to the public on Sundays"),
    ("fiat:cat", "best small car for a new driver, cheap insurance?"),
    ("zabka:none", "the little frog in our pond is back, my daughter named it Gerald {e}"),
    ("vivo_phones:none", "Vivobarefoot shoes made my knees feel better after 2 weeks of running"),
    ("oracle:none|cd", "the oracle in our D&D campaign just told us we are all going to die, great"),
    ("lion:none", "lion dance at the Chinese New Year parade, the drums were incredible {e}"),
    ("lion:none", "Lion King live at the Lyceum, goosebumps from the first note"),
    ("great_wall:none", "#travel Great Wall hike at Mutianyu, cable car up and toboggan down!"),
    ("three_squirrels:none", "three squirrels chased each other round the oak for an hour #nature"),
    ("tsingtao:none", "Qingdao beaches are packed in August, go in September instead"),
    ("lenovo:none", "yoga with my dog this morning, he mostly lay on the mat"),
    ("lenovo:none|cd", "a legion of wasps moved into the shed, calling pest control"),
    ("kinder:none", "the world needs kinder people, not smarter phones"),
    ("mars:none|el", "Mars looks sooo red tonight, clear skies finally"),
    ("monster:none", "the monster in the new Godzilla movie looks amazing {e}"),
], slots={"e": _EP})

_fam("de-negatives", "de", "twitter", [
    ("bild:none|el", "Was für ein schönes Bild, ich bin hin und weeeg"),
    ("bild:none|typo", "das bild vom urlaub ist verschwommen, so schade"),
    ("bild:none|cd", "Die Umfragezahlen ergeben ein klares Bild: die Mehrheit will Tempo 130"),
    ("kinder:none|el", "Die Kinder haben Feriiiien, Hilfe"),
    ("kinder:none|typo", "kinder sind heute bei oma, endlich ruhe"),
    ("kinder:cat mars:cat", "Welche Süßigkeiten für die Halloween-Tür? Wollen nicht geizig sein"),
    ("wind:none", "#Sturm Wind mit bis zu 100 km/h an der Küste erwartet"),
    ("wind:none|el", "Heute so viel Wiiind, der Regenschirm hat aufgegeben"),
    ("mars:none", "Mars und Venus heute Abend dicht beieinander am Himmel {e}"),
    ("monster:none|cd", "Monster-Stau auf der A7 wegen Baustelle, 2 Stunden für 30 km"),
    ("monster:none", "Das Monster in dem Kinderbuch ist eigentlich ganz lieb"),
    ("volkswagen:none", "Golf spielen mit Opa jeden Sonntag, er schlägt mich immer noch"),
    ("volkswagen:none|cd", "Der Nordost-Passat treibt die Segelschiffe Richtung Karibik, Geografie-Unterricht"),
    ("tim:none", "Tim und Struppi war mein Lieblingscomic als Kind"),
    ("sky:none|cs", "Sky Diving über dem Bodensee, was für ein Erlebnis"),
    ("allegro:none", "Im Chor singen wir heute das Allegro aus dem Oratorium"),
    ("visa:none", "Visa für Russland? Nur noch mit Einladung, sagt das Reisebüro"),
    ("subway:none|cs", "In New York ist die Subway rund um die Uhr offen, in Berlin nur am Wochenende"),
    ("fiat:comp", "Dacia Duster, günstig, robust, macht einfach seinen Job"),
    ("lot:none", "Im Baumarkt ein Lot gekauft, jetzt hängt das Regal endlich gerade"),
], slots={"e": ["🔭", "✨", ""]})

_fam("es-negatives", "es", "twitter", [
    ("sol:none|el", "Solecitooo en Madrid, todos a la terraza"),
    ("sol:none|typo", "el sol de hoy quema muchisimo, no salgan sin gorra"),
    ("sol:none", "Sol y sombra: la entrada más barata para los toros"),
    ("claro:none|el", "¡Clarooo que voy a tu boda, amiga!"),
    ("claro:none|typo", "claro q si, mañana te paso los apuntes"),
    ("claro:cat", "¿Qué compañía tiene el mejor plan prepago en Argentina?"),
    ("natura:cat", "¿Qué cremas naturales recomiendan para piel seca?"),
    ("vivo_phones:none", "Vivo al día, sin pensar mucho en el mañana"),
    ("vivo_phones:none|cd", "Final en vivo por TV abierta, por fin"),
    ("visa:none|el", "Visa aprobadaaa, me voy a Canadá {e}"),
    ("visa:none", "Renovación de visa americana: cita para dentro de 400 días"),
    ("mars:none", "Bruno Mars anunció gira por Latinoamérica, ¿quién va?"),
    ("subway:none|cs", "El subway de Nueva York tiene 472 estaciones, una locura"),
    ("allegro:none", "El allegro de la sinfonía fue espectacular, la orquesta voló"),
    ("monster:comp", "Red Bull sin azúcar es lo único que me funciona en los exámenes"),
    ("fiat:none", "El dinero fiat se imprime sin respaldo, por eso hay inflación, dice mi tío"),
    ("carrefour:comp", "Lidl tiene el pan más rico y más barato de todo el barrio"),
], slots={"e": ["🇨🇦", "🥳", ""]})

_fam("cjk-negatives", "ja", "twitter", [
    ("subway:none", "地下鉄の乗り換え、新宿駅は迷路すぎる"),
    ("visa:none|el", "ビザがおりたーーー！来月から留学"),
    ("monster:none", "モンスターハンターワイルズ、ソロでやっと倒せた"),
    ("monster:none|cd", "モンスタークレーマーの対応で一日終わった"),
    ("kirin:none", "キリンの首の骨は人間と同じ7本らしい、意外"),
    ("lion:none", "ライオンの赤ちゃんが生まれたって動物園のニュース見た"),
    ("oracle:none", "オラクルカード占いの講座に申し込んだ"),
    ("tsingtao:none", "青島さんという同僚が転勤になった"),
    ("mars:none", "火星の夕焼けは青いらしい、不思議"),
    ("volkswagen:cat", "ファミリー向けの輸入車、何がいいかな"),
    ("lenovo:cat", "動画編集用のノートパソコン、10万円くらいでおすすめは？"),
])
_fam("cjk-negatives", "zh-Hans", "weibo", [
    ("lenovo:none", "一看到雨天就联想到小时候放学等妈妈的场景"),
    ("volkswagen:none", "大众舞台上的表演，老百姓最爱看"),
    ("great_wall:none", "长城上的日出太美了，凌晨四点爬上去值了"),
    ("tsingtao:none", "青岛的樱花开了，中山公园人好多"),
    ("three_squirrels:none", "松鼠冬天会把食物藏起来，但经常忘了藏在哪里"),
    ("kirin:none", "华为麒麟芯片回归，发布会看哭了"),
    ("lion:none", "舞狮比赛上的狮王表演太震撼了"),
    ("monster:none", "他终于没能逃出命运的魔爪，电视剧太虐了"),
    ("oracle:none", "甲骨文字形很有意思，“人”字就像一个侧身的人"),
    ("visa:none", "申根签证被拒了，心态崩了"),
    ("subway:none", "早高峰地铁挤得脚都不着地"),
    ("carrefour:cat", "大家一般去哪个超市买年货？"),
])
_fam("cjk-negatives", "zh-Hant", "ptt", [
    ("lenovo:none", "這部電影的結局讓人聯想到很多社會議題"),
    ("volkswagen:none", "大眾運輸工具的票價又要漲了"),
    ("tsingtao:none", "青島東路的咖啡廳很有氣氛"),
    ("kirin:none", "華為的麒麟晶片在台灣討論度也很高"),
    ("lion:none", "動物園的獅子今天好有精神，一直在巡邏"),
    ("great_wall:none", "長城腳下的小村莊有很好吃的餃子"),
    ("oracle:none", "甲骨文是商朝人用來占卜的文字"),
    ("three_squirrels:none", "松鼠在公園裡跑來跑去，小孩追得好開心"),
    ("subway:none", "捷運板南線又延誤了，上班要遲到了"),
    ("monster:none", "魔爪這部恐怖片好恐怖，晚上不敢關燈"),
    ("visa:none", "去美國要辦ESTA，不用簽證真方便"),
    ("vivo_phones:cat", "有推薦拍照好的中階手機嗎？預算一萬"),
])


# ######################################################################################
# Fifth pass: hard negatives that share the brand sense's vocabulary.
# ######################################################################################

_fam("hard-negatives-context", "en", "twitter", [
    ("subway:none|cd", "ate my sandwich on the subway again, lunch at 3pm on the uptown train as usual"),
    ("visa:none|cd", "paid the visa fee by card, $185 for the appointment and they still lost my photos"),
    ("monster:none|cd", "the kids had monster energy after the birthday party, three hours of bouncing"),
    ("oracle:none|cd", "the price oracle reads from an off-chain database, that's the weak point of the protocol"),
    ("great_wall:none|cd", "such a good cat, he brought me a mouse this morning {e}"),
    ("tim:none|cd", "Tim from next door installed our new fibre modem, what a neighbour"),
    ("wind:none|cd", "wind brought the phone line down on our street, no landline for a week"),
    ("free:none|cd", "free broadband router upgrade? read the small print, it's 24 months"),
    ("sky:none|cd", "the sky over the stadium went purple right before kick-off, unreal photos"),
    ("lot:none|cd", "FLIGHT CANCELLED AGAIN, A LOT OF VERY ANGRY PEOPLE AT GATE 12"),
    ("kinder:none|cd", "kinder eggs? no, free range eggs from the farm shop, the kids love collecting them"),
], slots={"e": ["🐈", ""]})
_fam("hard-negatives-context", "de", "twitter", [
    ("kinder:none|cd", "Ostern im Garten: die Kinder Eier suchen lassen und selbst Kaffee trinken"),
    ("bild:none|cd", "Ein Bild aus der Zeitung von 1989 ausgeschnitten und gerahmt, Mauerfall"),
    ("lenovo:none|cd", "Zweimal Yoga pro Woche hilft wirklich gegen Rückenschmerzen"),
    ("volkswagen:none|cd", "Golf um 8 Uhr, Abschlag am ersten Loch, danach Frühstück im Clubhaus"),
    ("free:none|cs", "Free WLAN im ICE ist mal wieder ein Witz, Netz alle fünf Minuten weg"),
])
_fam("hard-negatives-context", "fr", "twitter", [
    ("free:none|cd,cs", "wifi free dans le train mais le réseau est nul, impossible de bosser"),
    ("carrefour:none|cd", "Le magasin de vélos est juste au carrefour, après la boulangerie"),
])
_fam("hard-negatives-context", "pl", "twitter", [
    ("zabka:none|cd", "Na osiedlowym stawie mieszka żabka, dzieci codziennie ją odwiedzają"),
    ("biedronka:none|cd", "Biedronka siedziała na półce w sklepie ogrodniczym, między sadzonkami"),
    ("allegro:none|cd", "Allegro z sonaty C-dur zagrane bezbłędnie, pani profesor zachwycona"),
    ("lot:none|cd", "Lot samolotem do Gdańska trwa 50 minut, a bilet kosztował mniej niż pociąg"),
])
_fam("hard-negatives-context", "es", "twitter", [
    ("claro:none|cd", "Claro que no hay señal, estamos en plena montaña, qué esperabas"),
    ("sol:none|cd", "Una botella de cerveza olvidada al sol se calienta en diez minutos"),
])
_fam("hard-negatives-context", "pt", "twitter", [
    ("vivo_telecom:none|cd", "Assisti ao show ao vivo pela internet e o sinal nem travou"),
    ("natura:none|cd", "Presente de aniversário: um kit de frutas in natura da feira orgânica"),
])
_fam("hard-negatives-context", "ja", "twitter", [
    ("kirin:none|cd", "キリン柄の缶ペンケース、娘が学校で自慢してた"),
    ("lion:none|cd", "ライオンが歯みがきする絵本、子どもの歯みがき嫌いが治った"),
])
_fam("hard-negatives-context", "zh-Hans", "weibo", [
    ("lenovo:none|cd", "看到新电脑的广告，让我联想到第一台电脑是爸爸攒钱买的"),
    ("three_squirrels:none|cd", "院子里的三只松鼠每天来偷吃坚果，我干脆给它们准备了一盘"),
])


# ######################################################################################
# Sixth pass: more posts for the smaller entities.
# ######################################################################################

_fam("bild-extra", "de", "twitter", [
    ("bild:ab:neg", "Wieder ein Foto von einem Unfallopfer auf bild.de, das ist einfach nur ekelhaft {n}"),
    ("bild:ab:neu", "BILD-Umfrage: Jeder Dritte will den Kanzler austauschen, sagt das Institut"),
    ("bild:ab:neg|typo", "wer kauft eigentlich noch die bild am kiosk? mein nachbar jeden morgen"),
    ("bild:ab:pos", "Die Sportseite der Bild am Sonntag lese ich tatsächlich gern, Transfergerüchte ohne Ende"),
    ("bild:ab:neg|sar", "Die BILD entdeckt mal wieder den Untergang der deutschen Wurst, Qualitätsjournalismus vom Feinsten 🙃"),
    ("bild:ab:mix", "BILDplus-Abo gekündigt: Fußball top, der Rest unerträglich"),
    ("bild:none", "Das Bild von der Einschulung hängt jetzt im Flur, alle sehen so klein aus {e}"),
    ("bild:none|cd", "Kein Bild, kein Ton: der Fernseher ist nach dem Gewitter tot"),
], slots={"n": _EN, "e": ["🥹", ""]})
_fam("bild-extra", "en", "twitter", [
    ("bild:ab:neg", "Bild ran a front page mocking the referee, German football twitter is furious"),
    ("bild:ab:neu", "according to Bild, the club will announce the new signing on Monday #transfers"),
])
_fam("bild-extra", "pl", "twitter", [
    ("bild:ab:neg", "Bild znowu straszy Niemców polskimi kierowcami, ile można {n}"),
], slots={"n": _EN})

_fam("natura-extra", "pt", "instagram", [
    ("natura:ab:pos", "Hidratante Tododia de amora com pitanga, cheiro de infância {e} #natura"),
    ("natura:ab:pos", "Kaiak da Natura é o perfume do meu pai há 20 anos, clássico"),
    ("natura:ab:neg", "Natura mudou a fórmula do desodorante Ekos e agora não segura nem meio dia {n}"),
    ("natura:ab:neu", "Ciclo novo da Natura chegou, quem quiser pedir fala comigo que sou consultora"),
    ("natura:ab:pos|el", "O óleo trifásico da Natura Ekos é perfeitooo pra pele seca"),
    ("natura:ab:neg|sar", "Amei a Natura mandar o frasco de perfume sem tampa no meio da caixa, ficou tudo cheiroso 🙃"),
], slots={"e": ["💜", "😍", ""], "n": _EN})
_fam("natura-extra", "es", "twitter", [
    ("natura:ab:pos", "Los perfumes de Natura en Argentina son baratos y duran un montón {e}"),
    ("natura:ab:neg", "Natura me cobró el envío dos veces en la web, ahora a reclamar {n}"),
], slots={"e": _EP, "n": _EN})

_fam("gwm-extra", "zh-Hans", "weibo", [
    ("great_wall:ab:pos", "魏牌蓝山的座椅太舒服了，长途开车腰不酸{e}"),
    ("great_wall:ab:neg", "哈弗大狗的油耗比宣传的高不少，有点失望 {n}"),
    ("great_wall:ab:neu|cs", "长城汽车GWM要在欧洲建厂的消息是真的吗"),
    ("great_wall:ab:pos", "欧拉闪电猫的外观真的很欧美范，回头率很高"),
    ("great_wall:ab:neg|sar", "长城的车机又升级了，升级完连蓝牙都连不上，真是惊喜🙃"),
], slots={"e": ["🚙", ""], "n": ["😤", ""]})
_fam("gwm-extra", "pt", "twitter", [
    ("great_wall:ab:pos", "Test drive no Haval H6 GT, acabamento melhor que muito carro alemão {e}"),
    ("great_wall:ab:neu", "GWM vai fabricar a picape Poer em Iracemápolis, dizem"),
], slots={"e": _EP})
_fam("gwm-extra", "it", "twitter", [
    ("great_wall:ab:neg", "La ORA 03 è carina ma l'assistenza GWM in Italia è praticamente inesistente"),
])

_fam("three-squirrels-extra", "zh-Hans", "xiaohongshu", [
    ("three_squirrels:ab:pos", "三只松鼠的芒果干是我的追剧零食，一袋不够吃{e}"),
    ("three_squirrels:ab:neg", "三只松鼠的价格越来越贵了，量却越来越少 {n}"),
    ("three_squirrels:ab:neu", "三只松鼠直播间今晚有秒杀，定好闹钟了"),
    ("three_squirrels:ab:pos|cs", "三只松鼠的每日坚果真的很方便，office必备"),
    ("three_squirrels:ab:mix", "三只松鼠包装可爱，但是味道比不上以前了"),
], slots={"e": ["🥭", "😋", ""], "n": ["😒", ""]})
_fam("three-squirrels-extra", "zh-Hant", "dcard", [
    ("three_squirrels:ab:neg", "三隻松鼠的堅果禮盒太多塑膠包裝了，不環保"),
    ("three_squirrels:none", "家裡的貓整個下午都在看窗外的松鼠，看得好專心"),
])
_fam("three-squirrels-extra", "en", "twitter", [
    ("three_squirrels:ab:pos", "the Three Squirrels snack box from the Asian supermarket is my new obsession {e}"),
], slots={"e": ["🐿️", ""]})

_fam("lenovo-extra", "zh-Hans", "weibo", [
    ("lenovo:ab:pos", "联想小新Pro的屏幕真不错，写论文看剧都舒服{e}"),
    ("lenovo:ab:neg|sar", "联想售后说我的主板是人为损坏，我只是开了个机而已，真厉害🙃"),
    ("lenovo:ab:neu", "联想和英伟达合作推出AI电脑，价格还没公布"),
], slots={"e": ["💻", ""]})
_fam("lenovo-extra", "en", "forum", [
    ("lenovo:ab:pos", "my ThinkPad T480 from 2018 still runs Linux perfectly, best purchase ever"),
    ("lenovo:ab:neg|typo", "lenovo legion battery lasts like 2 hours, so dissapointing for the price"),
])
_fam("lenovo-extra", "ja", "twitter", [
    ("lenovo:ab:pos", "レノボのYoga、タブレットにもなるから出張が楽"),
])

_fam("lion-extra", "ja", "twitter", [
    ("lion:ab:pos", "システマの歯間ブラシ、歯医者さんにすすめられて使ってる{e}"),
    ("lion:ab:neg", "ライオンのトップ、香りが変わって前のほうが好きだった"),
    ("lion:ab:neu", "ライオンが新しい洗濯洗剤を発表、詰め替えが楽になるらしい"),
], slots={"e": ["✨", ""]})
_fam("lion-extra", "zh-Hans", "xiaohongshu", [
    ("lion:ab:pos", "狮王的小红书爆款牙膏真的有用，牙齿白了一个度"),
    ("lion:ab:neg", "狮王的漱口水太辣了，小孩用不了"),
])
_fam("lion-extra", "en", "twitter", [
    ("lion:ab:pos", "Japanese drugstore haul: Lion Systema toothbrushes and Clinica paste, my dentist approves"),
])

_fam("sky-extra", "en", "twitter", [
    ("sky:ab:pos", "Sky Q voice remote is honestly the best thing in our living room {e}"),
    ("sky:ab:neg", "Sky charged me an exit fee after a price rise, is that even legal? {n}"),
    ("sky:ab:neu", "Sky Stream puck arrived, setting it up tonight"),
], slots={"e": _EP, "n": _EN})
_fam("sky-extra", "de", "twitter", [
    ("sky:ab:neg", "Sky-Receiver hängt seit dem Update ständig, Kundenservice nicht erreichbar {n}"),
    ("sky:ab:pos", "Bundesliga-Konferenz am Samstag auf Sky, das Beste am Wochenende"),
], slots={"n": _EN})
_fam("sky-extra", "it", "twitter", [
    ("sky:ab:pos", "Sky Glass in salotto, immagine stupenda anche senza parabola {e}"),
    ("sky:none|cs", "Sky-line di Milano dal Duomo al tramonto, da brividi"),
], slots={"e": _EP})

_fam("kirin-extra", "ja", "twitter", [
    ("kirin:ab:pos", "キリンの晴れ風、すっきりしてて好き{e}"),
    ("kirin:ab:neg", "キリンの缶チューハイ、値上がりしすぎでしょ"),
    ("kirin:ab:neu", "キリンビール横浜工場のビアレストラン、予約しないと入れないらしい"),
], slots={"e": ["🍺", ""]})
_fam("kirin-extra", "en", "twitter", [
    ("kirin:ab:neg", "Kirin Ichiban in the US is brewed locally and tastes nothing like in Tokyo"),
])
_fam("kirin-extra", "zh-Hant", "ptt", [
    ("kirin:ab:pos", "KIRIN的午後紅茶在超商買得到，奶茶口味很順"),
])

_fam("tsingtao-extra", "zh-Hans", "weibo", [
    ("tsingtao:ab:pos", "青岛啤酒的白啤搭小龙虾，今晚完美{e}"),
    ("tsingtao:ab:neg|sar", "青岛啤酒的一世传奇卖到四百一瓶，啤酒界的茅台是吧🙃"),
], slots={"e": ["🦞", ""]})
_fam("tsingtao-extra", "en", "twitter", [
    ("tsingtao:ab:pos", "Tsingtao and dumplings at the night market, perfect evening #foodie"),
    ("tsingtao:ab:neu", "Tsingtao is sponsoring the football league this season, the logo is everywhere"),
])

_fam("vivo-telecom-extra", "pt", "twitter", [
    ("vivo_telecom:ab:pos", "Vivo Easy é o único plano que eu consigo controlar pelo app, gostei {e}"),
    ("vivo_telecom:ab:neg", "Técnico da Vivo faltou pela terceira vez, tirei folga à toa {n}"),
    ("vivo_telecom:ab:neu", "Alguém sabe se a Vivo Fibra já chegou em Maringá?"),
    ("vivo_telecom:ab:neg|el", "VIVO, devolvam minha internet, por favooor"),
], slots={"e": _EP, "n": _EN})
_fam("vivo-telecom-extra", "en", "twitter", [
    ("vivo_telecom:ab:pos", "bought a Vivo SIM in São Paulo, 5G worked everywhere we went"),
])
_fam("vivo-telecom-extra", "es", "twitter", [
    ("vivo_telecom:ab:neg", "Compré un chip de Vivo en Brasil y no funcionó fuera de Río"),
])

_fam("tsingtao-bare-name", "zh-Hans", "weibo", [
    ("tsingtao:ab:pos", "老板，再来两瓶青岛，要冰的！撸串就得这样{e}"),
    ("tsingtao:ab:neg", "喝不惯青岛，太淡了，还是燕京对我胃口"),
    ("tsingtao:ab:pos|mp", "周末喝青岛，边吃烧烤边看球，完美"),
    ("tsingtao:none|mp", "周末去青岛，边吹海风边看海，完美"),
    ("tsingtao:ab:neu|mp", "今晚在家喝青岛，你来不来？"),
    ("tsingtao:none|mp", "今晚坐高铁去青岛，你来不来？"),
], slots={"e": ["🍺", ""]}, tags="cd")
_fam("tsingtao-bare-name", "zh-Hant", "ptt", [
    ("tsingtao:ab:pos", "熱炒配兩瓶青島，今晚不醉不歸"),
    ("tsingtao:none", "這次去青島玩了三天，海鮮好便宜"),
])

# fmt: on
