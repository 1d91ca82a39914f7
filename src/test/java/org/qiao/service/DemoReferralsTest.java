// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.court.CourtCaseNumber;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;

/** The demo's court referrals: every type in every state at the default size, each agreeing with its case. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReferralsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    static Path dir;

    private Database database;
    private List<Referral> referrals;
    private Map<Long, DisputeCase> cases;

    @BeforeAll
    void generate() {
        database = Database.open(DatabaseConfig.embedded(dir.resolve("demo")), () -> "demo");
        database.transactions().run(r -> r.users().save(new User("mediator", "其其格", Role.MEDIATOR)));
        new DemoDataService(database.transactions(), CLOCK).generate(DemoDatabase.CASES, DemoDatabase.SEED);
        referrals = database.transactions().call(r -> r.referrals().all());
        cases = new HashMap<>();
        database.transactions().call(r -> r.cases().page(0, DemoDatabase.CASES + 1))
            .forEach(c -> cases.put(c.getId(), c));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void everyReferralTypeOccursInEveryStateAtTheDefaultSize() {
        Map<ReferralType, Set<ReferralStatus>> seen = new HashMap<>();
        for (Referral referral : referrals) {
            seen.computeIfAbsent(referral.getType(), t -> EnumSet.noneOf(ReferralStatus.class))
                .add(ReferralStatus.of(referral, cases.get(referral.getCaseId()).getStatus()));
        }
        for (ReferralType type : ReferralType.values()) {
            assertEquals(EnumSet.allOf(ReferralStatus.class), seen.get(type), type.name());
        }
    }

    @Test
    void everyCourtSourcedCaseHasOneReferralOfItsSourceAndNoOtherCaseHasOne() {
        Set<Long> referred = new HashSet<>();
        for (Referral referral : referrals) {
            DisputeCase c = cases.get(referral.getCaseId());
            assertEquals(referral.getType().caseSource(), c.getSource(), c.getCaseNumber());
            assertNotEquals(CaseStatus.INTAKE, c.getStatus(), "a referral is accepted when signed for");
            assertTrue(referred.add(c.getId()));
        }
        long courtCases = cases.values().stream().filter(c -> c.getSource().isCourtReferral()).count();
        assertEquals(courtCases, referred.size());
    }

    @Test
    void referralsNameACourtOfTheCaseRegionWithAValidNumberOfThatCourt() {
        for (Referral referral : referrals) {
            DisputeCase c = cases.get(referral.getCaseId());
            CourtCaseNumber number = CourtCaseNumber.parse(referral.getCourtCaseNumber(), TODAY);
            assertEquals(referral.getCourt().getCode(), number.court());
            assertEquals(referral.getType() == ReferralType.DELEGATED ? "民诉前调" : "民初", number.type());
            String region = referral.getCourt().getRegionCode();
            assertTrue(region.equals(c.getRegionCode()) || region.equals(c.getRegionCode().substring(0, 4) + "00"),
                c.getRegionCode() + " " + referral.getCourt().getName());
            assertEquals(c.getReceivedDate(), referral.getSignedForDate());
            assertEquals(referral.getCourt().getName(), c.getCourtName());
            assertEquals(referral.getCourtCaseNumber(), c.getCourtCaseNumber());
            assertFalse(referral.getJudgeName().isBlank());
            assertFalse(database.transactions().call(r -> r.referrals().materials(referral.getId())).isEmpty());
        }
    }

    @Test
    void handBacksAndOutcomesAgreeWithTheCaseStatusAndTimeline() {
        for (Referral referral : referrals) {
            DisputeCase c = cases.get(referral.getCaseId());
            CaseStatus status = c.getStatus();
            String at = c.getCaseNumber() + " " + status;
            switch (status) {
                case INTAKE, ACCEPTED, IN_MEDIATION -> assertNull(referral.getHandBackKind(), at);
                case PERFORMING -> assertEquals(HandBackKind.SUCCESS, referral.getHandBackKind(), at);
                case HANDED_BACK, NOT_ACCEPTED, WITHDRAWN ->
                    assertEquals(HandBackKind.FAILURE, referral.getHandBackKind(), at);
                case AGREEMENT_SIGNED -> assertTrue(referral.getHandBackKind() != HandBackKind.FAILURE, at);
                case MEDIATION_FAILED -> assertTrue(referral.getHandBackKind() != HandBackKind.SUCCESS, at);
                case CLOSED -> assertNotNull(referral.getHandBackKind(), at);
                default -> throw new AssertionError(at);
            }
            if (referral.getHandBackKind() != null) {
                assertFalse(referral.getHandedBackDate().isBefore(referral.getSignedForDate()), at);
                assertFalse(referral.getHandedBackDate().isAfter(TODAY), at);
                if (status == CaseStatus.HANDED_BACK) {
                    assertNotNull(referral.getUndisputedFacts(), at);
                }
            }
            CourtOutcome outcome = referral.getCourtOutcome();
            if (outcome != null) {
                assertFalse(referral.getCourtOutcomeDate().isBefore(referral.getHandedBackDate()), at);
                assertFalse(referral.getCourtOutcomeDate().isAfter(TODAY), at);
                boolean success = referral.getHandBackKind() == HandBackKind.SUCCESS;
                assertEquals(success, outcome == CourtOutcome.CONFIRMED || outcome == CourtOutcome.MEDIATION_STATEMENT,
                    at);
                if (outcome == CourtOutcome.CONFIRMED) {
                    assertEquals("民特", CourtCaseNumber.parse(referral.getCourtOutcomeNumber(), TODAY).type(), at);
                }
            }
        }
    }
}
