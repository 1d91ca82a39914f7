// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.document;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line of Chinese text may break: wherever iText's default rules allow (after any Han character, at spaces),
 * except that no line starts with closing punctuation (，。：）and the like) and none ends with an opening bracket —
 * the basic rule of Chinese typesetting (GB/T 15834 标点符号用法: a closing mark is not put at the head of a line, an
 * opening one not at its end). Without it a long term could leave "：" or "）。" alone at the start of a line.
 */
final class ChineseLineBreaks implements ISplitCharacters {

    /** Marks that never begin a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉…—%,.;:?!)]";
    /** Marks that never end a line. */
    private static final String NO_LINE_END = "（《「『【〔〈([";

    private final ISplitCharacters defaults = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        if (!defaults.isSplitCharacter(text, glyphPos) || is(text, glyphPos, NO_LINE_END)) {
            return false;
        }
        return glyphPos + 1 >= text.getEnd() || !is(text, glyphPos + 1, NO_LINE_START);
    }

    private static boolean is(GlyphLine text, int position, String marks) {
        return text.get(position).hasValidUnicode() && marks.indexOf(text.get(position).getUnicode()) >= 0;
    }
}
