// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentStoreTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "劳动合同.pdf|劳动合同.pdf",
        "../../etc/passwd|.._.._etc_passwd",
        "C:\\temp\\a.jpg|C__temp_a.jpg",
        "..|evidence",
        "' '|evidence"})
    void aViewingCopyGetsAPlainFileName(String given, String expected) {
        assertEquals(expected, AttachmentStore.safeName(given));
    }
}
