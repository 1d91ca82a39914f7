// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.qiao.domain.QiaoException;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.mediation.Consent;
import org.qiao.domain.mediation.Extension;
import org.qiao.domain.mediation.MediationClock;
import org.qiao.store.Transactions;

/**
 * The deadlines of each referral type with extensions: a registered 委派, 委托 or 特邀 referral runs its own period
 * from the day the file was signed for, and is extended only on recorded consent — the referring court's — after
 * which the case's stored deadline moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralDeadlineTest {

    private ReferralStudio studio;
    private Transactions tx;
    private ReferralService referrals;
    private MediationClockService clocks;

    @BeforeAll
    void open() {
        studio = new ReferralStudio("qiao-referral-deadline-");
        tx = studio.tx;
        referrals = studio.referrals;
        clocks = new MediationClockService(tx, studio.calendar, studio.session, IntakeFixtures.CLOCK);
    }

    @AfterAll
    void close() {
        studio.close();
    }

    private LocalDate storedDue(long caseId) {
        return tx.call(r -> r.cases().findById(caseId)).orElseThrow().getMediationDueDate();
    }

    @ParameterizedTest
    @CsvSource({
        // signed for Monday 2026-03-02; extended on 03-05 by the days given:
        // 委派 30 days → 04-01 (Wed), + 8 → 38 days → 04-09 (Thu)
        "DELEGATED, 2026-04-01, 8, 2026-04-09",
        // 委托 15 days → 03-17 (Tue), + 10 → 25 days → 03-27 (Fri)
        "ENTRUSTED, 2026-03-17, 10, 2026-03-27",
        // 特邀 7 days → 03-09 (Mon), + 10 → 17 days → 03-19 (Thu)
        "INVITED, 2026-03-09, 10, 2026-03-19",
    })
    void aReferralIsExtendedOnlyWithTheReferringCourtsRecordedConsent(ReferralType type, LocalDate due, int days,
        LocalDate extended) {
        LocalDate signedFor = LocalDate.of(2026, 3, 2);
        ReferralService.Registration stored = referrals.register(ReferralFixtures.form(tx, type, signedFor, 1), null);
        long caseId = stored.caseId();
        assertEquals(due, stored.mediationDue());
        assertEquals(due, storedDue(caseId));
        LocalDate on = LocalDate.of(2026, 3, 5);

        // Without any recorded consent, or with one party's only, the period stays as it is.
        for (Set<Consent> consent : java.util.List.<Set<Consent>>of(Set.of(), Set.of(Consent.WORKER),
            Set.of(Consent.EMPLOYER))) {
            QiaoException refused = assertThrows(QiaoException.class, () -> clocks.extend(caseId, null,
                Extension.addingDays(on, days, consent, "继续调解")));
            assertEquals("mediation.extension.consentReferral", refused.messageKey());
            assertEquals(due, storedDue(caseId), "nothing changed");
        }

        MediationClock clock = clocks.extend(caseId, tx.call(r -> r.cases().findById(caseId)).orElseThrow()
            .getVersion(), Extension.addingDays(on, days, Set.of(Consent.REFERRING_COURT), "法院同意延长调解期限"));

        assertEquals(extended, clock.due().orElseThrow().due());
        assertEquals(extended, storedDue(caseId));
        assertEquals(extended, clocks.clock(caseId).due().orElseThrow().due());
    }
}
