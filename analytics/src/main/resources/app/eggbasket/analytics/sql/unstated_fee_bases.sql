WITH lines AS (
  SELECT * FROM {lines}
  WHERE order_date >= {from} AND order_date < {to} AND fees IS NULL
),
per_order AS (
  SELECT channel, order_date, order_id, sum(revenue) AS revenue
  FROM lines
  GROUP BY channel, order_date, order_id
),
orders AS (
  SELECT channel, order_date, count(*) AS orders
  FROM per_order
  WHERE revenue > 0
  GROUP BY channel, order_date
),
per_day AS (
  SELECT channel, order_date,
         sum(revenue) AS revenue,
         sum(CASE WHEN revenue > 0 THEN quantity ELSE 0 END) AS units,
         count(*) AS line_count
  FROM lines
  GROUP BY channel, order_date
)
SELECT d.channel, d.order_date AS day, d.revenue, coalesce(o.orders, 0) AS orders, d.units, d.line_count
FROM per_day d LEFT JOIN orders o ON o.channel = d.channel AND o.order_date = d.order_date
ORDER BY d.channel, d.order_date
