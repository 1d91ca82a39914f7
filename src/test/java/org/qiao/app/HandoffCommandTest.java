// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.service.ReferralFixtures;
import org.qiao.service.ReferralForm;
import org.qiao.ui.TestDatabase;

/**
 * {@code qiao handoff}: a referral exported by one studio, verified, its public key trusted by another studio, and
 * imported there once; a damaged package refused with the check that failed.
 */
class HandoffCommandTest {

    @TempDir
    Path sender;

    @TempDir
    Path receiver;

    @TempDir
    Path files;

    private String caseNumber;
    private String courtCaseNumber;

    @BeforeEach
    void aReferral() {
        try (AppContext context = TestDatabase.open(sender, Locale.SIMPLIFIED_CHINESE)) {
            ReferralForm form = ReferralFixtures.form(context.services(), LocalDate.now().minusDays(3));
            courtCaseNumber = form.courtCaseNumber().replace('(', '（').replace(')', '）');
            caseNumber = context.services().referrals().register(form, null).caseNumber();
        }
    }

    private static CliRun run(Path dataDir, String... args) {
        return CliRun.in(dataDir, args);
    }

    @Test
    void exportVerifyTrustImportAndImportAgain() throws Exception {
        Path zip = files.resolve("转介包.zip");
        CliRun exported = run(sender, "handoff", "export", "--case", caseNumber, "--out", zip.toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals("已导出转介（法院→调解室）：案件 " + caseNumber + "，0 个文件，已写入 " + zip + "\n",
            exported.out());

        CliRun verified = run(sender, "handoff", "verify", zip.toString());
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().startsWith("移交包完好：转介（法院→调解室），发送方 "), verified.out());
        assertTrue(verified.out().contains("签名者 本调解室，法院案号 " + courtCaseNumber + "，0 个文件。"),
            verified.out());

        CliRun unknown = run(receiver, "handoff", "import", zip.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("此移交包由未知的密钥签名（指纹 "), unknown.err());

        Path key = files.resolve("studio.pub");
        CliRun written = run(sender, "handoff", "public-key", "--out", key.toString());
        assertEquals(0, written.code(), written.err());
        String fingerprint = written.out().strip().replaceFirst(".*指纹 ", "");
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), written.out());
        CliRun trusted = run(receiver, "handoff", "trust", key.toString(), "--name", "东胜区调解室");
        assertEquals(0, trusted.code(), trusted.err());
        assertEquals("已信任“东胜区调解室”的公钥，指纹 " + fingerprint + "\n", trusted.out());

        CliRun imported = run(receiver, "handoff", "import", zip.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("已导入为案件 "), imported.out());
        assertTrue(imported.out().endsWith("（转介（法院→调解室），法院案号 " + courtCaseNumber + "）。\n"),
            imported.out());
        CliRun again = run(receiver, "handoff", "import", zip.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("此移交包已导入过，为案件 "), again.out());
        assertTrue(again.out().endsWith("；未作任何改动。\n"), again.out());
    }

    @Test
    void keysListsTheTrustedKeysAndUntrustRetiresOneSoItsPackagesAreRefused() throws Exception {
        Path zip = files.resolve("转介包.zip");
        assertEquals(0, run(sender, "handoff", "export", "--case", caseNumber, "--out", zip.toString()).code());
        Path key = files.resolve("studio.pem");
        CliRun written = run(sender, "handoff", "public-key", "--out", key.toString());
        String fingerprint = written.out().strip().replaceFirst(".*指纹 ", "");
        CliRun none = run(receiver, "handoff", "keys");
        assertEquals(0, none.code(), none.err());
        assertEquals("尚未信任任何公钥。\n", none.out());
        assertEquals(0, run(receiver, "handoff", "trust", key.toString(), "--name", "东胜区调解室").code());

        CliRun listed = run(receiver, "handoff", "keys");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().matches(fingerprint + "  东胜区调解室  信任于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（os:.+）\n"),
            listed.out());

        CliRun untrusted = run(receiver, "handoff", "untrust", "--fingerprint", fingerprint);
        assertEquals(0, untrusted.code(), untrusted.err());
        assertEquals("已撤销对“东胜区调解室”公钥的信任，指纹 " + fingerprint + "\n", untrusted.out());
        CliRun retired = run(receiver, "handoff", "keys");
        assertTrue(retired.out().strip().matches(".*（os:.+）  已撤销于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（os:.+）"),
            retired.out());
        CliRun refused = run(receiver, "handoff", "import", zip.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("此移交包由未知的密钥签名（指纹 " + fingerprint), refused.err());
        CliRun again = run(receiver, "handoff", "untrust", "--fingerprint", fingerprint);
        assertEquals(1, again.code());
        assertEquals("“东胜区调解室”的公钥（指纹 " + fingerprint + "）已经撤销信任。\n", again.err());
    }

    @Test
    void aTruncatedPackageIsRefusedWithExitCodeOne() throws Exception {
        Path zip = files.resolve("package.zip");
        assertEquals(0, run(sender, "handoff", "export", "--case", caseNumber, "--out", zip.toString()).code());
        byte[] whole = Files.readAllBytes(zip);
        Path cut = Files.write(files.resolve("cut.zip"), Arrays.copyOf(whole, whole.length / 2));
        CliRun refused = run(sender, "handoff", "verify", cut.toString());
        assertEquals(1, refused.code());
        assertEquals("", refused.out());
        assertEquals("移交包 cut.zip 无法读取：它不是完整的 zip 压缩包，可能没有传完或已经损坏。请向发送方重新索取。\n",
            refused.err());
    }

    @Test
    void aWalkInCaseHasNoPackage() {
        CliRun refused = run(sender, "handoff", "export", "--case", "没有这个案件", "--out",
            files.resolve("x.zip").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("没有这个案件"), refused.err());
    }
}
