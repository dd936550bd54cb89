-- Claims and activities need a source as every other fact does, checked at commit by the same
-- function as the others (V4), now knowing their citation columns too.
CREATE OR REPLACE FUNCTION require_citation() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    kind    text := TG_ARGV[0];
    fact_id bigint;
    cited   boolean;
BEGIN
    IF TG_TABLE_NAME = 'citation' THEN
        fact_id := CASE kind
            WHEN 'executive_id'     THEN OLD.executive_id
            WHEN 'membership_id'    THEN OLD.membership_id
            WHEN 'investment_id'    THEN OLD.investment_id
            WHEN 'statement_id'     THEN OLD.statement_id
            WHEN 'product_id'       THEN OLD.product_id
            WHEN 'figure_id'        THEN OLD.figure_id
            WHEN 'exchange_rate_id' THEN OLD.exchange_rate_id
            WHEN 'claim_id'         THEN OLD.claim_id
            WHEN 'activity_id'      THEN OLD.activity_id
        END;
        IF fact_id IS NULL THEN
            RETURN NULL;
        END IF;
    ELSE
        fact_id := NEW.id;
    END IF;
    -- A fact deleted since needs no citation; otherwise it needs one.
    IF kind = 'executive_id' THEN
        IF NOT EXISTS (SELECT 1 FROM executive WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE executive_id = fact_id);
    ELSIF kind = 'membership_id' THEN
        IF NOT EXISTS (SELECT 1 FROM membership WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE membership_id = fact_id);
    ELSIF kind = 'investment_id' THEN
        IF NOT EXISTS (SELECT 1 FROM investment WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE investment_id = fact_id);
    ELSIF kind = 'statement_id' THEN
        IF NOT EXISTS (SELECT 1 FROM statement WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE statement_id = fact_id);
    ELSIF kind = 'product_id' THEN
        IF NOT EXISTS (SELECT 1 FROM product WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE product_id = fact_id);
    ELSIF kind = 'figure_id' THEN
        IF NOT EXISTS (SELECT 1 FROM reported_figure WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE figure_id = fact_id);
    ELSIF kind = 'exchange_rate_id' THEN
        IF NOT EXISTS (SELECT 1 FROM exchange_rate WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE exchange_rate_id = fact_id);
    ELSIF kind = 'claim_id' THEN
        IF NOT EXISTS (SELECT 1 FROM claim WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE claim_id = fact_id);
    ELSIF kind = 'activity_id' THEN
        IF NOT EXISTS (SELECT 1 FROM activity WHERE id = fact_id) THEN RETURN NULL; END IF;
        cited := EXISTS (SELECT 1 FROM citation WHERE activity_id = fact_id);
    ELSE
        RAISE EXCEPTION 'require_citation: unknown fact column %', kind;
    END IF;
    IF NOT cited THEN
        RAISE EXCEPTION 'every fact needs a source: % % has no citation', coalesce(TG_ARGV[1], TG_TABLE_NAME), fact_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'fact_requires_citation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER claim_cited AFTER INSERT ON claim DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('claim_id');
CREATE CONSTRAINT TRIGGER activity_cited AFTER INSERT ON activity DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('activity_id');
CREATE CONSTRAINT TRIGGER citation_of_claim_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('claim_id', 'claim');
CREATE CONSTRAINT TRIGGER citation_of_activity_kept AFTER DELETE OR UPDATE ON citation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION require_citation('activity_id', 'activity');
