// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One line of an agreement's wording: a numbered term or a term other than payment, in its own order. */
@Embeddable
public class AgreementLine {

    /** Which list a line belongs to. */
    public enum Kind { TERM, NON_MONETARY }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "body", nullable = false, length = 2000)
    private String body;

    protected AgreementLine() {
        // for JPA
    }

    public AgreementLine(Kind kind, int lineNo, String body) {
        this.kind = Objects.requireNonNull(kind);
        this.lineNo = lineNo;
        this.body = Objects.requireNonNull(body);
    }

    public Kind getKind() {
        return kind;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getBody() {
        return body;
    }
}
