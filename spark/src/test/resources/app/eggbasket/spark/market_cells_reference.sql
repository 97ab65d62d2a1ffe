WITH converted AS (
    SELECT l.seller_id, l.channel, l.channel_kind, l.ingested_at,
           year(l.order_date) * 4 + quarter(l.order_date) - 1 AS quarter_id,
           CASE WHEN l.currency = 'EUR' THEN l.revenue
                ELSE CAST(round(l.revenue * f.factor, 2) AS DECIMAL(18,2)) END AS revenue
    FROM lines l
    JOIN consenting c ON c.seller_id = l.seller_id
    LEFT JOIN factors f ON f.currency = l.currency AND f.day = l.order_date
),
quarterly AS (
    SELECT seller_id, channel, quarter_id, sum(revenue) AS revenue,
           max(ingested_at) AS last_ingested, max_by(channel_kind, ingested_at) AS quarter_kind
    FROM converted GROUP BY seller_id, channel, quarter_id
),
kinded AS (
    SELECT seller_id, channel, quarter_id, revenue,
           first_value(quarter_kind) OVER (PARTITION BY seller_id, channel
                                           ORDER BY last_ingested DESC NULLS LAST, quarter_kind DESC) AS kind
    FROM quarterly WHERE revenue IS NOT NULL
),
by_period AS (
    SELECT seller_id, channel, kind, quarter_id AS period, revenue FROM kinded
    UNION ALL
    SELECT seller_id, channel, kind, -1 AS period, sum(revenue) AS revenue FROM kinded GROUP BY seller_id, channel, kind
),
users AS (
    SELECT channel, kind, count(*) AS sellers FROM by_period WHERE period = -1 AND revenue > 0 GROUP BY channel, kind
),
labelled AS (
    SELECT b.seller_id, b.period, b.kind,
           CASE WHEN u.sellers >= 3 THEN b.channel ELSE '(other)' END AS label, b.revenue,
           CASE WHEN b.revenue > 0 THEN b.revenue ELSE 0 END AS positive,
           CASE WHEN b.revenue > 0 AND b.kind IN ('MARKETPLACE', 'SOCIAL') THEN b.revenue ELSE 0 END AS platform
    FROM by_period b LEFT JOIN users u ON u.channel = b.channel AND u.kind = b.kind
),
seller_periods AS (
    SELECT seller_id, period, sum(revenue) AS revenue, sum(positive) AS positive_total, max(platform) AS top_platform
    FROM labelled GROUP BY seller_id, period
),
contributions AS (
    SELECT seller_id, period, 'CHANNEL' AS dim, label, kind, sum(revenue) AS revenue, sum(positive) AS positive
    FROM labelled GROUP BY seller_id, period, label, kind
    UNION ALL
    SELECT seller_id, period, 'KIND' AS dim, '' AS label, kind, sum(revenue) AS revenue, sum(positive) AS positive
    FROM labelled WHERE period = -1 GROUP BY seller_id, period, kind
    UNION ALL
    SELECT seller_id, period, 'TOTAL' AS dim, '' AS label, '' AS kind, revenue, positive_total AS positive
    FROM seller_periods
),
valued AS (
    SELECT c.dim, c.label, c.kind, c.period, c.revenue,
           CASE WHEN c.dim <> 'TOTAL' AND s.positive_total > 0 THEN CAST(c.positive AS DOUBLE) / CAST(s.positive_total AS DOUBLE) END AS share,
           CASE WHEN s.top_platform > 0 AND s.positive_total > 0 THEN CAST(s.top_platform AS DOUBLE) / CAST(s.positive_total AS DOUBLE) ELSE 0 END AS tps
    FROM contributions c JOIN seller_periods s ON s.seller_id = c.seller_id AND s.period = c.period
)
SELECT dim, label, kind, period, sum(revenue) AS revenue,
       sum(CASE WHEN revenue > 0 THEN 1 ELSE 0 END) AS sellers,
       sum(CASE WHEN revenue > 0 THEN revenue ELSE 0 END) AS positive,
       max(CASE WHEN revenue > 0 THEN revenue ELSE 0 END) AS largest,
       sum(CASE WHEN revenue > 0 AND tps >= 0.5 THEN 1 ELSE 0 END) AS critical,
       sum(CASE WHEN revenue > 0 AND tps >= 0.25 AND tps < 0.5 THEN 1 ELSE 0 END) AS high,
       sum(CASE WHEN revenue > 0 AND tps >= 0.1 AND tps < 0.25 THEN 1 ELSE 0 END) AS moderate,
       sum(CASE WHEN revenue > 0 AND tps < 0.1 THEN 1 ELSE 0 END) AS low,
       percentile(CASE WHEN revenue > 0 THEN share END, 0.5) AS median_share,
       percentile(CASE WHEN revenue > 0 THEN tps END, array(0.25, 0.5, 0.75)) AS top_platform_share
FROM valued
GROUP BY dim, label, kind, period
