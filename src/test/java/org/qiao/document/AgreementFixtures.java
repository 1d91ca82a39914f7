// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qiao.document.AgreementDocument.AgreedItem;
import org.qiao.document.AgreementDocument.EmployerParty;
import org.qiao.document.AgreementDocument.Payment;
import org.qiao.document.AgreementDocument.WorkerParty;
import org.qiao.domain.money.Money;

/** Sample agreements: one worker, and a collective case of any size. */
final class AgreementFixtures {

    static final EmployerParty EMPLOYER = new EmployerParty("包头市鹿城建筑劳务有限公司", "91150200MA0N0B5X2K", "王建国",
        "内蒙古自治区包头市昆都仑区钢铁大街 18 号", "0472-5123456");
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "吴", "周"};
    private static final String[] GIVEN = {"建华", "秀英", "志强", "海燕", "文博", "巴特尔", "乌云", "桂兰", "国庆", "晓明"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private AgreementFixtures() {
    }

    /** One worker (whose name has 𠮷, outside the BMP) owed wages and compensation: 16,409.02 in all. */
    static AgreementDocument single() {
        WorkerParty worker = new WorkerParty("𠮷祥", "女", "11010519491231002X", "内蒙古自治区包头市青山区幸福路 3 号",
            "13900000001", List.of(new AgreedItem("劳动报酬", Money.parse("12000.00")),
                new AgreedItem("经济补偿", Money.parse("4409.02"))),
            List.of(new Payment(LocalDate.of(2026, 12, 10), Money.parse("16409.02"))));
        return agreement(List.of(worker), List.of("李调解"));
    }

    /** {@code count} workers, each owed wages and overtime, the later half in two instalments. */
    static AgreementDocument collective(int count) {
        List<WorkerParty> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Money wages = Money.parse((3000 + 137 * i) + ".50");
            Money overtime = Money.parse((400 + 11 * i) + ".0" + (i % 10));
            Money total = wages.plus(overtime);
            List<Payment> payments = i < count / 2
                ? List.of(new Payment(LocalDate.of(2026, 12, 10), total))
                : List.of(new Payment(LocalDate.of(2026, 12, 10), wages),
                    new Payment(LocalDate.of(2027, 1, 10), overtime));
            workers.add(new WorkerParty(name(i), i % 2 == 0 ? "男" : "女", residentId(i),
                "内蒙古自治区包头市东河区南门外大街 " + (i + 1) + " 号", "1390000" + String.format("%04d", i),
                List.of(new AgreedItem("劳动报酬", wages), new AgreedItem("加班费", overtime)), payments));
        }
        return agreement(workers, List.of("李调解", "孙平"));
    }

    static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length + i) % GIVEN.length];
    }

    static AgreementDocument agreement(List<WorkerParty> workers, List<String> mediators) {
        return new AgreementDocument("包工调协〔2026〕0042号", 1, LocalDate.of(2026, 11, 20), "包头市总工会诉调对接工作室",
            "包工调〔2026〕0042号", EMPLOYER, workers,
            "申请人在被申请人承建的项目从事钢筋作业，被申请人拖欠 2026 年 6 月至 9 月工资及加班费。\n"
                + "双方对欠薪数额无争议，争议在于支付期限。被申请人应承担按时足额支付劳动报酬的责任。",
            List.of("被申请人确认拖欠申请人的劳动报酬及加班费，数额见第三部分。",
                "被申请人通过银行转账将款项支付至申请人本人的银行账户。",
                "申请人收到全部款项后，双方就本次劳动争议再无其他争议。"),
            List.of("被申请人于 2026 年 12 月 10 日前为申请人出具解除劳动关系证明。"),
            "被申请人每次付款后三日内将转账凭证交调解组织；调解员在约定付款期限届满后三日内向申请人电话回访核实。",
            3, mediators);
    }

    /** A resident ID with a valid check digit (GB 11643-1999), distinct for each {@code i}. */
    private static String residentId(int i) {
        String body = "150203" + "1985" + String.format("%02d", i % 12 + 1) + String.format("%02d", i % 28 + 1)
            + String.format("%03d", 100 + i);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * WEIGHTS[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
