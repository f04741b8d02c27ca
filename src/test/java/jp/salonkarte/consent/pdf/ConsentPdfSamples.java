package jp.salonkarte.consent.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/** A realistic eyelash-extension consent form and finger signatures, for tests and the benchmark. */
public final class ConsentPdfSamples {

    public static final String TITLE = "まつげエクステンション施術同意書";
    public static final String BODY_SENTENCE = "施術後24時間は、まつげを濡らしたりこすったりしないでください。";
    public static final String CHECK_1 = "目の周りに炎症や傷がないことを確認しました";
    public static final String CHECK_2 = "施術中は目を閉じ、動かないようにします";
    public static final String CHECK_3 = "写真撮影とカルテへの記録に同意します（任意）";
    public static final String ANSWER_1 = "花粉症（スギ）、金属アレルギーあり";
    public static final String CUSTOMER = "山田 花子";
    public static final String KANA = "ヤマダ ハナコ";
    public static final String DOCUMENT_ID = "CF-20261124-000123";

    private ConsentPdfSamples() {
    }

    public static ConsentDocument eyelashForm() {
        return eyelashForm(DOCUMENT_ID, signaturePng(600, 250, 20261124L));
    }

    public static ConsentDocument eyelashForm(String documentId, byte[] signature) {
        String body = """
                # 施術について
                まつげエクステンションは、自まつげ1本に人工毛1本をグルーで装着する施術です。
                施術時間は約90分です。体調のすぐれない方、妊娠中の方はお申し出ください。

                # 起こりうるリスク
                - グルーの成分（シアノアクリレート）により、まれにかゆみ・赤み・腫れが出ることがあります。
                - 目にしみる、充血するなどの症状が出た場合は、すぐに担当者へお知らせください。
                ・症状が続く場合は、眼科を受診してください（当店で装着した場合でも、費用はお客様のご負担となります）。
                - コンタクトレンズは施術前に外してください。

                # アフターケア
                %s
                オイルクレンジングはグルーを弱めるため、オイルフリーの製品をお使いください。
                まつげパーマとの同日施術はお受けできません。持ちは個人差があり、約3〜4週間が目安です。

                ## 免責事項
                お客様が事実と異なる申告をされた場合、または上記の注意事項を守られなかった場合に生じたトラブルについて、当店は責任を負いかねます。「同意する」にチェックし、ご署名ください。
                """.formatted(BODY_SENTENCE);
        return new ConsentDocument(documentId, "ヘアサロン 桜 表参道店", "東京都渋谷区神宮前4丁目12-10 表参道ヒルズ 3F",
                "03-1234-5678", "まつげエクステ同意書", 3, TITLE, body,
                List.of(new ConsentDocument.CheckItem(CHECK_1, true), new ConsentDocument.CheckItem(CHECK_2, true),
                        new ConsentDocument.CheckItem(CHECK_3, false)),
                List.of(new ConsentDocument.Answer("アレルギーはありますか？", ANSWER_1),
                        new ConsentDocument.Answer("過去にまつげエクステでトラブルはありましたか？", ""),
                        new ConsentDocument.Answer("ご希望のデザイン", "ナチュラル、Cカール 10mm")),
                CUSTOMER, KANA, "佐藤 美咲", LocalDateTime.of(2026, 11, 24, 14, 5), signature, "ご署名",
                null, null);
    }

    /** A finger signature as the drawing component sends it: dark strokes on a transparent PNG. */
    public static byte[] signaturePng(int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x1a, 0x2e));
        g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Random r = new Random(seed);
        double x = width * 0.08;
        for (int stroke = 0; stroke < 6; stroke++) {
            Path2D.Double p = new Path2D.Double();
            double y = height * (0.35 + 0.3 * r.nextDouble());
            p.moveTo(x, y);
            for (int i = 0; i < 14; i++) {
                double nx = x + 6 + r.nextDouble() * 12;
                double ny = height * (0.2 + 0.6 * r.nextDouble());
                p.quadTo((x + nx) / 2 + r.nextGaussian() * 8, (y + ny) / 2 + r.nextGaussian() * 20, nx, ny);
                x = nx;
                y = ny;
            }
            g.draw(p);
            x += 12;
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
