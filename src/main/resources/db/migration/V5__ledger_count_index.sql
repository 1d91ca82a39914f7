-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The ledger's capped count (CaseLedgerRepository.count, up to 10,001 matches) for one status in a league/city:
-- without this index it walked the status index and read each case for its region, about twelve cases for every
-- match (some 120,000 at a million cases); with it the count reads only matching index entries. The page itself
-- still walks ix_case_status_received, which gives its order (plans checked with EXPLAIN on H2 2.3).
create index ix_case_status_region on dispute_case (status, region_code);
