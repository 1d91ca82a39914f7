// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.qiao.domain.QiaoException;
import org.qiao.i18n.Messages;
import org.qiao.service.AgreementService;
import org.qiao.service.AgreementVersion;

/**
 * {@code qiao verify-document FILE}: whether a PDF is a signed agreement exactly as the database holds it (see
 * {@link AgreementService#verify}). Prints one verdict; exit code 0 only when it matches.
 */
@Command(name = "verify-document")
public final class VerifyDocumentCommand implements Callable<Integer> {

    private final Messages messages;
    private final Supplier<AgreementService> agreements;

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.param.verify.file")
    Path file;

    public VerifyDocumentCommand(Messages messages, Supplier<AgreementService> agreements) {
        this.messages = Objects.requireNonNull(messages);
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public Integer call() {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QiaoException(e, "cli.verify.unreadable", file.toString());
        }
        AgreementService.Verification result = agreements.get().verify(pdf);
        AgreementVersion v = result.version();
        String line = switch (result.verdict()) {
            case MATCHES -> messages.get("cli.verify.matches", v.agreementNumber(), v.version(), result.caseNumber(),
                v.signedDate().toString(), messages.get(v.status().messageKey()));
            case ALTERED -> messages.get("cli.verify.altered", v.agreementNumber(), v.version(), result.caseNumber());
            case NOT_FOUND -> messages.get("cli.verify.notFound", result.sha256());
            case NOT_QIAO -> messages.get("cli.verify.notQiao");
        };
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
        return result.verdict() == AgreementService.Verdict.MATCHES ? 0 : CliErrors.FAILED;
    }
}
