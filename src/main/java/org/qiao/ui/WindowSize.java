// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Window sizes. The sign-in card opens in a compact window, which shows sooner (a larger first frame costs start-up
 * time: 1.34× against 1.50× a bare window here, docs/benchmarks.md); after sign-in the window grows to most of the
 * screen a mediator works on, so the ledger's ten columns and the intake form's two columns have room, but never
 * larger than the screen (a 1366×768 laptop is common in studios).
 */
public final class WindowSize {

    /** The window of the sign-in card (and of the start-up benchmark's bare window). */
    public static final Dimension2D SIGN_IN = new Dimension2D(1180, 760);

    /** What the screens were laid out for; a smaller screen gets all of its free area instead. */
    static final double PREFERRED_WIDTH = 1360;
    static final double PREFERRED_HEIGHT = 860;
    /** How much of the screen's free area a window takes when the screen is smaller than that. */
    static final double SHARE = 0.96;

    private WindowSize() {
    }

    /** The working size for the primary screen. */
    public static Dimension2D working() {
        return forScreen(Screen.getPrimary().getVisualBounds());
    }

    /** For a screen whose free area (without task bars) is {@code visual}. */
    static Dimension2D forScreen(Rectangle2D visual) {
        return new Dimension2D(Math.floor(Math.min(PREFERRED_WIDTH, visual.getWidth() * SHARE)),
            Math.floor(Math.min(PREFERRED_HEIGHT, visual.getHeight() * SHARE)));
    }
}
