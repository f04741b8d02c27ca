package jp.salonkarte.demo;

import java.util.List;

/** Common Japanese names (kanji with katakana reading), occupations and referral sources for demo customers. */
final class DemoNames {

    /** One part of a name as written (kanji) and read (katakana furigana). */
    record NamePart(String kanji, String kana) {
    }

    /** 100 of the most common family names (名字). */
    static final List<NamePart> FAMILY_NAMES = List.of(
            new NamePart("佐藤", "サトウ"), new NamePart("鈴木", "スズキ"), new NamePart("高橋", "タカハシ"),
            new NamePart("田中", "タナカ"), new NamePart("伊藤", "イトウ"), new NamePart("渡辺", "ワタナベ"),
            new NamePart("山本", "ヤマモト"), new NamePart("中村", "ナカムラ"), new NamePart("小林", "コバヤシ"),
            new NamePart("加藤", "カトウ"), new NamePart("吉田", "ヨシダ"), new NamePart("山田", "ヤマダ"),
            new NamePart("佐々木", "ササキ"), new NamePart("山口", "ヤマグチ"), new NamePart("松本", "マツモト"),
            new NamePart("井上", "イノウエ"), new NamePart("木村", "キムラ"), new NamePart("林", "ハヤシ"),
            new NamePart("斎藤", "サイトウ"), new NamePart("清水", "シミズ"), new NamePart("山崎", "ヤマザキ"),
            new NamePart("森", "モリ"), new NamePart("池田", "イケダ"), new NamePart("橋本", "ハシモト"),
            new NamePart("阿部", "アベ"), new NamePart("石川", "イシカワ"), new NamePart("山下", "ヤマシタ"),
            new NamePart("中島", "ナカジマ"), new NamePart("石井", "イシイ"), new NamePart("小川", "オガワ"),
            new NamePart("前田", "マエダ"), new NamePart("岡田", "オカダ"), new NamePart("長谷川", "ハセガワ"),
            new NamePart("藤田", "フジタ"), new NamePart("後藤", "ゴトウ"), new NamePart("近藤", "コンドウ"),
            new NamePart("村上", "ムラカミ"), new NamePart("遠藤", "エンドウ"), new NamePart("青木", "アオキ"),
            new NamePart("坂本", "サカモト"), new NamePart("福田", "フクダ"), new NamePart("太田", "オオタ"),
            new NamePart("西村", "ニシムラ"), new NamePart("藤井", "フジイ"), new NamePart("金子", "カネコ"),
            new NamePart("岡本", "オカモト"), new NamePart("藤原", "フジワラ"), new NamePart("中野", "ナカノ"),
            new NamePart("三浦", "ミウラ"), new NamePart("原田", "ハラダ"), new NamePart("中川", "ナカガワ"),
            new NamePart("松田", "マツダ"), new NamePart("竹内", "タケウチ"), new NamePart("小野", "オノ"),
            new NamePart("田村", "タムラ"), new NamePart("中山", "ナカヤマ"), new NamePart("和田", "ワダ"),
            new NamePart("石田", "イシダ"), new NamePart("森田", "モリタ"), new NamePart("上田", "ウエダ"),
            new NamePart("原", "ハラ"), new NamePart("内田", "ウチダ"), new NamePart("柴田", "シバタ"),
            new NamePart("酒井", "サカイ"), new NamePart("宮崎", "ミヤザキ"), new NamePart("横山", "ヨコヤマ"),
            new NamePart("高木", "タカギ"), new NamePart("安藤", "アンドウ"), new NamePart("宮本", "ミヤモト"),
            new NamePart("大野", "オオノ"), new NamePart("小島", "コジマ"), new NamePart("谷口", "タニグチ"),
            new NamePart("今井", "イマイ"), new NamePart("工藤", "クドウ"), new NamePart("高田", "タカダ"),
            new NamePart("増田", "マスダ"), new NamePart("丸山", "マルヤマ"), new NamePart("杉山", "スギヤマ"),
            new NamePart("村田", "ムラタ"), new NamePart("大塚", "オオツカ"), new NamePart("新井", "アライ"),
            new NamePart("小山", "コヤマ"), new NamePart("平野", "ヒラノ"), new NamePart("藤本", "フジモト"),
            new NamePart("河野", "コウノ"), new NamePart("上野", "ウエノ"), new NamePart("野口", "ノグチ"),
            new NamePart("武田", "タケダ"), new NamePart("松井", "マツイ"), new NamePart("千葉", "チバ"),
            new NamePart("岩崎", "イワサキ"), new NamePart("菅原", "スガワラ"), new NamePart("木下", "キノシタ"),
            new NamePart("久保", "クボ"), new NamePart("佐野", "サノ"), new NamePart("野村", "ノムラ"),
            new NamePart("松尾", "マツオ"), new NamePart("菊地", "キクチ"), new NamePart("杉本", "スギモト"),
            new NamePart("市川", "イチカワ"));

    /** 60 female given names (名), from classic to recent. */
    static final List<NamePart> FEMALE_GIVEN_NAMES = List.of(
            new NamePart("美咲", "ミサキ"), new NamePart("陽菜", "ヒナ"), new NamePart("結衣", "ユイ"),
            new NamePart("葵", "アオイ"), new NamePart("さくら", "サクラ"), new NamePart("愛", "アイ"),
            new NamePart("優花", "ユウカ"), new NamePart("彩", "アヤ"), new NamePart("真由美", "マユミ"),
            new NamePart("由美子", "ユミコ"), new NamePart("恵子", "ケイコ"), new NamePart("久美子", "クミコ"),
            new NamePart("明美", "アケミ"), new NamePart("裕子", "ユウコ"), new NamePart("直美", "ナオミ"),
            new NamePart("智子", "トモコ"), new NamePart("陽子", "ヨウコ"), new NamePart("幸子", "サチコ"),
            new NamePart("京子", "キョウコ"), new NamePart("典子", "ノリコ"), new NamePart("麻衣", "マイ"),
            new NamePart("沙織", "サオリ"), new NamePart("香織", "カオリ"), new NamePart("美穂", "ミホ"),
            new NamePart("千尋", "チヒロ"), new NamePart("彩花", "アヤカ"), new NamePart("七海", "ナナミ"),
            new NamePart("莉子", "リコ"), new NamePart("美優", "ミユ"), new NamePart("花音", "カノン"),
            new NamePart("結菜", "ユイナ"), new NamePart("芽依", "メイ"), new NamePart("凛", "リン"),
            new NamePart("杏", "アン"), new NamePart("ひかり", "ヒカリ"), new NamePart("愛美", "マナミ"),
            new NamePart("奈々", "ナナ"), new NamePart("菜月", "ナツキ"), new NamePart("由佳", "ユカ"),
            new NamePart("恵美", "エミ"), new NamePart("理恵", "リエ"), new NamePart("亜希子", "アキコ"),
            new NamePart("真理子", "マリコ"), new NamePart("友美", "トモミ"), new NamePart("純子", "ジュンコ"),
            new NamePart("美紀", "ミキ"), new NamePart("麻美", "アサミ"), new NamePart("聡子", "サトコ"),
            new NamePart("佳奈", "カナ"), new NamePart("瑞穂", "ミズホ"), new NamePart("遥", "ハルカ"),
            new NamePart("美奈子", "ミナコ"), new NamePart("紗希", "サキ"), new NamePart("彩乃", "アヤノ"),
            new NamePart("詩織", "シオリ"), new NamePart("千夏", "チナツ"), new NamePart("萌", "モエ"),
            new NamePart("桃子", "モモコ"), new NamePart("亜美", "アミ"), new NamePart("小百合", "サユリ"));

    /** 40 male given names (名), from classic to recent. */
    static final List<NamePart> MALE_GIVEN_NAMES = List.of(
            new NamePart("翔太", "ショウタ"), new NamePart("大輔", "ダイスケ"), new NamePart("健太", "ケンタ"),
            new NamePart("拓也", "タクヤ"), new NamePart("直樹", "ナオキ"), new NamePart("隆", "タカシ"),
            new NamePart("誠", "マコト"), new NamePart("浩二", "コウジ"), new NamePart("和也", "カズヤ"),
            new NamePart("達也", "タツヤ"), new NamePart("剛", "ツヨシ"), new NamePart("修", "オサム"),
            new NamePart("亮", "リョウ"), new NamePart("翔", "ショウ"), new NamePart("蓮", "レン"),
            new NamePart("湊", "ミナト"), new NamePart("悠真", "ユウマ"), new NamePart("陽翔", "ハルト"),
            new NamePart("大翔", "ヒロト"), new NamePart("悠人", "ユウト"), new NamePart("颯太", "ソウタ"),
            new NamePart("樹", "イツキ"), new NamePart("健一", "ケンイチ"), new NamePart("誠一", "セイイチ"),
            new NamePart("正人", "マサト"), new NamePart("雄一", "ユウイチ"), new NamePart("秀樹", "ヒデキ"),
            new NamePart("智也", "トモヤ"), new NamePart("裕太", "ユウタ"), new NamePart("康介", "コウスケ"),
            new NamePart("大樹", "ダイキ"), new NamePart("航", "ワタル"), new NamePart("俊介", "シュンスケ"),
            new NamePart("洋平", "ヨウヘイ"), new NamePart("一郎", "イチロウ"), new NamePart("博", "ヒロシ"),
            new NamePart("茂", "シゲル"), new NamePart("涼介", "リョウスケ"), new NamePart("海斗", "カイト"),
            new NamePart("学", "マナブ"));

    /** Occupations (職業) as a karte card asks for them. */
    static final List<String> OCCUPATIONS = List.of(
            "会社員", "公務員", "自営業", "会社経営", "主婦", "パート・アルバイト", "学生", "大学生",
            "専門学校生", "高校生", "看護師", "医師", "薬剤師", "歯科衛生士", "保育士", "教員",
            "介護職", "事務職", "販売・接客", "飲食業", "ITエンジニア", "デザイナー", "フリーランス",
            "銀行員", "美容関係", "年金生活");

    /** How the customer found the salon (来店きっかけ). */
    static final List<String> REFERRAL_SOURCES = List.of(
            "ホットペッパー", "Instagram", "紹介", "通りがかり", "Google マップ", "ホームページ",
            "チラシ", "LINE", "楽天ビューティ", "TikTok");

    private DemoNames() {
    }
}
