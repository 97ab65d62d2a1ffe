package app.eggbasket.ingestion.read;

/**
 * A structural problem that refuses a whole file: unknown header, broken quoting, binary content.
 * Nothing of the file is stored. The message names the file (and the line when one is to blame),
 * what was expected and what was found.
 */
public class FileRefusedException extends RuntimeException {

    private final String fileName;
    private final String reason;

    public FileRefusedException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public FileRefusedException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The reason without the file name. */
    public String reason() {
        return reason;
    }
}
