-- Activities: what a person or company did over a period, as a source reports it (a business
-- trip, a visit, a meeting), such as KT's CEO leaving for Europe on 28 July 2024. The second kind
-- added as a slice of its own (activity/).
CREATE SEQUENCE activity_seq INCREMENT BY 50;
CREATE TABLE activity (
    id             bigint PRIMARY KEY DEFAULT nextval('activity_seq'),
    key            text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    person_id      bigint REFERENCES person (id),
    company_id     bigint REFERENCES company (id),
    description    text        NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    description_ko text CHECK (length(description_ko) BETWEEN 1 AND 1000),
    started_on     partial_date,
    ended_on       partial_date,
    place          text CHECK (length(place) BETWEEN 1 AND 200),
    version        integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text,
    CHECK (num_nonnulls(person_id, company_id) >= 1),
    CHECK (pd_ordered(started_on, ended_on))
);
CREATE INDEX activity_person_idx ON activity (person_id, pd_sort(started_on) DESC, id DESC) WHERE person_id IS NOT NULL;
CREATE INDEX activity_company_idx ON activity (company_id, pd_sort(started_on) DESC, id DESC) WHERE company_id IS NOT NULL;

ALTER TABLE citation ADD COLUMN activity_id bigint REFERENCES activity (id) ON DELETE CASCADE;
ALTER TABLE citation DROP CONSTRAINT citation_one_fact;
ALTER TABLE citation ADD CONSTRAINT citation_one_fact CHECK (num_nonnulls(company_id, person_id, executive_id, alliance_id,
    membership_id, investment_id, statement_id, product_id, figure_id, exchange_rate_id, claim_id, activity_id) = 1);
CREATE INDEX citation_activity_idx ON citation (activity_id) WHERE activity_id IS NOT NULL;
