WITH lines AS (
  SELECT channel, order_date, order_id, source_format, revenue, quantity,
         CASE WHEN fees IS NULL THEN 0 ELSE 1 END AS fees_stated
  FROM {lines}
  WHERE order_date >= {from} AND order_date < {to}
),
per_order AS (
  SELECT channel, order_date, source_format, fees_stated, order_id, sum(revenue) AS revenue
  FROM lines
  GROUP BY channel, order_date, source_format, fees_stated, order_id
),
orders AS (
  SELECT channel, order_date, source_format, fees_stated, count(*) AS orders
  FROM per_order
  WHERE revenue > 0
  GROUP BY channel, order_date, source_format, fees_stated
),
per_day AS (
  SELECT channel, order_date, source_format, fees_stated,
         sum(revenue) AS revenue,
         sum(CASE WHEN revenue > 0 THEN quantity ELSE 0 END) AS units,
         count(*) AS line_count
  FROM lines
  GROUP BY channel, order_date, source_format, fees_stated
)
SELECT d.channel, d.order_date AS day, d.source_format, d.fees_stated, d.revenue, coalesce(o.orders, 0) AS orders,
       d.units, d.line_count
FROM per_day d LEFT JOIN orders o
  ON o.channel = d.channel AND o.order_date = d.order_date AND o.source_format = d.source_format
 AND o.fees_stated = d.fees_stated
ORDER BY d.channel, d.order_date, d.source_format, d.fees_stated
