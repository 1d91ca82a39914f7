// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseLineBreaksTest {

    private static final String TEXT = "未签合同二倍工资：47,820.00（大写：人民币肆万柒仟捌佰贰拾元整）。被申请人于协议签订之日起"
        + "十五日内支付，逾期未付的，申请人可依法申请支付令（《中华人民共和国劳动争议调解仲裁法》第十六条）。";

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracketAtAnyWidth() {
        List<String> lines = new ArrayList<>();
        // From a narrow table cell to the full text width. Narrower still, a run with no allowed break (digits and
        // their punctuation) no longer fits on a line and iText breaks it wherever it must.
        for (int width = 110; width <= 470; width += 3) {
            lines.addAll(linesAt(width));
        }
        assertTrue(lines.size() > 200, "lines: " + lines.size());
        for (String line : lines) {
            assertFalse(line.isEmpty() || "，。、；：？！）》」』】〕…".indexOf(line.charAt(0)) >= 0, line);
            assertFalse("（《「『【〔".indexOf(line.charAt(line.length() - 1)) >= 0, line);
        }
    }

    /** The lines of {@link #TEXT} laid out {@code width} points wide, as a reader extracts them. */
    private static List<String> linesAt(float width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(FormalLayout.writer(out)); Document document = FormalLayout.open(pdf)) {
            document.add(new Paragraph(TEXT).setWidth(width));
        }
        List<String> lines = new ArrayList<>();
        for (String page : PdfPages.texts(out.toByteArray())) {
            for (String line : page.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
