// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.ReferralType;

/**
 * A court referral as the inbox collects it (or as an exchange package carries it): the court's side, then the
 * parties as intake takes them. Text stays text, so {@link ReferralService#register} can report every problem on
 * its field: the referral's own fields by name ({@code courtId}, {@code courtCaseNumber}, {@code judgeName},
 * {@code judgeContact}, {@code signedForDate}, {@code materials[i]}) and the parties' fields as intake names them.
 *
 * @param type            委派, 委托 or 特邀
 * @param courtId         the referring court, from the court list
 * @param courtCaseNumber the court's case number, e.g. (2026)内0102民诉前调123号
 * @param judgeName       the judge or clerk who sent the file
 * @param judgeContact    their telephone, or {@code null}
 * @param signedForDate   the day the studio signed for the file; the mediation period runs from it
 * @param simpleProcedure a 委托 case in simple procedure (7 days instead of 15)
 * @param materials       what came with the file, each with its scan when one was made
 * @param studioId        the studio taking the referral, {@code null} for the default studio
 * @param regionCode      the case's league/city or banner/county code
 * @param employer        the employer (被申请人/被告)
 * @param workers         the workers (申请人/原告), with their claims
 * @param facts           the facts as the court's file gives them
 * @param requests        the workers' requests
 * @param conflictVerdict the mediator's verdict on the conflict check, {@code null} for a new case
 * @param conflictNote    why, for a verdict other than a new case
 * @param linkedCaseId    the other case, for a linked or duplicate verdict
 */
public record ReferralForm(ReferralType type, Long courtId, String courtCaseNumber, String judgeName,
                           String judgeContact, LocalDate signedForDate, boolean simpleProcedure,
                           List<MaterialEntry> materials, Long studioId, String regionCode,
                           IntakeForm.EmployerEntry employer, List<IntakeForm.WorkerEntry> workers, String facts,
                           String requests, ConflictVerdict conflictVerdict, String conflictNote,
                           Long linkedCaseId) {

    public ReferralForm {
        materials = materials == null ? List.of() : List.copyOf(materials);
        workers = workers == null ? List.of() : List.copyOf(workers);
    }

    /** A copy with another conflict verdict, after the mediator has seen the findings. */
    public ReferralForm withVerdict(ConflictVerdict verdict, String note, Long linkedCase) {
        return new ReferralForm(type, courtId, courtCaseNumber, judgeName, judgeContact, signedForDate,
            simpleProcedure, materials, studioId, regionCode, employer, workers, facts, requests, verdict, note,
            linkedCase);
    }

    /**
     * The intake form of the referral's case: its source follows the type, its received date is the day the file
     * was signed for, and the court is named as on the court list.
     */
    public IntakeForm toIntake(String courtName) {
        return new IntakeForm(type == null ? null : type.caseSource(), courtName, courtCaseNumber, simpleProcedure,
            studioId, regionCode, signedForDate, employer, workers, facts, requests, null, false, false,
            conflictVerdict, conflictNote, linkedCaseId);
    }

    /**
     * One material received with the file.
     *
     * @param scan the scanned copy to store, or {@code null}
     */
    public record MaterialEntry(MaterialKind kind, String note, Path scan) {

        public MaterialEntry {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
