package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.RefusalReason;

/** No known format (or more than one) matches the file's header. The message lists the known formats. */
public class FormatNotRecognisedException extends FileRefusedException {

    public FormatNotRecognisedException(String fileName, String reason, RefusalReason why) {
        super(fileName, reason, why);
    }
}
