package org.yingsu.common.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * An A4 document in the form of the bureau's papers (bulletins, referral letters): red letterhead, title, justified
 * paragraphs indented as Chinese text is, tables split across pages with their header repeated, the issuer over the
 * date, page numbers "— 3 —". The Chinese text is set in WenQuanYi Micro Hei, shipped in the jar and embedded as a
 * subset, so the file shows the same on a reader without Chinese fonts. A cursor runs down the page; each method
 * draws below what is already there and starts a new page when needed.
 */
public final class OfficialPdf implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/pdf";
    public static final float TITLE_SIZE = 20;
    public static final float BODY_SIZE = 13;
    public static final float BODY_LEADING = BODY_SIZE * 1.75f;
    public static final Color RED = new Color(0xC8, 0x10, 0x1A);

    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The proportional face of the collection (the other is its monospaced twin). */
    static final String FONT_NAME = "WenQuanYiMicroHei";

    private static final float MARGIN_X = 64;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 72;
    private static final float TABLE_SIZE = 9;
    private static final float TABLE_LEADING = TABLE_SIZE * 1.45f;
    private static final float CELL_PADDING = 3.5f;
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    /** Replaces a character the font lacks (〓, the typesetter's mark for a missing glyph). */
    private static final int MISSING = 0x3013;
    private static final String NO_LINE_START = "，。、；：！？）》」』”’％,.;:!?)%";
    private static final String NO_LINE_END = "（《「『“‘(";

    private static volatile byte[] fontBytes;

    /** A column of a table: its header, its width relative to the others, and whether its cells are text. */
    public record Column(String header, float width, boolean left) {
    }

    /** Cells as printed; a text column is left-aligned, the others centred. */
    public record Table(List<Column> columns, List<List<String>> rows) {
    }

    private final TrueTypeCollection collection;
    private final PDDocument document;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream stream;
    private float y;

    private OfficialPdf() throws IOException {
        collection = new TrueTypeCollection(new ByteArrayInputStream(font()));
        document = new PDDocument();
        TrueTypeFont ttf = collection.getFontByName(FONT_NAME);
        if (ttf == null) {
            throw new IllegalStateException(FONT_RESOURCE + " has no face named " + FONT_NAME);
        }
        font = PDType0Font.load(document, ttf, true);
        cmap = ttf.getUnicodeCmapLookup();
        newPage();
    }

    /** A new document with its first page. */
    public static OfficialPdf create() throws IOException {
        return new OfficialPdf();
    }

    /** {@code 2023年1月10日}, as the bureau dates its papers. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static byte[] font() {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = OfficialPdf.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(FONT_RESOURCE + " is missing from the application");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontBytes = bytes;
        }
        return bytes;
    }

    /**
     * The document's properties. {@code issued} is the moment the paper was issued, not the moment of rendering, and
     * {@code seed} the record's id: the same record gives the same file (PDFBox seeds the trailer's /ID with the
     * clock otherwise).
     */
    public void info(String title, String subject, String author, OffsetDateTime issued, long seed) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(author);
        info.setCreator("Yingsu");
        GregorianCalendar at = GregorianCalendar.from(issued.toZonedDateTime());
        info.setCreationDate(at);
        info.setModificationDate(at);
        document.setDocumentId(seed);
    }

    /** Page numbers once every page exists, then the bytes. */
    public void save(OutputStream out) throws IOException {
        stream.close();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = "— " + number + " —";
                draw(footer, text, 10.5f, false, Color.BLACK,
                        (size.getWidth() - textWidth(text, 10.5f)) / 2, MARGIN_BOTTOM / 2);
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            collection.close();
        }
    }

    /** The issuer in large red characters, the document number under it, a red rule. */
    public void letterhead(String issuer, String number) throws IOException {
        gap(8);
        centered(issuer, 26, true, RED, 40);
        if (number != null) {
            centered(number, BODY_SIZE, false, Color.BLACK, BODY_LEADING);
        }
        rule(RED, 1.6f);
    }

    /**
     * A title, on one line when it fits, else broken before the first of {@code breaks} that gives two lines that
     * fit (a title reads better broken between its words than wherever the line is full).
     */
    public void title(String title, List<String> breaks) throws IOException {
        for (String line : titleLines(title, breaks)) {
            centered(line, TITLE_SIZE, true, Color.BLACK, TITLE_SIZE * 1.5f);
        }
    }

    private List<String> titleLines(String title, List<String> breaks) {
        float width = width() - 2 * TITLE_SIZE;
        if (textWidth(title, TITLE_SIZE) <= width) {
            return List.of(title);
        }
        for (String before : breaks) {
            int at = title.indexOf(before);
            if (at > 0 && textWidth(title.substring(0, at), TITLE_SIZE) <= width
                    && textWidth(title.substring(at), TITLE_SIZE) <= width) {
                return List.of(title.substring(0, at), title.substring(at));
            }
        }
        return wrap(title, TITLE_SIZE, width, 0);
    }

    /** The issuer centred over the date, flush right, as the bureau signs its letters. */
    public void signature(String issuer, LocalDate date) throws IOException {
        gap(BODY_LEADING);
        keepWithNext(BODY_LEADING * 2);
        String dated = date(date);
        float right = width() - 2 * BODY_SIZE;
        float dateWidth = textWidth(dated, BODY_SIZE);
        float issuerWidth = textWidth(issuer, BODY_SIZE);
        line(issuer, BODY_SIZE, right - dateWidth / 2 - issuerWidth / 2);
        line(dated, BODY_SIZE, right - dateWidth);
    }

    public float width() {
        return size.getWidth() - 2 * MARGIN_X;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN_TOP;
    }

    public void gap(float height) throws IOException {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        } else {
            y -= height;
        }
    }

    /** Starts a new page unless this much room is left, so a heading never ends a page. */
    public void keepWithNext(float height) throws IOException {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    public void centered(String text, float fontSize, boolean bold, Color color, float leading) throws IOException {
        keepWithNext(leading);
        y -= leading;
        draw(stream, text, fontSize, bold, color, (size.getWidth() - textWidth(text, fontSize)) / 2,
                y + (leading - fontSize) / 2);
    }

    private void line(String text, float fontSize, float x) throws IOException {
        keepWithNext(BODY_LEADING);
        y -= BODY_LEADING;
        draw(stream, text, fontSize, false, Color.BLACK, MARGIN_X + x, y + (BODY_LEADING - fontSize) / 2);
    }

    private void rule(Color color, float thickness) throws IOException {
        y -= 6;
        stream.setStrokingColor(color);
        stream.setLineWidth(thickness);
        stream.moveTo(MARGIN_X, y);
        stream.lineTo(size.getWidth() - MARGIN_X, y);
        stream.stroke();
        stream.setStrokingColor(Color.BLACK);
    }

    /** A paragraph whose first line is indented by {@code indent} characters, as Chinese text is. */
    public void paragraph(String text, float fontSize, boolean bold, int indent) throws IOException {
        float leading = fontSize * 1.75f;
        List<String> lines = wrap(text, fontSize, width(), indent * fontSize);
        for (int i = 0; i < lines.size(); i++) {
            keepWithNext(leading);
            y -= leading;
            float x = MARGIN_X + (i == 0 ? indent * fontSize : 0);
            String line = lines.get(i);
            // Justified like the bureau's documents: every line but the last spans the full width.
            float spacing = 0;
            int characters = line.codePointCount(0, line.length());
            if (i < lines.size() - 1 && characters > 1) {
                spacing = (MARGIN_X + width() - x - textWidth(line, fontSize)) / (characters - 1);
            }
            draw(stream, line, fontSize, bold, Color.BLACK, x, y + (leading - fontSize) / 2, spacing);
        }
    }

    public void table(Table table) throws IOException {
        float total = 0;
        for (Column column : table.columns()) {
            total += column.width();
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * table.columns().get(i).width() / total;
        }
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            header.add(wrap(table.columns().get(i).header(), TABLE_SIZE, widths[i] - 2 * CELL_PADDING, 0));
        }
        float headerHeight = height(header);
        boolean headerDrawn = false;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(wrap(row.get(i), TABLE_SIZE, widths[i] - 2 * CELL_PADDING, 0));
            }
            float rowHeight = height(cells);
            if (!headerDrawn || y - rowHeight < MARGIN_BOTTOM) {
                if (y - headerHeight - rowHeight < MARGIN_BOTTOM) {
                    newPage();
                }
                row(header, widths, headerHeight, table, true);
                headerDrawn = true;
            }
            row(cells, widths, rowHeight, table, false);
        }
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * TABLE_LEADING + 2 * CELL_PADDING;
    }

    private void row(List<List<String>> cells, float[] widths, float height, Table table, boolean header)
            throws IOException {
        float x = MARGIN_X;
        float top = y;
        if (header) {
            stream.setNonStrokingColor(HEADER_FILL);
            stream.addRect(MARGIN_X, top - height, width(), height);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
        }
        for (int i = 0; i < widths.length; i++) {
            stream.setLineWidth(0.5f);
            stream.addRect(x, top - height, widths[i], height);
            stream.stroke();
            List<String> lines = cells.get(i);
            boolean left = !header && table.columns().get(i).left();
            // Vertically centred in the row.
            float textTop = top - (height - lines.size() * TABLE_LEADING) / 2;
            for (int l = 0; l < lines.size(); l++) {
                String text = lines.get(l);
                float textX = left ? x + CELL_PADDING : x + (widths[i] - textWidth(text, TABLE_SIZE)) / 2;
                float baseline = textTop - (l + 1) * TABLE_LEADING + (TABLE_LEADING - TABLE_SIZE) / 2 + 1;
                draw(stream, text, TABLE_SIZE, header, Color.BLACK, textX, baseline);
            }
            x += widths[i];
        }
        y = top - height;
    }

    /**
     * Breaks text to lines: anywhere between Chinese characters, never inside a run of Latin letters and digits
     * (a case number's year, 94.1%), never before a closing or after an opening punctuation mark.
     */
    private List<String> wrap(String text, float fontSize, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = width - firstIndent;
        for (String token : tokens(printable(text))) {
            if (line.isEmpty() || textWidth(line + token, fontSize) <= available
                    || NO_LINE_START.indexOf(token.charAt(0)) >= 0) {
                line.append(token);
                continue;
            }
            String carried = "";
            if (line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                carried = line.substring(line.length() - 1);
                line.setLength(line.length() - 1);
            }
            lines.add(line.toString());
            line = new StringBuilder(carried).append(token);
            available = width;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (isWordChar(text.charAt(i))) {
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(char ch) {
        return ch < 0x80 && (Character.isLetterOrDigit(ch) || ".%+-_/".indexOf(ch) >= 0);
    }

    /** The text with each character the font cannot show replaced by 〓, and line breaks as spaces. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) != 0) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(MISSING);
            }
        });
        return out.toString();
    }

    public float textWidth(String text, float fontSize) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bold is the regular face filled and stroked: the font has one weight. */
    private void draw(PDPageContentStream out, String text, float fontSize, boolean bold, Color color, float x,
            float baseline) throws IOException {
        draw(out, text, fontSize, bold, color, x, baseline, 0);
    }

    private void draw(PDPageContentStream out, String text, float fontSize, boolean bold, Color color, float x,
            float baseline, float characterSpacing) throws IOException {
        out.setNonStrokingColor(color);
        if (bold) {
            out.setStrokingColor(color);
            out.setLineWidth(fontSize * 0.035f);
        }
        out.beginText();
        out.setFont(font, fontSize);
        out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        out.setCharacterSpacing(characterSpacing);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(text));
        out.endText();
        out.setStrokingColor(Color.BLACK);
        out.setNonStrokingColor(Color.BLACK);
    }
}
