// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.qiao.domain.money.Money;

/** Hand-back papers of a referral from 东胜区人民法院: a success of {@code workers} workers, or a failure. */
final class HandBackFixtures {

    static final String COURT = "鄂尔多斯市东胜区人民法院";
    static final String COURT_NUMBER = "（2026）内0602民诉前调123号";
    static final String CASE_NUMBER = "东工调〔2026〕0042号";

    private HandBackFixtures() {
    }

    static List<HandBackPapers.Party> workers(int count) {
        List<HandBackPapers.Party> workers = new ArrayList<>();
        workers.add(new HandBackPapers.Party("巴特尔", "150602198501011234", "", "东胜区天骄路1号", "13912345678"));
        for (int i = 1; i < count; i++) {
            workers.add(new HandBackPapers.Party("工人" + i, "15060219900101" + (1000 + i), "", "东胜区",
                "1390000" + (1000 + i)));
        }
        return workers;
    }

    static HandBackPapers success(int count) {
        List<HandBackPapers.Party> workers = workers(count);
        List<HandBackPapers.Amount> amounts = new ArrayList<>();
        amounts.add(new HandBackPapers.Amount("巴特尔", Money.parse("6000.00")));
        for (int i = 1; i < count; i++) {
            amounts.add(new HandBackPapers.Amount("工人" + i, Money.parse("3500.50")));
        }
        return papers(workers, new HandBackPapers.Agreement("东工调协〔2026〕0042号", LocalDate.of(2026, 3, 6),
            LocalDate.of(2026, 4, 7), amounts), null, "", "");
    }

    static HandBackPapers failure(String facts, String note) {
        return papers(workers(2), null, "当事人拒绝调解", facts, note);
    }

    /**
     * Three sessions: held on 2026-03-04 (minutes {@code minutes}), one cancelled on 03-05, held on 03-06 by two
     * mediators.
     */
    static List<HandBackPapers.Session> sessions(String minutes) {
        return List.of(new HandBackPapers.Session(LocalDate.of(2026, 3, 4), LocalTime.of(9, 0), LocalTime.of(11, 30),
                "第一调解室", "现场调解", List.of("格日勒"), List.of(new HandBackPapers.Attendee("劳动者", "巴特尔"),
                    new HandBackPapers.Attendee("用人单位代表（有权和解）", "张三")), "部分达成一致", "工资数额待核对",
                minutes, null),
            new HandBackPapers.Session(LocalDate.of(2026, 3, 5), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "第二调解室", "现场调解", List.of("格日勒"), List.of(), "", "", "", "被申请人代表出差"),
            new HandBackPapers.Session(LocalDate.of(2026, 3, 6), LocalTime.of(14, 30), LocalTime.of(15, 15),
                "线上会议室", "视频调解", List.of("格日勒", "乌兰"), List.of(new HandBackPapers.Attendee("劳动者", "工人1"),
                    new HandBackPapers.Attendee("律师", "李律师")), "达成协议", "", "双方同意按核对后的数额支付。", null));
    }

    /**
     * A success whose one session has minutes of {@code paragraphs} numbered paragraphs ("第n段：申请人陈述…"), ending
     * with {@link #longParagraph} and "笔录至此结束，双方阅后签名。".
     */
    static HandBackPapers longMinutes(int paragraphs) {
        StringBuilder minutes = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            minutes.append("第").append(i).append("段：申请人陈述其于2025年3月入职，负责工地钢筋绑扎，每月工资按出勤天数计算，"
                + "被申请人对出勤天数有异议，双方同意以考勤表和工友证言为准，调解员逐项核对并向双方释明相关法律规定。\n");
        }
        minutes.append(longParagraph()).append('\n');
        minutes.append("笔录至此结束，双方阅后签名。");
        return withSessions(success(1), List.of(sessions(minutes.toString()).get(0)));
    }

    /** One paragraph longer than a page: 40 numbered sentences of the employer's reply. */
    static String longParagraph() {
        StringBuilder paragraph = new StringBuilder("被申请人答辩：");
        for (int i = 1; i <= 40; i++) {
            paragraph.append("（").append(i).append("）被申请人认为申请人所称加班未经审批，考勤记录与工友证言不一致，请求调解员核实；");
        }
        return paragraph.append("答辩完毕。").toString();
    }

    /** {@code papers} with {@code sessions} in place of the fixture's. */
    static HandBackPapers withSessions(HandBackPapers p, List<HandBackPapers.Session> sessions) {
        return copy(p, p.studioContact(), sessions);
    }

    /** {@code papers} with the studio's telephone {@code contact} ("" for none) in place of the fixture's. */
    static HandBackPapers withContact(HandBackPapers p, String contact) {
        return copy(p, contact, p.sessions());
    }

    private static HandBackPapers copy(HandBackPapers p, String contact, List<HandBackPapers.Session> sessions) {
        return new HandBackPapers(p.courtName(), p.courtCaseNumber(), p.referralType(), p.judgeName(),
            p.signedForDate(), p.mediationDue(), p.caseNumber(), p.studioName(), p.mediatorName(), contact,
            p.handedBackDate(), p.workers(), p.employer(), p.agreement(), p.reason(), p.undisputedFacts(), p.note(),
            sessions, p.returnedMaterials(), p.enclosures());
    }

    private static HandBackPapers papers(List<HandBackPapers.Party> workers, HandBackPapers.Agreement agreement,
        String reason, String facts, String note) {
        return new HandBackPapers(COURT, COURT_NUMBER, "委派调解（诉前）", "王法官", LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 4, 1), CASE_NUMBER, "东胜区劳动争议调解工作室", "格日勒", "0477-8123456",
            LocalDate.of(2026, 3, 10), workers, new HandBackPapers.Party("鄂尔多斯市某某建筑有限公司",
                "91150602MA0N000125", "张三", "东胜区建设街8号", "0477-8561234"),
            agreement, reason, facts, note,
            sessions("甲方同意核对考勤记录。"),
            List.of("委派/委托调解函", "起诉状（申请书）（原件一份）"),
            agreement != null ? List.of("《调解协议书》（编号 东工调协〔2026〕0042号）", "《司法确认申请书》")
                : List.of("《调解终结告知书》", "《无争议事实记载》"));
    }
}
