// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.MaterialKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.court.ReferralType;
import org.qiao.domain.identity.ResidentId;
import org.qiao.service.Services;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.TestDatabase;

/** The intake form in referral mode: the court's side of the form, its problems on their fields, the saved case. */
class IntakeReferralViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void signInAsMediator() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        TestDatabase.signInMediator(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private IntakeViewModel viewModel() {
        IntakeViewModel vm = IntakeViewModelTest.viewModel(context, dialogs);
        vm.setOnOpenCase(opened::add);
        vm.loadCourts();
        return vm;
    }

    private static Court court(IntakeViewModel vm, String code) {
        return vm.courts().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static MaterialRow material(IntakeViewModel vm, MaterialKind kind) {
        return vm.materials().stream().filter(row -> row.kind() == kind).findFirst().orElseThrow();
    }

    /** The parties of a referral from 东胜区 with one worker. */
    private static void fillParties(IntakeViewModel vm) {
        vm.leagueProperty().set(vm.leagues().stream().filter(r -> r.code().equals("150600")).findFirst()
            .orElseThrow());
        vm.countyProperty().set(vm.counties().stream().filter(r -> r.code().equals("150602")).findFirst()
            .orElseThrow());
        vm.employerNameProperty().set("鄂尔多斯市东胜区某物业服务有限公司");
        String first17 = "15060219850101" + "077";
        vm.workers().get(0).nameProperty().set("乌云其木格");
        vm.workers().get(0).residentIdProperty().set(first17 + ResidentId.checkCharacter(first17));
        vm.workers().get(0).claims().get(0).amountProperty().set("12,000");
        vm.factsProperty().set("2026 年 1 月至 3 月的工资未发。");
    }

    @Test
    void theCourtListOffersTheActiveCourtsAndFindsThemByNameOrCode() {
        IntakeViewModel vm = viewModel();
        assertEquals(116, vm.courts().size());
        Court dongsheng = court(vm, "内0602");
        assertTrue(IntakeViewModel.courtMatches(dongsheng, "东胜"));
        assertTrue(IntakeViewModel.courtMatches(dongsheng, "内06"));
        assertFalse(IntakeViewModel.courtMatches(dongsheng, "内01"));
        assertTrue(IntakeViewModel.courtMatches(dongsheng, "0602"), "the code's digits alone");
        assertFalse(IntakeViewModel.courtMatches(dongsheng, "02"));
        assertEquals(10, vm.courts().stream().filter(c -> IntakeViewModel.courtMatches(c, "06")).count(),
            "鄂尔多斯: the intermediate court and its nine basic courts");
        assertEquals(2, vm.courts().stream().filter(c -> IntakeViewModel.courtMatches(c, "东胜")).count()
            + vm.courts().stream().filter(c -> IntakeViewModel.courtMatches(c, "内0602")).count());
    }

    @Test
    void theCourtsFieldsShowTheirProblemsAndARefusalKeepsEverything() {
        IntakeViewModel vm = viewModel();
        vm.startReferral(ReferralType.DELEGATED);
        assertEquals(CaseSource.COURT_DELEGATED, vm.sourceProperty().get());
        fillParties(vm);
        vm.courtCaseNumberProperty().set("(2026)内0602民诉前调");
        assertTrue(vm.problemAt("courtCaseNumber").contains("不是法院案号的格式"), vm.problemAt("courtCaseNumber"));
        assertEquals("", vm.problemAt("courtId"), "an empty field is not a mistake yet");

        vm.courtCaseNumberProperty().set("(2026)内0603民诉前调18号");
        vm.courtProperty().set(court(vm, "内0602"));
        assertTrue(vm.problemAt("courtCaseNumber").contains("不符"), vm.problemAt("courtCaseNumber"));
        vm.receivedDateProperty().set(LocalDate.now().plusDays(2));
        assertTrue(vm.problemAt("signedForDate").contains("晚于今天"), vm.problemAt("signedForDate"));
        material(vm, MaterialKind.COMPLAINT).receivedProperty().set(true);
        material(vm, MaterialKind.EVIDENCE).receivedProperty().set(true);
        material(vm, MaterialKind.EVIDENCE).noteProperty().set("注".repeat(301));
        assertTrue(vm.problemAt("materials.EVIDENCE").contains("最多 300"), vm.problemAt("materials.EVIDENCE"));

        vm.register();

        assertEquals(IntakeViewModel.Mode.EDITING, vm.modeProperty().get());
        assertEquals("此项必须填写。", vm.problemAt("judgeName"));
        assertFalse(vm.messageProperty().get().isEmpty());
        assertEquals("(2026)内0603民诉前调18号", vm.courtCaseNumberProperty().get());
        assertEquals("内0602", vm.courtProperty().get().getCode());
        assertEquals("乌云其木格", vm.workers().get(0).nameProperty().get());
        assertEquals(301, material(vm, MaterialKind.EVIDENCE).noteProperty().get().length());
        assertEquals(0, services.ledger().find("乌云其木格", EnumSet.allOf(CaseStatus.class), 5).size());
    }

    @Test
    void aNumberAlreadyRegisteredIsRefusedOnItsFieldWhenSaving() {
        IntakeViewModel first = viewModel();
        first.startReferral(ReferralType.ENTRUSTED);
        fillParties(first);
        first.courtProperty().set(court(first, "内0602"));
        first.courtCaseNumberProperty().set("（2026）内0602民初55号");
        first.judgeNameProperty().set("李书记员");
        first.receivedDateProperty().set(LocalDate.now());
        first.register();
        assertEquals(IntakeViewModel.Mode.REGISTERED, first.modeProperty().get());

        IntakeViewModel again = viewModel();
        again.startReferral(ReferralType.ENTRUSTED);
        fillParties(again);
        again.workers().get(0).nameProperty().set("其他工人");
        again.courtProperty().set(court(again, "内0602"));
        again.courtCaseNumberProperty().set("(2026)内0602民初55号");
        again.judgeNameProperty().set("李书记员");
        again.receivedDateProperty().set(LocalDate.now());
        again.register();
        if (again.modeProperty().get() == IntakeViewModel.Mode.CONFLICTS) {
            again.decide(org.qiao.domain.cases.ConflictVerdict.NEW_CASE, null);
        }
        assertFalse(again.modeProperty().get() == IntakeViewModel.Mode.REGISTERED);
        assertTrue(again.problemAt("courtCaseNumber").contains("已登记为本调解室案件"),
            again.problemAt("courtCaseNumber"));
        assertEquals("其他工人", again.workers().get(0).nameProperty().get());
    }

    @Test
    void aDelegatedReferralIsSavedAcceptedWithItsDeadlineAndMaterials() throws Exception {
        Path scan = Files.writeString(dataDir.resolve("委派调解函.pdf"), "%PDF-1.4 scan");
        dialogs.fileLists.add(List.of(scan));
        IntakeViewModel vm = viewModel();
        vm.startReferral(ReferralType.DELEGATED);
        fillParties(vm);
        vm.courtProperty().set(court(vm, "内0602"));
        vm.courtCaseNumberProperty().set("(2026)内0602民诉前调101号");
        vm.judgeNameProperty().set("王法官");
        vm.judgeContactProperty().set("0477-8561234");
        LocalDate signed = LocalDate.now().minusDays(1);
        vm.receivedDateProperty().set(signed);
        vm.chooseScan(material(vm, MaterialKind.REFERRAL_LETTER));
        material(vm, MaterialKind.COMPLAINT).receivedProperty().set(true);
        material(vm, MaterialKind.COMPLAINT).noteProperty().set("原件一份");

        vm.register();

        assertEquals(IntakeViewModel.Mode.REGISTERED, vm.modeProperty().get(), vm.messageProperty().get()
            + vm.problems());
        LedgerRow saved = services.ledger().find("乌云其木格", EnumSet.allOf(CaseStatus.class), 5).get(0);
        assertEquals(CaseStatus.ACCEPTED, saved.status());
        assertEquals(CaseSource.COURT_DELEGATED, saved.source());
        String message = vm.messageProperty().get();
        assertTrue(message.contains(saved.caseNumber()) && message.contains("调解期限至 " + saved.mediationDue()),
            message);
        assertFalse(vm.canAcceptProperty().get(), "a referral's case is accepted as it is saved");
        assertTrue(vm.canOpenCaseProperty().get());
        vm.openRegisteredCase();
        assertEquals(List.of(saved.caseNumber()), opened);

        Referral referral = services.referrals().ofCase(saved.id()).orElseThrow();
        assertEquals("（2026）内0602民诉前调101号", referral.getCourtCaseNumber());
        assertEquals("王法官", referral.getJudgeName());
        assertEquals(signed, referral.getSignedForDate());
        List<ReferralMaterial> materials = services.referrals().materials(referral.getId());
        assertEquals(List.of(MaterialKind.REFERRAL_LETTER, MaterialKind.COMPLAINT),
            materials.stream().map(ReferralMaterial::getMaterial).toList());
        assertEquals("委派调解函.pdf", materials.get(0).getFileName());
        assertEquals("原件一份", materials.get(1).getNote());

        vm.startNew();
        assertEquals(null, vm.courtProperty().get());
        assertEquals("", vm.judgeNameProperty().get());
        assertFalse(material(vm, MaterialKind.COMPLAINT).receivedProperty().get());
    }
}
