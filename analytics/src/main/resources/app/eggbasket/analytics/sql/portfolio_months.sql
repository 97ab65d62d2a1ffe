-- An advisor's portfolio (DESIGN §10): for every client at once, revenue per channel and calendar month over the
-- 15 months ending with her latest sale month (12 for the figures, 3 more for the risk a quarter earlier), in the
-- lines' own currency and converted to {target}, with what could not be converted for want of a rate.
WITH client_lines AS (
    SELECT l.seller_id, l.channel, l.channel_kind, l.ingested_at, l.order_date, l.currency, l.revenue
    FROM {lines} l
    JOIN {clients} c ON c.seller_id = l.seller_id
), latest AS (
    SELECT seller_id, max(order_date) AS last_day FROM client_lines GROUP BY seller_id
)
SELECT l.seller_id, t.last_day, l.channel, year(l.order_date) AS y, month(l.order_date) AS m,
       max_by(l.channel_kind, l.ingested_at) AS channel_kind,
       max(l.ingested_at) AS last_ingested,
       sum(l.revenue) AS revenue,
       string_agg(DISTINCT l.currency, ',' ORDER BY l.currency) AS currencies,
       sum(CASE WHEN l.currency = {target} THEN l.revenue
                WHEN f.factor IS NOT NULL THEN CAST(round(l.revenue * f.factor, 2) AS DECIMAL(18,2)) END) AS converted,
       sum(CASE WHEN l.currency <> {target} AND f.factor IS NULL THEN 1 ELSE 0 END) AS unconverted_lines,
       min(CASE WHEN l.currency <> {target} AND f.factor IS NULL THEN l.order_date END) AS unconverted_from,
       max(CASE WHEN l.currency <> {target} AND f.factor IS NULL THEN l.order_date END) AS unconverted_to
FROM client_lines l
JOIN latest t ON t.seller_id = l.seller_id
LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
WHERE l.order_date >= CAST(date_trunc('month', t.last_day) - INTERVAL 14 MONTH AS DATE)
GROUP BY l.seller_id, t.last_day, l.channel, year(l.order_date), month(l.order_date)
