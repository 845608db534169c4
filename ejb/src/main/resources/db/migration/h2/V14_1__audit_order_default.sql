-- H2 part of V14: the record number from the sequence at insert. H2 has neither separate roles nor
-- PL/pgSQL triggers, so nothing here stops the application from changing the audit tables: the
-- embedded database is for evaluation only (README, "Audit chain"); the chain still shows a change.
ALTER SEQUENCE audit_order_seq RESTART WITH (SELECT COALESCE(MAX(chain_order), 0) + 1 FROM audit_record);
ALTER TABLE audit_record ALTER COLUMN chain_order SET DEFAULT NEXT VALUE FOR audit_order_seq;
