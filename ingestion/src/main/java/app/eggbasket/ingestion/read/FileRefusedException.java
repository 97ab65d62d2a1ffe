package app.eggbasket.ingestion.read;

/**
 * A structural problem that refuses a whole file: unknown header, broken quoting, binary content.
 * Nothing of the file is stored. The message names the file (and the line when one is to blame),
 * what was expected and what was found; {@link #why()} says the same as a message key for the pages.
 */
public class FileRefusedException extends RuntimeException {

    private final String fileName;
    private final String reason;
    private final RefusalReason why;

    public FileRefusedException(String fileName, String reason, RefusalReason why) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
        this.why = why;
    }

    public FileRefusedException(String fileName, String reason, RefusalReason why, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
        this.why = why;
    }

    public String fileName() {
        return fileName;
    }

    /** The reason without the file name, in English. */
    public String reason() {
        return reason;
    }

    /** The reason as a message key and its arguments. */
    public RefusalReason why() {
        return why;
    }
}
