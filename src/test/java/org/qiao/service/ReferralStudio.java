// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.Transactions;

/**
 * A studio's embedded database in a new temporary folder, with the services court referrals are registered through,
 * on {@link IntakeFixtures#CLOCK}'s day, the mediator 格日勒 ({@code mediator.gerel}) acting.
 */
final class ReferralStudio implements AutoCloseable {

    static final String ACTOR = "mediator.gerel";

    final Path dataDir;
    final UserSession session = new UserSession(ACTOR);
    final Database database;
    final Transactions tx;
    final AttachmentStore attachments;
    final CalendarService calendar;
    final IntakeService intake;
    final ReferralService referrals;

    ReferralStudio(String folderPrefix) {
        try {
            dataDir = Files.createTempDirectory(folderPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = Database.open(DatabaseConfig.embedded(dataDir), session::actorName);
        tx = database.transactions();
        attachments = new AttachmentStore(dataDir.resolve("attachments"));
        calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK, attachments);
        referrals = new ReferralService(tx, intake, calendar, attachments, IntakeFixtures.CLOCK);
    }

    @Override
    public void close() {
        database.close();
    }
}
