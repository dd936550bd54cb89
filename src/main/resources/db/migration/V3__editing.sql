-- Editing: the audit trail, and the rule that a company is not twice a member of one alliance at once.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Memberships of one company in one alliance may follow each other (leave, rejoin) but not overlap.
-- Unknown ends are open: a membership of unknown start overlaps anything before its end.
ALTER TABLE membership ADD CONSTRAINT membership_no_overlap EXCLUDE USING gist (
    alliance_id WITH =,
    company_id WITH =,
    daterange(coalesce(pd_start(since), '-infinity'::date), coalesce(pd_end(until) + 1, 'infinity'::date)) WITH &&);

-- Who changed what, when, with the record before and after (dataset format, as JSON).
CREATE TABLE audit_log (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text        NOT NULL,
    action    text        NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT')),
    node_type text        NOT NULL,
    node_key  text        NOT NULL,
    before    jsonb,
    after     jsonb
);
CREATE INDEX audit_log_recent_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_node_idx ON audit_log (node_type, node_key, at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC);
