// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qiao.domain.QiaoException;

/**
 * A people's court's case number (案号) as the Supreme People's Court's rules on case numbers set it out
 * (《最高人民法院关于人民法院案件案号的若干规定》, 2015, amended 2018): the year in brackets, the court's code, the
 * case-type word, the serial number and 号 — {@code （2026）内0102民诉前调123号}. The court's code is the province's
 * one-character abbreviation (Inner Mongolia: 内) followed by two digits for an intermediate court or four for a basic
 * court (none for the high court). Written with full-width brackets; half-width brackets and 〔〕 are read too.
 *
 * @param year the year the case was filed or registered
 * @param court the court's code, e.g. {@code 内0102}
 * @param type the case-type word, e.g. {@code 民诉前调}
 * @param serial the case's serial number within the year, court and type
 */
public record CourtCaseNumber(int year, String court, String type, int serial) {

    /**
     * The case-type words of the civil cases a studio receives or hands back: pre-filing mediation (委派: 民诉前调,
     * which some courts write 诉前调), first and second instance and retrial (委托 after filing), special procedure
     * (民特: judicial confirmation of a mediation agreement), and enforcement.
     */
    public static final List<String> TYPES = List.of("民诉前调", "诉前调", "民初", "民终", "民再", "民申", "民特", "民督", "民辖",
        "执", "执恢", "执保");

    /** The provinces' abbreviations as the case-number rules use them. */
    static final String PROVINCES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵";

    private static final Pattern SHAPE = Pattern.compile(
        "[（(〔](\\d{4})[）)〕]([\\p{IsHan}])(\\d*)(\\p{IsHan}+?)(\\d+)号");
    private static final int FIRST_YEAR = 2016;

    public CourtCaseNumber {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Reads {@code text} (blanks anywhere ignored), as of {@code today}.
     *
     * @throws QiaoException {@code court.number.empty}, {@code court.number.shape} (the text and an example),
     *     {@code court.number.year} (the year; from 2016, the rules' first year, to this year),
     *     {@code court.number.province} (the character), {@code court.number.courtCode} (the digits; two or four),
     *     {@code court.number.type} (the word and the known words), {@code court.number.serial} (it starts with 0 or
     *     is 0)
     */
    public static CourtCaseNumber parse(String text, LocalDate today) {
        String compact = text == null ? "" : text.replaceAll("[\\s\u3000]+", "");
        if (compact.isEmpty()) {
            throw new QiaoException("court.number.empty");
        }
        Matcher m = SHAPE.matcher(compact);
        if (!m.matches()) {
            throw new QiaoException("court.number.shape", compact, "（2026）内0102民诉前调123号");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new QiaoException("court.number.year", String.valueOf(year), String.valueOf(today.getYear()));
        }
        String province = m.group(2);
        if (PROVINCES.indexOf(province) < 0) {
            throw new QiaoException("court.number.province", province);
        }
        String digits = m.group(3);
        if (!(digits.isEmpty() || digits.length() == 2 || digits.length() == 4)) {
            throw new QiaoException("court.number.courtCode", province + digits);
        }
        String type = m.group(4);
        if (!TYPES.contains(type)) {
            throw new QiaoException("court.number.type", type, String.join("、", TYPES));
        }
        String serial = m.group(5);
        if (serial.startsWith("0") || serial.length() > 7) {
            throw new QiaoException("court.number.serial", serial);
        }
        return new CourtCaseNumber(year, province + digits, type, Integer.parseInt(serial));
    }

    /** Whether the court is a basic people's court (four digits after the province). */
    public boolean isBasicCourt() {
        return court.length() == 5;
    }

    /** Written as courts write it: {@code （2026）内0102民诉前调123号}. */
    @Override
    public String toString() {
        return "（" + year + "）" + court + type + serial + "号";
    }
}
