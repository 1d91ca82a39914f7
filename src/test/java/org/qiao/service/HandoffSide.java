// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/**
 * One studio's database with the services the exchange package needs, on a fresh embedded H2 in its own folder;
 * the hand-back documents are the signed agreement's PDF, as the application wires them for now.
 */
final class HandoffSide implements AutoCloseable {

    final Path dir;
    final DatabaseConfig config;
    final Database database;
    final Transactions tx;
    final IntakeService intake;
    final ReferralService referrals;
    final CaseStatusService status;
    final AgreementService agreements;
    final HandoffService handoffs;
    final AttachmentStore attachments;

    HandoffSide(String name) throws IOException {
        dir = Files.createTempDirectory("qiao-handoff-" + name + "-");
        config = DatabaseConfig.embedded(dir);
        UserSession session = new UserSession("mediator." + name);
        database = Database.open(config, session::actorName);
        tx = database.transactions();
        attachments = new AttachmentStore(dir.resolve("attachments"));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK, attachments);
        referrals = new ReferralService(tx, intake, calendar, attachments, IntakeFixtures.CLOCK);
        status = new CaseStatusService(tx, calendar, session, IntakeFixtures.CLOCK);
        agreements = new AgreementService(tx, session, status, messages, IntakeFixtures.CLOCK);
        PaymentService payments = new PaymentService(tx, attachments, session, messages, IntakeFixtures.CLOCK);
        HandoffDocuments documents = caseId -> agreements.versions(caseId).stream()
            .filter(v -> v.status() == AgreementStatus.SIGNED)
            .map(v -> new HandoffDocuments.Named("AGREEMENT", "agreement.pdf", agreements.pdf(v.id()))).toList();
        handoffs = new HandoffService(tx, session, intake, referrals, payments, attachments, documents, messages,
            IntakeFixtures.CLOCK);
    }

    /**
     * A 委派 referral of two workers signed for on 2026-03-02, mediated to a signed agreement (both workers agreed
     * 8,333.33 each, as claimed) and handed back on 2026-03-10, the day of signing, with the court's confirmation
     * recorded; returns the case id.
     */
    long handedBackCase() {
        long mediator = tx.call(r -> r.users().save(new User("mediator.handoff" + IntakeFixtures.next(), "乌兰调解",
            Role.MEDIATOR))).getId();
        ReferralForm form = ReferralFixtures.form(tx, ReferralType.DELEGATED, LocalDate.of(2026, 3, 2), 2);
        long caseId = referrals.register(form, null).caseId();
        status.change(caseId, CaseStatus.IN_MEDIATION, null);
        AgreementDraft d = agreements.prefill(caseId);
        AgreementDraft draft = new AgreementDraft(d.drawnDate(), d.facts(), d.terms(), d.nonMonetaryTerms(),
            d.performanceCheck(), d.copies(), List.of(mediator), d.workers());
        AgreementVersion saved = agreements.save(caseId, null, null, draft);
        agreements.sign(saved.id(), null, LocalDate.of(2026, 3, 10));
        tx.run(r -> {
            Referral referral = r.referrals().ofCase(caseId).orElseThrow();
            referral.handBack(HandBackReason.AGREEMENT_SIGNED, LocalDate.of(2026, 3, 10), "双方达成协议，申请司法确认",
                "乌兰调解");
            referral.setUndisputedFacts("申请人于2025年10月至12月在被申请人处工作。");
            referral.setConfirmationAppliedDate(LocalDate.of(2026, 3, 10));
            referral.recordOutcome(CourtOutcome.CONFIRMED, "（2026）内0602民特12号", LocalDate.of(2026, 3, 10),
                "裁定调解协议有效", "王法官");
            r.referrals().save(referral);
        });
        return caseId;
    }

    /** The number of rows of every table, by table name. */
    Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        database.close();
    }
}
