// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.service.CaseDetail;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;
import org.qiao.ui.ledger.CaseViewModel;

/** The case page's mediation-period buttons over a real database. */
class MediationClockViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private CaseViewModel casePage;
    private MediationClockViewModel clock;

    @BeforeEach
    void open() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        TestDatabase.signInMediator(context);
        services.demoData().generate(30, 5);
        SynchronousBackgroundTasks background = new SynchronousBackgroundTasks();
        ErrorText errors = new ErrorText(context.messages());
        casePage = new CaseViewModel(services.ledger(), services.caseStatus(), services.evidence(), services.auth(),
            services.intake().regions(), context.messages(), background, errors, new FakeDialogService(),
            Clock.systemDefaultZone());
        clock = new MediationClockViewModel(casePage.detailProperty(), casePage::reload, services.mediationClock(),
            context.messages(), background, errors, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** A walk-in or hotline case (union mediation: both parties must consent), accepted now. */
    private CaseDetail acceptedUnionCase() {
        String number = services.ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.INTAKE)),
            LedgerSort.NEWEST_FIRST, 0, 30).rows().stream().filter(row -> {
                casePage.open(row.caseNumber());
                return !clock.referralProperty().get();
            }).findFirst().orElseThrow().caseNumber();
        casePage.decide(CaseStatus.ACCEPTED);
        casePage.open(number);
        return casePage.detailProperty().get();
    }

    @Test
    void anExtensionWithoutBothPartiesIsRefusedInTheFormAndWithBothTheDeadlineMoves() {
        CaseDetail d = acceptedUnionCase();
        assertTrue(clock.canExtendProperty().get());
        clock.open(MediationClockViewModel.Form.EXTEND);
        clock.daysProperty().set("10");
        clock.consentWorkerProperty().set(true);
        clock.reasonProperty().set("双方同意继续调解");
        clock.save();
        assertTrue(clock.problemProperty().get().contains("没有双方当事人的同意记录"), clock.problemProperty().get());
        assertEquals(MediationClockViewModel.Form.EXTEND, clock.formProperty().get());
        assertEquals("10", clock.daysProperty().get(), "what was typed stays");
        assertEquals(d.mediationDueDate(), casePage.detailProperty().get().mediationDueDate());

        clock.consentEmployerProperty().set(true);
        clock.save();
        assertEquals(MediationClockViewModel.Form.NONE, clock.formProperty().get(), clock.problemProperty().get());
        LocalDate due = casePage.detailProperty().get().mediationDueDate();
        assertTrue(due.isAfter(d.mediationDueDate()), "the case page reloaded with the later deadline");
        assertEquals("已记录：调解期限至 " + due + "。", clock.messageProperty().get());
        assertTrue(casePage.deadlineProperty().get().startsWith("调解期限：" + due), casePage.deadlineProperty().get());
    }

    @Test
    void aSuspensionOffersResumptionAndNotAnotherSuspension() {
        acceptedUnionCase();
        clock.open(MediationClockViewModel.Form.SUSPEND);
        clock.save();
        assertEquals("请写明原因，例如“等待工伤认定”或“双方同意继续调解”。", clock.problemProperty().get());
        clock.reasonProperty().set("等待工伤认定");
        clock.save();
        assertFalse(clock.canSuspendProperty().get());
        assertTrue(clock.canResumeProperty().get());
        assertTrue(casePage.deadlineProperty().get().contains("中止"), casePage.deadlineProperty().get());

        clock.open(MediationClockViewModel.Form.RESUME);
        clock.save();
        assertTrue(clock.canSuspendProperty().get());
        assertFalse(clock.canResumeProperty().get());
        assertTrue(clock.messageProperty().get().startsWith("已记录：调解期限至"), clock.messageProperty().get());
    }

    @Test
    void daysThatAreNotANumberAreRefusedBeforeAnythingIsRecorded() {
        acceptedUnionCase();
        clock.open(MediationClockViewModel.Form.EXTEND);
        clock.daysProperty().set("十天");
        clock.save();
        assertEquals("天数“十天”不是整数，请填写天数，例如 10。", clock.problemProperty().get());
    }
}
