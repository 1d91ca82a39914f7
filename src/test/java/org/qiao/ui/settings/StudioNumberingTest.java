// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.qiao.app.AppContext;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class StudioNumberingTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;

    @BeforeEach
    void signInAsAdministrator() {
        context = TestDatabase.withAdministrator(dataDir);
        services = context.services();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private StudioNumbering numbering() {
        Clock clock = Clock.fixed(LocalDate.of(2026, 5, 4).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
        StudioNumbering vm = new StudioNumbering(services.studios(), services.intake().regions(), context.messages(),
            new SynchronousBackgroundTasks(), new ErrorText(context.messages()), clock);
        vm.load();
        return vm;
    }

    @Test
    void showsTheNextNumberWhileAPatternIsTypedAndSavesIt() {
        StudioNumbering vm = numbering();
        assertEquals(1, vm.rows().size());
        assertEquals("默认工作室", vm.selectedProperty().get().name());
        assertEquals("工调〔2026〕0001号", vm.rows().get(0).nextNumber());
        assertFalse(vm.canSaveProperty().get(), "nothing changed yet");

        vm.patternProperty().set("乌前工调〔{year}〕{seq:4}号");
        assertEquals("预览：2026 年下一件案号为 乌前工调〔2026〕0001号", vm.previewProperty().get());
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.canSaveProperty().get());

        vm.save();
        assertEquals("已保存“默认工作室”的案号格式。", vm.messageProperty().get());
        assertEquals("乌前工调〔{year}〕{seq:4}号", vm.rows().get(0).pattern());
        assertEquals("乌前工调〔2026〕0001号", vm.rows().get(0).nextNumber());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "乌前工调〔{year}〕号|缺少顺序号",
        "乌前工调〔2026〕{seq:4}号|缺少年份 {year}。",
        "乌前工调〔｛year｝〕｛seq:4｝号|半角",
        "乌前工调〔{year}〕{seq:12}号|1 至 9",
        "乌前工调〔{year}〕{seq:4}号{week}|不可用"})
    void saysWhatIsWrongWithAPatternAndKeepsIt(String typed, String expected) {
        StudioNumbering vm = numbering();
        vm.patternProperty().set(typed);
        assertTrue(vm.problemProperty().get().contains(expected), vm.problemProperty().get());
        assertEquals("", vm.previewProperty().get());
        assertFalse(vm.canSaveProperty().get());
        vm.save();
        assertEquals(typed, vm.patternProperty().get());
        assertEquals("工调〔{year}〕{seq:4}号", services.studios().defaultStudio().getNumberPattern().text());
    }

    @Test
    void aPatternAnotherStudioUsesIsRefusedNextToTheField() {
        services.studios().add("东胜区诉调对接工作室", "150602", "东工调〔{year}〕{seq:4}号");
        StudioNumbering vm = numbering();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.name().equals("默认工作室")).findFirst()
            .orElseThrow());
        vm.patternProperty().set("东工调〔{year}〕{seq:4}号");
        vm.save();
        assertTrue(vm.problemProperty().get().contains("已由“东胜区诉调对接工作室”使用"), vm.problemProperty().get());
        assertEquals("东工调〔{year}〕{seq:4}号", vm.patternProperty().get(), "what was typed stays");
    }

    @Test
    void showsAndSavesTheChosenStudiosTelephone() {
        StudioNumbering vm = numbering();
        assertEquals("", vm.rows().get(0).phone());
        assertFalse(vm.canSavePhoneProperty().get(), "nothing typed yet");
        vm.phoneProperty().set(" 0477-8561234 ");
        assertTrue(vm.canSavePhoneProperty().get());
        vm.savePhone();
        assertEquals("已保存“默认工作室”的联系电话 0477-8561234。", vm.messageProperty().get());
        assertEquals("0477-8561234", vm.rows().get(0).phone());
        assertEquals("0477-8561234", vm.phoneProperty().get());
        assertFalse(vm.canSavePhoneProperty().get(), "what is stored is shown");

        vm.phoneProperty().set("");
        vm.savePhone();
        assertEquals("", vm.rows().get(0).phone());
        assertTrue(vm.messageProperty().get().contains("已清除“默认工作室”的联系电话"), vm.messageProperty().get());
    }

    @Test
    void aRefusedTelephoneStaysInTheFieldWithTheReasonUnderIt() {
        StudioNumbering vm = numbering();
        vm.phoneProperty().set("0477-856123转8");
        vm.savePhone();
        assertEquals("0477-856123转8", vm.phoneProperty().get(), "what was typed stays");
        assertTrue(vm.phoneProblemProperty().get().startsWith("电话号码“0477-856123转8”中有不能用的字符"),
            vm.phoneProblemProperty().get());
        assertEquals(null, services.studios().defaultStudio().getPhone());
        assertEquals("", vm.messageProperty().get());

        vm.phoneProperty().set("0477-8561234");
        assertEquals("", vm.phoneProblemProperty().get(), "typing again clears the reason");
    }

    @Test
    void choosingAnotherStudioShowsItsTelephone() {
        long other = services.studios().add("东胜区诉调对接工作室", "150602", "东工调〔{year}〕{seq:4}号").getId();
        services.studios().updatePhone(other, "0477-8123456");
        StudioNumbering vm = numbering();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.studioId() == other).findFirst().orElseThrow());
        assertEquals("0477-8123456", vm.phoneProperty().get());
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.studioId() != other).findFirst().orElseThrow());
        assertEquals("", vm.phoneProperty().get());
    }
}
