-- Search, filters and exchange rates.

-- ---------------------------------------------------------------------------------------------
-- Search terms: every searchable string of a node, one row each, maintained by triggers. The
-- trigram index serves fuzzy and substring matches (3+ characters) and word-start matches of
-- short queries through word similarity; the pattern index serves exact and prefix matches.
-- pg_trgm needs a UTF-8 database with a real locale (C.UTF-8): under C it drops Hangul.
-- ---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION search_norm(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT lower(btrim(regexp_replace(t, '\s+', ' ', 'g')))
$$;

CREATE TABLE search_term (
    node_kind text   NOT NULL,
    node_id   bigint NOT NULL,
    field     text   NOT NULL,
    term      text   NOT NULL,
    term_norm text   NOT NULL
);
CREATE INDEX search_term_trgm_idx ON search_term USING gin (term_norm gin_trgm_ops);
CREATE INDEX search_term_prefix_idx ON search_term (term_norm text_pattern_ops);
CREATE INDEX search_term_node_idx ON search_term (node_kind, node_id);

CREATE FUNCTION refresh_search_terms() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    kind text := TG_ARGV[0];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM search_term WHERE node_kind = kind AND node_id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    IF kind = 'STATEMENT' THEN
        INSERT INTO search_term (node_kind, node_id, field, term, term_norm)
        SELECT kind, NEW.id, f.field, f.term, public.search_norm(f.term)
        FROM (VALUES ('text', NEW.text), ('translation', NEW.translation)) AS f(field, term)
        WHERE f.term IS NOT NULL;
    ELSE
        INSERT INTO search_term (node_kind, node_id, field, term, term_norm)
        SELECT kind, NEW.id, f.field, f.term, public.search_norm(f.term)
        FROM (VALUES ('name', NEW.name), ('nameKo', NEW.name_ko)) AS f(field, term)
        WHERE f.term IS NOT NULL;
        IF kind = 'COMPANY' THEN
            INSERT INTO search_term (node_kind, node_id, field, term, term_norm)
            SELECT kind, NEW.id, 'alias', a, public.search_norm(a) FROM unnest(NEW.aliases) AS a;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER company_search AFTER INSERT OR UPDATE OF name, name_ko, aliases OR DELETE ON company
    FOR EACH ROW EXECUTE FUNCTION refresh_search_terms('COMPANY');
CREATE TRIGGER person_search AFTER INSERT OR UPDATE OF name, name_ko OR DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION refresh_search_terms('PERSON');
CREATE TRIGGER alliance_search AFTER INSERT OR UPDATE OF name, name_ko OR DELETE ON alliance
    FOR EACH ROW EXECUTE FUNCTION refresh_search_terms('ALLIANCE');
CREATE TRIGGER product_search AFTER INSERT OR UPDATE OF name, name_ko OR DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION refresh_search_terms('PRODUCT');
CREATE TRIGGER statement_search AFTER INSERT OR UPDATE OF text, translation OR DELETE ON statement
    FOR EACH ROW EXECUTE FUNCTION refresh_search_terms('STATEMENT');

-- Rows that existed before this migration.
INSERT INTO search_term (node_kind, node_id, field, term, term_norm)
SELECT 'COMPANY', id, f.field, f.term, search_norm(f.term)
FROM company, LATERAL (VALUES ('name', name), ('nameKo', name_ko)) AS f(field, term) WHERE f.term IS NOT NULL
UNION ALL SELECT 'COMPANY', id, 'alias', a, search_norm(a) FROM company, unnest(aliases) AS a
UNION ALL SELECT 'PERSON', id, f.field, f.term, search_norm(f.term)
FROM person, LATERAL (VALUES ('name', name), ('nameKo', name_ko)) AS f(field, term) WHERE f.term IS NOT NULL
UNION ALL SELECT 'ALLIANCE', id, f.field, f.term, search_norm(f.term)
FROM alliance, LATERAL (VALUES ('name', name), ('nameKo', name_ko)) AS f(field, term) WHERE f.term IS NOT NULL
UNION ALL SELECT 'PRODUCT', id, f.field, f.term, search_norm(f.term)
FROM product, LATERAL (VALUES ('name', name), ('nameKo', name_ko)) AS f(field, term) WHERE f.term IS NOT NULL
UNION ALL SELECT 'STATEMENT', id, f.field, f.term, search_norm(f.term)
FROM statement, LATERAL (VALUES ('text', text), ('translation', translation)) AS f(field, term) WHERE f.term IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Indexes for the filters of the root lists
-- ---------------------------------------------------------------------------------------------
CREATE INDEX company_kind_idx ON company (kind, slug);
CREATE INDEX company_country_idx ON company (country, slug);
CREATE INDEX alliance_kind_idx ON alliance (kind, slug);
CREATE INDEX alliance_dates_idx ON alliance (pd_sort(formed_on), pd_sort(ended_on));
CREATE INDEX investment_currency_idx ON investment (currency, pd_sort(announced_on) DESC, id DESC);
CREATE INDEX investment_amount_idx ON investment ((amount IS NOT NULL), (coalesce(amount, 0)), id);
CREATE INDEX statement_topics_idx ON statement USING gin (topics);
CREATE INDEX statement_said_on_asc_idx ON statement ((said_on IS NULL), pd_sort(said_on), id);
CREATE INDEX investment_announced_asc_idx ON investment ((announced_on IS NULL), pd_sort(announced_on), id);

-- ---------------------------------------------------------------------------------------------
-- Exchange rates: how many units of `quote` one unit of `base` buys on a date, from a source.
-- Totals convert with these and name the rates they used; no rate is ever fetched or assumed.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE exchange_rate_seq INCREMENT BY 50;
CREATE TABLE exchange_rate (
    id         bigint PRIMARY KEY DEFAULT nextval('exchange_rate_seq'),
    key        text          NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 120),
    base       char(3)       NOT NULL CHECK (base ~ '^[A-Z]{3}$'),
    quote      char(3)       NOT NULL CHECK (quote ~ '^[A-Z]{3}$'),
    rate       numeric(24, 8) NOT NULL CHECK (rate > 0),
    rate_on    partial_date  NOT NULL,
    note       text CHECK (length(note) <= 1000),
    version    integer       NOT NULL DEFAULT 0,
    created_at timestamptz   NOT NULL DEFAULT now(),
    updated_at timestamptz   NOT NULL DEFAULT now(),
    updated_by text,
    CHECK (base <> quote)
);
CREATE INDEX exchange_rate_pair_idx ON exchange_rate (base, quote, pd_sort(rate_on));

ALTER TABLE citation ADD COLUMN exchange_rate_id bigint REFERENCES exchange_rate (id) ON DELETE CASCADE;
ALTER TABLE citation DROP CONSTRAINT citation_check;
ALTER TABLE citation ADD CONSTRAINT citation_one_fact CHECK (num_nonnulls(company_id, person_id, executive_id,
    alliance_id, membership_id, investment_id, statement_id, product_id, figure_id, exchange_rate_id) = 1);
CREATE INDEX citation_exchange_rate_idx ON citation (exchange_rate_id) WHERE exchange_rate_id IS NOT NULL;

CREATE CONSTRAINT TRIGGER exchange_rate_cited AFTER INSERT ON exchange_rate DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('exchange_rate_id');
CREATE CONSTRAINT TRIGGER citation_of_exchange_rate_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('exchange_rate_id', 'exchange_rate');
