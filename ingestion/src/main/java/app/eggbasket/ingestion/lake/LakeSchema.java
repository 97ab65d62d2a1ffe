package app.eggbasket.ingestion.lake;

/** The Parquet schema of the sales lake: the canonical line (DESIGN §3) plus when it was ingested. */
public final class LakeSchema {

    /** The columns of a sale line, in file order: all but {@code ingested_at}. */
    public static final String LINE_COLUMNS = """
            seller_id VARCHAR NOT NULL,
            channel VARCHAR NOT NULL,
            channel_kind VARCHAR NOT NULL,
            source_format VARCHAR NOT NULL,
            upload_id VARCHAR NOT NULL,
            source_line INTEGER NOT NULL,
            order_id VARCHAR NOT NULL,
            line_id VARCHAR NOT NULL,
            ordered_at TIMESTAMP NOT NULL,
            order_date DATE NOT NULL,
            item VARCHAR,
            sku VARCHAR,
            quantity INTEGER NOT NULL,
            currency VARCHAR NOT NULL,
            items DECIMAL(18,2) NOT NULL,
            discount DECIMAL(18,2) NOT NULL,
            shipping DECIMAL(18,2) NOT NULL,
            tax DECIMAL(18,2) NOT NULL,
            refund DECIMAL(18,2) NOT NULL,
            fees DECIMAL(18,2),
            revenue DECIMAL(18,2) NOT NULL,
            buyer_ref VARCHAR,
            buyer_country VARCHAR,
            status VARCHAR NOT NULL
            """;

    /** Column definitions in file order. Money is DECIMAL(18,2); ordered_at is a UTC instant. */
    public static final String COLUMNS = LINE_COLUMNS.substring(0, LINE_COLUMNS.length() - 1)
            + ",\ningested_at TIMESTAMP NOT NULL\n";

    private LakeSchema() {
    }
}
