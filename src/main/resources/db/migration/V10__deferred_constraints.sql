-- SPDX-License-Identifier: AGPL-3.0-or-later
-- A large bulk load on H2 also leaves out the foreign keys, the case-number unique constraint and the indexes on
-- foreign-key columns (CaseBulkLoader), and adds them back, checking every row, at its end. They are recorded in
-- deferred_index like the search indexes; the kind says how to tell whether one exists and in which order they
-- come back: indexes first (a foreign key then uses its index instead of building another), then unique
-- constraints, then foreign keys.
alter table deferred_index add column kind varchar(20) default 'INDEX' not null;
