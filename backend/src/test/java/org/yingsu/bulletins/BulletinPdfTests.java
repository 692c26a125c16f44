package org.yingsu.bulletins;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

/**
 * The bulletin's PDF as a person sees it: Chinese text in the embedded font (not empty boxes), A4 pages, the ranking
 * table carried over pages with its header repeated. The file is left in {@code target/bulletin.pdf} and its page 1
 * in {@code target/bulletin-page1.png}, to look at.
 */
@QuarkusTest
class BulletinPdfTests {

    private static final List<String> DEPARTMENTS = List.of("重庆市渝北区发展和改革委员会", "重庆市渝北区教育委员会",
            "重庆市渝北区科学技术局", "重庆市渝北区经济和信息化委员会", "重庆市渝北区民政局", "重庆市渝北区财政局",
            "重庆市渝北区人力资源和社会保障局", "重庆市渝北区规划和自然资源局", "重庆市渝北区生态环境局",
            "重庆市渝北区住房和城乡建设委员会", "重庆市渝北区城市管理局", "重庆市渝北区交通局", "重庆市渝北区水利局",
            "重庆市渝北区农业农村委员会", "重庆市渝北区商务委员会", "重庆市渝北区文化和旅游发展委员会",
            "重庆市渝北区卫生健康委员会", "重庆市渝北区退役军人事务局", "重庆市渝北区应急管理局",
            "重庆市渝北区市场监督管理局", "重庆市渝北区医疗保障局", "重庆市渝北区林业局");
    private static final List<String> SUBDISTRICTS = List.of("重庆市渝北区双凤桥街道办事处", "重庆市渝北区回兴街道办事处",
            "重庆市渝北区龙溪街道办事处", "重庆市渝北区龙山街道办事处", "重庆市渝北区悦来街道办事处", "重庆市渝北区两路街道办事处",
            "重庆市渝北区仙桃街道办事处", "重庆市渝北区人和街道办事处", "重庆市渝北区木耳镇人民政府", "重庆市渝北区兴隆镇人民政府",
            "重庆市渝北区茨竹镇人民政府", "重庆市渝北区统景镇人民政府", "重庆市渝北区洛碛镇人民政府",
            "重庆市渝北区玉峰山镇人民政府");

    @Test
    void thePdfShowsTheBulletinInChineseInTheEmbeddedFontOnA4PagesWithRepeatedTableHeaders() throws IOException {
        Fixtures.Quarter quarter = Fixtures.unpublishedQuarter();
        BulletinLedger ledger = new BulletinLedger(quarter);
        String government = ledger.agency("重庆市渝北区人民政府", "DISTRICT_GOVERNMENT");
        for (int i = 0; i < 6; i++) {
            ledger.noticed(government, i != 5);
        }
        List<String> names = new ArrayList<>(DEPARTMENTS.subList(0, 12));
        names.addAll(SUBDISTRICTS.subList(0, 10));
        for (int i = 0; i < names.size(); i++) {
            String agency = ledger.agency(names.get(i), i < 12 ? "DEPARTMENT" : "SUBDISTRICT");
            // 1 to 4 cases each; every fifth agency misses one without excuse, every seventh all of them.
            int cases = 1 + i % 4;
            for (int c = 0; c < cases; c++) {
                ledger.heard(agency, i % 7 != 3 && !(i % 5 == 2 && c == 0));
            }
        }
        ledger.importIt();
        var published = Json.post("/api/bulletins", Map.of("year", quarter.year(), "quarter", quarter.quarter()))
                .statusCode(201).extract().jsonPath();
        String number = published.getString("summary.number");
        List<String> firstRanked = published.getList("content.ranking.agencyName");

        byte[] bytes = given().accept("application/pdf").get("/api/bulletins/" + published.getLong("summary.id"))
                .then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bulletin.pdf"), bytes);
        // A published bulletin is one document: downloaded again, byte for byte the same file.
        assertArrayEquals(bytes, given().accept("application/pdf").get("/api/bulletins/" + published.getLong(
                "summary.id")).then().statusCode(200).extract().asByteArray());
        assertTrue(bytes.length < 1_000_000, "the font is embedded as a subset: " + bytes.length + " bytes");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            }
            String first = text(document, 1, 1).replace("\n", "");
            assertTrue(first.contains("重庆市渝北区司法局"), first);
            assertTrue(first.contains(number), first);
            assertTrue(first.contains("全区行政机关负责人出庭应诉情况的通报"), first);
            assertTrue(first.contains("区政府负责人出庭应诉5次"), first);
            assertTrue(first.contains(firstRanked.get(0)), "the ranking begins on page 1: " + first);
            String all = text(document, 1, document.getNumberOfPages());
            for (String name : names) {
                assertTrue(all.replace("\n", "").contains(name), name + " is missing from the PDF");
            }
            // The ranking runs over a page break: its header row is printed again on the next page.
            long pagesWithRankingHeader = 0;
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                if (text(document, p, p).contains("名次")) {
                    pagesWithRankingHeader++;
                }
            }
            assertTrue(pagesWithRankingHeader >= 2, "the ranking header appears on " + pagesWithRankingHeader + " pages");
            assertTrue(all.contains("— 2 —"), "pages are numbered");

            PDType0Font font = embeddedFont(document.getPage(0));
            assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), font.getName());
            assertTrue(font.isEmbedded());
            PDCIDFontType2 glyphs = (PDCIDFontType2) font.getDescendantFont();
            assertNotNull(glyphs.getFontDescriptor().getFontFile2(), "a TrueType font file is embedded");
            // Every character of a name has a glyph of its own with an outline: no empty boxes (.notdef, GID 0).
            for (int cp : (firstRanked.get(0) + number).codePoints().toArray()) {
                byte[] code = font.encode(new String(Character.toChars(cp)));
                int cid = ((code[0] & 0xFF) << 8) | (code[1] & 0xFF);
                int gid = glyphs.codeToGID(cid);
                assertNotEquals(0, gid, "no glyph for " + new String(Character.toChars(cp)));
                assertTrue(glyphs.getPath(cid).getBounds2D().getWidth() > 0, "an empty glyph for U+"
                        + Integer.toHexString(cp));
            }

            BufferedImage page1 = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
            Path png = Path.of("target", "bulletin-page1.png");
            ImageIO.write(page1, "png", png.toFile());
            assertTrue(inkShare(page1) > 0.01, "page 1 shows text: " + inkShare(page1));
            assertTrue(redPixels(page1) > 500, "the letterhead is red: " + redPixels(page1));
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    private static PDType0Font embeddedFont(PDPage page) throws IOException {
        for (COSName name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            if (font instanceof PDType0Font type0) {
                return type0;
            }
        }
        throw new AssertionError("page 1 uses no Type 0 (CID) font");
    }

    /** The share of pixels that are not near white. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 600) {
                    ink++;
                }
            }
        }
        return ink / (double) (image.getWidth() * image.getHeight());
    }

    private static long redPixels(BufferedImage image) {
        long red = 0;
        for (int y = 0; y < image.getHeight() / 4; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90) {
                    red++;
                }
            }
        }
        return red;
    }
}
