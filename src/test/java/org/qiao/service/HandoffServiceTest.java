// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.Claim;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Evidence;
import org.qiao.domain.cases.Worker;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.handoff.PackageKind;
import org.qiao.i18n.Messages;

/**
 * The exchange package: a handed-back referral exported by one studio and imported into a fresh database is the same
 * case; every kind of tampering is refused, by its own check, with the database unchanged; a package imports once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoffServiceTest {

    private HandoffSide studio;
    private HandoffSide fresh;
    private Path work;
    private long caseId;
    private Path exported;
    private HandoffService.Imported imported;
    /** A court's key, trusted by the fresh studio. */
    private KeyPair court;

    @BeforeAll
    void exportAndImport() throws Exception {
        studio = new HandoffSide("studio");
        fresh = new HandoffSide("fresh");
        work = Files.createTempDirectory("qiao-handoff-work-");
        caseId = studio.handedBackCase();
        exported = work.resolve("out").resolve("package.zip");
        studio.handoffs.export(caseId, exported);
        Path studioKey = work.resolve("studio.pub");
        studio.handoffs.writePublicKey(studioKey);
        fresh.handoffs.trust(studioKey, "东胜区劳动争议调解工作室");
        court = HandoffKeys.generate();
        Path courtKey = Files.writeString(work.resolve("court.pub"), HandoffKeys.pem(court.getPublic()));
        fresh.handoffs.trust(courtKey, "鄂尔多斯市东胜区人民法院");
        imported = fresh.handoffs.importPackage(exported);
    }

    @AfterAll
    void close() {
        studio.close();
        fresh.close();
    }

    @Test
    void theImportedCaseIsTheExportedCase() {
        assertFalse(imported.alreadyImported());
        assertEquals(PackageKind.HANDBACK, imported.kind());
        DisputeCase sent = studio.tx.call(r -> loaded(r.cases().findById(caseId).orElseThrow()));
        DisputeCase got = fresh.tx.call(r -> loaded(r.cases().findById(imported.caseId()).orElseThrow()));
        assertEquals(sent.getSource(), got.getSource());
        assertEquals("鄂尔多斯市东胜区人民法院", got.getCourtName());
        assertEquals(sent.getCourtCaseNumber(), got.getCourtCaseNumber());
        assertEquals(sent.getReceivedDate(), got.getReceivedDate());
        assertEquals(sent.getFacts(), got.getFacts());
        assertEquals(sent.getEmployer().getName(), got.getEmployer().getName());
        assertEquals(sent.getEmployer().getCreditCode(), got.getEmployer().getCreditCode());
        assertEquals(parties(sent), parties(got));
        assertEquals(claims(sent), claims(got));
        assertEquals(CaseStatus.AGREEMENT_SIGNED, got.getStatus());

        Referral before = studio.tx.call(r -> r.referrals().ofCase(caseId)).orElseThrow();
        Referral after = fresh.tx.call(r -> r.referrals().ofCase(imported.caseId())).orElseThrow();
        assertEquals(ReferralType.DELEGATED, after.getType());
        assertEquals("内0602", after.getCourt().getCode());
        assertEquals(before.getCourtCaseNumber(), after.getCourtCaseNumber());
        assertEquals(before.getJudgeName(), after.getJudgeName());
        assertEquals(before.getSignedForDate(), after.getSignedForDate());
        assertEquals(HandBackKind.SUCCESS, after.getHandBackKind());
        assertEquals(HandBackReason.AGREEMENT_SIGNED, after.getHandBackReason());
        assertEquals(before.getHandedBackDate(), after.getHandedBackDate());
        assertEquals(before.getHandBackNote(), after.getHandBackNote());
        assertEquals(before.getUndisputedFacts(), after.getUndisputedFacts());
        assertEquals(before.getConfirmationAppliedDate(), after.getConfirmationAppliedDate());
        assertEquals(CourtOutcome.CONFIRMED, after.getCourtOutcome());
        assertEquals("（2026）内0602民特12号", after.getCourtOutcomeNumber());
        assertEquals(HandoffPackage.sha256(exported), after.getSourcePackageSha256());
        assertEquals(List.of(MaterialKind.REFERRAL_LETTER, MaterialKind.COMPLAINT), fresh.tx.call(
            r -> r.referrals().materials(after.getId())).stream().map(ReferralMaterial::getMaterial).toList());
    }

    @Test
    void theSignedAgreementArrivesAsEvidenceByteForByte() throws Exception {
        byte[] pdf = entries(exported).get("documents/agreement.pdf");
        AgreementService.Verification check = studio.agreements.verify(pdf);
        assertEquals(AgreementService.Verdict.MATCHES, check.verdict());
        assertEquals(studio.agreements.printable(caseId).id(), check.version().id());
        List<Evidence> evidence = fresh.tx.call(r -> r.intake().evidenceOf(imported.caseId()));
        assertEquals(1, evidence.size());
        assertEquals("agreement.pdf", evidence.get(0).getFileName());
        assertArrayEquals(pdf, Files.readAllBytes(fresh.attachments.open(evidence.get(0).getSha256())));
    }

    @Test
    void theManifestCarriesTheAgreedAndPaidAmounts() throws Exception {
        ObjectNode manifest = (ObjectNode) HandoffPackage.JSON.readTree(entries(exported).get("manifest.json"));
        assertEquals(1, manifest.get("formatVersion").intValue());
        assertEquals("HANDBACK", manifest.get("kind").asText());
        var agreement = manifest.path("outcome").path("agreement");
        assertEquals("2026-03-10", agreement.path("signedDate").asText());
        assertEquals("8333.33", agreement.path("amounts").get(0).path("amount").asText());
        assertEquals("WAGES", agreement.path("amounts").get(0).path("category").asText());
        assertEquals("0.00", agreement.path("paid").get(1).path("amount").asText());
        assertEquals(18, manifest.path("workers").get(0).path("residentId").asText().length());
    }

    @Test
    void theSamePackageImportedAgainChangesNothing() throws Exception {
        Map<String, Long> before = fresh.rowCounts();
        HandoffService.Imported again = fresh.handoffs.importPackage(exported);
        assertTrue(again.alreadyImported());
        assertEquals(imported.caseNumber(), again.caseNumber());
        assertEquals(before, fresh.rowCounts());
    }

    /** Ways a package is spoiled on the way, each with the check that must catch it. */
    enum Tampering {
        MANIFEST_BYTE("handoff.check.signatureInvalid"),
        PDF_BYTE("handoff.check.fileHash"),
        REMOVED_FILE("handoff.check.fileMissing"),
        ADDED_FILE("handoff.check.unlisted"),
        UNTRUSTED_KEY("handoff.check.unknownSigner"),
        FUTURE_VERSION("handoff.check.newerVersion"),
        TRUNCATED("handoff.check.unreadable");

        final String key;

        Tampering(String key) {
            this.key = key;
        }
    }

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void aSpoiledPackageIsRefusedByItsCheckAndTheDatabaseIsUnchanged(Tampering tampering) throws Exception {
        Path spoiled = spoil(tampering);
        Map<String, Long> before = fresh.rowCounts();
        QiaoException verify = assertThrows(QiaoException.class, () -> fresh.handoffs.verify(spoiled));
        assertEquals(tampering.key, verify.messageKey());
        QiaoException refused = assertThrows(QiaoException.class, () -> fresh.handoffs.importPackage(spoiled));
        assertEquals(tampering.key, refused.messageKey());
        assertEquals(before, fresh.rowCounts());
    }

    @Test
    void theMessagesSayWhichCheckFailed() throws Exception {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        QiaoException future = assertThrows(QiaoException.class,
            () -> fresh.handoffs.verify(spoil(Tampering.FUTURE_VERSION)));
        assertEquals("此移交包由更新的移交包格式（第 2 版）制作，本程序只能读取第 1 版。请更新连心桥后再导入。",
            zh.get(future.messageKey(), future.args()));
        QiaoException pdf = assertThrows(QiaoException.class, () -> fresh.handoffs.verify(spoil(Tampering.PDF_BYTE)));
        assertTrue(zh.get(pdf.messageKey(), pdf.args()).startsWith("文件 documents/agreement.pdf 的内容与清单"));
        QiaoException stranger = assertThrows(QiaoException.class,
            () -> fresh.handoffs.verify(spoil(Tampering.UNTRUSTED_KEY)));
        String fingerprint = (String) stranger.args()[0];
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertTrue(new Messages(Locale.ENGLISH).get(stranger.messageKey(), stranger.args())
            .startsWith("This package was signed by an unknown key " + fingerprint + ". Ask the sender"));
    }

    @Test
    void aCourtsReferralPackageImportsAsAReferralLinkedToTheOpenCaseOfTheSameWorkers() throws Exception {
        Map<String, byte[]> files = entries(exported);
        ObjectNode manifest = (ObjectNode) HandoffPackage.JSON.readTree(files.get("manifest.json"));
        manifest.put("kind", "REFERRAL");
        manifest.remove(List.of("outcome", "courtOutcome", "case", "files"));
        manifest.with("sender").put("name", "鄂尔多斯市东胜区人民法院");
        manifest.with("referral").put("courtCaseNumber", "（2026）内0602民诉前调9001号");
        manifest.with("referral").put("regionCode", "150602");
        manifest.with("referral").remove("signedForDate");
        files.remove("documents/agreement.pdf");
        byte[] letter = "%PDF-1.4 委派调解函".getBytes(StandardCharsets.UTF_8);
        files.put("materials/1-REFERRAL_LETTER.pdf", letter);
        ((ObjectNode) manifest.with("referral").withArray("materials").get(0))
            .put("file", "materials/1-REFERRAL_LETTER.pdf");
        Path referral = resigned(files, manifest, court, "court-referral.zip");

        HandoffReport report = fresh.handoffs.verify(referral);
        assertEquals(PackageKind.REFERRAL, report.kind());
        assertEquals("鄂尔多斯市东胜区人民法院", report.signerName());
        assertEquals(List.of("materials/1-REFERRAL_LETTER.pdf"),
            report.files().stream().map(HandoffReport.File::path).toList());
        HandoffService.Imported in = fresh.handoffs.importPackage(referral);
        Referral stored = fresh.tx.call(r -> r.referrals().ofCase(in.caseId())).orElseThrow();
        ReferralMaterial scan = fresh.tx.call(r -> r.referrals().materials(stored.getId())).get(0);
        assertEquals("1-REFERRAL_LETTER.pdf", scan.getFileName());
        assertArrayEquals(letter, Files.readAllBytes(fresh.attachments.open(scan.getSha256())));
        DisputeCase c = fresh.tx.call(r -> r.cases().findById(in.caseId())).orElseThrow();
        assertEquals(CaseStatus.ACCEPTED, c.getStatus());
        // no signed-for date in the package: the studio signs for the file on the day it imports it
        assertEquals(java.time.LocalDate.now(IntakeFixtures.CLOCK), c.getReceivedDate());
        assertEquals(ConflictVerdict.LINKED, c.getConflictVerdict());
        assertEquals(imported.caseId(), c.getLinkedCaseId());
    }

    @Test
    void aCaseThatNoCourtReferredHasNoPackage() {
        long walkIn = studio.intake.register(IntakeFixtures.form(null, 1, 0)).caseId();
        QiaoException e = assertThrows(QiaoException.class,
            () -> studio.handoffs.export(walkIn, work.resolve("walk-in.zip")));
        assertEquals("handoff.export.noReferral", e.messageKey());
        assertFalse(Files.exists(work.resolve("walk-in.zip")));
    }

    @Test
    void theStudiosOwnKeyNeedsNoTrustAndAStrangersFileIsNoKey() throws Exception {
        Path own = work.resolve("own.pub");
        String fingerprint = studio.handoffs.writePublicKey(own).fingerprint();
        assertTrue(Files.readString(own).contains("fingerprint (SHA-256): " + fingerprint));
        assertEquals("handoff.trust.own", assertThrows(QiaoException.class,
            () -> studio.handoffs.trust(own, "自己")).messageKey());
        Path text = Files.writeString(work.resolve("not-a-key.pub"), "hello");
        assertEquals("handoff.trust.unreadable", assertThrows(QiaoException.class,
            () -> studio.handoffs.trust(text, "某法院")).messageKey());
    }

    @Test
    void aRetiredKeysPackagesAreRefusedAsUnknownUntilItIsTrustedAgain() throws Exception {
        KeyPair other = HandoffKeys.generate();
        Path otherKey = Files.writeString(work.resolve("other-studio.pub"), HandoffKeys.pem(other.getPublic()));
        String fingerprint = fresh.handoffs.trust(otherKey, "达拉特旗调解室").getFingerprint();
        Map<String, byte[]> files = entries(exported);
        Path signed = resigned(files, (ObjectNode) HandoffPackage.JSON.readTree(files.get("manifest.json")), other,
            "other-studio.zip");
        assertEquals("达拉特旗调解室", fresh.handoffs.verify(signed).signerName());

        // typed as the screen shows it: in groups, upper case
        var retired = fresh.handoffs.untrust(fingerprint.replaceAll("(.{4})", "$1 ").toUpperCase(Locale.ROOT));

        assertFalse(retired.isInForce());
        assertEquals("mediator.fresh", retired.getRetiredBy());
        Map<String, Long> before = fresh.rowCounts();
        assertEquals("handoff.check.unknownSigner", assertThrows(QiaoException.class,
            () -> fresh.handoffs.verify(signed)).messageKey());
        assertEquals("handoff.check.unknownSigner", assertThrows(QiaoException.class,
            () -> fresh.handoffs.importPackage(signed)).messageKey());
        assertEquals(before, fresh.rowCounts());
        var audit = fresh.tx.call(r -> r.audit().forEntity("TrustedKey", retired.getId()));
        assertEquals(List.of("INSERT", "UPDATE"), audit.stream().map(a -> a.action()).toList());
        assertTrue(audit.get(1).changes().contains("retiredBy"), audit.toString());
        assertEquals("handoff.untrust.already", assertThrows(QiaoException.class,
            () -> fresh.handoffs.untrust(fingerprint)).messageKey());
        assertEquals("handoff.untrust.unknown", assertThrows(QiaoException.class,
            () -> fresh.handoffs.untrust("0".repeat(64))).messageKey());

        var again = fresh.handoffs.trust(otherKey, "达拉特旗劳动争议调解室");
        assertTrue(again.isInForce());
        assertEquals(retired.getId(), again.getId());
        assertEquals("达拉特旗劳动争议调解室", fresh.handoffs.verify(signed).signerName());
    }

    // ---- helpers ----

    private Path spoil(Tampering tampering) throws Exception {
        Map<String, byte[]> files = entries(exported);
        Path out = work.resolve(tampering.name() + "-" + IntakeFixtures.next() + ".zip");
        switch (tampering) {
            case MANIFEST_BYTE -> flipLastDigit(files, "manifest.json");
            case PDF_BYTE -> flipLastDigit(files, "documents/agreement.pdf");
            case REMOVED_FILE -> files.remove("documents/agreement.pdf");
            case ADDED_FILE -> files.put("documents/extra.pdf", "%PDF-1.4 added".getBytes(StandardCharsets.US_ASCII));
            case UNTRUSTED_KEY -> {
                return resigned(files, (ObjectNode) HandoffPackage.JSON.readTree(files.get("manifest.json")),
                    HandoffKeys.generate(), out.getFileName().toString());
            }
            case FUTURE_VERSION -> {
                ObjectNode manifest = (ObjectNode) HandoffPackage.JSON.readTree(files.get("manifest.json"));
                manifest.put("formatVersion", 2);
                return resigned(files, manifest, court, out.getFileName().toString());
            }
            case TRUNCATED -> {
                byte[] whole = Files.readAllBytes(exported);
                return Files.write(out, java.util.Arrays.copyOf(whole, whole.length - 200));
            }
            default -> throw new IllegalArgumentException(tampering.name());
        }
        return zip(out, files);
    }

    /** Changes one byte: the last digit in the file becomes another digit (same size, still valid JSON). */
    private static void flipLastDigit(Map<String, byte[]> files, String name) {
        byte[] content = files.get(name).clone();
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] >= '0' && content[i] <= '9') {
                content[i] = (byte) (content[i] == '9' ? '8' : content[i] + 1);
                files.put(name, content);
                return;
            }
        }
        throw new IllegalStateException("no digit in " + name);
    }

    /** The package with {@code manifest} (its file list kept as given) signed by {@code key}. */
    private Path resigned(Map<String, byte[]> files, ObjectNode manifest, KeyPair key, String name)
        throws IOException {
        if (!manifest.has("files")) {
            var list = manifest.putArray("files");
            files.forEach((path, content) -> {
                if (!List.of("manifest.json", "manifest.sig", "signer.pub").contains(path)) {
                    list.addObject().put("path", path).put("kind", "OTHER").put("size", content.length)
                        .put("sha256", HandoffPackage.sha256(content));
                }
            });
        }
        byte[] bytes = HandoffPackage.json(manifest);
        files.put("manifest.json", bytes);
        files.put("manifest.sig", Base64.getEncoder().encode(HandoffKeys.sign(key.getPrivate(), bytes)));
        files.put("signer.pub", HandoffKeys.pem(key.getPublic()).getBytes(StandardCharsets.UTF_8));
        return zip(work.resolve(name), files);
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static Path zip(Path out, Map<String, byte[]> files) throws IOException {
        try (OutputStream raw = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private static DisputeCase loaded(DisputeCase c) {
        c.getWorkers().forEach(w -> w.getGroups().size());
        c.getClaims().forEach(claim -> claim.getWorker().getName());
        c.getEmployer().getName();
        return c;
    }

    private static List<String> parties(DisputeCase c) {
        return c.getWorkers().stream().map(w -> w.getName() + "/" + w.getResidentId() + "/" + w.getPhone() + "/"
            + w.getGroups()).toList();
    }

    private static List<String> claims(DisputeCase c) {
        return c.getClaims().stream().map(claim -> claimLine(claim.getWorker(), claim)).sorted().toList();
    }

    private static String claimLine(Worker worker, Claim claim) {
        return worker.getResidentId() + "/" + claim.getCategory() + "/" + claim.getMoney().toPlainString() + "/"
            + claim.getPeriodFrom() + "/" + claim.getPeriodTo();
    }
}
