// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.court.CourtLevel;
import org.qiao.service.CourtService;
import org.qiao.ui.ErrorText;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

/** The court list on the settings screen: add, correct, retire and reactivate; a refusal keeps what was typed. */
class CourtListTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private CourtList courts;

    @BeforeEach
    void signInAsAdministrator() {
        context = TestDatabase.withAdministrator(dataDir);
        courts = new CourtList(context.services().courts(), context.messages(), new SynchronousBackgroundTasks(),
            new ErrorText(context.messages()));
        courts.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private CourtList.Row row(String code) {
        return courts.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void addsACourtAndARefusalKeepsWhatWasTyped() {
        assertEquals(116, courts.rows().size());
        courts.startNew();
        courts.codeProperty().set("内7101");
        courts.nameProperty().set("鄂尔多斯市东胜区人民法院");
        courts.levelProperty().set(CourtLevel.SPECIAL);
        courts.phoneProperty().set("0477-1234567");
        courts.save();
        assertTrue(courts.problemAt("name").contains("已有"), courts.problemAt("name"));
        assertTrue(courts.messageIsErrorProperty().get());
        assertEquals("内7101", courts.codeProperty().get());
        assertEquals("0477-1234567", courts.phoneProperty().get());
        assertEquals(116, courts.rows().size());

        courts.nameProperty().set("包头铁路运输法院");
        courts.save();
        assertEquals("", courts.problemAt("name"));
        assertFalse(courts.messageIsErrorProperty().get());
        assertEquals("已添加包头铁路运输法院（代字 内7101）。", courts.messageProperty().get());
        assertEquals(117, courts.rows().size());
        assertEquals("专门人民法院", row("内7101").level());
        assertEquals("修改：包头铁路运输法院", courts.formTitleProperty().get());
    }

    @Test
    void correctsRetiresAndReactivatesTheChosenCourt() {
        courts.edit(row("内0602"));
        assertEquals("鄂尔多斯市东胜区人民法院", courts.nameProperty().get());
        courts.phoneProperty().set("0477-8581234");
        courts.save();
        assertEquals("0477-8581234", row("内0602").phone());
        // The screen chooses the reloaded row again: the result stays said; another court's row clears it.
        courts.edit(row("内0602"));
        assertEquals("已修改鄂尔多斯市东胜区人民法院（代字 内0602）。", courts.messageProperty().get());
        courts.edit(row("内0603"));
        assertEquals("", courts.messageProperty().get());

        courts.retire(row("内0602"));
        assertEquals("已停用", row("内0602").state());
        assertFalse(context.services().courts().active().stream().anyMatch(c -> c.getCode().equals("内0602")));
        courts.retire(row("内0602"));
        assertEquals("鄂尔多斯市东胜区人民法院已经停用。", courts.messageProperty().get());
        courts.reactivate(row("内0602"));
        assertEquals("可转介", row("内0602").state());
    }

    @Test
    void anEditOfACourtChangedMeanwhileIsRefusedAndKeepsWhatWasTyped() {
        courts.edit(row("内0602"));
        var court = context.services().courts().byCode("内0602");
        context.services().courts().update(court.getId(), court.getVersion(), new CourtService.CourtEntry("内0602",
            court.getName(), court.getLevel(), court.getRegionCode(), "0477-1111111", court.getAddress()));
        courts.phoneProperty().set("0477-2222222");
        courts.save();
        assertTrue(courts.messageIsErrorProperty().get());
        assertEquals("鄂尔多斯市东胜区人民法院刚刚被其他人修改过，您的修改没有保存。请重新选择该法院，核对后再改。",
            courts.messageProperty().get());
        assertEquals("0477-2222222", courts.phoneProperty().get());
        assertEquals("0477-1111111", context.services().courts().byCode("内0602").getPhone());
    }
}
