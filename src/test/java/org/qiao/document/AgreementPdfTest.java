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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiao.domain.money.AmountInWords;
import org.qiao.i18n.Messages;

class AgreementPdfTest {

    private static final int COLLECTIVE = 30;
    private static final AgreementPdf RENDERER = new AgreementPdf(new Messages(Messages.CHINESE));

    private static byte[] single;
    private static byte[] collective;

    @BeforeAll
    static void render() {
        single = render(AgreementFixtures.single());
        collective = render(AgreementFixtures.collective(COLLECTIVE));
    }

    static byte[] render(AgreementDocument agreement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(agreement, out);
        return out.toByteArray();
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        return PdfChecks.of(pdf);
    }

    private static String compact(String text) {
        return PdfChecks.compact(text);
    }

    @Test
    void singleWorkerAgreementShowsPartiesAmountsInWordsAndCode() throws IOException {
        AgreementDocument agreement = AgreementFixtures.single();
        String text = String.join("", pages(single));
        assertTrue(text.contains("调解协议书"), text);
        assertTrue(text.contains(compact("协议编号：包工调协〔2026〕0042号（第 1 版）")), text);
        assertTrue(text.contains("申请人：𠮷祥，女，公民身份号码：11010519491231002X"), text);
        assertTrue(text.contains("被申请人：包头市鹿城建筑劳务有限公司，统一社会信用代码：91150200MA0N0B5X2K"), text);
        assertTrue(text.contains("劳动报酬：12,000.00"), text);
        assertTrue(text.contains("经济补偿：4,409.02"), text);
        assertTrue(text.contains("合计16,409.02壹万陆仟肆佰零玖元零贰分"), text);
        assertTrue(text.contains("合计人民币16,409.02元（大写：人民币壹万陆仟肆佰零玖元零贰分）"), text);
        assertTrue(text.contains("于2026年12月10日前一次性支付16,409.02元"), text);
        assertTrue(text.contains("第十四条") && text.contains("支付令") && text.contains("第十六条"), text);
        assertTrue(text.contains("本协议一式3份"), text);
        assertTrue(text.contains("调解员：李调解"), text);
        String code = AgreementFingerprint.shortCode(AgreementFingerprint.sha256(agreement));
        assertTrue(text.contains("校验码：" + code), text);
    }

    @Test
    void everyPageSaysWhichPageOfHowManyWithTheCode() throws IOException {
        String code = AgreementFingerprint.shortCode(AgreementFingerprint.sha256(AgreementFixtures.single()));
        List<String> pages = pages(single);
        for (int p = 1; p <= pages.size(); p++) {
            String page = pages.get(p - 1);
            assertTrue(page.contains("第" + p + "页共" + pages.size() + "页"), page);
            assertTrue(page.contains("校验码：" + code), page);
        }
    }

    @Test
    void collectiveAgreementPaginatesWithEveryWorkerAndRepeatedHeaders() throws IOException {
        AgreementDocument agreement = AgreementFixtures.collective(COLLECTIVE);
        List<String> pages = pages(collective);
        assertTrue(pages.size() > 2, "pages: " + pages.size());
        for (int p = 1; p <= pages.size(); p++) {
            assertTrue(pages.get(p - 1).contains("第" + p + "页共" + pages.size() + "页"), pages.get(p - 1));
        }
        String text = String.join("", pages);
        for (int i = 0; i < COLLECTIVE; i++) {
            AgreementDocument.WorkerParty worker = agreement.workers().get(i);
            assertTrue(text.contains("申请人" + (i + 1) + "：" + worker.name() + "，"), worker.name());
            // A row of the amounts table: the cells are read in the order of their lines, not of the columns.
            List<String> row = List.of(worker.name(), "劳动报酬：" + worker.items().get(0).amount().toGroupedString(),
                "加班费：" + worker.items().get(1).amount().toGroupedString(),
                worker.total().toGroupedString() + AmountInWords.of(worker.total()));
            assertTrue(pages.stream().anyMatch(page -> row.stream().allMatch(page::contains)), worker.name());
            String signed = "申请人" + (i + 1) + "：" + worker.name();
            assertEquals(2, text.split(signed, -1).length - 1, "particulars and signature line of " + worker.name());
        }
        assertTrue(text.contains("合计" + agreement.total().toGroupedString()), text);
        assertTrue(text.contains("合计人民币" + agreement.total().toGroupedString() + "元（大写：人民币"
            + AmountInWords.of(agreement.total()) + "）"), text);
        assertTrue(text.contains("第2期：于2027年1月10日前支付"), text);
        for (String page : pages) {
            assertFalse(page.endsWith("当事人及调解员签名（捺印）") || page.contains("当事人及调解员签名（捺印）包工调协"),
                "signature heading left alone at the foot of a page: " + page);
        }
        long headed = pages.stream().filter(page -> page.contains("协议项目及金额（元）")).count();
        assertTrue(headed >= 2, "the amounts table header is repeated on each of its pages: " + headed);
    }

    @Test
    void theSealedPageCarriesTheEmployerAndMediatorSignatures() throws IOException {
        List<String> pages = pages(collective);
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("被申请人（盖章）：") && last.contains("包头市鹿城建筑劳务有限公司")
            && last.contains("法定代表人或委托代理人（签名）："), last);
        assertTrue(last.contains("调解员：李调解") && last.contains("调解员：孙平"), last);
        assertTrue(last.contains("调解组织（盖章）：包头市总工会诉调对接工作室"), last);
        assertTrue(last.contains("当事人/调解员签名捺印日期"), "signature header repeated: " + last);
    }

    @Test
    void aShortSignatureSectionStaysOnOnePage() throws IOException {
        List<String> pages = pages(single);
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("当事人及调解员签名（捺印）") && last.contains("申请人：𠮷祥")
            && last.contains("调解员：李调解") && last.contains("调解组织（盖章）"), last);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        PdfChecks.assertEveryFontEmbedded(single);
        PdfChecks.assertEveryFontEmbedded(collective);
    }

    @Test
    void theInformationDictionaryHoldsTheFullHash() throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(collective)))) {
            assertEquals(AgreementFingerprint.sha256(AgreementFixtures.collective(COLLECTIVE)),
                document.getDocumentInfo().getMoreInfo(AgreementFingerprint.INFO_KEY));
        }
    }

    @Test
    void englishWordingRendersFromTheEnglishBundle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgreementPdf(new Messages(java.util.Locale.ENGLISH)).render(AgreementFixtures.single(), out);
        String text = String.join("", pages(out.toByteArray()));
        assertTrue(text.contains("MediationAgreement"), text);
        assertFalse(text.contains("调解协议书"), text);
    }
}
