SELECT count(*) AS line_count
FROM {lines} l
JOIN {consenting} c ON c.seller_id = l.seller_id
LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
WHERE l.order_date >= {from} AND l.order_date < {to}
  AND l.currency <> {target} AND f.factor IS NULL
