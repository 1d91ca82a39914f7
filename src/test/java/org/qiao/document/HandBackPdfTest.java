// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiao.i18n.Messages;

/** The hand-back papers: what each says, page numbers, fonts embedded. */
class HandBackPdfTest {

    private final HandBackPdf pdf = new HandBackPdf(new Messages(Messages.CHINESE));

    private static String text(byte[] bytes) {
        return String.join("", PdfChecks.of(bytes));
    }

    @Test
    void theLetterOfASuccessNamesTheReferralTheSessionsTheAmountsInWordsAndTheEnclosures() throws IOException {
        byte[] bytes = pdf.letter(HandBackFixtures.success(2));
        String text = text(bytes);
        for (String expected : List.of("调解情况复函", "法院案号：（2026）内0602民诉前调123号", "本室案号：东工调〔2026〕0042号",
            "鄂尔多斯市东胜区人民法院：", "承办法官：王法官", "2026年3月2日签收卷宗", "调解期限至2026年4月1日",
            "2026年3月4日现场调解部分达成一致", "2026年3月6日视频调解达成协议",
            "《调解协议书》（编号东工调协〔2026〕0042号）", "不迟于2026年4月7日",
            "巴特尔6,000.00陆仟元整", "工人13,500.50叁仟伍佰元零伍角", "合计9,500.50玖仟伍佰元零伍角",
            "1.《调解协议书》", "2.《司法确认申请书》", "3.退回贵院原移送材料：委派/委托调解函",
            "4.退回贵院原移送材料：起诉状（申请书）（原件一份）", "联系人：格日勒", "0477-8123456",
            "此致鄂尔多斯市东胜区人民法院", "东胜区劳动争议调解工作室（盖章）", "2026年3月10日", "第1页共2页")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("2026年3月5日"), "the cancelled session is no session held: " + text);
        PdfChecks.assertEveryFontEmbedded(bytes);
    }

    @Test
    void theLetterGivesTheStudiosTelephoneOrALineToFillItIn() throws IOException {
        String with = text(pdf.letter(HandBackFixtures.success(1))).replaceAll("[\\s\u3000]+", "");
        assertTrue(with.contains("联系人：格日勒联系电话：0477-8123456"), with);
        String without = text(pdf.letter(HandBackFixtures.withContact(HandBackFixtures.success(1), "")))
            .replaceAll("[\\s\u3000]+", "");
        assertTrue(without.contains("联系人：格日勒联系电话：＿＿＿＿＿＿"), without);
        assertFalse(without.contains("0477-8123456"), without);
    }

    @Test
    void theApplicationIsJointWithEveryPartyTheRequestTheChecklistTheDeadlineAndASignatureLineEach()
        throws IOException {
        byte[] bytes = pdf.judicialConfirmation(HandBackFixtures.success(3));
        String text = text(bytes);
        for (String expected : List.of("司法确认申请书", "申请人一：巴特尔，公民身份号码150602198501011234，住址东胜区天骄路1号，联系电话13912345678。",
            "申请人二：工人1", "申请人三：工人2",
            "申请人四：鄂尔多斯市某某建筑有限公司，统一社会信用代码91150602MA0N000125，住所东胜区建设街8号，法定代表人张三",
            "请求事项", "确认申请人于2026年3月6日经东胜区劳动争议调解工作室主持调解达成的《调解协议书》（编号东工调协〔2026〕0042号）有效",
            "事实和理由", "合计人民币13,001.00元（大写：人民币壹万叁仟零壹元整）", "第二百零五条", "第三十三条",
            "1.《调解协议书》（编号东工调协〔2026〕0042号）原件一份", "2.东胜区劳动争议调解工作室主持调解的证明",
            "3.各申请人的身份证明材料（共4方）", "4.与调解协议相关的财产权利证明（如有）", "5.送达地址确认书（共4份）",
            "不迟于2026年4月7日", "此致鄂尔多斯市东胜区人民法院", "申请人一：巴特尔", "申请人三：工人2",
            "申请人四：鄂尔多斯市某某建筑有限公司（盖章）")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(PdfChecks.of(bytes).get(0).contains("第1页共"));
        PdfChecks.assertEveryFontEmbedded(bytes);
        assertThrows(IllegalArgumentException.class, () -> pdf.judicialConfirmation(HandBackFixtures.failure("x", "")));
    }

    @Test
    void theTerminationNoticeSaysWhyAndThatTheCaseReturnsToTheCourt() throws IOException {
        byte[] bytes = pdf.terminationNotice(HandBackFixtures.failure("双方确认劳动关系。", "被申请人未到场"));
        String text = text(bytes);
        for (String expected : List.of("调解终结告知书", "鄂尔多斯市东胜区人民法院、当事人巴特尔、工人1、鄂尔多斯市某某建筑有限公司：",
            "因当事人拒绝调解，本调解室决定于2026年3月10日终结调解", "说明：被申请人未到场",
            "本案退回鄂尔多斯市东胜区人民法院依法登记立案处理", "《无争议事实记载》", "东胜区劳动争议调解工作室（盖章）")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        PdfChecks.assertEveryFontEmbedded(bytes);
        assertFalse(text(pdf.terminationNotice(HandBackFixtures.failure("", "无"))).contains("《无争议事实记载》"));
        assertThrows(IllegalArgumentException.class, () -> pdf.terminationNotice(HandBackFixtures.success(1)));
    }

    @Test
    void theUndisputedFactsAreNumberedWithASignatureLineForEachPartyAndTheMediator() throws IOException {
        byte[] bytes = pdf.undisputedFacts(HandBackFixtures.failure("双方确认劳动关系。\n\n欠付工资24,000.00元。", ""));
        String text = text(bytes);
        for (String expected : List.of("无争议事实记载", "申请人：巴特尔，公民身份号码150602198501011234",
            "被申请人：鄂尔多斯市某某建筑有限公司", "1.双方确认劳动关系。", "2.欠付工资24,000.00元。",
            "申请人：工人1", "被申请人（盖章）：鄂尔多斯市某某建筑有限公司", "调解员：格日勒")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(1, PdfChecks.of(bytes).size());
        PdfChecks.assertEveryFontEmbedded(bytes);
        assertTrue(text(pdf.undisputedFacts(HandBackFixtures.failure("", "拒绝确认"))).contains("各方当事人未确认任何无争议事实"));
    }

    @Test
    void theSessionRecordsGiveEachSessionItsTimePlaceAttendeesOutcomeAndMinutesAndMarkTheCancelledOne()
        throws IOException {
        byte[] bytes = pdf.sessionRecords(HandBackFixtures.failure("双方确认劳动关系。", ""));
        String text = text(bytes);
        for (String expected : List.of("调解记录", "法院案号：（2026）内0602民诉前调123号", "本室案号：东工调〔2026〕0042号",
            "移送法院鄂尔多斯市东胜区人民法院（委派调解（诉前），承办法官：王法官）", "调解组织东胜区劳动争议调解工作室",
            "申请人巴特尔、工人1", "被申请人鄂尔多斯市某某建筑有限公司（法定代表人：张三）", "调解员格日勒、乌兰",
            "本案共召开调解会议2次，另有1次已安排的调解取消",
            "1.2026年3月4日09:00至11:30地点第一调解室方式现场调解主持调解员格日勒",
            "劳动者：巴特尔", "用人单位代表（有权和解）：张三", "结果部分达成一致", "结果说明：工资数额待核对",
            "调解笔录：甲方同意核对考勤记录。",
            "2.2026年3月5日14:00至16:00（已取消）地点第二调解室", "状态已取消取消原因被申请人代表出差",
            "3.2026年3月6日14:30至15:15地点线上会议室方式视频调解主持调解员格日勒、乌兰", "律师：李律师",
            "调解笔录：双方同意按核对后的数额支付。", "调解员：格日勒", "调解员：乌兰",
            "东胜区劳动争议调解工作室（盖章）2026年3月10日", "第1页共")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        String cancelled = text.substring(text.indexOf("2.2026年3月5日"), text.indexOf("3.2026年3月6日"));
        assertFalse(cancelled.contains("到场人员") || cancelled.contains("调解笔录"), cancelled);
        PdfChecks.assertEveryFontEmbedded(bytes);
    }

    @Test
    void longMinutesRunOnAcrossPagesWithNothingLostAndTheSignaturesAfterThem() {
        HandBackPapers papers = HandBackFixtures.longMinutes(60);
        List<String> pages = PdfChecks.of(pdf.sessionRecords(papers));
        assertTrue(pages.size() > 2, pages.size() + " pages");
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= pages.size(); page++) {
            String footer = HandBackFixtures.CASE_NUMBER + "第" + page + "页共" + pages.size() + "页"
                + HandBackFixtures.COURT_NUMBER;
            String onPage = pages.get(page - 1);
            assertTrue(onPage.endsWith(footer), onPage);
            body.append(onPage, 0, onPage.length() - footer.length());
        }
        String text = body.toString();
        for (int i = 1; i <= 60; i++) {
            assertTrue(text.contains("第" + i + "段：申请人陈述"), "paragraph " + i);
        }
        assertTrue(text.contains(HandBackFixtures.longParagraph()), "a paragraph longer than a page, whole");
        int end = text.indexOf("笔录至此结束，双方阅后签名。");
        assertTrue(end > 0, text);
        assertTrue(text.indexOf("调解员：格日勒") > end, "the signatures follow the minutes");
        assertTrue(pages.get(1).contains("段：申请人陈述"), "page 2 goes on with the minutes: " + pages.get(1));
    }

    @Test
    void withoutSessionsTheRecordsSaySoAndTheCasesMediatorSigns() {
        String text = text(pdf.sessionRecords(HandBackFixtures.withSessions(HandBackFixtures.success(2), List.of())));
        assertTrue(text.contains("本案未举行调解会议。"), text);
        assertTrue(text.contains("调解员格日勒"), text);
        assertTrue(text.contains("调解员：格日勒"), text);
        assertFalse(text.contains("调解笔录"), text);
    }
}
