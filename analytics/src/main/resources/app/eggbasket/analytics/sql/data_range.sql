SELECT min(order_date) AS first_date, max(order_date) AS last_date
FROM {lines}
