// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.document.AgreementDocument;
import org.qiao.document.AgreementFingerprint;
import org.qiao.document.AgreementPdf;
import org.qiao.document.PdfPages;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.money.Money;
import org.qiao.service.AgreementService;
import org.qiao.service.AgreementVersion;
import org.qiao.ui.TestDatabase;

/** {@code qiao print agreement} and {@code qiao verify-document} on a demo database with one signed agreement. */
class AgreementCommandsTest {

    @TempDir
    Path dataDir;

    private String caseNumber;
    private String sha256;
    private AgreementDocument signed;

    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    @BeforeEach
    void aSignedAgreement() {
        AppContext context = TestDatabase.withMediator(dataDir);
        try {
            TestDatabase.signInMediator(context);
            context.services().demoData().generate(30, 5);
            caseNumber = context.services().ledger().page(LedgerFilter.ALL.withStatuses(Set.of(
                CaseStatus.IN_MEDIATION)), LedgerSort.NEWEST_FIRST, 0, 1).rows().get(0).caseNumber();
            AgreementService agreements = context.services().agreements();
            long caseId = agreements.caseId(caseNumber);
            AgreementVersion draft = agreements.save(caseId, null, null, agreements.prefill(caseId));
            sha256 = agreements.sign(draft.id(), null, LocalDate.now()).contentSha256();
            signed = agreements.document(draft.id());
        } finally {
            context.close();
        }
    }

    @Test
    void printsTheSignedAgreementAndVerifiesIt() throws Exception {
        Path pdf = dataDir.resolve("out").resolve("agreement.pdf");
        CliRun print = run("print", "agreement", "--case", caseNumber, "--out", pdf.toString());
        assertEquals(0, print.code(), print.err());
        assertTrue(print.out().contains("第 1 版，已签署（生效），已写入"), print.out());
        byte[] written = Files.readAllBytes(pdf);
        assertEquals(sha256, PdfPages.infoValue(written, AgreementFingerprint.INFO_KEY).orElseThrow());
        assertTrue(String.join("", PdfPages.texts(written)).contains(signed.workers().get(0).name()));

        CliRun verify = run("verify-document", pdf.toString());
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().startsWith("一致：这是案件 " + caseNumber + " 的调解协议 " + signed.agreementNumber()
            + " 第 1 版，签署日期 " + LocalDate.now()), verify.out());
    }

    @Test
    void aCopyWithAChangedAmountUnderTheOldHashIsRefused() throws Exception {
        AgreementDocument.WorkerParty w = signed.workers().get(0);
        Money more = w.total().plus(Money.ofYuan(1000));
        AgreementDocument.WorkerParty changed = new AgreementDocument.WorkerParty(w.name(), w.sex(), w.residentId(),
            w.address(), w.phone(), List.of(new AgreementDocument.AgreedItem(w.items().get(0).category(), more)),
            List.of(new AgreementDocument.Payment(w.payments().get(0).due(), more)));
        List<AgreementDocument.WorkerParty> workers = new java.util.ArrayList<>(signed.workers());
        workers.set(0, changed);
        AgreementDocument forged = new AgreementDocument(signed.agreementNumber(), signed.version(), signed.date(),
            signed.studioName(), signed.caseNumber(), signed.employer(), workers, signed.facts(), signed.terms(),
            signed.nonMonetaryTerms(), signed.performanceCheck(), signed.copies(), signed.mediators());
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        new AgreementPdf(new org.qiao.i18n.Messages(java.util.Locale.SIMPLIFIED_CHINESE)).render(forged, rendered);
        Path file = dataDir.resolve("forged.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(rendered.toByteArray())),
            new PdfWriter(file.toString()))) {
            pdf.getDocumentInfo().setMoreInfo(AgreementFingerprint.INFO_KEY, sha256);
        }
        CliRun verify = run("verify-document", file.toString());
        assertEquals(1, verify.code());
        assertTrue(verify.out().startsWith("不一致："), verify.out());
    }

    @Test
    void aByteChangedInThePrintedTextIsRefused() throws Exception {
        Path pdf = dataDir.resolve("agreement.pdf");
        assertEquals(0, run("print", "agreement", "--case", caseNumber, "--out", pdf.toString()).code());
        // Rewrite the copy uncompressed, then change one glyph of its first text-showing operator.
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()),
            new PdfWriter(plain, new com.itextpdf.kernel.pdf.WriterProperties().setCompressionLevel(0)))) {
            doc.getPage(1).getFirstContentStream().setCompressionLevel(0);
        }
        byte[] bytes = plain.toByteArray();
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int show = latin.indexOf(">Tj");
        assertTrue(show > 0, "an uncompressed text operator");
        int digit = show - 1;
        bytes[digit] = (byte) (bytes[digit] == '1' ? '2' : '1');
        Path tampered = dataDir.resolve("tampered.pdf");
        Files.write(tampered, bytes);
        assertEquals(sha256, PdfPages.infoValue(bytes, AgreementFingerprint.INFO_KEY).orElseThrow());

        CliRun verify = run("verify-document", tampered.toString());
        assertEquals(1, verify.code());
        assertTrue(verify.out().startsWith("不一致："), verify.out());
    }

    @Test
    void aFileThatIsNoQiaoAgreementIsSaidToBeSo() throws Exception {
        Path text = dataDir.resolve("note.pdf");
        Files.writeString(text, "not a pdf");
        CliRun verify = run("verify-document", text.toString());
        assertEquals(1, verify.code());
        assertEquals("该文件不是本系统生成的调解协议书（没有校验信息）。", verify.out().strip());
    }

    @Test
    void aNewDraftIsPrintedOnlyWhenAskedForAndIsMarked() throws Exception {
        AppContext context = TestDatabase.open(dataDir, java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            TestDatabase.signInMediator(context);
            AgreementService agreements = context.services().agreements();
            long caseId = agreements.caseId(caseNumber);
            agreements.newVersion(agreements.versions(caseId).get(0).id(), "改为分期");
        } finally {
            context.close();
        }
        Path inForce = dataDir.resolve("v1.pdf");
        assertEquals(0, run("print", "agreement", "--case", caseNumber, "--out", inForce.toString()).code());
        assertEquals(sha256, PdfPages.infoValue(Files.readAllBytes(inForce), AgreementFingerprint.INFO_KEY)
            .orElseThrow());
        Path draft = dataDir.resolve("v2.pdf");
        CliRun print = run("print", "agreement", "--case", caseNumber, "--out", draft.toString(),
            "--agreement-version", "2");
        assertEquals(0, print.code(), print.err());
        assertTrue(print.out().contains("第 2 版，草稿，已写入"), print.out());
        assertTrue(PdfPages.texts(Files.readAllBytes(draft)).get(0).contains("草稿 未签署"));
        CliRun missing = run("print", "agreement", "--case", caseNumber, "--out", draft.toString(),
            "--agreement-version", "3");
        assertEquals(1, missing.code());
        assertEquals("该案件的调解协议没有第 3 版。", missing.err().strip());
    }
}
