// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts: where the data is, which database, which language. */
public final class GlobalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
        descriptionKey = "cli.help.option.dataDir")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", scope = ScopeType.INHERIT,
        descriptionKey = "cli.help.option.jdbcUrl")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", scope = ScopeType.INHERIT,
        descriptionKey = "cli.help.option.jdbcUser")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
        descriptionKey = "cli.help.option.jdbcPassword")
    String jdbcPassword;

    @Option(names = "--locale", paramLabel = "LANG", scope = ScopeType.INHERIT,
        descriptionKey = "cli.help.option.locale")
    String locale;

    @Option(names = "--demo", scope = ScopeType.INHERIT,
        descriptionKey = "cli.help.option.demo")
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
