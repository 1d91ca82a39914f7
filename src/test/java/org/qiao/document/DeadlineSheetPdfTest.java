// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiao.i18n.Messages;

/** The 诉调对接案件期限管控表: A4 landscape, its rows, overdue marked in words, headers and page numbers. */
class DeadlineSheetPdfTest {

    private static final Messages CHINESE = new Messages(Messages.CHINESE);
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 20);

    private static DeadlineSheetDocument.Line line(int n, Integer left, boolean overdue) {
        return new DeadlineSheetDocument.Line("鄂尔多斯市东胜区人民法院", "（2026）内0602民诉前调" + n + "号",
            "鄂东" + n + "号", "委派", "王秀兰等3人 / 鄂尔多斯市鑫源煤业有限公司",
            LocalDate.of(2026, 10, 9), LocalDate.of(2026, 11, 9 + n % 20), left, overdue, "调解中", "其其格");
    }

    private static DeadlineSheetDocument sheet(List<DeadlineSheetDocument.Line> lines) {
        return new DeadlineSheetDocument("东胜区总工会劳动争议诉调对接工作室", "鄂尔多斯市东胜区人民法院", "2026年10月", "范围：仅未退回",
            PRINTED, lines);
    }

    private static byte[] render(DeadlineSheetDocument sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeadlineSheetPdf(CHINESE).render(sheet, out);
        return out.toByteArray();
    }

    @Test
    void aShortSheetShowsItsFilterRowsTotalsAndSignatureLines() throws IOException {
        byte[] pdf = render(sheet(List.of(line(1, -3, true), line(2, 0, false), line(3, 5, false))));
        List<String> pages = PdfChecks.of(pdf);
        assertEquals(1, pages.size());
        String text = pages.get(0);
        assertTrue(text.contains("诉调对接案件期限管控表"), text);
        assertTrue(text.contains("法院：鄂尔多斯市东胜区人民法院"));
        assertTrue(text.contains("签收月份：2026年10月"));
        assertTrue(text.contains("打印日期：2026年11月20日"));
        assertTrue(text.contains("鄂东1号"));
        assertTrue(text.contains("鄂东2号"));
        // The overdue mark is in words (a black-and-white print keeps it): "已超期" over "3 个工作日".
        assertTrue(text.contains("已超期"), text);
        assertTrue(text.contains("3个工作日"), text);
        assertEquals(1 + 1, text.split("已超期", -1).length - 1, "the row and the totals");
        assertTrue(text.contains("今日到期"));
        assertTrue(text.contains("合计3件，其中已超期1件（委派3件）"), text);
        assertTrue(text.contains("调解员（签名）"));
        assertTrue(text.contains("法院联络员（签名）"));
        assertTrue(text.contains("第1页共1页"));
        PdfChecks.assertEveryFontEmbedded(pdf);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            Rectangle page = document.getPage(1).getPageSize();
            assertTrue(page.getWidth() > page.getHeight(), "landscape");
        }
    }

    @Test
    void aLongSheetRepeatsTheColumnTitlesAndNumbersItsPages() throws IOException {
        List<DeadlineSheetDocument.Line> lines = new ArrayList<>();
        for (int n = 1; n <= 120; n++) {
            lines.add(line(n, n % 7 == 0 ? -n : n, n % 7 == 0));
        }
        byte[] pdf = render(sheet(lines));
        List<String> pages = PdfChecks.of(pdf);
        assertTrue(pages.size() >= 4, "pages: " + pages.size());
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            assertTrue(text.contains("序号法院法院案号本室案号类型当事人签收日期调解期限剩余工作日状态调解员"), text);
            assertTrue(text.contains("第" + (p + 1) + "页共" + pages.size() + "页"), "page " + (p + 1));
        }
        String all = String.join("", pages);
        for (int n = 1; n <= 120; n++) {
            assertTrue(all.contains("鄂东" + n + "号"), "row " + n);
        }
        assertTrue(all.contains("119个工作日"));
        assertEquals(17 + 1, all.split("已超期", -1).length - 1, "17 rows and the totals");
        assertTrue(all.contains("合计120件，其中已超期17件"));
        PdfChecks.assertEveryFontEmbedded(pdf);
    }

    @Test
    void anEmptySheetSaysSo() {
        String text = PdfChecks.of(render(sheet(List.of()))).get(0);
        assertTrue(text.contains("没有符合条件的转介案件"));
        assertTrue(text.contains("合计0件，其中已超期0件"));
        assertFalse(text.contains("（委派"));
    }
}
