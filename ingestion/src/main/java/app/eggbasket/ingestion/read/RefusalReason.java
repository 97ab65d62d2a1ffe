package app.eggbasket.ingestion.read;

import java.util.List;

/**
 * Why a whole file was refused, as a message key and its arguments, so that a page can say it in the reader's
 * language ({@code refusal.<key>} in the dashboard's messages). The English text of the refusal stays what the CLI
 * and the API say.
 *
 * @param key  e.g. {@code empty}, {@code unclosedQuote}, {@code unknownFormat}
 * @param args the message's arguments, as text
 */
public record RefusalReason(String key, List<String> args) {

    public RefusalReason {
        args = List.copyOf(args);
    }

    public static RefusalReason of(String key, Object... args) {
        return new RefusalReason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
