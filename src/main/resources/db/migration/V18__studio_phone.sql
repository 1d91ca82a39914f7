-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The studio's telephone, printed on the papers it sends to the court (the hand-back letter's 联系电话) so a clerk
-- can call back; a studio without one leaves a line to fill in by hand.
alter table studio add column phone varchar(30);
