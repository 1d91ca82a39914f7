// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.qiao.domain.Sha256;

/**
 * The verification code of an agreement: SHA-256 over its canonical text. The same content gives the same code
 * whatever the locale, layout or renderer version; any change to a party, an amount, a date or a term changes it.
 * A printed agreement shows the first 12 hex characters; its QR code and the PDF's info dictionary
 * ({@link #INFO_KEY}) carry the whole hash, so a later check can recompute it from the stored agreement.
 */
public final class AgreementFingerprint {

    /** The custom key in the PDF's document information dictionary that holds the full hash. */
    public static final String INFO_KEY = "QiaoAgreementSha256";
    /** Names the canonical format; a change of format must change this line. */
    static final String FORMAT = "qiao-agreement-canonical-v1";
    private static final int SHORT_LENGTH = 12;
    private static final int GROUP = 4;

    private AgreementFingerprint() {
    }

    /**
     * The canonical text: UTF-8, one {@code name=value} line per field, ending in a line break, in this order —
     * the format line; number, version, date (ISO), studio, case number; the employer's name, credit code, legal
     * representative, address, phone; for each worker in order their name, sex, resident ID, address, phone, each
     * agreed item as {@code category|amount} and each payment as {@code due|amount}; the facts; each term; each
     * non-monetary term; the performance check; the number of copies; each mediator. Amounts are plain with two
     * decimals ({@code 16409.02}), list positions are 1-based in the name ({@code worker.2.item.1}), and in values
     * a backslash is written {@code \\}, a line feed {@code \n} and a carriage return {@code \r}, so no value can
     * forge another line.
     */
    public static String canonicalText(AgreementDocument agreement) {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        line(sb, "number", agreement.agreementNumber());
        line(sb, "version", Integer.toString(agreement.version()));
        line(sb, "date", agreement.date().toString());
        line(sb, "studio", agreement.studioName());
        line(sb, "case", agreement.caseNumber());
        AgreementDocument.EmployerParty employer = agreement.employer();
        line(sb, "employer.name", employer.name());
        line(sb, "employer.creditCode", employer.creditCode());
        line(sb, "employer.legalRepresentative", employer.legalRepresentative());
        line(sb, "employer.address", employer.address());
        line(sb, "employer.phone", employer.phone());
        for (int w = 0; w < agreement.workers().size(); w++) {
            AgreementDocument.WorkerParty worker = agreement.workers().get(w);
            String prefix = "worker." + (w + 1) + ".";
            line(sb, prefix + "name", worker.name());
            line(sb, prefix + "sex", worker.sex());
            line(sb, prefix + "residentId", worker.residentId());
            line(sb, prefix + "address", worker.address());
            line(sb, prefix + "phone", worker.phone());
            for (int i = 0; i < worker.items().size(); i++) {
                AgreementDocument.AgreedItem item = worker.items().get(i);
                line(sb, prefix + "item." + (i + 1), item.category() + "|" + item.amount().toPlainString());
            }
            for (int i = 0; i < worker.payments().size(); i++) {
                AgreementDocument.Payment payment = worker.payments().get(i);
                line(sb, prefix + "payment." + (i + 1), payment.due() + "|" + payment.amount().toPlainString());
            }
        }
        line(sb, "facts", agreement.facts());
        lines(sb, "term", agreement.terms());
        lines(sb, "nonMonetaryTerm", agreement.nonMonetaryTerms());
        line(sb, "performanceCheck", agreement.performanceCheck());
        line(sb, "copies", Integer.toString(agreement.copies()));
        lines(sb, "mediator", agreement.mediators());
        return sb.toString();
    }

    /** The full SHA-256 of the canonical text, 64 lower-case hex characters. */
    public static String sha256(AgreementDocument agreement) {
        return Sha256.of(canonicalText(agreement).getBytes(StandardCharsets.UTF_8));
    }

    /** The printed code: the first 12 hex characters of {@code sha256Hex}, upper case, in groups of four. */
    public static String shortCode(String sha256Hex) {
        String head = sha256Hex.substring(0, SHORT_LENGTH).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < head.length(); i += GROUP) {
            if (i > 0) {
                sb.append('-');
            }
            sb.append(head, i, i + GROUP);
        }
        return sb.toString();
    }

    /** What the QR code holds: the agreement number, its version and the full hash, one per line. */
    public static String qrText(AgreementDocument agreement, String sha256Hex) {
        return FORMAT + '\n' + agreement.agreementNumber() + '\n' + agreement.version() + '\n' + sha256Hex;
    }

    private static void lines(StringBuilder sb, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            line(sb, name + "." + (i + 1), values.get(i));
        }
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(name).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        sb.append('\n');
    }
}

