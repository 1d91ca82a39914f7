// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.main;

import java.util.Locale;

/** The places on the navigation rail, in rail order. Sections not built yet say so plainly on their screen. */
public enum Section {
    DASHBOARD(true),
    CASES(true),
    INTAKE(true),
    MEDIATION(true),
    COURT(true),
    LEGAL_AID(false),
    REPORTS(false),
    SETTINGS(true);

    private final boolean built;

    Section(boolean built) {
        this.built = built;
    }

    public boolean isBuilt() {
        return built;
    }

    /** The bundle key of the rail label, e.g. {@code nav.dashboard}. */
    public String labelKey() {
        return "nav." + id();
    }

    /** The node id of the rail button and the key stem of the section's texts, e.g. {@code legal-aid}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
