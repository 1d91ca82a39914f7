// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/**
 * How employer names are compared by the conflict check: "鄂尔多斯市某某煤业有限公司" and "鄂尔多斯市某某煤业有限责任公司东胜分公司"
 * are the same business for a mediator. The core of a name is the name without 有限责任公司, 有限公司, 分公司 and
 * blanks; two names are close when one core contains the other (cores of at least 2 characters).
 */
public final class EmployerNames {

    private EmployerNames() {
    }

    /** The name without company-form words and blanks (half- and full-width). */
    public static String core(String name) {
        if (name == null) {
            return "";
        }
        return name.replace("有限责任公司", "").replace("有限公司", "").replace("分公司", "")
            .replace(" ", "").replace("\u3000", "").strip();
    }

    public static boolean areClose(String a, String b) {
        String x = core(a);
        String y = core(b);
        return x.length() >= 2 && y.length() >= 2 && (x.contains(y) || y.contains(x));
    }
}
