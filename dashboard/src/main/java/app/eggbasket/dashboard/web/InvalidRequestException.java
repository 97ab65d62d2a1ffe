package app.eggbasket.dashboard.web;

/**
 * A request the user can fix: a malformed date or seller id, a channel without a kind. The message is
 * fixed and safe to show; {@link #messageKey()} names its translation for the pages.
 */
public class InvalidRequestException extends RuntimeException {

    private final String messageKey;

    public InvalidRequestException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
