-- The audit log pages newest first by id (the order entries were written), filtered by record,
-- actor or action. V3's indexes ordered by time instead, so a filtered page had to sort every
-- matching entry; these end in id, so a page reads only its own rows.
DROP INDEX audit_log_recent_idx;
DROP INDEX audit_log_node_idx;
DROP INDEX audit_log_actor_idx;
CREATE INDEX audit_log_node_idx ON audit_log (node_type, node_key, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, id DESC);
