// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The plain-JDBC inserts behind {@link CaseBulkLoader} for what follows a case's registration: mediation sessions
 * with their mediators and attendees, signed agreements with their terms, mediators, amounts and instalments,
 * payments and follow-up visits — the rows {@code SessionService}, {@code AgreementService} and
 * {@code PaymentService} write one at a time, with the same values and checks (V12, V13, V14).
 */
public final class MediationRecordsLoader {

    /** Everything of this kind in one batch; any list may be empty. */
    public record Records(List<NewSession> sessions, List<NewAgreement> agreements, List<NewPayment> payments,
                          List<NewFollowUp> followUps) {

        public static final Records NONE = new Records(List.of(), List.of(), List.of(), List.of());

        public Records {
            sessions = List.copyOf(sessions);
            agreements = List.copyOf(agreements);
            payments = List.copyOf(payments);
            followUps = List.copyOf(followUps);
        }
    }

    /**
     * A session; {@code status} and {@code outcome} are the names of the session's status and outcome values,
     * {@code outcome} null unless held.
     */
    public record NewSession(long id, long caseId, LocalDate date, LocalTime start, LocalTime end, String room,
                             String mode, String invited, String status, String minutes, String caucusNotes,
                             String outcome, String outcomeNote, String scheduledBy, String recordedBy,
                             List<Long> mediatorIds, List<NewAttendee> attendees) {
    }

    /** Someone who attended a held session; {@code role} the name of an attendee role. */
    public record NewAttendee(String role, String name, boolean maySettle) {
    }

    /** A signed agreement (version 1) with its content hash. */
    public record NewAgreement(long id, long caseId, String number, LocalDate drawn, LocalDate signed, String facts,
                               String performanceCheck, int copies, String sha256, String createdBy,
                               List<String> terms, List<String> nonMonetaryTerms, List<Long> mediatorIds,
                               List<NewAgreedItem> items, List<NewInstalment> instalments) {
    }

    /** One agreed amount of a worker; {@code line} counts from 1 per worker. */
    public record NewAgreedItem(long workerId, int line, String category, BigDecimal amount) {
    }

    /** One instalment of a worker; {@code seq} counts from 1 per worker. */
    public record NewInstalment(long workerId, int seq, LocalDate due, BigDecimal amount) {
    }

    /** A payment received; {@code method} the name of a payment method. */
    public record NewPayment(long id, long caseId, long workerId, LocalDate paid, String payer, BigDecimal amount,
                             String method, String recordedBy, LocalDateTime recordedAt) {
    }

    /** A follow-up visit or call; {@code method} the name of a follow-up method. */
    public record NewFollowUp(long id, long caseId, LocalDate date, String method, Long workerId, String result,
                              String recordedBy, LocalDateTime recordedAt) {
    }

    private MediationRecordsLoader() {
    }

    static void insert(Connection connection, Records records, Timestamp now) throws SQLException {
        Objects.requireNonNull(records, "records");
        insertSessions(connection, records.sessions(), now);
        insertAgreements(connection, records.agreements(), now);
        insertPayments(connection, records.payments(), now);
        insertFollowUps(connection, records.followUps());
    }

    private static void insertSessions(Connection connection, List<NewSession> sessions, Timestamp now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into mediation_session (id, version, "
            + "created_at, updated_at, case_id, session_date, start_time, end_time, room, mode, invited, status, "
            + "minutes, caucus_notes, outcome, outcome_note, scheduled_by, recorded_by) "
            + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mediator = connection.prepareStatement(
                 "insert into mediation_session_mediator (session_id, user_id) values (?, ?)");
             PreparedStatement attendee = connection.prepareStatement("insert into mediation_session_attendee "
                 + "(session_id, line_no, attendee_role, name, may_settle) values (?, ?, ?, ?, ?)")) {
            for (NewSession s : sessions) {
                insert.setLong(1, s.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, s.caseId());
                insert.setObject(5, s.date());
                insert.setObject(6, s.start());
                insert.setObject(7, s.end());
                insert.setString(8, s.room());
                insert.setString(9, s.mode());
                insert.setString(10, s.invited());
                insert.setString(11, s.status());
                insert.setString(12, s.minutes());
                insert.setString(13, s.caucusNotes());
                insert.setString(14, s.outcome());
                insert.setString(15, s.outcomeNote());
                insert.setString(16, s.scheduledBy());
                insert.setString(17, s.recordedBy());
                insert.addBatch();
                for (long user : s.mediatorIds()) {
                    mediator.setLong(1, s.id());
                    mediator.setLong(2, user);
                    mediator.addBatch();
                }
                // Hibernate's list index (@OrderColumn) counts from 0.
                int line = 0;
                for (NewAttendee a : s.attendees()) {
                    attendee.setLong(1, s.id());
                    attendee.setInt(2, line++);
                    attendee.setString(3, a.role());
                    attendee.setString(4, a.name());
                    attendee.setBoolean(5, a.maySettle());
                    attendee.addBatch();
                }
            }
            insert.executeBatch();
            mediator.executeBatch();
            attendee.executeBatch();
        }
    }

    private static void insertAgreements(Connection connection, List<NewAgreement> agreements, Timestamp now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into agreement (id, version, created_at, "
            + "updated_at, case_id, agreement_version, status, agreement_number, drawn_date, signed_date, facts, "
            + "performance_check, copies, content_sha256, created_by, signed_by) "
            + "values (?, 0, ?, ?, ?, 1, 'SIGNED', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement term = connection.prepareStatement(
                 "insert into agreement_term (agreement_id, kind, line_no, body) values (?, ?, ?, ?)");
             PreparedStatement mediator = connection.prepareStatement(
                 "insert into agreement_mediator (agreement_id, line_no, user_id) values (?, ?, ?)");
             PreparedStatement item = connection.prepareStatement("insert into agreement_item (agreement_id, "
                 + "worker_id, line_no, category, amount) values (?, ?, ?, ?, ?)");
             PreparedStatement instalment = connection.prepareStatement("insert into agreement_instalment "
                 + "(agreement_id, worker_id, seq, due_date, amount) values (?, ?, ?, ?, ?)")) {
            for (NewAgreement a : agreements) {
                insert.setLong(1, a.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, a.caseId());
                insert.setString(5, a.number());
                insert.setObject(6, a.drawn());
                insert.setObject(7, a.signed());
                insert.setString(8, a.facts());
                insert.setString(9, a.performanceCheck());
                insert.setInt(10, a.copies());
                insert.setString(11, a.sha256());
                insert.setString(12, a.createdBy());
                insert.setString(13, a.createdBy());
                insert.addBatch();
                addTerms(term, a.id(), "TERM", a.terms());
                addTerms(term, a.id(), "NON_MONETARY", a.nonMonetaryTerms());
                for (int i = 0; i < a.mediatorIds().size(); i++) {
                    mediator.setLong(1, a.id());
                    // Hibernate's list index (@OrderColumn) counts from 0.
                    mediator.setInt(2, i);
                    mediator.setLong(3, a.mediatorIds().get(i));
                    mediator.addBatch();
                }
                for (NewAgreedItem i : a.items()) {
                    item.setLong(1, a.id());
                    item.setLong(2, i.workerId());
                    item.setInt(3, i.line());
                    item.setString(4, i.category());
                    item.setBigDecimal(5, i.amount());
                    item.addBatch();
                }
                for (NewInstalment i : a.instalments()) {
                    instalment.setLong(1, a.id());
                    instalment.setLong(2, i.workerId());
                    instalment.setInt(3, i.seq());
                    instalment.setObject(4, i.due());
                    instalment.setBigDecimal(5, i.amount());
                    instalment.addBatch();
                }
            }
            insert.executeBatch();
            term.executeBatch();
            mediator.executeBatch();
            item.executeBatch();
            instalment.executeBatch();
        }
    }

    private static void addTerms(PreparedStatement term, long agreementId, String kind, List<String> bodies)
        throws SQLException {
        for (int i = 0; i < bodies.size(); i++) {
            term.setLong(1, agreementId);
            term.setString(2, kind);
            term.setInt(3, i + 1);
            term.setString(4, bodies.get(i));
            term.addBatch();
        }
    }

    private static void insertPayments(Connection connection, List<NewPayment> payments, Timestamp now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into payment (id, version, created_at, "
            + "updated_at, case_id, worker_id, paid_date, payer, amount, method, recorded_by, recorded_at) "
            + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewPayment p : payments) {
                insert.setLong(1, p.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, p.caseId());
                insert.setLong(5, p.workerId());
                insert.setObject(6, p.paid());
                insert.setString(7, p.payer());
                insert.setBigDecimal(8, p.amount());
                insert.setString(9, p.method());
                insert.setString(10, p.recordedBy());
                insert.setTimestamp(11, Timestamp.valueOf(p.recordedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertFollowUps(Connection connection, List<NewFollowUp> followUps) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into follow_up (id, case_id, "
            + "visit_date, method, worker_id, result, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewFollowUp f : followUps) {
                insert.setLong(1, f.id());
                insert.setLong(2, f.caseId());
                insert.setObject(3, f.date());
                insert.setString(4, f.method());
                insert.setObject(5, f.workerId(), Types.BIGINT);
                insert.setString(6, f.result());
                insert.setString(7, f.recordedBy());
                insert.setTimestamp(8, Timestamp.valueOf(f.recordedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
