-- SPDX-License-Identifier: AGPL-3.0-or-later
-- A trusted key can be retired (撤销信任): packages it signs are refused from then on, while the row stays so the
-- imports it signed keep a known signer and the audit trail keeps who trusted and who retired it. Trusting the same
-- key again brings the row back into force.
alter table trusted_key add column retired_at timestamp;
alter table trusted_key add column retired_by varchar(100);
alter table trusted_key add constraint ck_trusted_key_retired check (
    (retired_at is null and retired_by is null) or (retired_at is not null and retired_by is not null));
