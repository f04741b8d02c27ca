package jp.salonkarte.demo;

import java.util.List;

/**
 * The demo salon's name lists ({@link DemoNames}, package-private) for the benchmarks in
 * {@code jp.salonkarte.bench}, so that benchmark customers look like the demo's. Test scope only.
 */
public final class DemoNamesForBench {

    /** One part of a name as written (kanji) and read (katakana). */
    public record Name(String kanji, String kana) {
    }

    public static final List<Name> FAMILY_NAMES = convert(DemoNames.FAMILY_NAMES);
    public static final List<Name> FEMALE_GIVEN_NAMES = convert(DemoNames.FEMALE_GIVEN_NAMES);
    public static final List<Name> MALE_GIVEN_NAMES = convert(DemoNames.MALE_GIVEN_NAMES);
    public static final List<String> OCCUPATIONS = DemoNames.OCCUPATIONS;
    public static final List<String> REFERRAL_SOURCES = DemoNames.REFERRAL_SOURCES;

    private DemoNamesForBench() {
    }

    private static List<Name> convert(List<DemoNames.NamePart> parts) {
        return parts.stream().map(p -> new Name(p.kanji(), p.kana())).toList();
    }
}
