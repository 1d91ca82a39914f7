// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qiao.domain.FieldProblem;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.court.Court;
import org.qiao.domain.court.CourtLevel;
import org.qiao.domain.user.Role;
import org.qiao.store.Repositories;
import org.qiao.store.Transactions;

/**
 * The court list: the courts a referral may name. An administrator adds a court, corrects it, retires it (it takes
 * no new referrals but stays on the old ones) or brings it back; a court is never deleted. Every change is audited
 * like any other record's.
 */
public final class CourtService {

    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 30;
    static final int ADDRESS_MAX = 300;

    /** 内 for the high court, 内 + two digits for an intermediate court, 内 + four digits for a basic court. */
    private static final Pattern CODE = Pattern.compile("内(\\d{2}|\\d{4})?");
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    /**
     * A court as an administrator types it. Text stays text, so every problem is reported on its field: {@code code},
     * {@code name}, {@code level}, {@code regionCode}, {@code phone}, {@code address}.
     *
     * @param regionCode the 6-digit code of the area the court serves, or blank
     */
    public record CourtEntry(String code, String name, CourtLevel level, String regionCode, String phone,
                             String address) {

        /** The entry of a court as it is, to change a field or two of. */
        public static CourtEntry of(Court court) {
            return new CourtEntry(court.getCode(), court.getName(), court.getLevel(), court.getRegionCode(),
                court.getPhone(), court.getAddress());
        }
    }

    private final Transactions tx;
    private final UserSession session;

    public CourtService(Transactions tx, UserSession session) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
    }

    /** The courts that may refer new cases, by code. */
    public List<Court> active() {
        return tx.call(r -> r.courts().active());
    }

    /** Every court, retired ones included, by code. */
    public List<Court> all() {
        return tx.call(r -> r.courts().all());
    }

    /**
     * The court with this case-number code, active or not.
     *
     * @throws QiaoException {@code court.code.notFound}
     */
    public Court byCode(String code) {
        String typed = code == null ? "" : code.strip();
        return tx.call(r -> r.courts().findByCode(typed))
            .orElseThrow(() -> new QiaoException("court.code.notFound", typed));
    }

    /**
     * Adds a court to the list, active.
     *
     * @throws QiaoException {@code auth.adminOnly}
     * @throws ValidationException with every problem on its field; nothing is stored
     */
    public Court add(CourtEntry entry) {
        requireAdministrator();
        Objects.requireNonNull(entry, "entry");
        return tx.call(r -> {
            check(r, entry, null);
            Court court = new Court(entry.code().strip(), entry.name().strip(), entry.level(), null);
            fill(court, entry);
            return r.courts().save(court);
        });
    }

    /**
     * Corrects a court if it is still at {@code expectedVersion}, the version the administrator saw: every field of
     * {@code entry} replaces the court's. Referrals already registered keep their court case numbers as the court
     * wrote them.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code court.notFound}, {@code court.changed} (someone changed
     *     the court since it was read; nothing is changed)
     * @throws ValidationException with every problem on its field; nothing is changed
     */
    public Court update(long courtId, long expectedVersion, CourtEntry entry) {
        requireAdministrator();
        Objects.requireNonNull(entry, "entry");
        return tx.call(r -> {
            Court court = find(r, courtId);
            if (court.getVersion() != expectedVersion) {
                throw new QiaoException("court.changed", court.getName());
            }
            check(r, entry, courtId);
            court.setCode(entry.code().strip());
            court.setName(entry.name().strip());
            court.setLevel(entry.level());
            fill(court, entry);
            return r.courts().save(court);
        });
    }

    /**
     * Retires a court: it can no longer be chosen for a new referral; its referrals keep it.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code court.notFound}, {@code court.alreadyRetired}
     */
    public Court retire(long courtId) {
        return setActive(courtId, false, "court.alreadyRetired");
    }

    /**
     * Brings a retired court back onto the list of courts that may refer cases.
     *
     * @throws QiaoException {@code auth.adminOnly}, {@code court.notFound}, {@code court.alreadyActive}
     */
    public Court reactivate(long courtId) {
        return setActive(courtId, true, "court.alreadyActive");
    }

    private Court setActive(long courtId, boolean active, String alreadyKey) {
        requireAdministrator();
        return tx.call(r -> {
            Court court = find(r, courtId);
            if (court.isActive() == active) {
                throw new QiaoException(alreadyKey, court.getName());
            }
            court.setActive(active);
            return r.courts().save(court);
        });
    }

    private static Court find(Repositories r, long courtId) {
        return r.courts().findById(courtId)
            .orElseThrow(() -> new QiaoException("court.notFound", String.valueOf(courtId)));
    }

    /** Every problem of {@code entry}, for a new court ({@code self} null) or court {@code self}. */
    private static void check(Repositories r, CourtEntry entry, Long self) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = blankToNull(entry.code());
        if (code == null) {
            problems.add(new FieldProblem("code", "court.code.required", new Object[0]));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "court.code.shape", new Object[] {code}));
        } else if (entry.level() != null && !fitsLevel(code, entry.level())) {
            problems.add(new FieldProblem("code", levelKey(entry.level()), new Object[] {code}));
        } else {
            r.courts().findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other ->
                problems.add(new FieldProblem("code", "court.code.taken", new Object[] {code, other.getName()})));
        }
        if (entry.level() == null) {
            problems.add(new FieldProblem("level", "court.level.required", new Object[0]));
        }
        String name = blankToNull(entry.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "court.name.required", new Object[0]));
        } else if (name.length() > NAME_MAX) {
            TextLimit.check(problems, "name", name, NAME_MAX, "field.tooLong.field");
        } else {
            r.courts().findByName(name).filter(other -> !other.getId().equals(self)).ifPresent(other ->
                problems.add(new FieldProblem("name", "court.name.taken", new Object[] {name, other.getCode()})));
        }
        String region = blankToNull(entry.regionCode());
        if (region != null && !REGION.matcher(region).matches()) {
            problems.add(new FieldProblem("regionCode", "court.region.shape", new Object[] {region}));
        }
        TextLimit.check(problems, "phone", entry.phone(), PHONE_MAX, "field.tooLong.field");
        TextLimit.check(problems, "address", entry.address(), ADDRESS_MAX, "field.tooLong.field");
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Whether {@code code} has the shape of a court of {@code level}; a special court has a two- or four-digit one. */
    static boolean fitsLevel(String code, CourtLevel level) {
        int digits = code.length() - 1;
        return switch (level) {
            case HIGH -> digits == 0;
            case INTERMEDIATE -> digits == 2;
            case BASIC -> digits == 4;
            case SPECIAL -> digits == 2 || digits == 4;
        };
    }

    /** The message for a code that does not fit {@code level}. */
    private static String levelKey(CourtLevel level) {
        return switch (level) {
            case HIGH -> "court.code.level.HIGH";
            case INTERMEDIATE -> "court.code.level.INTERMEDIATE";
            case BASIC -> "court.code.level.BASIC";
            case SPECIAL -> "court.code.level.SPECIAL";
        };
    }

    private static void fill(Court court, CourtEntry entry) {
        court.setRegionCode(blankToNull(entry.regionCode()));
        court.setPhone(blankToNull(entry.phone()));
        court.setAddress(blankToNull(entry.address()));
    }

    private void requireAdministrator() {
        // In the window only an administrator may; on the command line the operating-system user acts.
        if (session.user().isPresent() && !session.hasRole(Role.ADMINISTRATOR)) {
            throw new QiaoException("auth.adminOnly");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    UserSession session() {
        return session;
    }
}
