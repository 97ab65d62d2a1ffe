package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.cooperative.Cooperatives;
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
import java.util.List;
import java.util.Map;

/**
 * A seller's rights over everything held about her: the export (her lake data, who she shares with, who read
 * her data, her cooperatives and consents) and the erasure (the same: grants revoked, read log deleted, consents
 * withdrawn and memberships forgotten; editions already published stay as they are).
 */
@Component
class SellerDataRights {

    private final SellerDataExport export;
    private final SellerDataEraser eraser;
    private final Sharing sharing;
    private final GrantStore grants;
    private final ReadLog reads;
    private final Cooperatives cooperatives;
    private final app.eggbasket.dashboard.cooperative.Editions editions;
    private final ObjectMapper json;

    SellerDataRights(SellerDataExport export, SellerDataEraser eraser, Sharing sharing, GrantStore grants, ReadLog reads,
                     Cooperatives cooperatives, app.eggbasket.dashboard.cooperative.Editions editions, ObjectMapper json) {
        this.export = export;
        this.eraser = eraser;
        this.sharing = sharing;
        this.grants = grants;
        this.reads = reads;
        this.cooperatives = cooperatives;
        this.editions = editions;
        this.json = json;
    }

    void writeZip(String seller, OutputStream out) {
        Map<String, byte[]> more = new java.util.TreeMap<>();
        List<Sharing.GrantStatus> granted = sharing.grantsOf(seller);
        more.put("sharing/grants.json", granted.isEmpty() ? new byte[0] : json(granted));
        more.put("sharing/reads.jsonl", reads.bytes(seller));
        for (Cooperatives.Standing standing : cooperatives.of(seller)) {
            String coop = standing.cooperative().id();
            more.put("cooperatives/" + coop + ".json", json(Map.of("cooperative", coop, "name", standing.cooperative().name(),
                    "membership", standing.membership(), "consentSince",
                    String.valueOf(cooperatives.members(coop).consents().since(seller).orElse(null)))));
        }
        List<Map<String, Object>> included = editions.including(seller).stream().map(i -> Map.<String, Object>of(
                "cooperative", i.cooperative().id(), "edition", i.edition().edition(), "period", i.edition().period().label(),
                "publishedAt", i.edition().publishedAt().toString())).toList();
        if (!included.isEmpty()) {
            more.put("cooperatives/editions-including-me.json", json(included));
        }
        export.writeZip(seller, out, more);
    }

    private byte[] json(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    SellerDataEraser.Erased erase(String seller) {
        grants.revokeAll(seller);
        cooperatives.of(seller).forEach(s -> cooperatives.members(s.cooperative().id()).forget(seller));
        editions.forget(seller); // published editions stay; her id leaves their private snapshots
        SellerDataEraser.Erased erased = eraser.erase(seller);
        reads.erase(seller);
        return erased;
    }
}
