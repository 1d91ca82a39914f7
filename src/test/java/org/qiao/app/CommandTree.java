// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;

import org.qiao.i18n.Messages;
import org.qiao.service.UserSession;

/**
 * The commands of the real {@code qiao} command tree, as built by {@link Commands}, for tests that must cover every
 * command (its help texts, its bundle keys) without a list that a new command could be missing from.
 */
public final class CommandTree {

    private CommandTree() {
    }

    /**
     * Every command's qualified name with dots, as picocli uses it for bundle keys ({@code qiao.tools.deadline}),
     * root first, parents before their subcommands.
     */
    public static List<String> qualifiedNames() {
        List<String> names = new ArrayList<>();
        walk(build(), names);
        return names;
    }

    /** The names of the root's subcommands, as typed after {@code qiao}. */
    public static Set<String> topLevelNames() {
        return build().getSubcommands().keySet();
    }

    private static CommandLine build() {
        // Nothing is opened while the tree is built: the database only on a command's first use of the services.
        AppSettings settings = new AppSettings(Path.of("target", "command-tree"), null, null, null, Messages.CHINESE,
            false);
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Commands.build(new AppContext(settings, UserSession.forOperatingSystemUser()), sink, sink);
    }

    private static void walk(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName("."));
        for (CommandLine sub : command.getSubcommands().values()) {
            walk(sub, names);
        }
    }
}
