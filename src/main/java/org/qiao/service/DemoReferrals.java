// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.CourtCaseNumber;
import org.qiao.domain.court.CourtLevel;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.ReferralType;
import org.qiao.store.ReferralRecordsLoader.NewMaterial;
import org.qiao.store.ReferralRecordsLoader.NewReferral;

/**
 * The court referrals of the demo's court-sourced cases (委派, 委托, 特邀): the basic court of the case's banner or
 * county (else its league's intermediate court), a case number of that court, the judge, the file signed for on the
 * day the case was received, a few materials, and a hand-back and court outcome that agree with the case's status and
 * timeline — an agreement goes back as a success a few days after signing, some confirmed by the court (民特) or
 * made a 调解书; a failed, withdrawn or refused mediation goes back as a failure, some then filed. Its own random
 * stream, so the cases do not change with it.
 */
final class DemoReferrals {

    /** How a referral's open questions are decided: at random, or (for the guaranteed examples) fixed. */
    enum Variant {
        RANDOM, NO_OUTCOME, WITH_OUTCOME,
        /** Mediation has ended but the file has not gone back to the court yet. */
        NOT_HANDED_BACK
    }

    /** A case the demo always has, so that even a small demo shows every referral type in every state. */
    record Example(CaseStatus status, CaseSource source, Variant variant) {
    }

    /**
     * Per type: received (accepted), mediating, failed but not yet handed back, handed back after an agreement, the
     * same with the court's outcome, and handed back after failing.
     */
    static final List<Example> EXAMPLES = examples();

    /** Which {@link #EXAMPLES} still wait for a case. */
    static final class Examples {
        private final boolean[] taken = new boolean[EXAMPLES.size()];

        /** The index of the first example of {@code status} still waiting, now taken, or -1. */
        int claim(CaseStatus status) {
            for (int i = 0; i < taken.length; i++) {
                if (!taken[i] && EXAMPLES.get(i).status() == status) {
                    taken[i] = true;
                    return i;
                }
            }
            return -1;
        }
    }

    private static final String[] MATERIAL_NOTES = {"起诉状副本", "当事人身份证明复印件", "证据材料若干份", "送达地址确认书"};
    private static final MaterialKind[] MATERIALS = {MaterialKind.COMPLAINT, MaterialKind.IDENTITY_PROOF,
        MaterialKind.EVIDENCE, MaterialKind.SERVICE_ADDRESS};

    private final Random random;
    private final LocalDate lastDay;
    private final Function<LocalDate, LocalDate> nextWorkingDay;
    private final Function<Random, String> names;
    private final Map<String, Court> byRegion = new HashMap<>();
    private final Court fallback;
    private long nextReferral;
    private long nextMaterial;

    DemoReferrals(long seed, List<Court> courts, DemoCaseHistory history, Function<Random, String> names,
                  long nextReferral, long nextMaterial) {
        this.random = new Random(seed ^ 0x5EED_C0DEL);
        this.lastDay = history.lastDay();
        this.nextWorkingDay = history::nextWorkingDay;
        this.names = names;
        this.nextReferral = nextReferral;
        this.nextMaterial = nextMaterial;
        Court any = null;
        for (Court court : courts) {
            if (court.getRegionCode() != null && court.getLevel() != CourtLevel.HIGH
                && court.getLevel() != CourtLevel.SPECIAL) {
                byRegion.putIfAbsent(court.getRegionCode(), court);
                any = any == null ? court : any;
            }
        }
        this.fallback = any;
    }

    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (ReferralType type : ReferralType.values()) {
            CaseSource source = type.caseSource();
            examples.add(new Example(CaseStatus.ACCEPTED, source, Variant.RANDOM));
            examples.add(new Example(CaseStatus.IN_MEDIATION, source, Variant.RANDOM));
            examples.add(new Example(CaseStatus.MEDIATION_FAILED, source, Variant.NOT_HANDED_BACK));
            examples.add(new Example(CaseStatus.PERFORMING, source, Variant.NO_OUTCOME));
            examples.add(new Example(CaseStatus.PERFORMING, source, Variant.WITH_OUTCOME));
            examples.add(new Example(CaseStatus.HANDED_BACK, source, Variant.NO_OUTCOME));
        }
        return List.copyOf(examples);
    }

    /**
     * The referral of a case from a court, or {@code null} when the source is no court or there is no court list.
     *
     * @param steps  the case's status timeline, oldest first
     * @param actor  who did the studio's part (the case's mediator)
     * @param topic  what the dispute is about, for the undisputed facts
     */
    NewReferral referral(long caseId, CaseSource source, CaseStatus status, String regionCode, LocalDate received,
                         List<DemoCaseHistory.Step> steps, String actor, Variant variant, String employer,
                         String topic) {
        ReferralType type = ReferralType.of(source);
        if (type == null || fallback == null) {
            return null;
        }
        Court court = courtOf(regionCode);
        int serial = (int) (caseId % 9_000_000) + 1;
        String number = new CourtCaseNumber(received.getYear(), court.getCode(),
            type == ReferralType.DELEGATED ? "民诉前调" : "民初", serial).toString();
        List<NewMaterial> materials = new ArrayList<>();
        materials.add(new NewMaterial(nextMaterial++, MaterialKind.REFERRAL_LETTER.name(), null));
        int extra = 1 + random.nextInt(MATERIALS.length);
        for (int i = 0; i < extra; i++) {
            materials.add(new NewMaterial(nextMaterial++, MATERIALS[i].name(), MATERIAL_NOTES[i]));
        }
        HandBackReason reason = null;
        LocalDate back = null;
        LocalDate signed = dayOf(steps, CaseStatus.AGREEMENT_SIGNED);
        LocalDate failed = dayOf(steps, CaseStatus.MEDIATION_FAILED);
        LocalDate handedBack = dayOf(steps, CaseStatus.HANDED_BACK);
        if (variant == Variant.NOT_HANDED_BACK) {
            reason = null;
        } else if (handedBack != null) {
            reason = HandBackReason.MEDIATION_FAILED;
            back = handedBack;
        } else if (signed != null) {
            // A case whose agreement was just signed may not have gone back yet.
            if (status != CaseStatus.AGREEMENT_SIGNED || random.nextBoolean()) {
                reason = HandBackReason.AGREEMENT_SIGNED;
                back = signed.plusDays(1 + random.nextInt(5));
            }
        } else if (failed != null) {
            if (status != CaseStatus.MEDIATION_FAILED || random.nextBoolean()) {
                reason = HandBackReason.MEDIATION_FAILED;
                back = failed.plusDays(1 + random.nextInt(5));
            }
        } else if (dayOf(steps, CaseStatus.WITHDRAWN) != null) {
            reason = HandBackReason.PARTY_WITHDREW;
            back = dayOf(steps, CaseStatus.WITHDRAWN);
        } else if (dayOf(steps, CaseStatus.NOT_ACCEPTED) != null) {
            reason = HandBackReason.REFUSED_MEDIATION;
            back = dayOf(steps, CaseStatus.NOT_ACCEPTED);
        }
        String judge = names.apply(random);
        if (reason == null) {
            return new NewReferral(nextReferral++, caseId, type.name(), court.getId(), court.getName(), number, judge,
                received, actor, null, null, null, null, null, null, null, null, null, null, null, materials);
        }
        back = latest(received, earliest(nextWorkingDay.apply(back), lastDay));
        String facts = reason == HandBackReason.MEDIATION_FAILED
            ? "双方确认：申请人与" + employer + "存在劳动关系；争议事项为" + topic + "。双方对应付数额未能达成一致。" : null;
        boolean outcome = variant == Variant.WITH_OUTCOME
            || variant == Variant.RANDOM && random.nextInt(100) < 45;
        LocalDate applied = reason == HandBackReason.AGREEMENT_SIGNED ? back : null;
        if (!outcome) {
            return new NewReferral(nextReferral++, caseId, type.name(), court.getId(), court.getName(), number, judge,
                received, actor, reason.kind().name(), reason.name(), back, null, facts, actor, applied, null, null,
                null, null, materials);
        }
        LocalDate decided = latest(back, earliest(nextWorkingDay.apply(back.plusDays(5 + random.nextInt(20))),
            lastDay));
        CourtOutcome result;
        String resultNumber;
        if (reason == HandBackReason.AGREEMENT_SIGNED) {
            boolean statement = type != ReferralType.DELEGATED && random.nextBoolean();
            result = statement ? CourtOutcome.MEDIATION_STATEMENT : CourtOutcome.CONFIRMED;
            resultNumber = statement ? number
                : new CourtCaseNumber(decided.getYear(), court.getCode(), "民特", serial).toString();
        } else if (reason == HandBackReason.PARTY_WITHDREW) {
            result = CourtOutcome.CLAIM_WITHDRAWN;
            resultNumber = null;
        } else {
            result = CourtOutcome.FILED;
            resultNumber = type == ReferralType.DELEGATED
                ? new CourtCaseNumber(decided.getYear(), court.getCode(), "民初", serial).toString() : number;
        }
        return new NewReferral(nextReferral++, caseId, type.name(), court.getId(), court.getName(), number, judge,
            received, actor, reason.kind().name(), reason.name(), back, null, facts, actor, applied, result.name(),
            resultNumber, decided, actor, materials);
    }

    /** The basic court of the banner or county, else the league's intermediate court, else any court. */
    private Court courtOf(String regionCode) {
        Court court = byRegion.get(regionCode);
        if (court == null && regionCode != null && regionCode.length() == 6) {
            court = byRegion.get(regionCode.substring(0, 4) + "00");
        }
        return court == null ? fallback : court;
    }

    private static LocalDate dayOf(List<DemoCaseHistory.Step> steps, CaseStatus status) {
        for (DemoCaseHistory.Step step : steps) {
            if (step.to() == status) {
                return step.at().toLocalDate();
            }
        }
        return null;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
