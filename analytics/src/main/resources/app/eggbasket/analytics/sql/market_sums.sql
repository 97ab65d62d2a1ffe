WITH converted AS (
    SELECT l.seller_id, l.origin, l.channel, l.channel_kind, l.ingested_at,
           CAST(year(l.order_date) * 4 + quarter(l.order_date) - 1 AS INT) AS quarter_id,
           l.revenue, 0 AS unconverted
    FROM {lines} l
    WHERE l.currency = {target} AND l.order_date >= {from} AND l.order_date < {to}
    UNION ALL
    SELECT l.seller_id, l.origin, l.channel, l.channel_kind, l.ingested_at,
           CAST(year(l.order_date) * 4 + quarter(l.order_date) - 1 AS INT) AS quarter_id,
           CAST(round(l.revenue * f.factor, 2) AS DECIMAL(18,2)) AS revenue,
           CASE WHEN l.currency IS NOT NULL AND f.factor IS NULL THEN 1 ELSE 0 END AS unconverted
    FROM {lines} l
    LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
    WHERE (l.currency <> {target} OR l.currency IS NULL) AND l.order_date >= {from} AND l.order_date < {to}
),
line_sums AS (
    SELECT seller_id, origin, channel, channel_kind, quarter_id,
           CAST(sum(revenue) * 100 AS BIGINT) AS revenue_cents,
           CAST(sum(unconverted) AS BIGINT) AS unconverted_lines,
           max(CASE WHEN revenue IS NOT NULL THEN ingested_at END) AS last_ingested
    FROM converted
    GROUP BY seller_id, origin, channel, channel_kind, quarter_id
),
sums AS (
    SELECT r.seller_id, r.origin, r.channel, r.channel_kind, r.quarter_id, r.revenue_cents,
           CAST(0 AS BIGINT) AS unconverted_lines, r.last_ingested
    FROM {rollup} r
    WHERE r.currency = {target} AND r.quarter_id >= {from_quarter} AND r.quarter_id < {to_quarter}
    UNION ALL
    SELECT seller_id, origin, channel, channel_kind, quarter_id, revenue_cents, unconverted_lines, last_ingested
    FROM line_sums
)
SELECT c.seller_no,
       n.channel_no,
       CASE WHEN n.channel_no IS NULL THEN s.channel END AS channel,
       {kind_number} AS kind_no,
       s.quarter_id,
       s.revenue_cents,
       s.unconverted_lines,
       {epoch_micros}(s.last_ingested) AS last_ingested_us
FROM sums s
JOIN {consenting} c ON c.seller_id = s.seller_id AND c.origin = s.origin
LEFT JOIN {channel_numbers} n ON n.channel = s.channel
