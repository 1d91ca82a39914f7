// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiao.document.RecoverySummaryDocument.Item;
import org.qiao.document.RecoverySummaryDocument.PaymentLine;
import org.qiao.document.RecoverySummaryDocument.Section;
import org.qiao.domain.money.AmountInWords;
import org.qiao.domain.money.Money;
import org.qiao.i18n.Messages;

class RecoverySummaryPdfTest {

    private static final int COLLECTIVE = 30;
    private static final RecoverySummaryPdf RENDERER = new RecoverySummaryPdf(new Messages(Messages.CHINESE));

    private static byte[] collective;
    private static byte[] worker;

    @BeforeAll
    static void render() {
        collective = render(RENDERER, RecoverySummaryFixtures.collective(COLLECTIVE));
        worker = render(RENDERER, RecoverySummaryFixtures.worker());
    }

    private static byte[] render(RecoverySummaryPdf renderer, RecoverySummaryDocument summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(summary, out);
        return out.toByteArray();
    }

    /** A table row as the text extraction reads it: the cells left to right. */
    private static String row(String label, Money... amounts) {
        StringBuilder row = new StringBuilder(label);
        for (Money amount : amounts) {
            row.append(amount.toGroupedString());
        }
        return row.toString();
    }

    @Test
    void aCaseSummarySaysWhoseItIsWhoDrewItUpAndAsOfWhen() throws IOException {
        String first = PdfChecks.of(collective).get(0);
        assertTrue(first.startsWith("挽回经济损失情况（案号：包工调〔2026〕0042号）"), first);
        assertTrue(first.contains("编制单位：包头市总工会诉调对接工作室截至2026年12月20日"), first);
        assertTrue(first.contains("1、职工：" + AgreementFixtures.name(0)), first);
        assertTrue(first.contains("案号：包工调〔2026〕0042号用人单位：包头市鹿城建筑劳务有限公司职工：" + AgreementFixtures.name(0)),
            first);
        assertTrue(first.contains("调解协议：包工调协〔2026〕0042号，2026年11月20日签订"), first);
        assertTrue(first.contains("项目申请金额（元）协议金额（元）已支付（元）未支付（元）"), first);
    }

    @Test
    void everyWorkersItemsTotalsAndPaymentsAreShown() throws IOException {
        RecoverySummaryDocument summary = RecoverySummaryFixtures.collective(COLLECTIVE);
        String text = String.join("", PdfChecks.of(collective));
        for (int i = 0; i < COLLECTIVE; i++) {
            Section section = summary.sections().get(i);
            String who = section.workerName();
            assertTrue(text.contains((i + 1) + "、职工：" + who), who);
            for (Item item : section.items()) {
                Money left = item.agreed().minus(item.paid());
                assertTrue(text.contains(row(item.category(), item.claimed(), item.agreed(), item.paid(), left)),
                    who + " " + item.category() + " in\n" + text);
            }
            assertTrue(text.contains(row("小计", section.claimed(), section.agreed(), section.paid(),
                section.outstanding())), who);
            for (PaymentLine payment : section.payments()) {
                assertTrue(text.contains(PdfChecks.compact(payment.date().getYear() + "年"
                    + payment.date().getMonthValue() + "月" + payment.date().getDayOfMonth() + "日" + payment.method()
                    + payment.payer() + payment.amount().toGroupedString())), who + " paid " + payment.amount());
            }
        }
        assertEquals(COLLECTIVE / 3, text.split("尚未收到付款", -1).length - 1, "every third worker has been paid nothing");
    }

    @Test
    void theGrandTotalsAreInFiguresAndInWords() throws IOException {
        RecoverySummaryDocument summary = RecoverySummaryFixtures.collective(COLLECTIVE);
        List<String> pages = PdfChecks.of(collective);
        String last = pages.get(pages.size() - 1);
        Map<String, Money> totals = Map.of("申请金额", summary.claimed(), "协议金额", summary.agreed(), "已支付",
            summary.paid(), "未支付", summary.outstanding());
        totals.forEach((label, amount) -> assertTrue(last.contains(label + amount.toGroupedString() + "人民币"
            + AmountInWords.of(amount)), label + " in\n" + last));
        assertTrue(last.contains("截至2026年12月20日，以上30名职工已挽回经济损失人民币" + summary.paid().toGroupedString()
            + "元（大写：人民币" + AmountInWords.of(summary.paid()) + "）"), last);
        assertTrue(last.contains("经办人（签名）：审核人（签名）：日期：年月日日期：年月日"), last);
    }

    @Test
    void aWorkersSummaryListsEachCaseWithItsAgreementOrNone() throws IOException {
        String text = String.join("", PdfChecks.of(worker));
        assertTrue(text.startsWith("挽回经济损失情况（职工：𠮷祥，各案件汇总）"), text);
        assertTrue(text.contains("1、案号：包工调〔2025〕0311号"), text);
        assertTrue(text.contains("调解协议：包工调协〔2025〕0311号，2025年9月3日签订"), text);
        assertTrue(text.contains("2025年9月30日银行转账包头市东河区顺发餐饮店7,500.00"), text);
        assertTrue(text.contains("3、案号：包工调〔2026〕0107号"), text);
        assertTrue(text.contains("调解协议：尚未达成协议"), text);
        assertTrue(text.contains("经济补偿4,409.020.000.000.00"), text);
        assertTrue(text.contains("申请金额24,909.02人民币贰万肆仟玖佰零玖元零贰分"), text);
        assertTrue(text.contains("未支付5,900.00人民币伍仟玖佰元整"), text);
        assertTrue(text.contains("以上3件案件已为该职工挽回经济损失人民币14,000.00元"), text);
    }

    @Test
    void anOverpaidItemHasNothingOutstandingNotANegativeAmount() throws IOException {
        String text = String.join("", PdfChecks.of(worker));
        assertTrue(text.contains("加班费500.00400.00500.000.00"), text);
        assertTrue(text.contains("小计12,500.0012,400.006,500.005,900.00"), text);
        assertFalse(text.contains("-100.00"), text);
    }

    @Test
    void thirtyWorkersPaginateWithEachSectionWholeOnOnePage() throws IOException {
        RecoverySummaryDocument summary = RecoverySummaryFixtures.collective(COLLECTIVE);
        List<String> pages = PdfChecks.of(collective);
        // About two sections a page, then the totals, which are kept with the signature lines.
        assertEquals(16, pages.size());
        for (int p = 1; p <= pages.size(); p++) {
            String page = pages.get(p - 1);
            assertTrue(page.contains("第" + p + "页共" + pages.size() + "页"), page);
            assertTrue(page.contains("案号：包工调〔2026〕0042号") && page.contains("截至2026年12月20日"), page);
        }
        for (int i = 0; i < COLLECTIVE; i++) {
            Section section = summary.sections().get(i);
            String heading = (i + 1) + "、职工：" + section.workerName();
            String total = row("小计", section.claimed(), section.agreed(), section.paid(), section.outstanding());
            List<Integer> onPages = IntStream.range(0, pages.size()).filter(p -> pages.get(p).contains(heading))
                .boxed().toList();
            assertEquals(1, onPages.size(), heading + " on pages " + onPages);
            String page = pages.get(onPages.get(0));
            assertTrue(page.contains(total), "the heading, the items and the total on one page: " + heading);
            section.payments().forEach(payment -> assertTrue(page.contains(PdfChecks.compact(payment.payer())
                + payment.amount().toGroupedString()), "payments with the section: " + heading));
        }
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("合计") && last.contains("经办人（签名）"), last);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        PdfChecks.assertEveryFontEmbedded(collective);
        PdfChecks.assertEveryFontEmbedded(worker);
    }

    @Test
    void theInformationDictionaryNamesTheSubject() throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(worker)))) {
            assertEquals("𠮷祥", document.getDocumentInfo().getSubject());
        }
    }

    @Test
    void englishWordingRendersFromTheEnglishBundle() throws IOException {
        byte[] pdf = render(new RecoverySummaryPdf(new Messages(Locale.ENGLISH)), RecoverySummaryFixtures.worker());
        String text = String.join("", PdfChecks.of(pdf));
        assertTrue(text.contains("RecoveredWagesandLosses"), text);
        assertTrue(text.contains("Mediationagreement:nonereachedyet"), text);
        assertFalse(text.contains("挽回经济损失情况"), text);
    }
}
