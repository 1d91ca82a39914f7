// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Source Han Sans SC for PDFs. The 17 MB font is parsed once per process, on first use (about 200 ms);
 * each document then gets its own {@link PdfFont}, embedded as a subset of the characters it uses. Never
 * font-asian's STSong-Light: it is not embedded, knows no character outside the BMP (𠮷) and drew "·" as a box.
 * The parsed program is immutable data shared by every renderer, like iText's own font cache, not a service.
 */
public final class DocumentFont {

    /** The same file the desktop loads (ui/BundledFont), shipped from resources/fonts. */
    public static final String RESOURCE = "/qiao-data/fonts/SourceHanSansSC-Regular.otf";

    private DocumentFont() {
    }

    /** Initialised by the JVM on first access, exactly once and thread-safely. */
    private static final class Parsed {
        private static final FontProgram PROGRAM = parse();

        private static FontProgram parse() {
            try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled font " + RESOURCE + " is not on the classpath");
                }
                return FontProgramFactory.createFont(in.readAllBytes(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled font " + RESOURCE, e);
            }
        }
    }

    /** A new font for one document: Identity-H, embedded, subset to the characters the document shows. */
    public static PdfFont forDocument() {
        PdfFont font = PdfFontFactory.createFont(Parsed.PROGRAM, PdfEncodings.IDENTITY_H,
            EmbeddingStrategy.FORCE_EMBEDDED);
        font.setSubset(true);
        return font;
    }
}
