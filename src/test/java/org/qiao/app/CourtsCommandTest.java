// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qiao courts}: the court list on the command line. */
class CourtsCommandTest {

    @TempDir
    Path dataDir;

    private String run(int expectedCode, String... args) {
        CliRun run = CliRun.in(dataDir, args);
        assertEquals(expectedCode, run.code(), run.err() + run.out());
        return expectedCode == 0 ? run.out() : run.err();
    }

    @Test
    void listsAddsUpdatesRetiresAndReactivates() {
        String list = run(0, "courts", "list");
        assertEquals(116, list.lines().count());
        assertTrue(list.lines().anyMatch(line -> line.equals("内0602\t鄂尔多斯市东胜区人民法院\t基层人民法院\t\t可转介")), list);

        assertEquals("已添加呼和浩特铁路运输中级法院（代字 内71）。", run(0, "courts", "add", "--code", "内71", "--name",
            "呼和浩特铁路运输中级法院", "--level", "special", "--phone", "0471-1234567").strip());
        assertTrue(run(0, "courts", "list").contains("内71\t呼和浩特铁路运输中级法院\t专门人民法院\t0471-1234567\t可转介"));

        run(0, "courts", "update", "--code", "内0602", "--phone", "0477-8581234", "--address", "东胜区天骄路");
        assertTrue(run(0, "courts", "list").contains("内0602\t鄂尔多斯市东胜区人民法院\t基层人民法院\t0477-8581234\t可转介"));

        assertTrue(run(0, "courts", "retire", "--code", "内0602").startsWith("已停用鄂尔多斯市东胜区人民法院"));
        assertFalse(run(0, "courts", "list").contains("内0602\t"));
        assertTrue(run(0, "courts", "list", "--all").contains("内0602\t鄂尔多斯市东胜区人民法院\t基层人民法院\t0477-8581234\t已停用"));
        assertEquals("鄂尔多斯市东胜区人民法院已经停用。", run(1, "courts", "retire", "--code", "内0602").strip());

        run(0, "courts", "reactivate", "--code", "内0602");
        assertTrue(run(0, "courts", "list").contains("内0602\t鄂尔多斯市东胜区人民法院"));
    }

    @Test
    void aRefusedCourtPrintsEachProblemWithItsOptionAndChangesNothing() {
        String err = run(1, "courts", "add", "--code", "内069", "--name", "鄂尔多斯市东胜区人民法院", "--level", "basic",
            "--region", "15");
        assertTrue(err.contains("--code: 法院代字“内069”不对"), err);
        assertTrue(err.contains("--name: 法院名录中已有“鄂尔多斯市东胜区人民法院”（代字 内0602）。"), err);
        assertTrue(err.contains("--region: 辖区代码“15”不对"), err);
        assertEquals(116, run(0, "courts", "list", "--all").lines().count());
        String english = run(1, "--locale", "en", "courts", "update", "--code", "内9999", "--name", "x");
        assertEquals("The court list has no court with the code \"内9999\".", english.strip());
    }

    @Test
    void aLevelThatIsNoLevelIsABadArgument() {
        run(2, "courts", "add", "--code", "内0699", "--name", "某旗人民法院", "--level", "county");
    }
}
