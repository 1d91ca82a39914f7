// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.scene.text.Font;

/**
 * The bundled CJK font (Source Han Sans SC, which covers rare characters such as 𠮷 U+20BB7, so names show as
 * typed). Loading 17 MB from inside the jar makes JavaFX copy it to a temporary file at every start (about 120 ms
 * here); a copy kept in the user's cache folder loads from disk in about 25 ms.
 */
public final class BundledFont {

    public static final String RESOURCE = "/qiao-data/fonts/SourceHanSansSC-Regular.otf";
    /** Names the cached copy; change it when the bundled font changes. */
    private static final String CACHED_NAME = "SourceHanSansSC-Regular-2.001R.otf";
    private static final double SIZE = 14;

    private BundledFont() {
    }

    /**
     * Loads the font, from the copy in {@code cacheDir} (made on first use) or, if that cannot be written, from the
     * jar. Returns the family name for the stylesheet, or {@code null} if the font is missing.
     */
    public static String load(Path cacheDir) {
        if (cacheDir != null) {
            try {
                Path cached = cacheDir.resolve(CACHED_NAME);
                if (!Files.isRegularFile(cached)) {
                    Files.createDirectories(cacheDir);
                    Path partial = Files.createTempFile(cacheDir, "font", ".part");
                    try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            return null;
                        }
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    }
                    // A finished copy appears at once or not at all, so a crash never leaves half a font behind.
                    Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                Font font = Font.loadFont(cached.toUri().toString(), SIZE);
                if (font != null) {
                    return font.getFamily();
                }
            } catch (IOException | RuntimeException e) {
                // The cache is only a speed-up: fall through to the jar.
            }
        }
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            Font font = in == null ? null : Font.loadFont(in, SIZE);
            return font == null ? null : font.getFamily();
        } catch (IOException e) {
            return null;
        }
    }
}
