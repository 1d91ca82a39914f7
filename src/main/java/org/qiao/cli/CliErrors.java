// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        return messages.get("cli.badArguments", detail(ex), ex.getCommandLine().getCommandName());
    }

    /**
     * What was wrong, in the user's language for the usual mistakes (an unknown option, a missing value, a value of
     * the wrong kind); picocli's own English sentence for the rare rest.
     */
    private String detail(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return messages.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return messages.get("cli.error.missing", missing.getMissing().stream().map(CliErrors::name)
                .collect(Collectors.joining(messages.get("list.separator"))));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && !(ex instanceof MaxValuesExceededException)) {
            Class<?>[] element = arg.auxiliaryTypes();
            Class<?> type = element != null && element.length > 0 ? element[0] : arg.type();
            if (type.isEnum()) {
                String choices = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(messages.get("list.separator")));
                return messages.get("cli.error.choice", name(arg), ex.getValue(), choices);
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return messages.get("cli.error.number", name(arg), ex.getValue());
            }
            return messages.get("cli.error.value", name(arg), ex.getValue());
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
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
