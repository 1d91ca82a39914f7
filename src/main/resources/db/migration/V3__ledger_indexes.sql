-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Indexes for the case ledger at a million cases (CaseLedgerRepository; plans checked with EXPLAIN on H2 2.3).
--
-- H2 cannot read an index backwards, so every "newest first" index is declared (…, received_date desc, id desc)
-- and the query names the equality-filtered columns first in its ORDER BY. Each one lets a page stop after
-- offset + limit index entries instead of sorting every matching case. The id is part of the key so that cases
-- received the same day keep a stable order from page to page.

-- V1's (status, received_date desc) and (received_date desc) gain the id as the last key.
drop index ix_dispute_case_status_received;
drop index ix_dispute_case_received;
create index ix_case_status_received on dispute_case (status, received_date desc, id desc);
create index ix_case_received on dispute_case (received_date desc, id desc);
-- Oldest first over the whole ledger.
create index ix_case_received_asc on dispute_case (received_date, id);
-- A banner/county's cases, with or without one status (a league/city walks the status or date index instead:
-- its cases are one in twelve, so a page of newest is found within a few hundred entries).
create index ix_case_region_status_received on dispute_case (region_code, status, received_date desc, id desc);
create index ix_case_region_received on dispute_case (region_code, received_date desc, id desc);
-- One mediator's cases; one source's cases.
create index ix_case_mediator_received on dispute_case (mediator_id, received_date desc, id desc);
create index ix_case_source_received on dispute_case (source, received_date desc, id desc);

-- The search box: phone numbers by prefix (like '139%' walks the index). Names (ix_worker_name, ix_employer_name),
-- case numbers (uk_dispute_case_number), resident IDs and credit codes (exact) are indexed since V1.
create index ix_worker_phone on worker (phone);
create index ix_employer_phone on employer (phone);

-- The dispute-category filter asks, per case walked, whether one of its claims has the category.
create index ix_claim_case_category on claim (case_id, category);
