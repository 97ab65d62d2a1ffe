package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.FileRefusedException;

/** No known format (or more than one) matches the file's header. The message lists the known formats. */
public class FormatNotRecognisedException extends FileRefusedException {

    public FormatNotRecognisedException(String fileName, String reason) {
        super(fileName, reason);
    }
}
