-- The value network's schema. Flyway owns it; Hibernate only maps it.
-- Conventions: every table has a bigint id from a pooled sequence (Hibernate allocates 50 at
-- a time), a stable human key (slug for named nodes, key for facts) that global ids are made
-- from, and version/created/updated columns for optimistic locking and audit.

-- ---------------------------------------------------------------------------------------------
-- Partial dates: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. A partial date stands for the whole period
-- it names, from pd_start to pd_end.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pd_valid(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT p ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'
   AND (length(p) <> 10 OR substr(p, 9, 2)::int <= extract(day from
        (make_date(substr(p, 1, 4)::int, substr(p, 6, 2)::int, 1) + interval '1 month - 1 day'))::int)
$$;

CREATE DOMAIN partial_date AS text CHECK (public.pd_valid(VALUE));

CREATE FUNCTION pd_start(p text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT make_date(substr(p, 1, 4)::int,
                 CASE WHEN length(p) >= 7 THEN substr(p, 6, 2)::int ELSE 1 END,
                 CASE WHEN length(p) = 10 THEN substr(p, 9, 2)::int ELSE 1 END)
$$;

CREATE FUNCTION pd_end(p text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT CASE length(p)
           WHEN 4 THEN make_date(substr(p, 1, 4)::int, 12, 31)
           WHEN 7 THEN (make_date(substr(p, 1, 4)::int, substr(p, 6, 2)::int, 1) + interval '1 month - 1 day')::date
           ELSE public.pd_start(p)
       END
$$;

-- Functions that indexes and constraints use name each other with their schema: PostgreSQL 17
-- runs index maintenance with a search_path of pg_catalog only.

-- Sort key for "newest first": undated rows sort after every dated one.
CREATE FUNCTION pd_sort(p text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(public.pd_start(p), '-infinity'::date)
$$;

-- "since not after until": since's first day is not after until's last day.
CREATE FUNCTION pd_ordered(since text, until text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT since IS NULL OR until IS NULL OR public.pd_start(since) <= public.pd_end(until)
$$;

-- ---------------------------------------------------------------------------------------------
-- One slug namespace for companies, people, alliances and products, so a slug alone names a node.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE node_slug (
    slug text PRIMARY KEY,
    kind text NOT NULL
);

CREATE FUNCTION claim_slug() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM node_slug WHERE slug = OLD.slug;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO node_slug (slug, kind) VALUES (NEW.slug, TG_ARGV[0]);
    END IF;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Sources and citations
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE source_seq INCREMENT BY 50;
CREATE TABLE source (
    id           bigint PRIMARY KEY DEFAULT nextval('source_seq'),
    key          text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    title_en     text CHECK (length(title_en) <= 500),
    publisher    text        NOT NULL CHECK (length(publisher) BETWEEN 1 AND 200),
    author       text CHECK (length(author) <= 200),
    url          text CHECK (url ~ '^https?://' AND length(url) <= 2000),
    published_on partial_date,
    language     text CHECK (language ~ '^[a-z]{2}$'),
    note         text CHECK (length(note) <= 2000),
    version      integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text
);

-- ---------------------------------------------------------------------------------------------
-- Companies and people
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE company_seq INCREMENT BY 50;
CREATE TABLE company (
    id             bigint PRIMARY KEY DEFAULT nextval('company_seq'),
    slug           text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_ko        text CHECK (length(name_ko) BETWEEN 1 AND 200),
    aliases        text[]      NOT NULL DEFAULT '{}',
    kind           text        NOT NULL CHECK (kind IN ('TELCO', 'BIG_TECH', 'AI_STARTUP', 'AI_INFRASTRUCTURE',
                                                        'RESEARCH_INSTITUTE', 'UNIVERSITY', 'HOLDING_COMPANY', 'OTHER')),
    country        char(2) CHECK (country ~ '^[A-Z]{2}$'),
    description    text CHECK (length(description) <= 2000),
    parent_id      bigint REFERENCES company (id),
    identity_basis text        NOT NULL DEFAULT 'GENERAL_KNOWLEDGE'
        CHECK (identity_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED')),
    version        integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text,
    CHECK (parent_id <> id)
);
CREATE INDEX company_parent_idx ON company (parent_id);
CREATE TRIGGER company_slug AFTER INSERT OR UPDATE OF slug OR DELETE ON company
    FOR EACH ROW EXECUTE FUNCTION claim_slug('COMPANY');

CREATE SEQUENCE person_seq INCREMENT BY 50;
CREATE TABLE person (
    id             bigint PRIMARY KEY DEFAULT nextval('person_seq'),
    slug           text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_ko        text CHECK (length(name_ko) BETWEEN 1 AND 200),
    identity_basis text        NOT NULL DEFAULT 'GENERAL_KNOWLEDGE'
        CHECK (identity_basis IN ('GENERAL_KNOWLEDGE', 'SOURCED')),
    version        integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text
);
CREATE TRIGGER person_slug AFTER INSERT OR UPDATE OF slug OR DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION claim_slug('PERSON');

CREATE SEQUENCE executive_seq INCREMENT BY 50;
CREATE TABLE executive (
    id         bigint PRIMARY KEY DEFAULT nextval('executive_seq'),
    key        text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    person_id  bigint      NOT NULL REFERENCES person (id),
    company_id bigint      NOT NULL REFERENCES company (id),
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    title_ko   text CHECK (length(title_ko) BETWEEN 1 AND 200),
    since      partial_date,
    until      partial_date,
    version    integer     NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text,
    CHECK (pd_ordered(since, until))
);
CREATE INDEX executive_person_idx ON executive (person_id, pd_sort(since) DESC, id DESC);
CREATE INDEX executive_company_idx ON executive (company_id, pd_sort(since) DESC, id DESC);

-- ---------------------------------------------------------------------------------------------
-- Alliances (also bilateral partnerships and joint ventures) and their members
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE alliance_seq INCREMENT BY 50;
CREATE TABLE alliance (
    id            bigint PRIMARY KEY DEFAULT nextval('alliance_seq'),
    slug          text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_ko       text CHECK (length(name_ko) BETWEEN 1 AND 200),
    kind          text        NOT NULL CHECK (kind IN ('ALLIANCE', 'PARTNERSHIP', 'JOINT_VENTURE')),
    status        text        NOT NULL CHECK (status IN ('PLANNED', 'EXPLORING', 'ACTIVE', 'ENDED')),
    status_detail text CHECK (length(status_detail) <= 500),
    purpose       text CHECK (length(purpose) <= 2000),
    formed_on     partial_date,
    ended_on      partial_date,
    parent_id     bigint REFERENCES alliance (id),
    version       integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text,
    CHECK (pd_ordered(formed_on, ended_on)),
    CHECK (parent_id <> id)
);
CREATE INDEX alliance_parent_idx ON alliance (parent_id);
CREATE TRIGGER alliance_slug AFTER INSERT OR UPDATE OF slug OR DELETE ON alliance
    FOR EACH ROW EXECUTE FUNCTION claim_slug('ALLIANCE');

CREATE SEQUENCE membership_seq INCREMENT BY 50;
CREATE TABLE membership (
    id          bigint PRIMARY KEY DEFAULT nextval('membership_seq'),
    key         text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    alliance_id bigint      NOT NULL REFERENCES alliance (id),
    company_id  bigint      NOT NULL REFERENCES company (id),
    role        text CHECK (length(role) BETWEEN 1 AND 200),
    since       partial_date,
    until       partial_date,
    version     integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text,
    CHECK (pd_ordered(since, until))
);
CREATE INDEX membership_alliance_idx ON membership (alliance_id, pd_sort(since) DESC, id DESC);
CREATE INDEX membership_company_idx ON membership (company_id, pd_sort(since) DESC, id DESC);

-- ---------------------------------------------------------------------------------------------
-- Investments and statements
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE investment_seq INCREMENT BY 50;
CREATE TABLE investment (
    id           bigint PRIMARY KEY DEFAULT nextval('investment_seq'),
    key          text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    investor_id  bigint      NOT NULL REFERENCES company (id),
    investee_id  bigint      NOT NULL REFERENCES company (id),
    amount       numeric(20, 2) CHECK (amount >= 0),
    currency     char(3) CHECK (currency ~ '^[A-Z]{3}$'),
    announced_on partial_date,
    purpose      text CHECK (length(purpose) <= 2000),
    version      integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text,
    CHECK (investor_id <> investee_id),
    CHECK (amount IS NULL OR currency IS NOT NULL)
);
CREATE INDEX investment_investor_idx ON investment (investor_id, pd_sort(announced_on) DESC, id DESC);
CREATE INDEX investment_investee_idx ON investment (investee_id, pd_sort(announced_on) DESC, id DESC);
CREATE INDEX investment_recent_idx ON investment (pd_sort(announced_on) DESC, id DESC);

CREATE SEQUENCE statement_seq INCREMENT BY 50;
CREATE TABLE statement (
    id                  bigint PRIMARY KEY DEFAULT nextval('statement_seq'),
    key                 text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    text                text        NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    language            text        NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    translation         text CHECK (length(translation) <= 5000),
    speaker_id          bigint REFERENCES person (id),
    speaker_description text CHECK (length(speaker_description) <= 500),
    speaker_title       text CHECK (length(speaker_title) <= 200),
    company_id          bigint REFERENCES company (id),
    said_on             partial_date,
    place               text CHECK (length(place) <= 200),
    topics              text[]      NOT NULL DEFAULT '{}',
    version             integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text,
    CHECK (speaker_id IS NOT NULL OR speaker_description IS NOT NULL)
);
CREATE INDEX statement_speaker_idx ON statement (speaker_id, pd_sort(said_on) DESC, id DESC);
CREATE INDEX statement_company_idx ON statement (company_id, pd_sort(said_on) DESC, id DESC);
CREATE INDEX statement_recent_idx ON statement (pd_sort(said_on) DESC, id DESC);

-- ---------------------------------------------------------------------------------------------
-- Products (models, platforms, programmes), owned by a company or an alliance
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE product_seq INCREMENT BY 50;
CREATE TABLE product (
    id                bigint PRIMARY KEY DEFAULT nextval('product_seq'),
    slug              text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_ko           text CHECK (length(name_ko) BETWEEN 1 AND 200),
    kind              text        NOT NULL CHECK (kind IN ('AI_MODEL', 'PLATFORM', 'PROGRAMME', 'SERVICE')),
    status            text        NOT NULL CHECK (status IN ('PLANNED', 'LAUNCHED', 'RETIRED')),
    status_detail     text CHECK (length(status_detail) <= 500),
    description       text CHECK (length(description) <= 2000),
    owner_company_id  bigint REFERENCES company (id),
    owner_alliance_id bigint REFERENCES alliance (id),
    version           integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text,
    CHECK (num_nonnulls(owner_company_id, owner_alliance_id) = 1)
);
CREATE INDEX product_owner_company_idx ON product (owner_company_id, slug);
CREATE INDEX product_owner_alliance_idx ON product (owner_alliance_id, slug);
CREATE TRIGGER product_slug AFTER INSERT OR UPDATE OF slug OR DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION claim_slug('PRODUCT');

-- ---------------------------------------------------------------------------------------------
-- Reported figures: numbers a source reports about a company, an alliance or a product
-- ---------------------------------------------------------------------------------------------
CREATE TABLE metric (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    description text NOT NULL
);
INSERT INTO metric (code, description) VALUES
    ('subscribers', 'Number of subscribers (mobile and other telecom customers).'),
    ('ai_investment_total', 'Total amount invested in AI over the period.'),
    ('hiring_plan', 'Number of people the company plans to hire over the period.'),
    ('languages', 'Number of languages a product supports or is planned to support.'),
    ('attendees', 'Number of people who attended an event.'),
    ('member_companies', 'Number of member companies taking part.');

CREATE SEQUENCE reported_figure_seq INCREMENT BY 50;
CREATE TABLE reported_figure (
    id          bigint PRIMARY KEY DEFAULT nextval('reported_figure_seq'),
    key         text           NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    company_id  bigint REFERENCES company (id),
    alliance_id bigint REFERENCES alliance (id),
    product_id  bigint REFERENCES product (id),
    metric      text           NOT NULL REFERENCES metric (code),
    value       numeric(24, 4) NOT NULL CHECK (value >= 0),
    unit        text           NOT NULL CHECK (unit ~ '^[A-Z]{3}$'
        OR unit IN ('person', 'subscriber', 'language', 'company', 'percent')),
    qualifier   text           NOT NULL CHECK (qualifier IN ('EXACT', 'ABOUT', 'AT_LEAST', 'AT_MOST')),
    as_of       partial_date,
    note        text CHECK (length(note) <= 1000),
    version     integer        NOT NULL DEFAULT 0,
    created_at  timestamptz    NOT NULL DEFAULT now(),
    updated_at  timestamptz    NOT NULL DEFAULT now(),
    updated_by  text,
    CHECK (num_nonnulls(company_id, alliance_id, product_id) = 1)
);
CREATE INDEX figure_company_idx ON reported_figure (company_id, pd_sort(as_of) DESC, id DESC);
CREATE INDEX figure_alliance_idx ON reported_figure (alliance_id, pd_sort(as_of) DESC, id DESC);
CREATE INDEX figure_product_idx ON reported_figure (product_id, pd_sort(as_of) DESC, id DESC);

-- ---------------------------------------------------------------------------------------------
-- Citations: which source supports which fact, with the excerpt that does. One column per kind
-- of fact keeps every reference a real foreign key; exactly one of them is set.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE citation_seq INCREMENT BY 50;
CREATE TABLE citation (
    id            bigint PRIMARY KEY DEFAULT nextval('citation_seq'),
    source_id     bigint NOT NULL REFERENCES source (id),
    excerpt       text CHECK (length(excerpt) <= 2000),
    company_id    bigint REFERENCES company (id) ON DELETE CASCADE,
    person_id     bigint REFERENCES person (id) ON DELETE CASCADE,
    executive_id  bigint REFERENCES executive (id) ON DELETE CASCADE,
    alliance_id   bigint REFERENCES alliance (id) ON DELETE CASCADE,
    membership_id bigint REFERENCES membership (id) ON DELETE CASCADE,
    investment_id bigint REFERENCES investment (id) ON DELETE CASCADE,
    statement_id  bigint REFERENCES statement (id) ON DELETE CASCADE,
    product_id    bigint REFERENCES product (id) ON DELETE CASCADE,
    figure_id     bigint REFERENCES reported_figure (id) ON DELETE CASCADE,
    CHECK (num_nonnulls(company_id, person_id, executive_id, alliance_id, membership_id, investment_id,
                        statement_id, product_id, figure_id) = 1)
);
CREATE INDEX citation_source_idx ON citation (source_id);
CREATE INDEX citation_company_idx ON citation (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX citation_person_idx ON citation (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX citation_executive_idx ON citation (executive_id) WHERE executive_id IS NOT NULL;
CREATE INDEX citation_alliance_idx ON citation (alliance_id) WHERE alliance_id IS NOT NULL;
CREATE INDEX citation_membership_idx ON citation (membership_id) WHERE membership_id IS NOT NULL;
CREATE INDEX citation_investment_idx ON citation (investment_id) WHERE investment_id IS NOT NULL;
CREATE INDEX citation_statement_idx ON citation (statement_id) WHERE statement_id IS NOT NULL;
CREATE INDEX citation_product_idx ON citation (product_id) WHERE product_id IS NOT NULL;
CREATE INDEX citation_figure_idx ON citation (figure_id) WHERE figure_id IS NOT NULL;

-- Every executive role, membership, investment, statement, product and figure cites at least one
-- source. Checked at commit, so a fact and its citations can be written in any order.
CREATE FUNCTION require_citation() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    fact_column text := TG_ARGV[0];
    fact_id     bigint;
    still_there boolean;
    cited       boolean;
BEGIN
    IF TG_TABLE_NAME = 'citation' THEN
        EXECUTE format('SELECT ($1).%I', fact_column) INTO fact_id USING OLD;
        IF fact_id IS NULL THEN
            RETURN NULL;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_ARGV[1]) INTO still_there USING fact_id;
        IF NOT still_there THEN
            RETURN NULL;
        END IF;
    ELSE
        fact_id := NEW.id;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_TABLE_NAME) INTO still_there USING fact_id;
        IF NOT still_there THEN
            RETURN NULL;
        END IF;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM citation WHERE %I = $1)', fact_column) INTO cited USING fact_id;
    IF NOT cited THEN
        RAISE EXCEPTION 'every fact needs a source: % % has no citation', coalesce(TG_ARGV[1], TG_TABLE_NAME), fact_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'fact_requires_citation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER executive_cited AFTER INSERT ON executive DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('executive_id');
CREATE CONSTRAINT TRIGGER membership_cited AFTER INSERT ON membership DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('membership_id');
CREATE CONSTRAINT TRIGGER investment_cited AFTER INSERT ON investment DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('investment_id');
CREATE CONSTRAINT TRIGGER statement_cited AFTER INSERT ON statement DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('statement_id');
CREATE CONSTRAINT TRIGGER product_cited AFTER INSERT ON product DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('product_id');
CREATE CONSTRAINT TRIGGER figure_cited AFTER INSERT ON reported_figure DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('figure_id');

CREATE CONSTRAINT TRIGGER citation_of_executive_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('executive_id', 'executive');
CREATE CONSTRAINT TRIGGER citation_of_membership_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('membership_id', 'membership');
CREATE CONSTRAINT TRIGGER citation_of_investment_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('investment_id', 'investment');
CREATE CONSTRAINT TRIGGER citation_of_statement_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('statement_id', 'statement');
CREATE CONSTRAINT TRIGGER citation_of_product_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('product_id', 'product');
CREATE CONSTRAINT TRIGGER citation_of_figure_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('figure_id', 'reported_figure');

-- ---------------------------------------------------------------------------------------------
-- Which versions of bundled or imported datasets have been applied
-- ---------------------------------------------------------------------------------------------
CREATE TABLE dataset_load (
    name      text        NOT NULL,
    checksum  text        NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (name, checksum)
);
