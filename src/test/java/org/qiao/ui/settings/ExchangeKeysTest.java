// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

/**
 * The exchange keys on the settings screen: the studio's fingerprint (new the first time), exporting its public key,
 * trusting a court's key and retiring it; a refused key changes nothing and says why in Chinese.
 */
class ExchangeKeysTest {

    private static final String COURT = "鄂尔多斯市东胜区人民法院";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private AppContext context;
    private FakeDialogService dialogs;
    private ExchangeKeys keys;

    @BeforeEach
    void signInAsAdministrator() {
        context = TestDatabase.withAdministrator(dataDir);
        dialogs = new FakeDialogService();
        keys = panel();
    }

    private ExchangeKeys panel() {
        return new ExchangeKeys(context.services().handoffs(), context.messages(), new SynchronousBackgroundTasks(),
            new ErrorText(context.messages()), dialogs);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
            key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private Path keyFile(String algorithm, String name) throws Exception {
        return Files.writeString(files.resolve(name), pem(KeyPairGenerator.getInstance(algorithm).generateKeyPair()
            .getPublic()));
    }

    private void trust(Path file, String owner) {
        dialogs.files.add(file);
        dialogs.texts.add(owner);
        keys.trust();
    }

    @Test
    void theStudiosKeyIsMadeWhenFirstShownAndSaidToBeNewOnlyThen() {
        keys.load();
        String fingerprint = keys.fingerprintProperty().get();
        assertTrue(fingerprint.matches("([0-9a-f]{4} ){15}[0-9a-f]{4}"), fingerprint);
        assertEquals("新生成的密钥", keys.keyNoteProperty().get());
        assertEquals(List.of(), keys.rows());

        ExchangeKeys again = panel();
        again.load();
        assertEquals(fingerprint, again.fingerprintProperty().get());
        assertEquals("", again.keyNoteProperty().get());
    }

    @Test
    void exportsThePublicKeyAsPemAndSaysWhereWithItsFingerprint() throws Exception {
        keys.load();
        dialogs.saveFiles.add(files.resolve("东胜公钥"));
        keys.exportPublicKey();
        Path written = files.resolve("东胜公钥.pem");
        String fingerprint = keys.fingerprintProperty().get();
        assertEquals("已将本室公钥写入 " + written + "，指纹 " + fingerprint, keys.messageProperty().get());
        assertFalse(keys.messageIsErrorProperty().get());
        String text = Files.readString(written);
        assertTrue(text.contains("-----BEGIN PUBLIC KEY-----"), text);
        assertTrue(text.contains(fingerprint.replace(" ", "")), text);
    }

    @Test
    void trustsACourtsKeyAndListsWhoseItIsAndWhoTrustedIt() throws Exception {
        keys.load();
        trust(keyFile("Ed25519", "court.pem"), "  " + COURT + " ");

        assertEquals(1, keys.rows().size());
        ExchangeKeys.Row row = keys.rows().get(0);
        assertEquals(COURT, row.owner());
        assertEquals("admin", row.trustedBy());
        assertEquals("信任中", row.state());
        assertTrue(row.inForce());
        assertTrue(row.fingerprint().matches("([0-9a-f]{4} ){4}…"), row.fingerprint());
        assertTrue(row.fullFingerprint().startsWith(row.fingerprint().replace(" …", "")), row.fullFingerprint());
        assertEquals("已信任“" + COURT + "”的公钥，指纹 " + row.fullFingerprint(), keys.messageProperty().get());
        assertTrue(dialogs.shown.contains("公钥文件 court.pem 属于哪个单位（例如 鄂尔多斯市东胜区人民法院）？"),
            dialogs.shown.toString());
    }

    @Test
    void aRefusedKeyChangesNothingAndSaysWhy() throws Exception {
        keys.load();
        Path court = keyFile("Ed25519", "court.pem");
        trust(court, COURT);

        Path text = Files.writeString(files.resolve("note.pem"), "这不是公钥");
        trust(text, "某法院");
        assertEquals("文件 " + text + " 不是可读取的公钥（应为 PEM 格式的 Ed25519 公钥）。", keys.messageProperty().get());
        assertTrue(keys.messageIsErrorProperty().get());

        Path rsa = keyFile("RSA", "rsa.pem");
        trust(rsa, "某法院");
        assertEquals("文件 " + rsa + " 不是可读取的公钥（应为 PEM 格式的 Ed25519 公钥）。", keys.messageProperty().get());

        trust(court, "另一个名字");
        assertEquals("指纹为 " + keys.rows().get(0).key().getFingerprint() + " 的公钥已作为“" + COURT
            + "”的公钥受到信任。", keys.messageProperty().get());

        dialogs.saveFiles.add(files.resolve("own.pem"));
        keys.exportPublicKey();
        trust(files.resolve("own.pem"), "自己");
        assertTrue(keys.messageProperty().get().startsWith("这是本调解室自己的公钥（指纹 "), keys.messageProperty().get());

        trust(keyFile("Ed25519", "nameless.pem"), "   ");
        assertEquals("请填写公钥所属单位的名称（最多 200 个字）。", keys.messageProperty().get());

        assertEquals(1, context.services().handoffs().trustedKeys().size());
        assertEquals(1, keys.rows().size());
        assertEquals(COURT, keys.rows().get(0).owner());
    }

    @Test
    void cancellingTheFileOrTheNameTrustsNothing() throws Exception {
        keys.trust();
        assertTrue(dialogs.shown.isEmpty(), "no name is asked without a file");
        dialogs.files.add(keyFile("Ed25519", "court.pem"));
        keys.trust();
        assertEquals(1, dialogs.shown.size());
        assertEquals(List.of(), context.services().handoffs().trustedKeys());
        assertEquals("", keys.messageProperty().get());
    }

    @Test
    void untrustingAsksFirstAndThenListsTheKeyAsRetired() throws Exception {
        keys.load();
        trust(keyFile("Ed25519", "court.pem"), COURT);
        ExchangeKeys.Row row = keys.rows().get(0);

        dialogs.confirmations.add(false);
        keys.untrust(row);
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).startsWith("撤销对“" + COURT + "”公钥的信任？"));
        assertTrue(context.services().handoffs().trustedKeys().get(0).isInForce());

        keys.untrust(row);
        ExchangeKeys.Row retired = keys.rows().get(0);
        assertFalse(retired.inForce());
        assertTrue(retired.state().matches("已撤销（\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}，admin）"), retired.state());
        assertEquals("已撤销对“" + COURT + "”公钥的信任，指纹 " + row.fullFingerprint(), keys.messageProperty().get());

        keys.untrust(retired);
        assertEquals("“" + COURT + "”的公钥（指纹 " + row.key().getFingerprint() + "）已经撤销信任。",
            keys.messageProperty().get());
        assertTrue(keys.messageIsErrorProperty().get());
    }

    @Test
    void aMediatorCannotTrustAKey() throws Exception {
        context.close();
        context = TestDatabase.withMediator(dataDir.resolve("mediator"));
        TestDatabase.signInMediator(context);
        keys = panel();
        trust(keyFile("Ed25519", "court.pem"), COURT);
        assertTrue(keys.messageIsErrorProperty().get());
        assertEquals(context.messages().get("auth.adminOnly"), keys.messageProperty().get());
        assertEquals(List.of(), context.services().handoffs().trustedKeys());
    }
}
