// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiao.document.AgreementDocument.AgreedItem;
import org.qiao.document.AgreementDocument.Payment;
import org.qiao.document.AgreementDocument.WorkerParty;
import org.qiao.domain.money.Money;

class AgreementFingerprintTest {

    @Test
    void theSameContentGivesTheSameHash() {
        assertEquals(AgreementFingerprint.sha256(AgreementFixtures.collective(12)),
            AgreementFingerprint.sha256(AgreementFixtures.collective(12)));
    }

    @Test
    void aChangedAmountChangesTheHash() {
        AgreementDocument original = AgreementFixtures.single();
        WorkerParty worker = original.workers().get(0);
        WorkerParty changed = new WorkerParty(worker.name(), worker.sex(), worker.residentId(), worker.address(),
            worker.phone(), List.of(worker.items().get(0), new AgreedItem("经济补偿", Money.parse("4409.03"))),
            List.of(new Payment(worker.payments().get(0).due(), Money.parse("16409.03"))));
        AgreementDocument edited = AgreementFixtures.agreement(List.of(changed), original.mediators());
        assertEquals(AgreementFingerprint.sha256(original),
            AgreementFingerprint.sha256(AgreementFixtures.agreement(original.workers(), original.mediators())));
        assertNotEquals(AgreementFingerprint.sha256(original), AgreementFingerprint.sha256(edited));
    }

    @Test
    void aLineBreakInAValueCannotForgeAnotherField() {
        AgreementDocument plain = AgreementFixtures.single();
        List<String> mediators = new ArrayList<>(List.of("李调解\nmediator.2=孙平"));
        AgreementDocument forged = AgreementFixtures.agreement(plain.workers(), mediators);
        AgreementDocument two = AgreementFixtures.agreement(plain.workers(), List.of("李调解", "孙平"));
        assertNotEquals(AgreementFingerprint.canonicalText(two), AgreementFingerprint.canonicalText(forged));
        assertTrue(AgreementFingerprint.canonicalText(forged).contains("mediator.1=李调解\\nmediator.2=孙平\n"));
    }

    @Test
    void theCanonicalTextNamesItsFormatAndEveryAmount() {
        String text = AgreementFingerprint.canonicalText(AgreementFixtures.single());
        assertTrue(text.startsWith(AgreementFingerprint.FORMAT + "\n"), text);
        assertTrue(text.contains("worker.1.item.2=经济补偿|4409.02\n"), text);
        assertTrue(text.contains("worker.1.payment.1=2026-12-10|16409.02\n"), text);
    }

    @Test
    void theShortCodeIsTwelveHexCharactersInGroupsOfFour() {
        String hash = AgreementFingerprint.sha256(AgreementFixtures.single());
        assertEquals(64, hash.length());
        String code = AgreementFingerprint.shortCode(hash);
        assertTrue(code.matches("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"), code);
        assertEquals(hash.substring(0, 12).toUpperCase(java.util.Locale.ROOT), code.replace("-", ""));
    }
}
