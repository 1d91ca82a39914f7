// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.ReferralType;
import org.qiao.store.Transactions;

/** Valid referral forms for the tests; each call gives a court case number no other call gave. */
public final class ReferralFixtures {

    /** 鄂尔多斯市东胜区人民法院, on the court list as shipped. */
    public static final String COURT_CODE = "内0602";

    private ReferralFixtures() {
    }

    /** The id of the shipped court with this code. */
    public static long courtId(Transactions tx, String code) {
        return tx.call(r -> r.courts().findByCode(code)).orElseThrow().getId();
    }

    /**
     * A 委派 referral of one worker from 东胜区人民法院 for the services of a whole application (window and command-line
     * tests), signed for {@code signedFor}.
     */
    public static ReferralForm form(Services services, LocalDate signedFor) {
        long court = services.courts().active().stream().filter(c -> c.getCode().equals(COURT_CODE)).findFirst()
            .orElseThrow().getId();
        String number = "(" + signedFor.getYear() + ")" + COURT_CODE + typeWord(ReferralType.DELEGATED)
            + IntakeFixtures.next() + "号";
        return new ReferralForm(ReferralType.DELEGATED, court, number, "王法官", "0477-8561234", signedFor, false,
            List.of(new ReferralForm.MaterialEntry(MaterialKind.COMPLAINT, null, null)), null, "150602",
            IntakeFixtures.employer("某某" + IntakeFixtures.next() + "建筑有限公司"),
            List.of(IntakeFixtures.worker("巴特尔", IntakeFixtures.residentId(), false)), "拖欠工资", "支付工资", null,
            null, null);
    }

    /** The court's type word for a referral of {@code type}: 民诉前调 before filing, 民初 after. */
    public static String typeWord(ReferralType type) {
        return type == ReferralType.DELEGATED ? "民诉前调" : "民初";
    }

    /** A referral from 东胜区人民法院 with {@code workers} workers, signed for on {@code signedFor}. */
    public static ReferralForm form(Transactions tx, ReferralType type, LocalDate signedFor, int workers) {
        return form(courtId(tx, COURT_CODE), type, signedFor, workers);
    }

    /** The same, for a test that reaches the database only through its services (the court from CourtService). */
    public static ReferralForm form(long courtId, ReferralType type, LocalDate signedFor, int workers) {
        List<IntakeForm.WorkerEntry> list = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            list.add(IntakeFixtures.worker("工人" + IntakeFixtures.next(), IntakeFixtures.residentId(), false));
        }
        String number = "(" + signedFor.getYear() + ")" + COURT_CODE + typeWord(type) + IntakeFixtures.next() + "号";
        return new ReferralForm(type, courtId, number, "王法官", "0477-8561234", signedFor, false,
            List.of(new ReferralForm.MaterialEntry(MaterialKind.REFERRAL_LETTER, null, null),
                new ReferralForm.MaterialEntry(MaterialKind.COMPLAINT, "原件一份", null)),
            null, "150602", IntakeFixtures.employer("某某" + IntakeFixtures.next() + "建筑有限公司"), list,
            "拖欠三个月工资", "支付工资", null, null, null);
    }
}
