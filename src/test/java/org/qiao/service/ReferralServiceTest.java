// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Transactions;

/** Registering court referrals: the case, its acceptance and deadline by type, the checks, nothing half-written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralServiceTest {

    private ReferralStudio studio;
    private Transactions tx;
    private ReferralService referrals;
    private Path dataDir;

    @BeforeAll
    void open() throws Exception {
        studio = new ReferralStudio("qiao-referral-");
        dataDir = studio.dataDir;
        tx = studio.tx;
        referrals = studio.referrals;
    }

    @AfterAll
    void close() {
        studio.close();
    }

    @ParameterizedTest
    @CsvSource({
        // signed for on 2026-03-02 (Mon): 委派 +30 = 04-01 (Wed); 委托 +15 = 03-17 (Tue); 特邀 +7 = 03-09 (Mon)
        "DELEGATED, false, 2026-03-02, 2026-04-01",
        "ENTRUSTED, false, 2026-03-02, 2026-03-17",
        "ENTRUSTED, true, 2026-03-02, 2026-03-09",
        "INVITED, false, 2026-03-02, 2026-03-09",
        // signed for on 2026-01-17 (Sat): 委派 +30 = 02-16, inside the Spring Festival holiday → 02-24
        "DELEGATED, false, 2026-01-17, 2026-02-24",
    })
    void aReferralBecomesAnAcceptedCaseWithItsDeadline(ReferralType type, boolean simple, LocalDate signedFor,
        LocalDate due) {
        ReferralForm base = ReferralFixtures.form(tx, type, signedFor, 2);
        ReferralForm form = new ReferralForm(base.type(), base.courtId(), base.courtCaseNumber(), base.judgeName(),
            base.judgeContact(), base.signedForDate(), simple, base.materials(), base.studioId(), base.regionCode(),
            base.employer(), base.workers(), base.facts(), base.requests(), null, null, null);
        ReferralService.Registration stored = referrals.register(form, null);
        assertEquals(due, stored.mediationDue());
        DisputeCase c = tx.call(r -> r.cases().findById(stored.caseId())).orElseThrow();
        assertEquals(CaseStatus.ACCEPTED, c.getStatus());
        assertEquals(type.caseSource(), c.getSource());
        assertEquals(signedFor, c.getReceivedDate());
        assertEquals(due, c.getMediationDueDate());
        assertEquals("鄂尔多斯市东胜区人民法院", c.getCourtName());
        Referral referral = tx.call(r -> r.referrals().ofCase(stored.caseId())).orElseThrow();
        assertEquals(type, referral.getType());
        assertEquals(ReferralStatus.RECEIVED, ReferralStatus.of(referral, c.getStatus()));
        assertEquals(base.courtCaseNumber().replace('(', '（').replace(')', '）'), referral.getCourtCaseNumber());
        List<ReferralMaterial> materials = tx.call(r -> r.referrals().materials(referral.getId()));
        assertEquals(List.of(MaterialKind.REFERRAL_LETTER, MaterialKind.COMPLAINT),
            materials.stream().map(ReferralMaterial::getMaterial).toList());
    }

    @Test
    void aScanIsStoredWithItsMaterial() throws Exception {
        Path scan = Files.writeString(dataDir.resolve("委派调解函.pdf"), "scan " + IntakeFixtures.next());
        ReferralForm base = ReferralFixtures.form(tx, ReferralType.DELEGATED, LocalDate.of(2026, 3, 2), 1);
        ReferralForm form = new ReferralForm(base.type(), base.courtId(), base.courtCaseNumber(), base.judgeName(),
            base.judgeContact(), base.signedForDate(), false,
            List.of(new ReferralForm.MaterialEntry(MaterialKind.REFERRAL_LETTER, null, scan)), null, "150602",
            base.employer(), base.workers(), base.facts(), base.requests(), null, null, null);
        long referralId = referrals.register(form, null).referralId();
        ReferralMaterial material = tx.call(r -> r.referrals().materials(referralId)).get(0);
        assertEquals("委派调解函.pdf", material.getFileName());
        assertEquals(Files.readString(scan), Files.readString(
            new AttachmentStore(dataDir.resolve("attachments")).open(material.getSha256())));
        assertEquals(64, material.getSha256().length());
    }

    @Test
    void everyProblemIsReportedOnItsFieldAndNothingIsStored() {
        ReferralForm base = ReferralFixtures.form(tx, ReferralType.DELEGATED, LocalDate.of(2026, 3, 2), 1);
        long before = countCases();
        // a number of another court (内0102), a future signed-for date, no judge
        ReferralForm bad = new ReferralForm(base.type(), base.courtId(), "（2026）内0102民诉前调9号", " ", null,
            LocalDate.of(2026, 3, 11), false, base.materials(), null, "150602", base.employer(), base.workers(),
            base.facts(), base.requests(), null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> referrals.register(bad, null));
        Set<String> keys = e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
        assertEquals(Set.of("courtCaseNumber:referral.number.otherCourt", "signedForDate:referral.signedFor.future",
            "judgeName:intake.field.required"), keys);
        assertEquals(before, countCases());
    }

    @Test
    void theSameCourtCaseNumberIsRegisteredOnce() {
        ReferralForm form = ReferralFixtures.form(tx, ReferralType.ENTRUSTED, LocalDate.of(2026, 3, 2), 1);
        String caseNumber = referrals.register(form, null).caseNumber();
        ReferralForm again = ReferralFixtures.form(tx, ReferralType.ENTRUSTED, LocalDate.of(2026, 3, 2), 1);
        ReferralForm same = new ReferralForm(again.type(), again.courtId(),
            form.courtCaseNumber().replace('(', '〔').replace(')', '〕'), again.judgeName(), again.judgeContact(),
            again.signedForDate(), false, again.materials(), null, "150602", again.employer(), again.workers(),
            again.facts(), again.requests(), null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> referrals.register(same, null));
        FieldProblem problem = e.problems().get(0);
        assertEquals("referral.number.taken", problem.messageKey());
        assertEquals(caseNumber, problem.args()[1]);
    }

    private long countCases() {
        return tx.call(r -> r.referrals().all().size());
    }
}
