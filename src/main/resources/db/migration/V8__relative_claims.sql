-- A date a source gives relative to itself ("지난달", last month) keeps its basis: the source it
-- counts from and the offset. Its value is derived from that source's date when written, and
-- derived again whenever the source's date is corrected.
ALTER TABLE claim
    ADD COLUMN relative_source_id bigint REFERENCES source (id),
    ADD COLUMN relative_months    integer CHECK (relative_months BETWEEN -1200 AND 1200),
    ADD COLUMN relative_month     integer CHECK (relative_month BETWEEN 1 AND 12),
    ADD COLUMN relative_day       integer CHECK (relative_day BETWEEN 1 AND 31),
    ADD CONSTRAINT claim_relative_offset CHECK (relative_source_id IS NULL
        OR num_nonnulls(relative_months, relative_month) = 1);
CREATE INDEX claim_relative_source_idx ON claim (relative_source_id) WHERE relative_source_id IS NOT NULL;
