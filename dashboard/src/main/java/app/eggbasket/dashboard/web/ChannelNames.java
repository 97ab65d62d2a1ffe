package app.eggbasket.dashboard.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The name a page shows for a channel id: a well-known id (own-shop, markets, etsy…) has a message
 * {@code channel.<id>} in each language; any other id is the seller's own channel name and is shown as is.
 * The id itself stays in the data, the URLs and the JSON. Templates call it as {@code ${@channelNames.name(id)}}.
 */
@Component("channelNames")
public class ChannelNames {

    private final MessageSource messages;

    public ChannelNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The channel's name in the current request's language. */
    public String name(String id) {
        return name(id, LocaleContextHolder.getLocale());
    }

    public String name(String id, Locale locale) {
        if (id == null || id.isBlank()) {
            return id;
        }
        return messages.getMessage("channel." + id, null, id, locale);
    }

    /** Each id's name in the current request's language, in the ids' order (a page's charts get it as JSON). */
    public java.util.Map<String, String> names(java.util.Collection<String> ids) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        ids.forEach(id -> names.put(id, name(id)));
        return names;
    }
}
