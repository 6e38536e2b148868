"""A small simplified ↔ traditional Chinese character table (hand-made, no dependency).

It covers about 860 common characters whose simplified and traditional forms
differ, in their Taiwan-standard traditional forms (為, 眾, 啟), plus a few
dozen words for characters whose traditional form depends on the word
(头发 → 頭髮 but 发布 → 發佈). Characters with several traditional forms and
no dominant one (干, 里, 台, 面, 系, ...) are converted only inside those
words and otherwise left as they are: a partial conversion is still what
people write, which is all the INV test needs.

Example:
    >>> to_traditional("微软的新手机，头发")
    '微軟的新手機，頭髮'
    >>> to_simplified("蘋果發佈會")
    '苹果发布会'
"""

from __future__ import annotations

#: Simplified and traditional forms, two characters per pair.
_PAIRS = (
    "爱愛 碍礙 袄襖 罢罷 摆擺 败敗 办辦 帮幫 绑綁 宝寶 饱飽 报報 贝貝 备備 笔筆 毕畢 "
    "币幣 闭閉 边邊 编編 变變 标標 别別 宾賓 饼餅 补補 财財 参參 惨慘 蚕蠶 仓倉 层層 "
    "产產 尝嘗 长長 厂廠 场場 畅暢 车車 彻徹 尘塵 陈陳 衬襯 称稱 惩懲 诚誠 迟遲 齿齒 "
    "冲衝 虫蟲 丑醜 筹籌 处處 础礎 储儲 触觸 传傳 闯闖 创創 纯純 词詞 辞辭 聪聰 从從 "
    "丛叢 错錯 达達 带帶 贷貸 单單 担擔 胆膽 导導 岛島 灯燈 邓鄧 敌敵 递遞 点點 电電 "
    "垫墊 钓釣 调調 顶頂 订訂 东東 动動 冻凍 斗鬥 独獨 读讀 断斷 队隊 对對 吨噸 顿頓 "
    "夺奪 堕墮 额額 恶惡 儿兒 尔爾 发發 罚罰 阀閥 饭飯 访訪 纺紡 飞飛 废廢 费費 纷紛 "
    "坟墳 奋奮 愤憤 丰豐 风風 疯瘋 锋鋒 凤鳳 肤膚 妇婦 复復 负負 该該 盖蓋 赶趕 钢鋼 "
    "纲綱 岗崗 个個 给給 巩鞏 贡貢 沟溝 构構 购購 够夠 顾顧 关關 观觀 馆館 惯慣 贯貫 "
    "广廣 规規 归歸 龟龜 柜櫃 贵貴 国國 锅鍋 过過 还還 汉漢 号號 轰轟 后後 护護 户戶 "
    "华華 画畫 划劃 话話 怀懷 坏壞 欢歡 环環 换換 唤喚 黄黃 挥揮 辉輝 会會 汇匯 绘繪 "
    "毁毀 获獲 货貨 祸禍 击擊 机機 积積 极極 际際 几幾 鸡雞 级級 纪紀 记記 继繼 绩績 "
    "济濟 挤擠 价價 驾駕 坚堅 间間 监監 检檢 减減 简簡 见見 舰艦 剑劍 鉴鑑 键鍵 将將 "
    "奖獎 讲講 酱醬 胶膠 骄驕 脚腳 较較 轿轎 阶階 节節 结結 洁潔 届屆 紧緊 进進 尽盡 "
    "仅僅 惊驚 经經 静靜 镜鏡 竞競 旧舊 举舉 剧劇 据據 惧懼 觉覺 决決 绝絕 军軍 开開 "
    "凯凱 课課 恳懇 库庫 块塊 夸誇 宽寬 况況 矿礦 亏虧 扩擴 阔闊 腊臘 来來 赖賴 兰蘭 "
    "拦攔 栏欄 蓝藍 篮籃 览覽 懒懶 烂爛 劳勞 乐樂 类類 泪淚 离離 礼禮 历歷 丽麗 励勵 "
    "连連 联聯 怜憐 脸臉 练練 炼煉 恋戀 凉涼 两兩 辆輛 谅諒 疗療 辽遼 猎獵 临臨 邻鄰 "
    "灵靈 龄齡 领領 刘劉 龙龍 楼樓 录錄 陆陸 驴驢 虑慮 乱亂 轮輪 论論 罗羅 逻邏 络絡 "
    "妈媽 马馬 码碼 骂罵 吗嗎 买買 卖賣 迈邁 麦麥 满滿 猫貓 贸貿 么麼 没沒 门門 们們 "
    "梦夢 弥彌 庙廟 灭滅 鸣鳴 谋謀 亩畝 难難 脑腦 恼惱 闹鬧 内內 鸟鳥 宁寧 农農 浓濃 "
    "欧歐 盘盤 赔賠 喷噴 鹏鵬 骗騙 飘飄 贫貧 频頻 评評 苹蘋 凭憑 扑撲 铺鋪 齐齊 骑騎 "
    "岂豈 启啟 气氣 弃棄 迁遷 铅鉛 钱錢 浅淺 枪槍 墙牆 抢搶 桥橋 乔喬 侨僑 亲親 轻輕 "
    "顷頃 请請 庆慶 穷窮 区區 驱驅 趋趨 权權 劝勸 确確 让讓 饶饒 扰擾 热熱 认認 荣榮 "
    "软軟 锐銳 润潤 洒灑 赛賽 伞傘 丧喪 扫掃 涩澀 杀殺 纱紗 晒曬 闪閃 伤傷 赏賞 烧燒 "
    "绍紹 设設 摄攝 审審 婶嬸 肾腎 渗滲 声聲 绳繩 胜勝 圣聖 师師 诗詩 时時 识識 实實 "
    "势勢 适適 视視 试試 释釋 寿壽 兽獸 书書 输輸 属屬 术術 树樹 数數 帅帥 双雙 谁誰 "
    "税稅 顺順 说說 硕碩 丝絲 饲飼 颂頌 诉訴 肃肅 虽雖 随隨 岁歲 孙孫 损損 锁鎖 态態 "
    "谈談 叹嘆 汤湯 烫燙 涛濤 讨討 腾騰 题題 体體 条條 铁鐵 听聽 厅廳 头頭 图圖 团團 "
    "袜襪 弯彎 湾灣 万萬 网網 为為 违違 围圍 伟偉 卫衛 纬緯 温溫 闻聞 稳穩 问問 窝窩 "
    "卧臥 无無 务務 雾霧 误誤 吴吳 习習 戏戲 细細 虾蝦 吓嚇 鲜鮮 闲閒 贤賢 显顯 险險 "
    "县縣 现現 线線 宪憲 乡鄉 详詳 响響 项項 协協 写寫 泻瀉 谢謝 兴興 选選 学學 寻尋 "
    "询詢 训訓 讯訊 压壓 鸦鴉 亚亞 哑啞 烟煙 严嚴 盐鹽 颜顏 验驗 艳豔 阳陽 养養 样樣 "
    "钥鑰 药藥 爷爺 页頁 业業 叶葉 医醫 仪儀 亿億 忆憶 艺藝 义義 议議 异異 阴陰 银銀 "
    "饮飲 隐隱 应應 营營 赢贏 拥擁 优優 犹猶 邮郵 鱼魚 与與 语語 狱獄 预預 誉譽 园園 "
    "员員 圆圓 远遠 愿願 约約 跃躍 阅閱 云雲 运運 杂雜 灾災 载載 暂暫 赞讚 脏髒 枣棗 "
    "责責 则則 泽澤 贼賊 赠贈 闸閘 债債 战戰 张張 涨漲 帐帳 账賬 胀脹 赵趙 这這 针針 "
    "侦偵 诊診 阵陣 镇鎮 争爭 证證 郑鄭 织織 职職 执執 纸紙 质質 钟鐘 种種 众眾 轴軸 "
    "昼晝 猪豬 烛燭 嘱囑 筑築 驻駐 专專 砖磚 转轉 赚賺 庄莊 装裝 壮壯 状狀 准準 浊濁 "
    "资資 总總 纵縱 组組 钻鑽 并並 于於 乌烏 仑侖 伦倫 伪偽 侠俠 侣侶 侧側 俩倆 俭儉 "
    "倾傾 偿償 兑兌 党黨 册冊 冯馮 净淨 凑湊 凛凜 刚剛 删刪 刹剎 剂劑 剥剝 劲勁 勋勳 "
    "匀勻 卢盧 却卻 厕廁 厢廂 厦廈 厨廚 叙敘 叠疊 吕呂 呐吶 呜嗚 咏詠 咙嚨 哗嘩 哟喲 "
    "啰囉 啸嘯 坛壇 坝壩 坠墜 垄壟 垒壘 壶壺 夹夾 奥奧 妆妝 娱娛 娄婁 婴嬰 宠寵 宫宮 "
    "寝寢 尧堯 尴尷 尸屍 屉屜 屡屢 岭嶺 峡峽 弹彈 强強 当當 径徑 忧憂 悦悅 悬懸 惭慚 "
    "扬揚 抚撫 抛拋 拟擬 拢攏 拧擰 拨撥 择擇 挂掛 挡擋 挣掙 捡撿 捣搗 掷擲 掺摻 揽攬 "
    "搁擱 搂摟 搅攪 携攜 摇搖 摊攤 撑撐 攒攢 斋齋 斩斬 旷曠 晋晉 晓曉 晕暈 杨楊 杰傑 "
    "栈棧 栋棟 档檔 横橫 樱櫻 歼殲 毙斃 沪滬 泼潑 测測 浏瀏 浑渾 渊淵 渐漸 渔漁 湿濕 "
    "滚滾 滤濾 滥濫 滨濱 潜潛 灿燦 炉爐 烦煩 牵牽 狭狹 狮獅 献獻 玛瑪 琼瓊 痒癢 瘾癮 "
    "皱皺 睁睜 窃竊 竖豎 笼籠 签簽 粮糧 纠糾 红紅 纤纖 纳納 纹紋 终終 绕繞 统統 续續 "
    "维維 绿綠 综綜 缘緣 缓緩 缩縮 羡羨 聋聾 肠腸 肿腫 脉脈 舱艙 艰艱 芦蘆 苏蘇 荐薦 "
    "莱萊 萨薩 虚虛 蚁蟻 蚂螞 袭襲 裤褲 计計 许許 译譯 诈詐 诞誕 诱誘 诸諸 诺諾 谎謊 "
    "谓謂 谜謎 践踐 迹跡 遗遺 酿釀 韩韓 须須 驶駛 鸭鴨 鸽鴿 鹅鵝 鲁魯 鲸鯨 饿餓 饰飾 "
    "颇頗 销銷 链鏈 锦錦 铜銅 铃鈴 钉釘 闷悶 贩販 贪貪 贴貼 贺賀 轨軌 辅輔 辑輯 驰馳 "
    "驼駝 骚騷 溃潰 丢丟 谊誼 谣謠 谦謙 谨謹 谱譜 谬謬 颗顆 厌厭 饺餃 逊遜 壳殼 荡蕩"
)

#: Words whose characters convert differently from their one-character default.
S2T_WORDS: dict[str, str] = {
    "头发": "頭髮",
    "理发": "理髮",
    "发型": "髮型",
    "染发": "染髮",
    "洗发": "洗髮",
    "皇后": "皇后",
    "王后": "王后",
    "面条": "麵條",
    "面包": "麵包",
    "拉面": "拉麵",
    "方便面": "方便麵",
    "一只": "一隻",
    "两只": "兩隻",
    "这里": "這裡",
    "那里": "那裡",
    "哪里": "哪裡",
    "里面": "裡面",
    "心里": "心裡",
    "家里": "家裡",
    "关系": "關係",
    "联系": "聯繫",
    "其余": "其餘",
    "剩余": "剩餘",
    "复杂": "複雜",
    "重复": "重複",
    "复制": "複製",
    "复习": "複習",
    "日历": "日曆",
    "批准": "批准",
    "冲澡": "沖澡",
    "制造": "製造",
    "制作": "製作",
    "游戏": "遊戲",
    "旅游": "旅遊",
    "放松": "放鬆",
    "轻松": "輕鬆",
    "特征": "特徵",
    "干净": "乾淨",
    "干杯": "乾杯",
    "饼干": "餅乾",
    "干什么": "幹什麼",
    "干嘛": "幹嘛",
    "心脏": "心臟",
    "收获": "收穫",
    "尽管": "儘管",
    "尽快": "儘快",
    "尽量": "儘量",
    "词汇": "詞彙",
    "采访": "採訪",
    "采购": "採購",
    "手表": "手錶",
    "老板": "老闆",
    "合并": "合併",
    "台风": "颱風",
    "标签": "標籤",
    "书签": "書籤",
    "范围": "範圍",
    "规范": "規範",
    "模范": "模範",
    "示范": "示範",
    "恶心": "噁心",
    "胡子": "鬍子",
    "周末": "週末",
    "一周": "一週",
    "划船": "划船",
    "茶几": "茶几",
}

#: Traditional characters that are not the default form of their simplified character.
_T2S_EXTRA: dict[str, str] = {
    "髮": "发",
    "麵": "面",
    "隻": "只",
    "裡": "里",
    "裏": "里",
    "係": "系",
    "繫": "系",
    "餘": "余",
    "複": "复",
    "曆": "历",
    "沖": "冲",
    "製": "制",
    "遊": "游",
    "鬆": "松",
    "徵": "征",
    "乾": "干",
    "幹": "干",
    "臟": "脏",
    "穫": "获",
    "儘": "尽",
    "彙": "汇",
    "採": "采",
    "錶": "表",
    "闆": "板",
    "併": "并",
    "颱": "台",
    "臺": "台",
    "檯": "台",
    "籤": "签",
    "噁": "恶",
    "鬍": "胡",
    "週": "周",
    "鍾": "钟",
    "範": "范",
    "佈": "布",
}

#: Simplified character -> its default traditional form.
S2T_CHARS: dict[str, str] = {pair[0]: pair[1] for pair in _PAIRS.split()}
#: Traditional character -> simplified (every traditional form in the table).
T2S_CHARS: dict[str, str] = {**{t: s for s, t in S2T_CHARS.items()}, **_T2S_EXTRA}

_MAX_WORD = max(len(w) for w in S2T_WORDS)


def to_traditional(text: str) -> str:
    """Simplified → traditional: the table's words first (longest match), then characters.

    Example:
        >>> to_traditional("这里的面条")
        '這裡的麵條'
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        for size in range(min(_MAX_WORD, n - i), 1, -1):
            word = S2T_WORDS.get(text[i : i + size])
            if word is not None:
                out.append(word)
                i += size
                break
        else:
            out.append(S2T_CHARS.get(text[i], text[i]))
            i += 1
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional → simplified, character by character.

    Example:
        >>> to_simplified("這裡的麵條")
        '这里的面条'
    """
    return "".join(T2S_CHARS.get(ch, ch) for ch in text)


def zh_script(text: str) -> str | None:
    """``Hans`` or ``Hant`` by which table characters dominate; None if neither does.

    Example:
        >>> zh_script("我的手机"), zh_script("我的手機"), zh_script("我的")
        ('Hans', 'Hant', None)
    """
    simplified = sum(1 for ch in text if ch in S2T_CHARS)
    traditional = sum(1 for ch in text if ch in T2S_CHARS)
    if simplified > traditional:
        return "Hans"
    if traditional > simplified:
        return "Hant"
    return None
