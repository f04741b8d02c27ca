package jp.salonkarte.customer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jp.salonkarte.base.Kana;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.JaMorphData;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Suggests the katakana furigana of a kanji name part from Kuromoji's IPADIC; staff can always override it. */
@Component
public class FuriganaSuggester {

    /** The furigana of a family and a given name, each in full-width katakana, "" for a blank name. */
    public record NameReading(String familyKana, String givenKana) {
    }

    private static final String PERSON_NAME = "名詞-固有名詞-人名";

    // Variant kanji (異体字) that families keep in their registered names but IPADIC only knows in the common
    // form; without this 髙橋 would read 髙キョウ. Only the reading uses the common form, the name stays as typed.
    private static final Map<String, String> VARIANTS = Map.of(
            "髙", "高", "﨑", "崎", "𠮷", "吉", "濵", "浜", "德", "徳", "眞", "真");

    /** Which person-name entries of IPADIC to prefer when the same kanji has several readings. */
    private enum NamePart {
        FAMILY(PERSON_NAME + "-姓"), GIVEN(PERSON_NAME + "-名"), ANY(PERSON_NAME);

        private final String partOfSpeech;

        NamePart(String partOfSpeech) {
            this.partOfSpeech = partOfSpeech;
        }
    }

    // The system dictionary is an immutable singleton shared by every tokenizer; touching it here makes the
    // one-off load (a few hundred ms) happen when the bean is created, not on the first keystroke in the form.
    private static final TokenInfoDictionary DICTIONARY = TokenInfoDictionary.getInstance();
    private static final TokenInfoFST WORDS = DICTIONARY.getFST();
    private static final JaMorphData MORPH = DICTIONARY.getMorphAttributes();

    public String suggest(String kanji) {
        return suggest(kanji, NamePart.ANY);
    }

    public NameReading suggestName(String familyKanji, String givenKanji) {
        return new NameReading(suggest(familyKanji, NamePart.FAMILY), suggest(givenKanji, NamePart.GIVEN));
    }

    private static String suggest(String input, NamePart part) {
        if (input == null || input.isBlank()) {
            return "";
        }
        if (Kana.isKana(input)) {
            return Kana.toKatakana(input);
        }
        // NFKC first so that half-width kana or full-width letters mixed into a name reach the dictionary as it
        // spells them.
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
            text = text.replace(variant.getKey(), variant.getValue());
        }
        String reading = tokenize(text);
        String personReading = personNameReading(text, reading, part);
        return personReading != null ? personReading : reading;
    }

    /** The readings of all tokens; a token without a reading (not in the dictionary) keeps its own spelling. */
    private static String tokenize(String text) {
        // A tokenizer holds per-input state and is not thread-safe, so each call gets its own; it is cheap,
        // because the heavy part (the dictionary) is shared. NORMAL mode: SEARCH mode splits compound
        // words such as long surnames into parts whose separate readings are worse.
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            StringBuilder out = new StringBuilder(text.length() * 2);
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                out.append(r != null ? r : Kana.toKatakana(term.toString()));
            }
            tokenizer.end();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * When the whole input is one IPADIC word that is also listed as a person's name, a name reading instead of
     * the tokenizer's: the tokenizer picks the cheapest entry, which for 平野, 陽子 or 蓮 is the common noun
     * (ヘイヤ, ヨウシ, ハチス), not the name (ヒラノ, ヨウコ, レン). Returns null to keep the tokenizer's reading.
     */
    private static @Nullable String personNameReading(String text, String tokenizerReading, NamePart part) {
        IntsRef wordIds = lookup(text);
        if (wordIds == null) {
            return null;
        }
        char[] surface = text.toCharArray();
        Set<String> nameReadings = new HashSet<>();
        @Nullable String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = wordIds.offset; i < wordIds.offset + wordIds.length; i++) {
            int wordId = wordIds.ints[i];
            String pos = MORPH.getPartOfSpeech(wordId);
            String reading = MORPH.getReading(wordId, surface, 0, surface.length);
            if (pos == null || reading == null || !pos.startsWith(PERSON_NAME)) {
                continue;
            }
            nameReadings.add(reading);
            // The right kind of name (姓 or 名) first, then the lower word cost, i.e. the more common reading.
            int rank = (pos.startsWith(part.partOfSpeech) ? 0 : 1 << 20) + MORPH.getWordCost(wordId);
            if (rank < bestRank) {
                bestRank = rank;
                best = reading;
            }
        }
        // If the tokenizer's reading is a name reading too, it is the more common one (葵 アオイ, not the rarer
        // given-name entry マモル), so it stays.
        return nameReadings.contains(tokenizerReading) ? null : best;
    }

    /** The dictionary entries spelled exactly as the text, or null when it is not a single dictionary word. */
    private static @Nullable IntsRef lookup(String text) {
        try {
            // Arcs and the reader are per call: the FST itself is immutable and safe to share, these are not.
            FST.BytesReader reader = WORDS.getBytesReader();
            FST.Arc<Long> arc = WORDS.getFirstArc(new FST.Arc<>());
            long output = 0;
            for (int i = 0; i < text.length(); i++) {
                if (WORDS.findTargetArc(text.charAt(i), arc, arc, i == 0, reader) == null) {
                    return null;
                }
                output += arc.output();
            }
            if (!arc.isFinal()) {
                return null;
            }
            IntsRef wordIds = new IntsRef();
            DICTIONARY.lookupWordIds((int) (output + arc.nextFinalOutput()), wordIds);
            return wordIds;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the FST is on the heap; reading it does not fail
        }
    }
}
