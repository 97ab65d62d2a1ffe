SELECT l.currency, min(l.order_date) AS first_date, max(l.order_date) AS last_date, count(*) AS line_count,
       CAST(sum(l.revenue) AS DECIMAL(18,2)) AS amount
FROM {source} l
LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
WHERE l.order_date >= {from} AND l.order_date < {to}
  AND l.currency <> {target} AND f.factor IS NULL
GROUP BY l.currency
ORDER BY l.currency
