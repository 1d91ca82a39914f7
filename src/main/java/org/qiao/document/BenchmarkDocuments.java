// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qiao.document.AgreementDocument.AgreedItem;
import org.qiao.document.AgreementDocument.EmployerParty;
import org.qiao.document.AgreementDocument.Payment;
import org.qiao.document.AgreementDocument.WorkerParty;
import org.qiao.document.RecoverySummaryDocument.Item;
import org.qiao.document.RecoverySummaryDocument.PaymentLine;
import org.qiao.document.RecoverySummaryDocument.Section;
import org.qiao.domain.money.Money;

/**
 * What {@code qiao bench pdf} renders: agreements and a recovered-wage summary of realistic size and wording, built
 * in code so that the benchmark needs no database, and the one-page baseline written with plain iText. The texts are
 * sample data, not wording of the application.
 */
public final class BenchmarkDocuments {

    private static final String CASE_NUMBER = "包工调〔2026〕0107号";
    private static final String AGREEMENT_NUMBER = "包工调协〔2026〕0107号";
    private static final String STUDIO = "包头市总工会诉调对接工作室";
    private static final EmployerParty EMPLOYER = new EmployerParty("包头市青山区恒达钢结构工程有限公司",
        "91150204MA13Q8WB7T", "赵志刚", "内蒙古自治区包头市青山区富强北路 66 号", "0472-3317788");
    private static final String FAMILY = "王李张刘陈杨赵黄周吴";
    private static final String[] GIVEN = {"建军", "丽娟", "海涛", "桂芳", "志勇", "敖登", "其其格", "振华", "春梅", "宝山"};
    private static final LocalDate DRAWN_UP = LocalDate.of(2026, 11, 20);
    private static final LocalDate FIRST_DUE = LocalDate.of(2026, 12, 15);
    private static final String BASELINE_TEXT = "劳动争议调解协议书基准页：本页只有一段中文，用与调解协议书相同的思源黑体"
        + "嵌入字体子集写成，作为同一台机器、同一次运行中生成一页 PDF 所需时间的参照。申请人与被申请人在调解员主持下"
        + "自愿达成协议，被申请人于约定期限内支付拖欠的劳动报酬。";

    private BenchmarkDocuments() {
    }

    /** An agreement with {@code workers} workers, each agreed wages and overtime pay, every third in instalments. */
    public static AgreementDocument agreement(int workers) {
        List<WorkerParty> parties = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Money wages = wages(i);
            Money overtime = overtime(i);
            List<Payment> payments = i % 3 == 2
                ? List.of(new Payment(FIRST_DUE, wages), new Payment(FIRST_DUE.plusMonths(1), overtime))
                : List.of(new Payment(FIRST_DUE, wages.plus(overtime)));
            parties.add(new WorkerParty(worker(i), i % 3 == 1 ? "女" : "男", String.format("1502041990%02d%02d%03dX",
                i % 12 + 1, i % 27 + 1, i), "内蒙古自治区包头市青山区青年路 " + (i + 2) + " 号",
                String.format("1384720%04d", i), List.of(new AgreedItem("劳动报酬", wages),
                    new AgreedItem("加班费", overtime)), payments));
        }
        return new AgreementDocument(AGREEMENT_NUMBER, 1, DRAWN_UP, STUDIO, CASE_NUMBER, EMPLOYER, parties,
            "申请人在被申请人承接的厂房钢结构项目从事焊接和吊装作业，被申请人拖欠 2026 年 5 月至 8 月的工资及加班费。\n"
                + "双方对欠付数额基本无异议，争议在于付款期限和分期安排。",
            List.of("被申请人确认欠付申请人劳动报酬及加班费，数额见第三部分。",
                "被申请人按第四部分的期限将款项转入申请人本人银行账户。",
                "款项付清后，双方就本次劳动争议不再有其他争议。"),
            List.of("被申请人为申请人办理社会保险关系转移手续。"),
            "被申请人每次付款后三日内将转账凭证交调解组织，调解员于每个付款期限届满后电话回访申请人。", 3,
            List.of("高调解", "白玉兰"));
    }

    /** The recovered-wage summary of the same case: the first third paid in full, the next third in part. */
    public static RecoverySummaryDocument caseSummary(int workers) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Money wages = wages(i);
            Money overtime = overtime(i);
            Money claimedOvertime = overtime.plus(Money.ofYuan(300));
            Money paid = i < workers / 3 ? wages.plus(overtime) : i < 2 * workers / 3 ? wages : Money.ZERO;
            Money paidOvertime = paid.minus(wages).isNegative() ? Money.ZERO : paid.minus(wages);
            List<PaymentLine> payments = paid.isZero() ? List.of()
                : List.of(new PaymentLine(FIRST_DUE.minusDays(i % 5), "银行转账", EMPLOYER.name(), paid));
            sections.add(new Section(CASE_NUMBER, EMPLOYER.name(), worker(i), AGREEMENT_NUMBER, DRAWN_UP,
                List.of(new Item("劳动报酬", wages, wages, paid.isZero() ? Money.ZERO : wages),
                    new Item("加班费", claimedOvertime, overtime, paidOvertime)), payments));
        }
        return new RecoverySummaryDocument(RecoverySummaryDocument.Scope.CASE, CASE_NUMBER, STUDIO,
            FIRST_DUE.plusDays(10), sections);
    }

    /**
     * The baseline: a bare A4 page with one paragraph of Chinese text in the same embedded font, written with plain
     * iText and nothing of Qiao's layout, as the least any PDF of ours can cost.
     */
    public static void baseline(OutputStream out) {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (Document document = new Document(new PdfDocument(writer), PageSize.A4)) {
            document.add(new Paragraph(BASELINE_TEXT).setFont(DocumentFont.forDocument()).setFontSize(11));
        }
    }

    /** The number of pages of a PDF. */
    public static int pages(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String worker(int i) {
        return FAMILY.charAt(i % FAMILY.length()) + GIVEN[(i * 3 + i / FAMILY.length()) % GIVEN.length];
    }

    private static Money wages(int i) {
        return Money.parse((4200 + 173 * i) + ".00");
    }

    private static Money overtime(int i) {
        return Money.parse((620 + 29 * i) + "." + (10 + i % 90));
    }
}
