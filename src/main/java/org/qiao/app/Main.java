// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

/** Entry point: a subcommand runs on the command line, no subcommand opens the desktop window. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
