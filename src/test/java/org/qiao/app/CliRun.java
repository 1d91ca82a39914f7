// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One run of the {@code qiao} command on the data folder of a test: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun in(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(all, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
