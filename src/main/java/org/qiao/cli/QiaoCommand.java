// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code qiao} command. Without a subcommand it opens the desktop window (handed in as {@code openWindow},
 * which answers {@link #WINDOW_OPEN} when the window keeps the program running); subcommands are the same use
 * cases without a window.
 *
 * <p>The help texts come from the resource bundle set on the command tree (keys in {@code messages.properties});
 * {@code scope = INHERIT} gives every subcommand the standard {@code --help} and {@code --version} options.
 */
@Command(name = "qiao", mixinStandardHelpOptions = true, versionProvider = QiaoCommand.Version.class,
    scope = ScopeType.INHERIT, sortOptions = false)
public final class QiaoCommand implements Callable<Integer> {

    /** The exit code meaning "the window is open; do not exit". */
    public static final int WINDOW_OPEN = -1;

    /** What the window needs to know from the command line. */
    public record WindowRequest(boolean measureStartup) {
    }

    /** Opens the window. */
    public interface WindowOpener {
        int open(WindowRequest request);
    }

    @Mixin GlobalOptions global = new GlobalOptions();

    @Option(names = "--measure-startup", descriptionKey = "cli.help.option.measureStartup")
    boolean measureStartup;

    private final WindowOpener openWindow;

    public QiaoCommand(WindowOpener openWindow) {
        this.openWindow = Objects.requireNonNull(openWindow);
    }

    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        return openWindow.open(new WindowRequest(measureStartup));
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    public static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = QiaoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Qiao 连心桥 " + (version == null ? "development" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
