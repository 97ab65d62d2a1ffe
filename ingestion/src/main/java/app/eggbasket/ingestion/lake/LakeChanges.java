package app.eggbasket.ingestion.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.UUID;

/**
 * A lake-wide change token, {@code lake/changes}: one small file holding a random UUID that is replaced
 * whenever any seller's sales file is written, replaced or erased. A reader that derived something from the
 * sellers' files (a compact copy of the lake) keeps the token it read, and knows its result is still current
 * while the token is unchanged, with one read instead of a look at every seller's file.
 * <p>
 * <b>Writers.</b> Whoever replaces or deletes a seller's sales file calls {@link #record()} immediately
 * before the change (after everything that may still fail and leave the file as it was) and again
 * immediately after it. Each call writes a new UUID (a temporary file of a unique name in {@code lake/.tmp},
 * then an atomic rename over {@code lake/changes}), so writers in several processes need no lock: the
 * last rename wins, and every value differs from every value written earlier.
 * <p>
 * <b>Readers.</b> Read {@link #current()} <em>before</em> reading any seller's file, do the work, keep
 * that token with the result. Later the result is current when {@link #current()} still returns it:
 * <ul>
 *   <li>a change whose first record came between the reader's read and the check has changed the token
 *       (that record wrote a new value after the reader's read);</li>
 *   <li>a change whose second record came before the check either changed the token (when that record
 *       followed the reader's read) or was complete before the reader read the token, so before it read any
 *       file, and the result includes it.</li>
 * </ul>
 * What can go unseen is only a change in progress across the whole interval: its first record made before
 * the reader read the token and its second not yet made when the reader checks. Such a change is seen as soon
 * as its writer makes the second record, immediately after the rename or delete. Should the writer crash
 * exactly between its change and its second record, the token keeps the first record's value: a result
 * whose token was read before that first record is still seen as stale (this is what the first record is
 * for), but one whose token was read after it and whose files were read before the change is not, until the
 * next recorded change of any seller's file.
 * <p>
 * {@code ""} (no change ever recorded: a fresh data directory, or one written only by versions of Eggbasket
 * without the token) compares like any other token: files written before the first record are as the reader
 * saw them. Writers of such older versions do not record, so the token says nothing about their changes.
 */
public final class LakeChanges {

    private final Lake lake;

    public LakeChanges(Lake lake) {
        this.lake = lake;
    }

    /**
     * The current token: changes whenever any seller's sales file is written, replaced or erased;
     * {@code ""} when none was ever recorded.
     */
    public String current() {
        try {
            return Files.readString(lake.changesFile(), StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + lake.changesFile(), e);
        }
    }

    /**
     * Records a change: writes a new random token (UUID) to {@code lake/changes} atomically (a temporary file in
     * {@code lake/.tmp}, then an atomic rename). Call it immediately before and again immediately after replacing
     * or deleting a seller's sales file.
     */
    public void record() {
        try {
            PrivateFiles.writeAtomically(lake.changesFile(),
                    (UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8), lake.tmpDir(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a change of the lake in " + lake.changesFile(), e);
        }
    }
}
