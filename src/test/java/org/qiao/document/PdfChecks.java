// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** What the PDF tests read back from a rendered document: its text page by page ({@link PdfPages}), and its fonts. */
final class PdfChecks {

    private PdfChecks() {
    }

    /**
     * The text of each page, with all white space (ideographic spaces too) removed so that line breaks inside a cell
     * do not matter.
     */
    static List<String> of(byte[] pdf) {
        return PdfPages.texts(pdf).stream().map(PdfChecks::compact).toList();
    }

    static String compact(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    /** Fails unless every font of every page carries its font program (FontFile, FontFile2 or FontFile3). */
    static void assertEveryFontEmbedded(byte[] pdf) throws IOException {
        int fonts = 0;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PdfDictionary dictionary = document.getPage(p).getResources().getResource(PdfName.Font);
                if (dictionary == null) {
                    continue;
                }
                for (PdfName name : dictionary.keySet()) {
                    PdfDictionary font = dictionary.getAsDictionary(name);
                    PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
                    PdfDictionary described = descendants == null ? font : descendants.getAsDictionary(0);
                    PdfDictionary descriptor = described.getAsDictionary(PdfName.FontDescriptor);
                    assertTrue(descriptor != null && (descriptor.containsKey(PdfName.FontFile)
                        || descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3)),
                        "font " + font.getAsName(PdfName.BaseFont) + " on page " + p + " is not embedded");
                    fonts++;
                }
            }
        }
        assertTrue(fonts > 0, "no fonts found");
    }
}
