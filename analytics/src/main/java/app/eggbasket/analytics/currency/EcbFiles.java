package app.eggbasket.analytics.currency;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The layouts, other than the history CSV, in which the ECB serves its reference rates. */
final class EcbFiles {

    /** A zipped file's content is at most this big (the history CSV is about 2 MB). */
    private static final int MAX_UNZIPPED = 64 * 1024 * 1024;

    /** {@code 04 December 2026}, the day's CSV. */
    private static final DateTimeFormatter SPELLED_OUT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH);

    private EcbFiles() {
    }

    /** An ISO date ({@code 2026-12-04}) or one spelled out in English ({@code 04 December 2026}). */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, SPELLED_OUT);
            } catch (DateTimeParseException spelled) {
                throw iso;
            }
        }
    }

    static byte[] unzipFirstEntry(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            while (entry != null && entry.isDirectory()) {
                entry = in.getNextEntry();
            }
            if (entry == null) {
                throw new IllegalArgumentException("the zip file holds no file: expected the ECB's eurofxref-hist.csv");
            }
            byte[] content = in.readNBytes(MAX_UNZIPPED + 1);
            if (content.length > MAX_UNZIPPED) {
                throw new IllegalArgumentException("the zipped file is over " + MAX_UNZIPPED / (1024 * 1024)
                        + " MB unzipped: not an ECB rates file");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unzip the rates file", e);
        }
    }

    /**
     * The ECB's XML: {@code <Cube time="2026-12-04"><Cube currency="USD" rate="1.0510"/>…}. DTDs and external
     * entities are refused.
     */
    static EcbRates parseXml(String xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever else is on the classpath
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new TreeMap<>();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            LocalDate day = null;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT || !reader.getLocalName().equals("Cube")) {
                    continue;
                }
                String time = reader.getAttributeValue(null, "time");
                String currency = reader.getAttributeValue(null, "currency");
                String rate = reader.getAttributeValue(null, "rate");
                int line = reader.getLocation().getLineNumber();
                if (time != null) {
                    day = xmlDate(time, line);
                } else if (currency != null && rate != null) {
                    if (day == null) {
                        throw new IllegalArgumentException("line " + line + ": a rate before any <Cube time=…>");
                    }
                    rates.computeIfAbsent(currency.trim(), c -> new TreeMap<>()).put(day, xmlRate(rate, currency, line));
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not the ECB's XML: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
        return EcbRates.of(rates);
    }

    private static LocalDate xmlDate(String time, int line) {
        try {
            return LocalDate.parse(time.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ": expected time='2026-12-04', found '" + time + "'");
        }
    }

    private static BigDecimal xmlRate(String rate, String currency, int line) {
        try {
            BigDecimal value = new BigDecimal(rate.trim());
            if (value.signum() > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("line " + line + ", " + currency + ": expected a rate like 1.1155, found '"
                + rate + "'");
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open beyond the string
            }
        }
    }
}
