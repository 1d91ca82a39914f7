// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.cases.CaseNumberPattern;
import org.qiao.domain.cases.Studio;
import org.qiao.domain.user.Role;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * The studios that register cases and their case-number patterns. The migration creates a default studio
 * ({@value Studio#DEFAULT_NAME}); changing studios is for an administrator when someone is signed in.
 */
public final class StudioService {

    private static final int NAME_MAX = 200;
    static final int PHONE_MIN = 5;
    static final int PHONE_MAX = 30;

    /** Digits, spaces, hyphens and parentheses, a + only in front, at least one digit: 0477-8561234, +86 471 …. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9() -]*[0-9][0-9() -]*");

    /**
     * A studio as the settings screen shows it: its pattern and the next sequence number of {@code year}.
     *
     * @param nextSequence the sequence the studio's next case of {@code year} gets (1 when it has none yet)
     */
    public record Numbering(long studioId, String name, String regionCode, String pattern, String phone, int year,
                            long nextSequence) {

        /** The number the next case of {@code year} would get under {@code pattern}. */
        public String nextNumber(CaseNumberPattern pattern) {
            return pattern.format(year, nextSequence);
        }
    }

    private final Transactions tx;
    private final UserSession session;

    public StudioService(Transactions tx, UserSession session) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
    }

    /** All studios, by name. */
    public List<Studio> list() {
        return tx.call(r -> r.studios().findAll());
    }

    /** Every studio with its pattern and where its numbering of {@code year} stands, by name. */
    public List<Numbering> numbering(int year) {
        return tx.call(r -> r.studios().findAll().stream().map(s -> new Numbering(s.getId(), s.getName(),
            s.getRegionCode(), s.getNumberPattern().text(), s.getPhone() == null ? "" : s.getPhone(), year,
            r.studios().lastSequence(s.getId(), year) + 1)).toList());
    }

    /** The studio used when a form names none. */
    public Studio defaultStudio() {
        return tx.call(r -> r.studios().findDefault())
            .orElseThrow(() -> new QiaoException("intake.studio.notFound", "-"));
    }

    /**
     * Adds a studio.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code studio.name.required}, {@code studio.name.taken},
     *     {@code studio.pattern.invalid}
     */
    public Studio add(String name, String regionCode, String pattern) {
        requireAdministrator();
        String studioName = name == null ? "" : name.strip();
        if (studioName.isEmpty() || studioName.length() > NAME_MAX) {
            throw new QiaoException("studio.name.required");
        }
        CaseNumberPattern parsed = CaseNumberPattern.parse(pattern);
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        return tx.call(r -> {
            if (r.studios().findByName(studioName).isPresent()) {
                throw new QiaoException("studio.name.taken", studioName);
            }
            return r.studios().save(new Studio(studioName, region, parsed));
        });
    }

    /**
     * Changes a studio's case-number pattern; numbers already given keep their text, and the sequence of each year
     * goes on from where it was (the counter belongs to the studio and the year, not to the pattern), so numbering
     * stays gap-free. Case numbers are unique, so a pattern another studio uses, or one whose next number in a year
     * this studio has numbered is already a case's, is refused: registrations would fail on it.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code intake.studio.notFound}, {@code studio.pattern.invalid},
     *     {@code studio.pattern.taken}, {@code studio.pattern.clash}
     */
    public Studio updatePattern(long studioId, String pattern) {
        requireAdministrator();
        CaseNumberPattern parsed = CaseNumberPattern.parse(pattern);
        return tx.call(r -> {
            Studio studio = find(r, studioId);
            for (Studio other : r.studios().findAll()) {
                if (other.getId() != studioId && other.getNumberPattern().equals(parsed)) {
                    throw new QiaoException("studio.pattern.taken", parsed.text(), other.getName());
                }
            }
            for (var counter : r.studios().counters(studioId).entrySet()) {
                String next = parsed.format(counter.getKey(), counter.getValue() + 1);
                if (r.studios().numberTaken(next)) {
                    throw new QiaoException("studio.pattern.clash", parsed.text(), next);
                }
            }
            studio.setNumberPattern(parsed);
            return studio;
        });
    }

    /**
     * Sets the telephone the studio's papers give the court (the hand-back letter's 联系电话), so a clerk can call
     * back; a blank one clears it and the papers leave a line to fill in.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code intake.studio.notFound}
     * @throws ValidationException on {@code phone}: {@code studio.phone.shape} or {@code studio.phone.length}
     */
    public Studio updatePhone(long studioId, String phone) {
        requireAdministrator();
        String typed = phone == null ? "" : phone.strip();
        if (!typed.isEmpty() && !PHONE.matcher(typed).matches()) {
            throw new ValidationException(List.of(new FieldProblem("phone", "studio.phone.shape",
                new Object[] {typed})));
        }
        if (!typed.isEmpty() && (typed.length() < PHONE_MIN || typed.length() > PHONE_MAX)) {
            throw new ValidationException(List.of(new FieldProblem("phone", "studio.phone.length",
                new Object[] {PHONE_MIN, PHONE_MAX, typed.length()})));
        }
        return tx.call(r -> {
            Studio studio = find(r, studioId);
            studio.setPhone(typed.isEmpty() ? null : typed);
            return studio;
        });
    }

    private static Studio find(Repositories r, long studioId) {
        return r.studios().findById(studioId)
            .orElseThrow(() -> new QiaoException("intake.studio.notFound", String.valueOf(studioId)));
    }

    private void requireAdministrator() {
        // In the window only an administrator may; on the command line the operating-system user acts.
        if (session.user().isPresent() && !session.hasRole(Role.ADMINISTRATOR)) {
            throw new QiaoException("auth.adminOnly");
        }
    }
}
