-- What PostGraphile needs to answer the filtered list the way the service does: a date-range
-- filter over partial dates is not a column condition, so PostGraphile gets a function (its
-- documented way to add such a filter), with the same SQL condition as the service's
-- DateRange.overlaps and the same order by amount, in the same expressions, so that it can use
-- the same index. Lives in its own schema; the service never sees it.
CREATE SCHEMA IF NOT EXISTS peer_bench;

CREATE OR REPLACE FUNCTION peer_bench.investments_announced_between(currency text, range_start date, range_end date)
    RETURNS SETOF public.investment
    LANGUAGE sql STABLE AS $$
SELECT x.* FROM public.investment x
WHERE x.currency = investments_announced_between.currency
  AND x.announced_on IS NOT NULL
  AND public.pd_end(x.announced_on) >= range_start
  AND public.pd_start(x.announced_on) <= range_end
  AND public.pd_sort(x.announced_on) BETWEEN range_start - 366 AND range_end
ORDER BY (x.amount IS NOT NULL) DESC, coalesce(x.amount, 0) DESC, x.id DESC
$$;
