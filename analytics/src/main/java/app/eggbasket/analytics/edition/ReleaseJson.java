package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.market.MarketReportJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A release as JSON: an edition as the public reads it ({@link #edition}), or a draft as its manager previews it
 * ({@link #draft}: the same, with its id and how many cells earlier releases made her withhold). Neither holds who
 * computed it, nor anything of one member. The API, the CLI and the Spark job all write these.
 */
public final class ReleaseJson {

    private ReleaseJson() {
    }

    public static ObjectNode edition(Release r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode coop = root.putObject("cooperative");
        coop.put("id", r.cooperative());
        coop.put("name", r.cooperativeName());
        if (r.published()) {
            root.put("edition", r.edition());
        }
        ObjectNode period = root.putObject("period");
        period.put("label", r.period().label());
        period.put("from", r.period().from().toString());
        period.put("to", r.period().to().toString());
        ObjectNode covered = root.putObject("covered");
        covered.put("from", r.coveredFrom().toString());
        covered.put("to", r.coveredTo().toString());
        root.put("computedAt", r.computedAt().toString());
        if (r.published()) {
            root.put("publishedAt", r.publishedAt().toString());
        }
        root.put("engine", r.engine());
        root.put("contributingMembers", r.contributing());
        root.set("report", MarketReportJson.json(r.report()));
        return root;
    }

    public static ObjectNode draft(Release r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", r.id());
        root.put("status", r.published() ? "PUBLISHED" : "DRAFT");
        root.put("withheldForDifferencing", r.withheldForDifferencing());
        root.setAll(edition(r));
        return root;
    }
}
