SELECT DISTINCT currency
FROM {lines}
WHERE order_date >= {from} AND order_date < {to}
ORDER BY currency
