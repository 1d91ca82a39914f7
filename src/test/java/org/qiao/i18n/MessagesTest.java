// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void anApostropheWrittenTwiceShowsOnceInCodeAndInFxmlTexts() {
        assertEquals("Reset the selected user's password", english.get("settings.users.reset"));
        ResourceBundle fxml = english.textBundle();
        assertEquals("Reset the selected user's password", fxml.getString("settings.users.reset"));
        assertEquals(english.bundle().keySet(), fxml.keySet());
        assertThrows(MissingResourceException.class, () -> fxml.getString("no.such.key"));
    }

    @Test
    void englishCountsWorkersInTheSingularAndPluralAndListsWithCommas() {
        assertEquals("1 worker, claims in all ¥9,606.74", english.get("case.page.totals", 1, "9,606.74"));
        assertEquals("12 workers, claims in all ¥1.00", english.get("case.page.totals", 12, "1.00"));
        assertEquals("1,200 workers, claims in all ¥1.00", english.get("intake.total", 1200, "1.00"));
        assertEquals(", ", english.get("list.separator"));
        assertEquals("、", new Messages(Locale.SIMPLIFIED_CHINESE).get("list.separator"));
    }

    @Test
    void placeholdersAreFilledInTheUsersLanguage() {
        assertEquals("invalid value 'x' for --status", english.get("cli.error.value", "--status", "x"));
        assertEquals("--status 的值“x”无效", new Messages(Locale.SIMPLIFIED_CHINESE).get("cli.error.value",
            "--status", "x"));
    }
}
