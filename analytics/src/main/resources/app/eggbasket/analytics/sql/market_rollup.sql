SELECT seller_id, channel, channel_kind,
       CAST(year(order_date) * 4 + quarter(order_date) - 1 AS INT) AS quarter_id,
       currency,
       CAST(sum(revenue) * 100 AS BIGINT) AS revenue_cents,
       max(CASE WHEN revenue IS NOT NULL THEN ingested_at END) AS last_ingested
FROM {lines}
WHERE currency IS NOT NULL
GROUP BY seller_id, channel, channel_kind, CAST(year(order_date) * 4 + quarter(order_date) - 1 AS INT), currency
ORDER BY seller_id, channel, quarter_id
