// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.qiao.i18n.Messages;

/**
 * Writes a one-worker and a 30-worker agreement, and a case's and a worker's recovered-wage summary, for a person
 * to look at, only when asked:
 * {@code mvn -o test -Dtest=SamplePdfs -Dqiao.pdf.out=/tmp/pdf-out}.
 */
class SamplePdfs {

    @Test
    @EnabledIfSystemProperty(named = "qiao.pdf.out", matches = ".+")
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("qiao.pdf.out")));
        AgreementPdf pdf = new AgreementPdf(new Messages(Messages.CHINESE));
        try (OutputStream out = Files.newOutputStream(dir.resolve("agreement-single.pdf"))) {
            pdf.render(AgreementFixtures.single(), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("agreement-30.pdf"))) {
            pdf.render(AgreementFixtures.collective(30), out);
        }
        RecoverySummaryPdf summary = new RecoverySummaryPdf(new Messages(Messages.CHINESE));
        try (OutputStream out = Files.newOutputStream(dir.resolve("recovery-case-30.pdf"))) {
            summary.render(RecoverySummaryFixtures.collective(30), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("recovery-worker.pdf"))) {
            summary.render(RecoverySummaryFixtures.worker(), out);
        }
        HandBackPdf handBack = new HandBackPdf(new Messages(Messages.CHINESE));
        Files.write(dir.resolve("handback-letter-success.pdf"), handBack.letter(HandBackFixtures.success(3)));
        Files.write(dir.resolve("handback-letter-failure.pdf"),
            handBack.letter(HandBackFixtures.failure("双方确认劳动关系。", "被申请人未到场")));
        Files.write(dir.resolve("judicial-confirmation.pdf"),
            handBack.judicialConfirmation(HandBackFixtures.success(3)));
        Files.write(dir.resolve("termination-notice.pdf"),
            handBack.terminationNotice(HandBackFixtures.failure("双方确认劳动关系。", "被申请人未到场")));
        Files.write(dir.resolve("undisputed-facts.pdf"),
            handBack.undisputedFacts(HandBackFixtures.failure("双方确认劳动关系。\n欠付工资24,000.00元。", "")));
        Files.write(dir.resolve("session-records.pdf"),
            handBack.sessionRecords(HandBackFixtures.failure("双方确认劳动关系。", "")));
        Files.write(dir.resolve("session-records-long.pdf"), handBack.sessionRecords(HandBackFixtures.longMinutes(60)));
    }
}
