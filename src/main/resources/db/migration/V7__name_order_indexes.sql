-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The search box lists workers and employers found by a name prefix in name order, the most recently registered
-- first among equal names, and stops at the page (CaseLedgerRepository.find). A two-character prefix matches tens
-- of thousands of workers; with the id in the key the index itself is in that order, so the lookup reads only the
-- page's entries instead of collecting and sorting matches. H2 cannot read an index backwards: the id is declared
-- descending. The indexes keep their names, so a bulk load still defers and rebuilds them (CaseBulkLoader).
drop index ix_worker_name;
create index ix_worker_name on worker (name, id desc);
drop index ix_employer_name;
create index ix_employer_name on employer (name, id desc);
