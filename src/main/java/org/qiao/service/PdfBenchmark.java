// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.qiao.document.AgreementDocument;
import org.qiao.document.AgreementPdf;
import org.qiao.document.BenchmarkDocuments;
import org.qiao.document.RecoverySummaryDocument;
import org.qiao.document.RecoverySummaryPdf;
import org.qiao.i18n.Messages;

/**
 * {@code qiao bench pdf}: how many documents a second this process renders, one after the other on one thread, for
 * a one-page baseline written with plain iText in the same embedded font and for Qiao's documents. The kinds take
 * turns in short slices, so that a busy moment of a shared machine falls on all of them alike.
 */
public final class PdfBenchmark {

    /** Workers in the collective agreement and the summary. */
    public static final int COLLECTIVE = 30;
    private static final Duration SLICE = Duration.ofMillis(250);

    /** What is rendered, in the order it is reported; the baseline first. */
    public enum Kind { BASELINE, AGREEMENT_SINGLE, AGREEMENT_COLLECTIVE, SUMMARY_COLLECTIVE }

    /** One kind's figures: documents rendered in the timed slices, their time, and one document's pages and size. */
    public record Result(Kind kind, long documents, long nanos, int pages, int bytes) {

        public double perSecond() {
            return documents / (nanos / 1e9);
        }

        public double millisEach() {
            return nanos / 1e6 / documents;
        }

        /** How many times the baseline's time one document of this kind takes. */
        public double timesBaseline(Result baseline) {
            return millisEach() / baseline.millisEach();
        }
    }

    private final Map<Kind, Consumer<ByteArrayOutputStream>> renderers = new EnumMap<>(Kind.class);

    public PdfBenchmark(Messages messages) {
        AgreementPdf agreements = new AgreementPdf(messages);
        RecoverySummaryPdf summaries = new RecoverySummaryPdf(messages);
        AgreementDocument single = BenchmarkDocuments.agreement(1);
        AgreementDocument collective = BenchmarkDocuments.agreement(COLLECTIVE);
        RecoverySummaryDocument summary = BenchmarkDocuments.caseSummary(COLLECTIVE);
        renderers.put(Kind.BASELINE, BenchmarkDocuments::baseline);
        renderers.put(Kind.AGREEMENT_SINGLE, out -> agreements.render(single, out));
        renderers.put(Kind.AGREEMENT_COLLECTIVE, out -> agreements.render(collective, out));
        renderers.put(Kind.SUMMARY_COLLECTIVE, out -> summaries.render(summary, out));
    }

    /** Warms every kind up for {@code warmUp}, then times each for {@code timed}, in turns. */
    public List<Result> run(Duration warmUp, Duration timed) {
        Objects.requireNonNull(warmUp);
        Objects.requireNonNull(timed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        Map<Kind, long[]> warm = new EnumMap<>(Kind.class);
        inTurns(warmUp, out, warm);
        Map<Kind, long[]> measured = new EnumMap<>(Kind.class);
        inTurns(timed, out, measured);
        List<Result> results = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            out.reset();
            renderers.get(kind).accept(out);
            byte[] pdf = out.toByteArray();
            long[] counted = measured.get(kind);
            results.add(new Result(kind, counted[0], counted[1], BenchmarkDocuments.pages(pdf), pdf.length));
        }
        return results;
    }

    /**
     * Renders each kind in slices of {@link #SLICE}, kind after kind, until each has been rendering for
     * {@code total}; at least one document each. Counts documents and nanoseconds per kind into {@code counts}.
     */
    private void inTurns(Duration total, ByteArrayOutputStream out, Map<Kind, long[]> counts) {
        for (Kind kind : Kind.values()) {
            counts.put(kind, new long[2]);
        }
        boolean more = true;
        while (more) {
            more = false;
            for (Kind kind : Kind.values()) {
                long[] counted = counts.get(kind);
                if (counted[0] > 0 && counted[1] >= total.toNanos()) {
                    continue;
                }
                long sliceEnd = System.nanoTime() + Math.min(SLICE.toNanos(), Math.max(1, total.toNanos()));
                long start = System.nanoTime();
                long now;
                do {
                    out.reset();
                    renderers.get(kind).accept(out);
                    counted[0]++;
                    now = System.nanoTime();
                } while (now < sliceEnd);
                counted[1] += now - start;
                more |= counted[1] < total.toNanos();
            }
        }
    }
}
