(SELECT l.channel, l.channel_kind, l.order_id, l.line_id, l.order_date, l.ingested_at, l.currency, l.quantity, l.source_format,
        CASE WHEN l.currency = {target} THEN l.revenue
             ELSE CAST(round(l.revenue * f.factor, 2) AS DECIMAL(18,2)) END AS revenue,
        CASE WHEN l.currency = {target} OR l.fees IS NULL THEN l.fees
             ELSE CAST(round(l.fees * f.factor, 2) AS DECIMAL(18,2)) END AS fees
 FROM {source} l
 LEFT JOIN {factors} f ON f.currency = l.currency AND f.day = l.order_date
 WHERE l.currency = {target} OR f.factor IS NOT NULL)
