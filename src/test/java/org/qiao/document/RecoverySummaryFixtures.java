// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qiao.document.RecoverySummaryDocument.Item;
import org.qiao.document.RecoverySummaryDocument.PaymentLine;
import org.qiao.document.RecoverySummaryDocument.Scope;
import org.qiao.document.RecoverySummaryDocument.Section;
import org.qiao.domain.money.Money;

/** Sample recovered-wage summaries: a collective case of any size, and one worker across three cases. */
final class RecoverySummaryFixtures {

    static final String CASE_NUMBER = "包工调〔2026〕0042号";
    static final String AGREEMENT_NUMBER = "包工调协〔2026〕0042号";
    static final String STUDIO = "包头市总工会诉调对接工作室";
    static final String EMPLOYER = AgreementFixtures.EMPLOYER.name();
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);
    static final String PAYER = "包头市鹿城建筑劳务有限公司（财务 刘会计）";

    private RecoverySummaryFixtures() {
    }

    /**
     * {@code count} workers of one case, each claimed wages and overtime (agreed 200 less than claimed): the first
     * of every three paid in full in two transfers, the second paid the wages, the third nothing yet.
     */
    static RecoverySummaryDocument collective(int count) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(new Section(CASE_NUMBER, EMPLOYER, AgreementFixtures.name(i), AGREEMENT_NUMBER,
                LocalDate.of(2026, 11, 20), items(i), payments(i)));
        }
        return new RecoverySummaryDocument(Scope.CASE, CASE_NUMBER, STUDIO, AS_OF, sections);
    }

    static Money wages(int i) {
        return Money.parse((3000 + 137 * i) + ".50");
    }

    static Money claimedOvertime(int i) {
        return Money.parse((600 + 11 * i) + ".0" + (i % 10));
    }

    static Money agreedOvertime(int i) {
        return claimedOvertime(i).minus(Money.ofYuan(200));
    }

    private static List<Item> items(int i) {
        Money paidOvertime = i % 3 == 0 ? agreedOvertime(i) : Money.ZERO;
        Money paidWages = i % 3 == 2 ? Money.ZERO : wages(i);
        return List.of(new Item("劳动报酬", wages(i), wages(i), paidWages),
            new Item("加班费", claimedOvertime(i), agreedOvertime(i), paidOvertime));
    }

    private static List<PaymentLine> payments(int i) {
        return switch (i % 3) {
            case 0 -> List.of(new PaymentLine(LocalDate.of(2026, 12, 1), "银行转账", PAYER, wages(i)),
                new PaymentLine(LocalDate.of(2026, 12, 9), "现金", PAYER, agreedOvertime(i)));
            case 1 -> List.of(new PaymentLine(LocalDate.of(2026, 12, 1), "银行转账", PAYER, wages(i)));
            default -> List.of();
        };
    }

    /**
     * 𠮷祥 across three cases: one agreed and paid in full, one agreed and overpaid on an item (paid 100 more than
     * agreed for overtime, so nothing is outstanding there), one not yet agreed.
     */
    static RecoverySummaryDocument worker() {
        String name = "𠮷祥";
        Section paid = new Section("包工调〔2025〕0311号", "包头市东河区顺发餐饮店", name, "包工调协〔2025〕0311号",
            LocalDate.of(2025, 9, 3), List.of(new Item("劳动报酬", Money.parse("8000.00"), Money.parse("7500.00"),
                Money.parse("7500.00"))),
            List.of(new PaymentLine(LocalDate.of(2025, 9, 30), "银行转账", "包头市东河区顺发餐饮店", Money.parse("7500.00"))));
        Section overpaid = new Section(CASE_NUMBER, EMPLOYER, name, AGREEMENT_NUMBER, LocalDate.of(2026, 11, 20),
            List.of(new Item("劳动报酬", Money.parse("12000.00"), Money.parse("12000.00"), Money.parse("6000.00")),
                new Item("加班费", Money.parse("500.00"), Money.parse("400.00"), Money.parse("500.00"))),
            List.of(new PaymentLine(LocalDate.of(2026, 12, 1), "银行转账", PAYER, Money.parse("6500.00"))));
        Section open = new Section("包工调〔2026〕0107号", "包头市青山区恒达钢结构工程有限公司", name, null, null,
            List.of(new Item("经济补偿", Money.parse("4409.02"), Money.ZERO, Money.ZERO)), List.of());
        return new RecoverySummaryDocument(Scope.WORKER, name, STUDIO, AS_OF, List.of(paid, overpaid, open));
    }
}
