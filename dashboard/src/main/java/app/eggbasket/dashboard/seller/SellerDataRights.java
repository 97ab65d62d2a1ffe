package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.sharing.ReadLog;
import app.eggbasket.dashboard.sharing.Sharing;
import app.eggbasket.ingestion.privacy.SellerDataEraser;
import app.eggbasket.ingestion.privacy.SellerDataExport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A seller's rights over everything held about her: the export (her lake data plus who she shares with and
 * who read her data) and the erasure (the same, grants revoked, read log deleted).
 */
@Component
class SellerDataRights {

    private final SellerDataExport export;
    private final SellerDataEraser eraser;
    private final Sharing sharing;
    private final GrantStore grants;
    private final ReadLog reads;
    private final ObjectMapper json;

    SellerDataRights(SellerDataExport export, SellerDataEraser eraser, Sharing sharing, GrantStore grants, ReadLog reads,
                     ObjectMapper json) {
        this.export = export;
        this.eraser = eraser;
        this.sharing = sharing;
        this.grants = grants;
        this.reads = reads;
        this.json = json;
    }

    void writeZip(String seller, OutputStream out) {
        byte[] grantsJson;
        try {
            grantsJson = sharing.grantsOf(seller).isEmpty() ? new byte[0]
                    : json.writerWithDefaultPrettyPrinter().writeValueAsBytes(sharing.grantsOf(seller));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        export.writeZip(seller, out, Map.of("sharing/grants.json", grantsJson, "sharing/reads.jsonl", reads.bytes(seller)));
    }

    SellerDataEraser.Erased erase(String seller) {
        grants.revokeAll(seller);
        SellerDataEraser.Erased erased = eraser.erase(seller);
        reads.erase(seller);
        return erased;
    }
}
