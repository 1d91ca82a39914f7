// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.placeholder;

import org.qiao.i18n.Messages;
import org.qiao.ui.main.Section;

/** Texts for a section that is not built yet: its name, a plain statement, and what it will do. */
public final class NotBuiltViewModel {

    private final String title;
    private final String statement;
    private final String planned;

    public NotBuiltViewModel(Section section, Messages messages) {
        this.title = messages.get(section.labelKey());
        this.statement = messages.get("notBuilt.statement", title);
        this.planned = messages.get("notBuilt." + section.id());
    }

    public String title() {
        return title;
    }

    public String statement() {
        return statement;
    }

    public String planned() {
        return planned;
    }
}
