-- Saying exactly what the sources say (issue 10): competing claims with ranks, dated status
-- changes, the details analysts expect of an investment, and where names and descriptions come
-- from. Everything is additive: old rows keep their meaning.

-- ---------------------------------------------------------------------------------------------
-- Statuses: a tie can be promised, and a status no source gives is UNKNOWN, never a guess.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE alliance DROP CONSTRAINT alliance_status_check;
ALTER TABLE alliance ADD CONSTRAINT alliance_status_check
    CHECK (status IN ('PROMISED', 'PLANNED', 'EXPLORING', 'ACTIVE', 'ENDED', 'UNKNOWN'));
ALTER TABLE product DROP CONSTRAINT product_status_check;
ALTER TABLE product ADD CONSTRAINT product_status_check CHECK (status IN ('PLANNED', 'LAUNCHED', 'RETIRED', 'UNKNOWN'));
CREATE INDEX alliance_status_idx ON alliance (status, id);

-- ---------------------------------------------------------------------------------------------
-- Claims (Wikidata's statements with ranks): what one or more sources say about one attribute of
-- a fact. Several claims of one attribute compete; the fact's own column holds the one that wins
-- (the preferred claim, or the value every claim that is not deprecated agrees on, else null).
-- Status claims are the tie's or product's history: each takes effect on its date.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE claim_seq INCREMENT BY 50;
CREATE TABLE claim (
    id            bigint PRIMARY KEY DEFAULT nextval('claim_seq'),
    source_id     bigint REFERENCES source (id) ON DELETE CASCADE,
    alliance_id   bigint REFERENCES alliance (id) ON DELETE CASCADE,
    membership_id bigint REFERENCES membership (id) ON DELETE CASCADE,
    investment_id bigint REFERENCES investment (id) ON DELETE CASCADE,
    product_id    bigint REFERENCES product (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    attribute     text    NOT NULL CHECK (attribute ~ '^[a-z][A-Za-z]*$' AND length(attribute) <= 40),
    value         text    NOT NULL CHECK (length(value) BETWEEN 1 AND 500),
    effective_on  partial_date,
    rank          text    NOT NULL CHECK (rank IN ('PREFERRED', 'NORMAL', 'DEPRECATED')),
    reason        text CHECK (length(reason) <= 1000),
    words         text CHECK (length(words) <= 500),
    inferred      boolean NOT NULL DEFAULT false,
    note          text CHECK (length(note) <= 1000),
    CHECK (num_nonnulls(source_id, alliance_id, membership_id, investment_id, product_id) = 1),
    CHECK (rank <> 'DEPRECATED' OR reason IS NOT NULL)
);
CREATE INDEX claim_source_idx ON claim (source_id, ordinal) WHERE source_id IS NOT NULL;
CREATE INDEX claim_alliance_idx ON claim (alliance_id, ordinal) WHERE alliance_id IS NOT NULL;
CREATE INDEX claim_membership_idx ON claim (membership_id, ordinal) WHERE membership_id IS NOT NULL;
CREATE INDEX claim_investment_idx ON claim (investment_id, ordinal) WHERE investment_id IS NOT NULL;
CREATE INDEX claim_product_idx ON claim (product_id, ordinal) WHERE product_id IS NOT NULL;
-- The status history of ties, read for every membership edge of a dated network.
CREATE INDEX claim_alliance_status_idx ON claim (alliance_id, pd_sort(effective_on))
    WHERE alliance_id IS NOT NULL AND attribute = 'status' AND rank <> 'DEPRECATED';

ALTER TABLE citation ADD COLUMN claim_id bigint REFERENCES claim (id) ON DELETE CASCADE;
ALTER TABLE citation DROP CONSTRAINT citation_one_fact;
ALTER TABLE citation ADD CONSTRAINT citation_one_fact CHECK (num_nonnulls(company_id, person_id, executive_id,
    alliance_id, membership_id, investment_id, statement_id, product_id, figure_id, exchange_rate_id, claim_id) = 1);
CREATE INDEX citation_claim_idx ON citation (claim_id) WHERE claim_id IS NOT NULL;

-- A tie's status on a date: the latest status claim in effect by the date's end (an undated claim
-- counts from the start), the preferred one first among claims of one date. With no status
-- claims the tie's own status stands for every date; with claims only after the date, the tie did
-- not exist yet (null).
CREATE FUNCTION tie_status_on(tie bigint, current_status text, on_end date) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT CASE
    WHEN on_end IS NULL THEN current_status
    WHEN NOT EXISTS (SELECT 1 FROM claim c WHERE c.alliance_id = tie AND c.attribute = 'status' AND c.rank <> 'DEPRECATED')
        THEN current_status
    ELSE (SELECT c.value FROM claim c
          WHERE c.alliance_id = tie AND c.attribute = 'status' AND c.rank <> 'DEPRECATED'
            AND (c.effective_on IS NULL OR pd_start(c.effective_on) <= on_end)
          ORDER BY pd_sort(c.effective_on) DESC NULLS LAST, (c.rank = 'PREFERRED') DESC, c.ordinal DESC
          LIMIT 1)
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Investments as analysts expect them (Crunchbase's investment in a funding round)
-- ---------------------------------------------------------------------------------------------
ALTER TABLE investment
    ADD COLUMN instrument      text CHECK (instrument IN ('COMMON_EQUITY', 'PREFERRED_EQUITY', 'CONVERTIBLE_PREFERRED_EQUITY',
                                                          'CONVERTIBLE_NOTE', 'SAFE', 'DEBT', 'OTHER')),
    ADD COLUMN round_type      text CHECK (round_type IN ('PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B', 'SERIES_C',
                                                          'SERIES_D', 'SERIES_E_OR_LATER', 'CORPORATE_ROUND', 'STRATEGIC',
                                                          'PRIVATE_EQUITY', 'DEBT_FINANCING', 'OTHER')),
    ADD COLUMN round_name      text CHECK (length(round_name) BETWEEN 1 AND 200),
    ADD COLUMN round_amount    numeric(20, 2) CHECK (round_amount >= 0),
    ADD COLUMN round_currency  char(3) CHECK (round_currency ~ '^[A-Z]{3}$'),
    ADD COLUMN stake_percent   numeric(7, 4) CHECK (stake_percent > 0 AND stake_percent <= 100),
    ADD COLUMN stake_qualifier text CHECK (stake_qualifier IN ('EXACT', 'ABOUT', 'AT_LEAST', 'AT_MOST')),
    ADD COLUMN is_lead         boolean,
    ADD COLUMN closed_on       partial_date,
    ADD COLUMN amount_status   text NOT NULL DEFAULT 'NOT_REPORTED'
        CHECK (amount_status IN ('DISCLOSED', 'UNDISCLOSED', 'NOT_REPORTED'));
UPDATE investment SET amount_status = 'DISCLOSED' WHERE amount IS NOT NULL;
ALTER TABLE investment
    ADD CONSTRAINT investment_amount_status CHECK ((amount IS NOT NULL) = (amount_status = 'DISCLOSED')),
    ADD CONSTRAINT investment_round_currency CHECK (round_amount IS NULL OR round_currency IS NOT NULL),
    ADD CONSTRAINT investment_stake_qualifier CHECK (stake_percent IS NULL OR stake_qualifier IS NOT NULL),
    ADD CONSTRAINT investment_dates_ordered CHECK (pd_ordered(announced_on, closed_on));

-- Other investors in the same round, as a source names them.
CREATE TABLE investment_co_investor (
    investment_id bigint  NOT NULL REFERENCES investment (id) ON DELETE CASCADE,
    company_id    bigint  NOT NULL REFERENCES company (id),
    ordinal       integer NOT NULL,
    PRIMARY KEY (investment_id, company_id)
);
CREATE INDEX investment_co_investor_company_idx ON investment_co_investor (company_id);

-- ---------------------------------------------------------------------------------------------
-- Where names and descriptions come from: a source, general knowledge, or a label this dataset
-- coined because no source names the thing.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE company DROP CONSTRAINT company_identity_basis_check;
ALTER TABLE company ADD CONSTRAINT company_identity_basis_check
    CHECK (identity_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED', 'DATASET_LABEL'));
ALTER TABLE person DROP CONSTRAINT person_identity_basis_check;
ALTER TABLE person ADD CONSTRAINT person_identity_basis_check
    CHECK (identity_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED', 'DATASET_LABEL'));
ALTER TABLE company
    ADD COLUMN description_basis text CHECK (description_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED', 'DATASET_LABEL')),
    ADD COLUMN description_ko text CHECK (length(description_ko) <= 2000);
ALTER TABLE alliance
    ADD COLUMN name_basis text NOT NULL DEFAULT 'SOURCED' CHECK (name_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED', 'DATASET_LABEL')),
    ADD COLUMN purpose_ko text CHECK (length(purpose_ko) <= 2000);
ALTER TABLE product
    ADD COLUMN name_basis text NOT NULL DEFAULT 'SOURCED' CHECK (name_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED', 'DATASET_LABEL')),
    ADD COLUMN description_ko text CHECK (length(description_ko) <= 2000);
UPDATE company SET description_basis = CASE WHEN EXISTS (SELECT 1 FROM citation c WHERE c.company_id = company.id)
    THEN 'SOURCED' ELSE 'GENERAL_KNOWLEDGE' END WHERE description IS NOT NULL;
ALTER TABLE company ADD CONSTRAINT company_description_basis CHECK ((description IS NULL) = (description_basis IS NULL));
