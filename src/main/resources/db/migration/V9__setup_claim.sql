-- SPDX-License-Identifier: AGPL-3.0-or-later
-- One-time steps of setting up a database, each claimed by the transaction that does it. Two workstations that set
-- up a new shared server at the same moment both see no account yet; the first to insert the claim's row holds it,
-- the other's insert waits for that transaction and then fails on the unique key instead of creating a second
-- "first" administrator.
create table setup_claim (
    claim varchar(40) not null,
    claimed_at timestamp not null,
    constraint uk_setup_claim unique (claim)
);
