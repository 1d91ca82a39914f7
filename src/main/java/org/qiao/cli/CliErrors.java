// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.util.Objects;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;

/**
 * How the command line reports failures: one line in the user's language, never a stack trace. Exit codes:
 * 1 for a refused or failed action (an invalid ID, a locked database), 2 for bad arguments.
 */
public final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    public static final int FAILED = 1;
    public static final int BAD_ARGUMENTS = 2;

    private final Messages messages;

    public CliErrors(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Installs this handler on {@code commandLine} (and so on its subcommands). */
    public CommandLine install(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler(this);
        commandLine.setExecutionExceptionHandler(this);
        return commandLine;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println(describeParameterError(ex));
        err.flush();
        return BAD_ARGUMENTS;
    }

    /** One line for arguments that could not be parsed, pointing to the command's help. */
    public String describeParameterError(ParameterException ex) {
        return messages.get("cli.badArguments", ex.getMessage(), ex.getCommandLine().getCommandName());
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code;
        if (ex instanceof BadArgumentException) {
            err.println(ex.getMessage());
            code = BAD_ARGUMENTS;
        } else {
            err.println(describe(ex));
            code = FAILED;
        }
        err.flush();
        return code;
    }

    /** The user-facing sentence for a failure. */
    public String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QiaoException qiao) {
                return messages.get(qiao.messageKey(), qiao.args());
            }
        }
        String detail = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return messages.get("error.unexpected", detail);
    }
}
