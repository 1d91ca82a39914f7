// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.money.Money;

/**
 * Everything the intake screen collects, as typed: text stays text (IDs, phone numbers, amounts) so that
 * {@link IntakeService#register} can report every problem on its field. Lists may be empty but not {@code null}.
 *
 * @param source          how the case came in
 * @param courtName       the referring court, required for 委派 and 委托
 * @param courtCaseNumber the court's case number, required for 委派 and 委托
 * @param simpleProcedure 委托 mediation in simple procedure (7 days instead of 15)
 * @param studioId        the studio registering the case, {@code null} for the default studio
 * @param regionCode      the 6-digit league/city or banner/county code of the case
 * @param receivedDate    the day the studio received the application or referral
 * @param employer        the employer: an existing one by id, or the fields of a new one
 * @param workers         the workers, in order
 * @param factsDate       when the worker knew of the infringement, or {@code null}
 * @param conflictVerdict the mediator's verdict on the conflict check; {@code null} means a new case and is
 *                        only accepted when the check finds nothing
 * @param linkedCaseId    the other case, required for {@code LINKED} and {@code DUPLICATE}
 * @param evidence        files to attach as evidence when the case is stored, in order
 */
public record IntakeForm(CaseSource source, String courtName, String courtCaseNumber, boolean simpleProcedure,
                         Long studioId, String regionCode, LocalDate receivedDate, EmployerEntry employer,
                         List<WorkerEntry> workers, String facts, String requests, LocalDate factsDate,
                         boolean ongoingEmployment, boolean wantsLegalAid, ConflictVerdict conflictVerdict,
                         String conflictNote, Long linkedCaseId, List<EvidenceEntry> evidence) {

    public IntakeForm {
        workers = workers == null ? List.of() : List.copyOf(workers);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A form without evidence files. */
    public IntakeForm(CaseSource source, String courtName, String courtCaseNumber, boolean simpleProcedure,
                      Long studioId, String regionCode, LocalDate receivedDate, EmployerEntry employer,
                      List<WorkerEntry> workers, String facts, String requests, LocalDate factsDate,
                      boolean ongoingEmployment, boolean wantsLegalAid, ConflictVerdict conflictVerdict,
                      String conflictNote, Long linkedCaseId) {
        this(source, courtName, courtCaseNumber, simpleProcedure, studioId, regionCode, receivedDate, employer,
            workers, facts, requests, factsDate, ongoingEmployment, wantsLegalAid, conflictVerdict, conflictNote,
            linkedCaseId, List.of());
    }

    /** A copy with another conflict verdict, e.g. after the mediator has seen the findings. */
    public IntakeForm withVerdict(ConflictVerdict verdict, String note, Long linkedCase) {
        return new IntakeForm(source, courtName, courtCaseNumber, simpleProcedure, studioId, regionCode,
            receivedDate, employer, workers, facts, requests, factsDate, ongoingEmployment, wantsLegalAid, verdict,
            note, linkedCase, evidence);
    }

    /** A copy with other evidence files. */
    public IntakeForm withEvidence(List<EvidenceEntry> files) {
        return new IntakeForm(source, courtName, courtCaseNumber, simpleProcedure, studioId, regionCode,
            receivedDate, employer, workers, facts, requests, factsDate, ongoingEmployment, wantsLegalAid,
            conflictVerdict, conflictNote, linkedCaseId, files);
    }

    /**
     * The employer: {@code existingId} picks one on file (its name and credit code stay as recorded; a legal
     * representative, address, phone or industry given here replaces the recorded one, as a worker's newer phone
     * does); otherwise an employer with the same credit code on file is reused, or a new one is made from these
     * fields.
     */
    public record EmployerEntry(Long existingId, String name, String creditCode, String legalRepresentative,
                                String address, String phone, String industry, String regionCode) {

        public static EmployerEntry existing(long id) {
            return new EmployerEntry(id, null, null, null, null, null, null, null);
        }
    }

    /** One worker (申请人) and their claims; a worker on file with the same resident ID is reused. */
    public record WorkerEntry(String name, String residentId, String phone, String address, Set<WorkerGroup> groups,
                              boolean representative, List<ClaimEntry> claims) {

        public WorkerEntry {
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }

    /** One claim: the amount as typed (e.g. {@code 16,409.02}), the period it covers and a note. */
    public record ClaimEntry(DisputeCategory category, String amount, LocalDate periodFrom, LocalDate periodTo,
                             String note) {

        public static ClaimEntry of(DisputeCategory category, Money amount, LocalDate from, LocalDate to,
            String note) {
            return new ClaimEntry(category, amount.toPlainString(), from, to, note);
        }
    }

    /**
     * A file to attach as evidence (a scan, a photo, a PDF) with the mediator's description.
     *
     * @param sha256 the SHA-256 the mediator was shown when choosing the file, or {@code null}; when given, a file
     *               whose content changed since is refused rather than stored
     */
    public record EvidenceEntry(Path file, String description, String sha256) {

        public EvidenceEntry {
            Objects.requireNonNull(file, "file");
        }
    }
}
