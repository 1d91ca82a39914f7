// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts: where the data is, which database, which language. */
public final class GlobalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
        description = "Data folder (default: $QIAO_HOME, else the user's data folder)")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT,
        description = "Server database, e.g. jdbc:postgresql://host/qiao (default: embedded H2 in the data folder)")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", scope = ScopeType.INHERIT,
        description = "User for --jdbc-url")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
        description = "Password for --jdbc-url (or jdbc.password in qiao.properties)")
    String jdbcPassword;

    @Option(names = "--locale", paramLabel = "LANG", scope = ScopeType.INHERIT,
        description = "Language: zh (default) or en")
    String locale;

    @Option(names = "--demo", scope = ScopeType.INHERIT,
        description = "Use the separate demo database (filled with sample cases on first use)")
    boolean demo;

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String jdbcUser() {
        return jdbcUser;
    }

    public String jdbcPassword() {
        return jdbcPassword;
    }

    public String locale() {
        return locale;
    }

    public boolean demo() {
        return demo;
    }
}
