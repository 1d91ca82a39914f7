// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.font.PdfFont;
import org.junit.jupiter.api.Test;

class DocumentFontTest {

    @Test
    void eachDocumentGetsItsOwnFontOverOneParsedProgram() {
        PdfFont first = DocumentFont.forDocument();
        PdfFont second = DocumentFont.forDocument();
        assertNotSame(first, second);
        assertSame(first.getFontProgram(), second.getFontProgram());
    }

    @Test
    void theBundledFontHasRareCharactersOutsideTheBasicPlane() {
        assertTrue(DocumentFont.forDocument().containsGlyph(0x20BB7), "𠮷 U+20BB7");
    }
}
