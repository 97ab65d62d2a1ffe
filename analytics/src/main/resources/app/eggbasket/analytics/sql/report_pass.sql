SELECT * FROM (
SELECT 'range' AS part, CAST(NULL AS STRING) AS channel, CAST(NULL AS STRING) AS channel_kind,
       first_date AS day, last_date, CAST(NULL AS STRING) AS currency, CAST(NULL AS STRING) AS source_format,
       CAST(NULL AS INT) AS fees_stated, CAST(NULL AS DECIMAL(18,2)) AS revenue, CAST(NULL AS DECIMAL(18,2)) AS fees,
       CAST(NULL AS BIGINT) AS fee_lines, CAST(NULL AS BIGINT) AS line_count, CAST(NULL AS BIGINT) AS orders,
       CAST(NULL AS BIGINT) AS units
FROM ({data_range}) range_part
UNION ALL
SELECT 'currency', NULL, NULL, NULL, NULL, currency, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM ({currencies}) currency_part
UNION ALL
SELECT 'channel', channel, channel_kind, NULL, NULL, NULL, NULL, NULL, revenue, fees, fee_lines, line_count, orders, NULL
FROM ({channel_totals}) channel_part
UNION ALL
SELECT 'fee_base', channel, NULL, day, NULL, NULL, source_format, fees_stated, revenue, NULL, NULL, line_count, orders, units
FROM ({fee_bases}) fee_base_part
) report_pass
ORDER BY part, CASE WHEN part = 'channel' THEN revenue END DESC, channel, day, source_format, fees_stated, currency
