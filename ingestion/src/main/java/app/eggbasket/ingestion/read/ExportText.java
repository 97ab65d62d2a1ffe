package app.eggbasket.ingestion.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The decoded text of an uploaded export. UTF-8 (with or without BOM) is tried first; a file that is
 * not valid UTF-8 is read as Windows-1252, which is what French Excel writes.
 *
 * @param fileName the name the user gave the file, used in every message about it
 * @param text     the decoded text, without BOM
 * @param charset  the encoding that was used
 */
public record ExportText(String fileName, String text, Charset charset) {

    /**
     * Exports above this size are refused rather than read into memory: 256 MiB, or the system property
     * {@code eggbasket.export.maxBytes} (the ingest benchmark raises it: a 1M-line Shopify export is ~460 MiB).
     */
    public static final int MAX_BYTES = Integer.getInteger("eggbasket.export.maxBytes", 256 * 1024 * 1024);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decodes raw bytes.
     *
     * An {@code .xlsx} workbook is read as the CSV text of its first worksheet with data.
     *
     * @throws FileRefusedException when the file is empty, too large, or binary (an old .xls, a PDF…)
     */
    public static ExportText decode(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new FileRefusedException(fileName, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileRefusedException(fileName, "the file is larger than " + (MAX_BYTES >> 20)
                    + " MiB; split the export by period");
        }
        if (isZip(bytes)) {
            return new ExportText(fileName, XlsxWorkbook.toCsv(fileName, bytes), StandardCharsets.UTF_8);
        }
        if (looksBinary(bytes)) {
            throw new FileRefusedException(fileName, "this is not a CSV text file nor an .xlsx workbook (binary content"
                    + (isOle2(bytes) ? ", probably an old Excel .xls file: save it as .xlsx or CSV" : "") + ")");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new ExportText(fileName, text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new ExportText(fileName, new String(bytes, offset, bytes.length - offset, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
