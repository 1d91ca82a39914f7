// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.List;
import java.util.Objects;

/**
 * The PDFs a case's hand-back sends to the court, as the exchange package carries them: the hand-back letter and,
 * by outcome, the 调解协议书 with the 司法确认申请书, or the 调解终结告知书 with the 无争议事实记载.
 */
@FunctionalInterface
public interface HandoffDocuments {

    /**
     * One document: its file name inside the package ({@code letter.pdf}, …) and its bytes.
     *
     * @param kind what the document is, e.g. {@code HANDBACK_LETTER}, {@code AGREEMENT}
     */
    record Named(String kind, String fileName, byte[] content) {

        public Named {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fileName, "fileName");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** The documents of case {@code caseId}'s hand-back, in the order a clerk reads them; empty before one. */
    List<Named> forCase(long caseId);
}
