-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Indexes a large bulk load left out while it wrote (CaseBulkLoader): each is recorded here with its definition
-- before it is dropped and removed once it is built again. Rows left behind by a crash are built at the next open.
create table deferred_index (
    index_name varchar(100) primary key,
    definition varchar(1000) not null
);
