// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subcommand missing from {@link EarlyStart}'s list would start the window and then fail to parse. */
class EarlyStartTest {

    @Test
    void everySubcommandOfTheRootMeansNoWindow() {
        Set<String> missing = new HashSet<>(CommandTree.topLevelNames());
        missing.removeAll(EarlyStart.NOT_A_WINDOW);
        assertTrue(missing.isEmpty(), "not in EarlyStart.NOT_A_WINDOW: " + missing);
    }

    @Test
    void aCommandAfterTheDataFolderOptionStartsNoWindow() {
        assertNull(EarlyStart.beginIfWindow(new String[] {"--data-dir=/tmp/x", "print", "agreement"}));
        assertNull(EarlyStart.beginIfWindow(new String[] {"verify-document", "copy.pdf"}));
    }
}
