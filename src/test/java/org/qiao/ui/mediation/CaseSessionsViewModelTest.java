// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionOutcome;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.user.Role;
import org.qiao.service.CaseDetail;
import org.qiao.service.Services;
import org.qiao.service.SessionService;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;
import org.qiao.ui.ledger.CaseViewModel;

/** The case page's 调解会议 section over a real database, with the case page it belongs to. */
class CaseSessionsViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();
    private CaseViewModel casePage;
    private CaseSessionsViewModel sessions;

    @BeforeEach
    void open() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        services.auth().addAccountAsSystem("lvshi", "李律师", Role.LAWYER, "advise-2026".toCharArray());
        TestDatabase.signInMediator(context);
        services.demoData().generate(30, 5);
        SynchronousBackgroundTasks background = new SynchronousBackgroundTasks();
        ErrorText errors = new ErrorText(context.messages());
        casePage = new CaseViewModel(services.ledger(), services.caseStatus(), services.evidence(), services.auth(),
            services.intake().regions(), context.messages(), background, errors, dialogs, Clock.systemDefaultZone());
        sessions = new CaseSessionsViewModel(casePage.detailProperty(), casePage::reload, services.sessions(),
            services.auth(), context.messages(), background, errors, dialogs, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The {@code index}-th registered case, accepted now. */
    private CaseDetail accepted(int index) {
        String number = services.ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.INTAKE)),
            LedgerSort.NEWEST_FIRST, 0, index + 1).rows().get(index).caseNumber();
        casePage.open(number);
        services.caseStatus().change(casePage.detailProperty().get().id(), CaseStatus.ACCEPTED, null);
        casePage.open(number);
        return casePage.detailProperty().get();
    }

    private long mediatorId() {
        return services.auth().mediators().stream().filter(m -> m.username().equals(TestDatabase.MEDIATOR))
            .findFirst().orElseThrow().id();
    }

    @Test
    void schedulesASessionAndTheAcceptedCaseIsInMediation() {
        CaseDetail d = accepted(0);
        sessions.openSchedule();
        assertEquals(CaseSessionsViewModel.Form.SCHEDULE, sessions.formProperty().get());
        assertTrue(sessions.mediators().stream().anyMatch(m -> m.selectedProperty().get()),
            "the signed-in mediator is ticked");
        assertTrue(sessions.dateProperty().get().getDayOfWeek().getValue() <= 5, "a weekday is offered");
        sessions.roomProperty().set("一号调解室");
        sessions.modeProperty().set(SessionMode.SEPARATE);
        sessions.saveSchedule();

        assertEquals(CaseSessionsViewModel.Form.NONE, sessions.formProperty().get(), sessions.problemProperty().get());
        assertEquals(1, sessions.lines().size());
        assertTrue(sessions.lines().get(0).when().contains("09:00–10:00 · 一号调解室 · 背对背 · 已安排"),
            sessions.lines().get(0).when());
        assertEquals(CaseStatus.IN_MEDIATION, casePage.detailProperty().get().status(), "the case page reloaded");
        assertEquals(d.id(), casePage.detailProperty().get().id());
    }

    @Test
    void listsTheClashesOfWhatIsTypedAndRefusesToSaveIntoOneKeepingTheForm() {
        CaseDetail first = accepted(0);
        LocalDate day = LocalDate.now().plusDays(3);
        services.sessions().schedule(first.id(), null, new SessionService.SessionPlan(new SessionSlot(day,
            LocalTime.of(9, 0), LocalTime.of(10, 0), "二号调解室", Set.of(mediatorId())), SessionMode.FACE_TO_FACE,
            null));
        CaseDetail second = accepted(1);
        sessions.openSchedule();
        sessions.dateProperty().set(day);
        sessions.startProperty().set("9:30");
        sessions.endProperty().set("10:30");
        sessions.roomProperty().set("二号调解室");
        assertEquals(1, sessions.clashes().size(), "the clash shows before saving");
        assertTrue(sessions.clashes().get(0).contains(first.caseNumber()), sessions.clashes().get(0));
        assertTrue(sessions.clashes().get(0).contains("09:00–10:00"), sessions.clashes().get(0));

        sessions.saveSchedule();
        assertEquals(sessions.clashes().get(0), sessions.problemProperty().get());
        assertEquals(CaseSessionsViewModel.Form.SCHEDULE, sessions.formProperty().get());
        assertEquals("二号调解室", sessions.roomProperty().get(), "what was typed stays");
        assertTrue(services.sessions().ofCase(second.id()).isEmpty());

        sessions.startProperty().set("10:00");
        sessions.endProperty().set("11:00");
        assertTrue(sessions.clashes().isEmpty(), "a session starting when the other ends does not clash");
        sessions.saveSchedule();
        assertEquals(1, services.sessions().ofCase(second.id()).size());
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedWithWhatWasTyped() {
        accepted(0);
        sessions.openSchedule();
        sessions.roomProperty().set("三号调解室");
        sessions.startProperty().set("九点");
        sessions.saveSchedule();
        assertEquals("时间“九点”无法识别，请按 09:30 的格式填写。", sessions.problemProperty().get());
        assertEquals("九点", sessions.startProperty().get());
    }

    @Test
    void recordsAttendanceWithTheCaucusNotesApartAndHidesThemFromALawyer() {
        CaseDetail d = accepted(0);
        // Today from midnight: begun already, so it can be recorded.
        services.sessions().schedule(d.id(), null, new SessionService.SessionPlan(new SessionSlot(LocalDate.now(),
            LocalTime.MIDNIGHT, LocalTime.of(0, 30), "四号调解室", Set.of(mediatorId())), SessionMode.PHONE, null));
        casePage.open(d.caseNumber());
        sessions.openRecord(sessions.lines().get(0));
        assertEquals(CaseSessionsViewModel.Form.RECORD, sessions.formProperty().get());
        assertEquals(d.workers().size(), sessions.workers().size());
        sessions.workers().get(0).selectedProperty().set(true);
        sessions.employerRepresentativeProperty().set("张经理");
        sessions.maySettleProperty().set(true);
        sessions.lawyersProperty().set("赵律师、钱律师");
        sessions.minutesProperty().set("双方核对了工资数额。");
        sessions.caucusProperty().set("单位私下表示最多付六成。");
        sessions.saveRecord();
        assertEquals("请选择调解结果。", sessions.problemProperty().get(), "no outcome chosen yet");
        assertEquals("单位私下表示最多付六成。", sessions.caucusProperty().get());

        sessions.outcomeProperty().set(SessionOutcome.ADJOURNED);
        sessions.saveRecord();
        assertEquals(CaseSessionsViewModel.Form.NONE, sessions.formProperty().get(), sessions.problemProperty().get());
        CaseSessionsViewModel.SessionLine line = sessions.lines().get(0);
        assertTrue(line.record().contains("劳动者 " + d.workers().get(0).name()), line.record());
        assertTrue(line.record().contains("用人单位代表 张经理（有权和解）"), line.record());
        assertTrue(line.record().contains("律师 赵律师、律师 钱律师"), line.record());
        assertTrue(line.record().contains("笔录：双方核对了工资数额。"), line.record());
        assertFalse(line.record().contains("六成"), "the caucus notes are not part of the joint record");
        assertTrue(line.caucus().contains("单位私下表示最多付六成。"));

        services.auth().logout();
        services.auth().login("lvshi", "advise-2026".toCharArray());
        casePage.open(d.caseNumber());
        assertEquals("", sessions.lines().get(0).caucus(), "a lawyer does not see the caucus notes");
    }

    @Test
    void cancellingAsksWhyAndABlankReasonCancelsNothing() {
        CaseDetail d = accepted(0);
        sessions.openSchedule();
        sessions.roomProperty().set("五号调解室");
        sessions.saveSchedule();
        dialogs.texts.add("  ");
        sessions.cancelSession(sessions.lines().get(0));
        assertEquals("请写明取消的原因，例如“被申请人代表出差，改期”。", sessions.messageProperty().get());
        dialogs.texts.add("被申请人代表出差");
        sessions.cancelSession(sessions.lines().get(0));
        assertTrue(sessions.lines().get(0).record().contains("取消原因：被申请人代表出差"));
        assertFalse(sessions.lines().get(0).canChange());
        assertEquals(List.of(), services.sessions().clashes(services.sessions().ofCase(d.id()).get(0).slot(), null));
    }
}
