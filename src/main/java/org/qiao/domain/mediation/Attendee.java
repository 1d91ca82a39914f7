// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.qiao.domain.QiaoException;

/**
 * One person who attended a held session: name and role, and for the employer's representative whether they were
 * authorised to settle (a settlement signed by someone without authority binds nobody).
 */
@Embeddable
public class Attendee {

    @Enumerated(EnumType.STRING)
    @Column(name = "attendee_role", nullable = false, length = 30)
    private AttendeeRole role;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "may_settle", nullable = false)
    private boolean maySettle;

    protected Attendee() {
        // for JPA
    }

    /** @throws QiaoException {@code session.attendee.name} if the name is blank */
    public Attendee(AttendeeRole role, String name, boolean maySettle) {
        this.role = Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new QiaoException("session.attendee.name");
        }
        this.name = name.strip();
        this.maySettle = role == AttendeeRole.EMPLOYER_REPRESENTATIVE && maySettle;
    }

    public AttendeeRole role() {
        return role;
    }

    public String name() {
        return name;
    }

    /** Whether this employer's representative may settle for the employer; false for everyone else. */
    public boolean maySettle() {
        return maySettle;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attendee a && a.role == role && a.name.equals(name) && a.maySettle == maySettle;
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, name, maySettle);
    }

    @Override
    public String toString() {
        return role + " " + name + (maySettle ? " (may settle)" : "");
    }
}
