package org.yingsu.common.files;

import java.nio.charset.StandardCharsets;

/**
 * Whether an uploaded file arrived whole. A ZIP (a .xlsx or .docx) ends with its central directory, a PDF with
 * {@code %%EOF}; a file cut short in transfer lacks them, while its first bytes still look right. Readers such as
 * POI's read a cut ZIP as far as it goes, and a truncated workbook would import as an empty one.
 */
public final class FileEnds {

    /** The end-of-central-directory record's signature, PK\5\6; a ZIP comment of up to 64 KB may follow it. */
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final int ZIP_END_SEARCH = 22 + 65_535;
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers put a line end, sometimes a little padding, after %%EOF. */
    private static final int PDF_END_SEARCH = 1024;

    private FileEnds() {
    }

    public static boolean zipComplete(byte[] bytes) {
        return lastIndexOf(bytes, ZIP_END, ZIP_END_SEARCH) >= 0;
    }

    public static boolean pdfComplete(byte[] bytes) {
        return lastIndexOf(bytes, PDF_END, PDF_END_SEARCH) >= 0;
    }

    private static int lastIndexOf(byte[] bytes, byte[] needle, int within) {
        int from = Math.max(0, bytes.length - within);
        outer:
        for (int i = bytes.length - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
