package app.eggbasket.dashboard.web;

import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.read.RefusalReason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Why a file was refused, in the reader's language: the summary's {@link RefusalReason} as the message
 * {@code refusal.<key>} with its arguments; the ingestion's English text when it has none (an upload history older
 * than the keys, or a reason the ingestion only says in English). Templates call {@code ${@refusalTexts.of(summary)}}.
 */
@Component("refusalTexts")
public class RefusalTexts {

    private final MessageSource messages;

    public RefusalTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal of a summary in the current request's language; null when the file was not refused. */
    public String of(FileSummary summary) {
        return of(summary, LocaleContextHolder.getLocale());
    }

    public String of(FileSummary summary, Locale locale) {
        return summary == null || !summary.refused() ? null : text(summary.refusal(), summary.refusalReason(), locale);
    }

    /** A refusal said in English and as a key (the mapping wizard's preview): in the current request's language. */
    public String text(String english, RefusalReason why) {
        return text(english, why, LocaleContextHolder.getLocale());
    }

    public String text(String english, RefusalReason why, Locale locale) {
        if (why == null) {
            return english;
        }
        return messages.getMessage("refusal." + why.key(), why.args().toArray(), english, locale);
    }
}
