package org.yingsu.bulletins;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yingsu.bulletins.BulletinContent.Section;
import org.yingsu.bulletins.BulletinDtos.BulletinResponse;
import org.yingsu.bulletins.BulletinDtos.BulletinSummary;
import org.yingsu.bulletins.BulletinTables.Table;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.metrics.WorkbookCells.Type;

/**
 * A published bulletin as an A4 PDF in the form of the bureau's documents ({@link OfficialPdf}): letterhead with the
 * number, title, addressees, numbered sections with their tables, signature and date.
 */
final class BulletinPdfWriter {

    static final String MEDIA_TYPE = OfficialPdf.MEDIA_TYPE;
    /** Where a two-line title is broken, by preference: before these words. */
    private static final List<String> TITLE_BREAKS = List.of("负责人出庭应诉", "出庭应诉情况", "情况的通报");

    private BulletinPdfWriter() {
    }

    static void write(BulletinResponse bulletin, OutputStream out) throws IOException {
        BulletinContent content = bulletin.content();
        BulletinSummary summary = bulletin.summary();
        try (OfficialPdf pdf = OfficialPdf.create()) {
            pdf.letterhead(content.issuer(), summary.number());
            pdf.gap(14);
            pdf.title(content.title(), TITLE_BREAKS);
            if (summary.supersedesNumber() != null) {
                pdf.centered("（更正版，代替" + summary.supersedesNumber() + "）", OfficialPdf.BODY_SIZE, false,
                        java.awt.Color.BLACK, OfficialPdf.BODY_LEADING);
            }
            pdf.gap(10);
            pdf.paragraph(content.addressees() + "：", OfficialPdf.BODY_SIZE, false, 0);
            if (summary.correctionReason() != null) {
                pdf.paragraph("更正说明：" + summary.correctionReason(), OfficialPdf.BODY_SIZE, false, 2);
            }
            for (Section section : content.sections()) {
                pdf.keepWithNext(OfficialPdf.BODY_LEADING * 3);
                pdf.paragraph(section.heading(), OfficialPdf.BODY_SIZE, true, 2);
                for (String paragraph : section.paragraphs()) {
                    pdf.paragraph(paragraph, OfficialPdf.BODY_SIZE, false, 2);
                }
                Optional<Table> table = BulletinTables.of(section.key(), content);
                if (table.isPresent()) {
                    pdf.gap(4);
                    pdf.table(printed(table.get()));
                    pdf.gap(10);
                }
            }
            pdf.signature(content.issuer(), summary.publishedOn());
            // The publication instant, not the moment of rendering: the same bulletin gives the same document.
            pdf.info(content.title(), summary.number(), content.issuer(), summary.publishedAt(), summary.id());
            pdf.save(out);
        }
    }

    /** The typed table as the PDF prints it: text columns left-aligned, figures centred. */
    private static OfficialPdf.Table printed(Table table) {
        List<OfficialPdf.Column> columns = table.columns().stream()
                .map(c -> new OfficialPdf.Column(c.header(), c.width(), c.kind() == Type.TEXT)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(table.text(i, row.get(i)));
            }
            rows.add(cells);
        }
        return new OfficialPdf.Table(columns, rows);
    }
}
