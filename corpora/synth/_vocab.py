"""Word lists of the synthetic firehose: a few hundred common words per language.

Words are listed roughly by frequency (rank 1 first); the generator draws them
with Zipfian weights over these ranks. Latin-script languages separate words
with spaces; Japanese and Chinese are written unspaced. Every list is part of
the generator's output definition: changing a word changes the corpora it
makes, so bump ``GENERATOR_VERSION`` when you edit this file.

Rules the tests check (they keep the planted labels exact):

- no word contains a brand name, alias or handle token, or a character of a
  brand's CJK name that marks it as the brand (see ``_brands.py``);
- no word needs escaping in JSON (no ``"``, ``\\`` or control characters);
- Japanese and Chinese words are made of unspaced (CJK) letters and CJK
  punctuation only, so that a Latin brand name written next to them stays a
  token of its own; the extras of those languages (emoji, URLs, Latin words)
  are written with spaces around them by the generator.

Example:
    >>> WORDS["de"][:4]
    ('ich', 'die', 'und', 'der')
    >>> len(WORDS["ja"]) > 150
    True
"""

from __future__ import annotations


def _split(text: str) -> list[str]:
    return text.split()


_EN = _split("""
i the to a and you it is my that in of for this me so on be just have not
with but are like was do what all at can get your we if it's no up out i'm
they one now know lol good love about don't day people time really when how
will more today go got think see great oh some still want going back from
there even need make much too right been here only why can't last who well
thing our work over that's off better never year always home feel best
morning night guys something after week first because thanks thank happy
life ever every little before look said omg wow yes yeah sure maybe pretty
long big nice hope again watch game show man world team tonight tomorrow
end let come take give find tell down made many same while other into than
then them their his her him she he us could should amazing awesome bad worst
hate sad tired sleep coffee food dinner lunch breakfast friends family school
music movie video car city weather rain sun summer winter weekend money free
next old real wait fun funny crazy cool hard easy start stop help call try
keep read play watching working looking getting trying literally honestly
actually finally already almost anyone everyone someone nothing everything
soooo sooo hahaha haha lmao smh tbh idk ngl btw rn fr gonna wanna gotta
yall dude bro girl kids baby mom dad house room bed shower dog cat beach
trip flight hotel train bus traffic office boss job meeting email class
exam test book story song album concert party birthday christmas holiday
pizza burger tea beer wine water chocolate cake salad chicken rice bread
store shop price cheap expensive deal order delivery package late early
fast slow quick broken fixed update app website online post photo pic
picture selfie news election vote sports football soccer basketball match
win lost lose score goal fans season episode series netflix finale
yesterday monday friday saturday sunday hours minutes seconds ago soon
""")

_FR = _split("""
je de la le et les un à est pas que c'est en une des il on du pour ça ne
qui ce dans mais plus avec tout au sur trop bien fait vous elle j'ai nous
très suis moi comme y a ai sont être faire mon ma mes toi les tu ils si
quand vraiment encore déjà aujourd'hui demain hier soir matin nuit jour
semaine année temps vie monde gens ami amis copine famille maison travail
école ville voiture train film musique vidéo café repas déjeuner dîner
week-end vacances été hiver pluie soleil froid chaud beau belle bon bonne
mauvais petit petite grand grande nouveau nouvelle vieux merci mdr ptdr
genre grave hâte j'adore j'aime t'es y'a va lui eux leur ton ta son sa ses
notre votre comme pourquoi comment où alors donc parce enfin juste même
toujours jamais rien personne chose fois heure minute là ici depuis avant
après pendant chez sans sous entre vers contre peu beaucoup assez moins
tellement franchement carrément ouf bref bah bon voilà putain wesh trkl
stp svp bisous coucou salut bonsoir bonjour boulot patron réunion cours
examen livre chanson concert fête anniversaire noël pizza bière vin eau
chocolat gâteau baguette fromage magasin prix cher commande livraison
colis retard tôt vite lent cassé appli site photo actu élection match
équipe but saison épisode série lundi vendredi samedi dimanche heures
minutes bientôt mec meuf enfants bébé maman papa chambre lit chien chat
plage voyage vol hôtel métro bus bouchons grève pote potes ouais non oui
""")

_DE = _split("""
ich die und der nicht ist das zu es du ein mit auf sie den so auch mal
ja wie aber noch was für im war heute schon dann wenn hab nur mich dem
bin einfach echt mir immer jetzt gut man alle habe von an wir haben da
oder wieder sehr viel mehr kein keine nein doch halt eben wirklich genau
bitte danke Leute Tag Woche Jahr Zeit Leben Welt Haus Arbeit Schule Stadt
Straße Auto Zug Bahnhof Wetter Regen Sonne Sommer Winter Wochenende Geld
morgen gestern Abend Morgen Nacht groß klein neu alt schön müde heiß kalt
warm Spaß Fußball draußen süß Grüße Glück Frühstück Mittagessen Kaffee
Bier Wein Wasser Brötchen Käse Kuchen Pizza Essen Freunde Familie Kinder
Mama Papa Hund Katze Urlaub Reise Flug Hotel Bus Stau Büro Chef Termin
Mail Kurs Prüfung Buch Lied Konzert Party Geburtstag Weihnachten Laden
Preis teuer billig Bestellung Lieferung Paket spät früh schnell langsam
kaputt Update Webseite Foto Bild Nachrichten Wahl Spiel Tor Saison Folge
Serie Montag Freitag Samstag Sonntag Stunden Minuten gleich bald krass
geil mega voll total irgendwie eigentlich übrigens vielleicht trotzdem
endlich leider sowieso überhaupt natürlich bestimmt ziemlich wieso warum
weshalb wo wer wen wem hier dort drüben oben unten links rechts über
unter zwischen gegen ohne durch bei nach seit vor hinter neben muss kann
will soll darf mag weiß sagt macht geht kommt sieht gibt steht liegt
Tschüss hallo servus moin na okay lol haha digga alter Mädchen Junge
""")

_ES = _split("""
de que la el y a en no me es lo los un por con se mi las una del para
al te jaja ya pero más como todo si yo hoy muy qué bien le esto eso son
cuando hay tu está porque o su también sí mañana ayer noche día semana
año vida mundo gente amigos familia casa trabajo escuela ciudad coche
tren película música foto vídeo café comida cena desayuno fin vacaciones
verano invierno lluvia sol frío calor bueno buena malo pequeño grande
nuevo gracias jajaja vale genial guay increíble feliz cansado sueño tengo
tiene tienes quiero quiere puedo puede voy vamos hacer ver ir ser estar
tener decir saber nada algo alguien nadie siempre nunca todavía ahora
luego antes después mientras donde quien cual cuanto cómo dónde así
tan tanto mucho poco bastante demasiado otra otro mismo cada entre sobre
hasta desde sin contra hacia según durante jefe reunión clase examen libro
canción concierto fiesta cumpleaños navidad pizza cerveza vino agua
chocolate tarta pan tienda precio caro barato pedido entrega paquete
tarde temprano rápido lento roto aplicación web noticias elecciones
partido equipo gol temporada episodio serie lunes viernes sábado domingo
horas minutos pronto tío tía niños bebé mamá papá habitación cama perro
gato playa viaje vuelo hotel metro autobús atasco huelga amigo amiga oye
mira pues bueno venga ojalá menos mejor peor primero último nada jo
""")

_PT = _split("""
que não de e o a é eu do da em um pra com uma me se os no na mais por
muito mas meu minha isso tá como já hoje ele ela você vc kkkk kkk rs
tudo bem só quando vai ter ser foi essa esse aqui agora ainda sempre
nunca nada todo toda dia noite semana ano vida mundo gente amigos família
casa trabalho escola cidade carro trem filme música foto vídeo celular
café comida jantar almoço fim férias verão inverno chuva sol frio calor
bom boa ruim pequeno grande novo nova obrigado obrigada demais legal
saudade coração feliz cansado sono tenho tem quero pode posso vou vamos
fazer ver ir estar dizer saber alguém ninguém depois antes enquanto onde
quem qual quanto assim tanto pouco bastante outra outro mesmo cada entre
sobre até desde sem contra durante chefe reunião aula prova livro canção
show festa aniversário natal pizza cerveja vinho água chocolate bolo pão
loja preço caro barato pedido entrega pacote tarde cedo rápido lento
quebrado aplicativo site notícias eleição jogo time gol temporada
episódio série segunda sexta sábado domingo horas minutos logo mano cara
mãe pai quarto cama cachorro gato praia viagem voo hotel metrô ônibus
trânsito greve né tipo nossa gente galera affs aff sério melhor pior
""")

_IT = _split("""
che non di e il la è un a per mi ho sono ma lo in una con si ci ti da
le io se del della come al questo più anche tu cosa solo ha gli mio bene
era molto quando tutto sei qui già ora così fatto sì no oggi domani ieri
sera mattina notte giorno settimana anno vita mondo gente amici famiglia
casa lavoro scuola città macchina treno film musica foto video telefono
caffè pranzo cena colazione fine vacanze estate inverno pioggia sole
freddo caldo bello bella buono buona brutto piccolo grande nuovo grazie
ahah ahahah boh dai figo perché però poi sempre mai niente ancora davvero
proprio tanto troppo poco tutti tutte qualcosa qualcuno nessuno dove chi
quale quanto dopo prima mentre durante senza contro verso tra fra sopra
sotto capo riunione lezione esame libro canzone concerto festa compleanno
natale pizza birra vino acqua cioccolato torta pane negozio prezzo caro
economico ordine consegna pacco tardi presto veloce lento rotto app sito
notizie elezioni partita squadra gol stagione episodio serie lunedì
venerdì sabato domenica ore minuti subito raga ragazzi bambini mamma papà
camera letto cane gatto spiaggia viaggio volo albergo metro autobus
traffico sciopero amico amica allora quindi comunque insomma magari
meglio peggio vabbè cioè tipo ecco certo
""")

_PL = _split("""
nie i w się na to że z do jest co jak ale o tak a za po już od mi by czy
tylko jego jej ja ty on ona my wy oni mnie ciebie tego tym sobie był była
było są będzie może bardzo też jeszcze teraz dzisiaj jutro wczoraj
wieczorem rano noc dzień tydzień rok życie świat ludzie przyjaciele rodzina
dom praca szkoła miasto samochód pociąg film muzyka zdjęcie kawa obiad
kolacja śniadanie weekend wakacje lato zima deszcz słońce zimno ciepło
dobry dobra zły mały duży nowy dzięki dziękuję xD haha serio spoko super
fajnie trochę wszystko nic zawsze nigdy gdzie kiedy dlaczego bo więc żeby
jakby chyba właśnie naprawdę całkiem źle dobrze mam masz ma mamy chcę
chce mogę można idę robić widzieć iść być mieć mówić wiedzieć ktoś nikt
potem przed podczas gdzie kto który ile tyle mało dużo inny inna sam
każdy między nad pod przez bez przeciw szef spotkanie lekcja egzamin
książka piosenka koncert impreza urodziny święta pizza piwo wino woda
czekolada ciasto chleb sklep cena drogo tanio zamówienie dostawa paczka
późno wcześnie szybko wolno zepsuty aplikacja strona wiadomości wybory
mecz drużyna gol sezon odcinek serial poniedziałek piątek sobota niedziela
godziny minuty zaraz stary ziomek dzieci mama tata pokój łóżko pies kot
plaża podróż lot hotel metro autobus korki strajk kolega koleżanka no
dobra lepiej gorzej pierwszy ostatni kurczę jej matko
""")

_JA = _split("""
の は に を が た で て と も です ます した して いる ない こと これ それ
よ ね な か から まで だ けど でも って 今日 明日 昨日 本当に 好き 最高
仕事 疲れた 楽しい 嬉しい 美味しい ラーメン コーヒー 電車 天気 雨 友達
家族 映画 音楽 写真 動画 ゲーム アプリ スマホ 新しい 買った 行きたい
見た 食べた 寝る 起きた 朝 夜 週末 休み 学校 会社 先生 みんな 私 僕 俺
あなた 彼 彼女 ちょっと すごい めっちゃ やばい かわいい 大丈夫 ありがとう
おはよう おやすみ お疲れ様 草 笑 もう まだ また ずっと たくさん 少し
全部 一緒 一人 二人 時間 今 後 前 中 上 下 外 家 部屋 駅 店 道 空 海 山
春 夏 秋 冬 暑い 寒い 眠い 忙しい 悲しい 面白い 難しい 簡単 早い 遅い
高い 安い 大きい 小さい 長い 短い 多い 少ない 良い 悪い 新作 限定 発売
予約 注文 届いた 配達 値段 お金 バイト 会議 試験 勉強 本 歌 ライブ
誕生日 お祝い ケーキ パン ご飯 お茶 ビール お酒 水 チョコ コンビニ
カフェ 旅行 飛行機 ホテル バス 渋滞 ニュース 選挙 試合 チーム 優勝
今週 来週 先週 月曜日 金曜日 土曜日 日曜日 分 時 すぐ そろそろ 久しぶり
なんか とりあえず やっぱり 結局 絶対 多分 そう どう なに なんで いつ
どこ だれ 行く 来る 見る 食べる 飲む 買う 言う 思う 分かる できる 待つ
""")

_ZH = _split("""
的 了 是 我 你 不 在 有 他 这 个 就 也 都 人 们 很 好 说 去 来 要 会 看
到 吗 吧 呢 啊 还 没 和 今天 明天 昨天 真的 喜欢 觉得 朋友 工作 时间
手机 电影 音乐 照片 视频 游戏 咖啡 吃饭 晚上 早上 周末 学校 公司 老师
大家 自己 什么 怎么 为什么 因为 所以 但是 然后 已经 一起 一下 一个 这个
那个 可以 知道 开心 累 下雨 天气 城市 地铁 回家 买 新 旧 大 小 多 少
太 最 更 哈哈 哈哈哈 加油 谢谢 早安 晚安 她 它 我们 你们 他们 现在 以后
以前 时候 东西 地方 事情 问题 感觉 应该 需要 希望 可能 一定 当然 其实
终于 突然 居然 好像 非常 特别 比较 有点 一点 一直 马上 刚才 等 想 做
用 吃 喝 睡 走 跑 玩 听 写 读 学习 考试 上班 下班 加班 老板 同事 会议
书 歌 演唱会 生日 蛋糕 面包 米饭 奶茶 啤酒 水 巧克力 超市 商店 价格
贵 便宜 订单 快递 包裹 外卖 旅游 飞机 酒店 公交 堵车 新闻 比赛 球队
冠军 周一 周五 周六 周日 小时 分钟 马上 家 房间 床 狗 猫 海边 春天
夏天 秋天 冬天 热 冷 困 忙 难过 有趣 难 容易 快 慢 高 低 长 短 好吃
好看 好玩 厉害 可爱 无聊 完了 算了 真是 太好了 没事 不错
""")

#: Words of each language, rank 1 first (duplicates are removed, first wins).
WORDS: dict[str, tuple[str, ...]] = {
    lang: tuple(dict.fromkeys(words))
    for lang, words in {
        "en": _EN,
        "fr": _FR,
        "de": _DE,
        "es": _ES,
        "pt": _PT,
        "it": _IT,
        "pl": _PL,
        "ja": _JA,
        "zh-Hans": _ZH,
    }.items()
}

#: Languages written without spaces between words.
UNSPACED_LANGUAGES: frozenset[str] = frozenset({"ja", "zh-Hans"})

_EMOJI = _split("😂 ❤️ 😍 🔥 👍 🙏 😭 ✨ 🎉 😅 🤔 💯 🙌 😊 👀 🥰 😡 🤣 💀 😴 ☕ 🍕 ⚽ 🎶")

_MENTIONS = _split("""
@maria_k @tom_1987 @kasia_w @pierre_dpt @lukas_m @sofia_r @yuki_t
@wang_lei88 @anna_b @jose_luis @giulia_ff @joao_pedro @mike_d @emma_l
@ola_nowak @hans_98 @chloe_m @marco_v @lena_s @carlos_g @ines_pt @kenji_o
@li_na @sam_j
""")

_FULLWIDTH = _split("ｗｗｗ ＯＫ ｌｏｌ ！！ ＷＯＷ ２０２６ ｓａｌｅ")

_TAGS: dict[str, list[str]] = {
    "en": _split("#monday #tbt #love #travel #foodie #fail #win #news #mood #goals"),
    "fr": _split("#vacances #paris #lundi #actu #foot #meteo #greve"),
    "de": _split("#urlaub #montag #fussball #bahn #wetter #berlin"),
    "es": _split("#viernes #madrid #futbol #verano #noticias #finde"),
    "pt": _split("#sextou #brasil #futebol #verao #saudade #lisboa"),
    "it": _split("#estate #roma #calcio #pizza #lunedi #vacanze"),
    "pl": _split("#polska #warszawa #weekend #pilka #lato #praca"),
    "ja": _split("#拡散希望 #今日のご飯 #朝活 #ゲーム好き #写真好き"),
    "zh-Hans": _split("#今日穿搭 #美食 #周末 #打卡 #日常"),
}

#: Fixed pseudo-random short links (``https://t.co/`` and ten letters or digits).
_URLS = [
    "https://t.co/" + code
    for code in _split("""
    Ab3xY9kQ2m Zt7PwL0vRe k2NdQ8sXa1 Hq5mT3yBn7 pL9wE4rU6c Vx1KcZ8oJ2 m7GhR2tYs5
    Qe4uW6iOp0 Ds8fG1hJk3 Lz2xC5vBn9 aQ3sW4eR5t Yu6iO7pA8s Df9gH0jK1l Zx2cV3bN4m
    """)
] + ["https://example.com/p/" + str(n) for n in (17, 204, 3311, 58, 9, 777)]

#: Social-media extras per language: emoji, @mentions of people, hashtags,
#: links, full-width text. The generator scatters them between the words.
EXTRAS: dict[str, tuple[str, ...]] = {
    lang: tuple(dict.fromkeys(_EMOJI + _MENTIONS + _TAGS[lang] + _URLS + _FULLWIDTH))
    for lang in WORDS
}

#: Sentence punctuation of each writing system: comma, full stop, "!" and "?".
PUNCTUATION: dict[str, tuple[str, str, str, str]] = {
    lang: ("、", "。", "！", "？")
    if lang == "ja"
    else ("，", "。", "！", "？")
    if lang == "zh-Hans"
    else (",", ".", "!", "?")
    for lang in WORDS
}
