package jp.salonkarte.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.SearchText;

/**
 * The columns of the customer CSV. The export writes them in this order with their Japanese
 * header (the file is for a Japanese salon's Excel, whatever the UI language); an import maps
 * each column of the uploaded file to one of them, guessed from the header names other salon
 * systems use, or leaves it out.
 */
public enum CsvColumn {
    CUSTOMER_NO("顧客番号", true, "会員番号", "お客様番号", "顧客no", "顧客コード", "カルテ番号", "customerno"),
    FULL_NAME("氏名", false, "名前", "お名前", "顧客名", "name"),
    FAMILY_NAME("姓", true, "苗字", "名字", "familyname", "lastname"),
    GIVEN_NAME("名", true, "givenname", "firstname"),
    FULL_KANA("フリガナ", false, "ふりがな", "カナ", "氏名カナ", "氏名フリガナ", "よみ", "読み", "よみがな"),
    FAMILY_KANA("セイ", true, "姓フリガナ", "姓カナ", "せい"),
    GIVEN_KANA("メイ", true, "名フリガナ", "名カナ", "めい"),
    PHONE("電話番号", false, "電話", "tel", "phone", "連絡先"),
    MOBILE("携帯電話", true, "携帯", "携帯番号", "携帯電話番号", "mobile"),
    LANDLINE("固定電話", true, "自宅電話", "自宅", "固定電話番号"),
    EMAIL("メールアドレス", true, "メール", "email", "e-mail", "mail"),
    BIRTHDAY("生年月日", true, "誕生日", "birthday"),
    GENDER("性別", true, "gender", "sex"),
    POSTAL_CODE("郵便番号", true, "〒", "zip", "postalcode"),
    ADDRESS("住所", true, "address"),
    OCCUPATION("職業", true),
    REFERRAL("来店のきっかけ", true, "来店きっかけ", "きっかけ", "紹介者", "来店動機", "媒体"),
    TAGS("タグ", true, "tags"),
    PREFERENCES("好み・メモ", true, "メモ", "備考", "好み", "notes"),
    CAUTIONS("注意事項・アレルギー", true, "注意事項", "アレルギー", "注意"),
    STAFF("担当スタッフ", true, "担当", "担当者", "スタイリスト"),
    MAIL_OPT_IN("メルマガ", true, "メール配信", "dm", "メルマガ希望"),
    ACTIVE("有効", true),
    CREATED_AT("登録日時", true),
    UPDATED_AT("更新日時", true);

    /** The columns the export writes, in order. */
    public static final List<CsvColumn> EXPORTED = Arrays.stream(values()).filter(c -> c.exported).toList();

    /** Columns an import may fill; the rest are written by the app itself. */
    public static final List<CsvColumn> IMPORTABLE = Arrays.stream(values())
            .filter(c -> c != ACTIVE && c != CREATED_AT && c != UPDATED_AT).toList();

    private final String header;
    private final boolean exported;
    private final List<String> synonyms;

    CsvColumn(String header, boolean exported, String... synonyms) {
        this.header = header;
        this.exported = exported;
        this.synonyms = List.of(synonyms);
    }

    public String header() {
        return header;
    }

    /** The column a header of another system most likely means, if any. */
    public static Optional<CsvColumn> guess(String header) {
        String h = SearchText.normalize(header == null ? "" : header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (CsvColumn c : IMPORTABLE) {
            if (h.equals(SearchText.normalize(c.header))
                    || c.synonyms.stream().anyMatch(s -> h.equals(SearchText.normalize(s)))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
