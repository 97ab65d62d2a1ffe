SELECT year(order_date) AS y, month(order_date) AS m, channel,
       max_by(channel_kind, ingested_at) AS channel_kind,
       sum(revenue) AS revenue
FROM {lines}
WHERE order_date >= {from} AND order_date < {to}
GROUP BY year(order_date), month(order_date), channel
ORDER BY y, m, channel
