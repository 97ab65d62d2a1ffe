WITH converted AS (
    SELECT l.seller_id, l.origin, l.channel, l.channel_kind, l.ingested_at,
           year(l.order_date) * 4 + quarter(l.order_date) - 1 AS quarter_id,
           l.revenue, 0 AS unconverted
    FROM {lines} l
    WHERE l.currency = {target} AND l.order_date >= {from} AND l.order_date < {to}
    UNION ALL
    SELECT l.seller_id, l.origin, l.channel, l.channel_kind, l.ingested_at,
           year(l.order_date) * 4 + quarter(l.order_date) - 1 AS quarter_id,
           CAST(round(l.revenue * f.factor, 2) AS DECIMAL(18,2)) AS revenue,
           CASE WHEN l.currency IS NOT NULL AND f.factor IS NULL THEN 1 ELSE 0 END AS unconverted
    FROM {lines} l
    LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
    WHERE (l.currency <> {target} OR l.currency IS NULL) AND l.order_date >= {from} AND l.order_date < {to}
),
quarterly AS (
    SELECT seller_id, origin, channel, quarter_id, sum(revenue) AS revenue, sum(unconverted) AS unconverted_lines,
           max(ingested_at) AS last_ingested, max_by(channel_kind, ingested_at) AS quarter_kind
    FROM converted
    GROUP BY seller_id, origin, channel, quarter_id
)
SELECT c.seller_no, q.channel, q.quarter_id,
       first_value(q.quarter_kind) OVER (PARTITION BY c.seller_no, q.channel
           ORDER BY CASE WHEN q.revenue IS NULL THEN 0 ELSE 1 END DESC, q.last_ingested DESC NULLS LAST,
                    q.quarter_kind DESC) AS channel_kind,
       CAST(q.revenue * 100 AS BIGINT) AS revenue_cents,
       CAST(q.unconverted_lines AS BIGINT) AS unconverted_lines
FROM quarterly q
JOIN {consenting} c ON c.seller_id = q.seller_id AND c.origin = q.origin
