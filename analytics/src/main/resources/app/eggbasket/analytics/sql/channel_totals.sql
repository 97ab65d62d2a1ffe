WITH lines AS (
  SELECT * FROM {lines}
  WHERE order_date >= {from} AND order_date < {to}
),
per_order AS (
  SELECT channel, order_id, sum(revenue) AS revenue
  FROM lines
  GROUP BY channel, order_id
),
orders AS (
  SELECT channel, count(*) AS orders
  FROM per_order
  WHERE revenue > 0
  GROUP BY channel
),
per_channel AS (
  SELECT channel,
         max_by(channel_kind, ingested_at) AS channel_kind,
         sum(revenue) AS revenue,
         coalesce(sum(fees), 0) AS fees,
         count(fees) AS fee_lines,
         count(*) AS line_count
  FROM lines
  GROUP BY channel
)
SELECT c.channel, c.channel_kind, c.revenue, c.fees, c.fee_lines, c.line_count, coalesce(o.orders, 0) AS orders
FROM per_channel c LEFT JOIN orders o ON o.channel = c.channel
ORDER BY c.revenue DESC, c.channel
