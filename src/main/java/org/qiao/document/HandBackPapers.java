// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.money.Money;

/**
 * Everything the hand-back documents of a court referral show, as plain data: the referral (court, its case number,
 * type, judge, signed-for date, deadline), the studio's case, the parties, how it ended (an agreement with each
 * worker's amount, or why mediation ended and the facts both sides confirmed), the sessions held or cancelled and the
 * court's materials that go back. Labels (the referral type, a reason, a session's mode) come already in Chinese.
 *
 * @param agreement the signed agreement of a successful hand-back, else {@code null}
 * @param reason why mediation ended, for a failed hand-back, else {@code null}
 * @param undisputedFacts the facts both sides confirmed (无争议事实); empty when none were confirmed
 * @param note the studio's note on the hand-back; empty when none
 * @param studioContact the studio's telephone for the court; empty leaves a line to fill in
 * @param mediationDue the last day of the mediation period, or {@code null} when none runs
 * @param returnedMaterials the court's materials that go back with the letter, each as "名称（说明）"
 * @param enclosures the documents sent with the letter, in the order they are listed
 * @param sessions the sessions held or cancelled, earliest first; none still only scheduled
 */
public record HandBackPapers(String courtName, String courtCaseNumber, String referralType, String judgeName,
    LocalDate signedForDate, LocalDate mediationDue, String caseNumber, String studioName, String mediatorName,
    String studioContact, LocalDate handedBackDate, List<Party> workers, Party employer, Agreement agreement,
    String reason, String undisputedFacts, String note, List<Session> sessions, List<String> returnedMaterials,
    List<String> enclosures) {

    public HandBackPapers {
        Objects.requireNonNull(courtName, "courtName");
        Objects.requireNonNull(courtCaseNumber, "courtCaseNumber");
        Objects.requireNonNull(referralType, "referralType");
        Objects.requireNonNull(judgeName, "judgeName");
        Objects.requireNonNull(signedForDate, "signedForDate");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(studioName, "studioName");
        Objects.requireNonNull(mediatorName, "mediatorName");
        Objects.requireNonNull(studioContact, "studioContact");
        Objects.requireNonNull(handedBackDate, "handedBackDate");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(undisputedFacts, "undisputedFacts");
        Objects.requireNonNull(note, "note");
        workers = List.copyOf(workers);
        sessions = List.copyOf(sessions);
        returnedMaterials = List.copyOf(returnedMaterials);
        enclosures = List.copyOf(enclosures);
        if (workers.isEmpty()) {
            throw new IllegalArgumentException("a hand-back needs at least one worker");
        }
        if ((agreement == null) == (reason == null)) {
            throw new IllegalArgumentException("a hand-back has either an agreement or a reason");
        }
    }

    /** Whether mediation succeeded: an agreement was signed. */
    public boolean success() {
        return agreement != null;
    }

    /**
     * A party as the documents name it.
     *
     * @param identity the resident ID of a worker, the unified social credit code of an employer; empty if unknown
     * @param representative an employer's legal representative; empty for a worker
     */
    public record Party(String name, String identity, String representative, String address, String phone) {

        public Party {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(representative, "representative");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(phone, "phone");
        }
    }

    /**
     * The signed agreement: its number, when it was signed (and took effect), the last day to apply jointly for its
     * judicial confirmation (30 days, 民事诉讼法 art.205) and what each worker was agreed.
     */
    public record Agreement(String number, LocalDate signedDate, LocalDate applyBy, List<Amount> amounts) {

        public Agreement {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(signedDate, "signedDate");
            Objects.requireNonNull(applyBy, "applyBy");
            amounts = List.copyOf(amounts);
        }

        public Money total() {
            return amounts.stream().map(Amount::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** One worker's agreed amount. */
    public record Amount(String worker, Money amount) {

        public Amount {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A session held or cancelled, as the session records (调解记录) show it; the letter lists only those held. The
     * caucus notes are never part of it: they hold what one side said in confidence.
     *
     * @param mode how it was held, as a label
     * @param mediators the names of its mediators
     * @param outcome what it came to, as a label; empty for a cancelled session
     * @param outcomeNote the note on the outcome; empty when none
     * @param minutes the joint record (笔录); empty when none
     * @param cancelReason why it was called off, for a cancelled session, else {@code null}
     */
    public record Session(LocalDate date, LocalTime start, LocalTime end, String room, String mode,
        List<String> mediators, List<Attendee> attendees, String outcome, String outcomeNote, String minutes,
        String cancelReason) {

        public Session {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(mode, "mode");
            mediators = List.copyOf(mediators);
            attendees = List.copyOf(attendees);
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(outcomeNote, "outcomeNote");
            Objects.requireNonNull(minutes, "minutes");
        }

        /** Whether the session was called off rather than held. */
        public boolean cancelled() {
            return cancelReason != null;
        }
    }

    /**
     * Someone who attended a session, with the capacity they came in as a label (for an employer's representative
     * authorised to settle, saying so).
     */
    public record Attendee(String role, String name) {

        public Attendee {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
        }
    }
}
