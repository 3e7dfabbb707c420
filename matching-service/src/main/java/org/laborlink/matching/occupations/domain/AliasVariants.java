package org.laborlink.matching.occupations.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The titles one alias of the classification stands for. Aliases join variants with '/': whole titles
 * (财务主管/总账主管), a shared head with another role (临床医学经理/专员 = 临床医学经理, 临床医学专员), or several heads with a
 * shared role (列车/地铁司机 = 列车司机, 地铁司机). The classification's marks for green (L) and digital (S) occupations
 * are not words of the title (地理信息系统工程技术人员L/S).
 */
public final class AliasVariants {

    /** Roles that end titles, longest first, so a shared role is found whole (工程师 before 师). */
    private static final List<String> ROLES = List.of("工程技术人员", "工程师", "技术员", "研究员", "设计师", "分析师", "操作工",
            "经理", "主管", "专员", "助理", "总监", "主任", "顾问", "司机", "工程", "设计", "销售", "技师", "客服", "代表", "文员", "人员", "师", "员", "工");

    private static final java.util.regex.Pattern BRACKETED_SLASH = java.util.regex.Pattern.compile("[（(][^）)]*[）)]");

    private AliasVariants() {
    }

    public static List<String> of(String alias) {
        String a = alias.strip().replaceAll("(?<=\\p{IsHan})(L/S|L|S)$", "").strip();
        // a '/' inside brackets lists what the title covers (电子软件开发(ARM/MCU等)): not variants of the title
        a = BRACKETED_SLASH.matcher(a).replaceAll(m -> m.group().replace('/', '、'));
        if (!a.contains("/")) {
            return a.isEmpty() ? List.of() : List.of(a);
        }
        String[] parts = a.split("/");
        Set<String> variants = new LinkedHashSet<>();
        String last = parts[parts.length - 1].strip();
        String sharedRole = roleOf(last);
        String first = parts[0].strip();
        String firstRole = roleOf(first);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            if (i < parts.length - 1 && sharedRole != null && roleOf(part) == null && part.length() < last.length()) {
                variants.add(part + sharedRole); // 列车/地铁司机 -> 列车司机, not 列车 alone
                continue;
            }
            if (i > 0 && part.length() <= 3 && first.length() > part.length() + 1 && firstRole != null) {
                String head = first.substring(0, first.length() - firstRole.length());
                variants.add(head + part); // 临床医学经理/专员 -> 临床医学专员
            }
            if (part.length() >= 2 && !part.equals(roleOf(part))) {
                variants.add(part); // not a bare role (专员) standing for this occupation alone
            }
        }
        return new ArrayList<>(variants);
    }

    private static String roleOf(String title) {
        for (String role : ROLES) {
            if (title.endsWith(role) && title.length() >= role.length()) {
                return role;
            }
        }
        return null;
    }
}
