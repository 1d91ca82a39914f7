// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading and marking finished PDFs: a value of the information dictionary, the text of each page (what a
 * verification compares), and a large diagonal mark over every page (a draft printed before signing).
 */
public final class PdfPages {

    private static final float MARK_SIZE = 96;
    private static final float MARK_OPACITY = 0.18f;

    private PdfPages() {
    }

    /** The value of {@code key} in the PDF's information dictionary; empty if absent or the bytes are no PDF. */
    public static Optional<String> infoValue(byte[] pdf, String key) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return Optional.ofNullable(document.getDocumentInfo().getMoreInfo(key));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The text of every page, in page order; empty if the bytes are no readable PDF. */
    public static List<String> texts(byte[] pdf) {
        List<String> pages = new ArrayList<>();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(p)));
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A copy of {@code pdf} with {@code mark} written large and pale across the middle of every page. */
    public static byte[] stamp(byte[] pdf, String mark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)),
            new PdfWriter(out))) {
            // One subset for the mark on every page, not one per page.
            PdfFont font = DocumentFont.forDocument();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                Rectangle page = document.getPage(p).getPageSize();
                PdfCanvas pdfCanvas = new PdfCanvas(document.getPage(p));
                pdfCanvas.saveState().setExtGState(new PdfExtGState().setFillOpacity(MARK_OPACITY));
                try (Canvas canvas = new Canvas(pdfCanvas, page)) {
                    canvas.setFont(font).setFontSize(MARK_SIZE)
                        .setFontColor(ColorConstants.RED)
                        .showTextAligned(new Paragraph(mark), page.getWidth() / 2, page.getHeight() / 2, p,
                            TextAlignment.CENTER, VerticalAlignment.MIDDLE, (float) Math.toRadians(45));
                }
                pdfCanvas.restoreState();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot mark a PDF just rendered", e);
        }
        return out.toByteArray();
    }
}
