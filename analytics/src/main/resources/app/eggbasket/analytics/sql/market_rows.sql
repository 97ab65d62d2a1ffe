SELECT l.seller_id, l.channel, year(l.order_date) AS y, quarter(l.order_date) AS q,
       max_by(l.channel_kind, l.ingested_at) AS channel_kind,
       max(l.ingested_at) AS last_ingested,
       sum(CASE WHEN l.currency = {target} THEN l.revenue
                WHEN f.factor IS NOT NULL THEN CAST(round(l.revenue * f.factor, 2) AS DECIMAL(18,2)) END) AS revenue,
       sum(CASE WHEN l.currency <> {target} AND f.factor IS NULL THEN 1 ELSE 0 END) AS unconverted_lines
FROM {lines} l
JOIN {consenting} c ON c.seller_id = l.seller_id
LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
WHERE l.order_date >= {from} AND l.order_date < {to}
GROUP BY l.seller_id, l.channel, year(l.order_date), quarter(l.order_date)
ORDER BY l.seller_id, l.channel, y, q
