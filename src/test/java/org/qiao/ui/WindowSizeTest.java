// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void aLargeScreenGetsTheLaidOutSize() {
        assertEquals(new Dimension2D(1360, 860), WindowSize.forScreen(new Rectangle2D(0, 0, 1920, 1040)));
    }

    @Test
    void aSmallerScreenGetsMostOfItsFreeAreaAndNeverMore() {
        assertEquals(new Dimension2D(1311, 698), WindowSize.forScreen(new Rectangle2D(0, 0, 1366, 728)));
        assertEquals(new Dimension2D(1360, 825), WindowSize.forScreen(new Rectangle2D(0, 0, 1440, 860)));
    }
}
