package org.laborlink.matching.occupations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A job title as a recruiter writes it, and the occupation words left once the recruiting noise is taken out: what
 * the posting offers (急招, 高薪, 包吃住, 五险一金, 日结), pay (月薪6000-8000, 8k+), counts (招3人, 若干名), brackets
 * (（男女不限）, 【急聘】), places at either end (杭州, 凯里市), emoji and punctuation. What is left is what the
 * classification's names and aliases are compared with.
 */
public final class RecruiterTitle {

    /** What postings say about the offer, not the occupation; longest first so 五险一金 goes before 五险. */
    public static final List<String> OFFER_WORDS = List.of("五险一金", "六险一金", "包吃包住", "包食宿", "包吃住", "包住宿",
            "提供住宿", "免费住宿", "包吃", "包住", "五险", "社保", "年终奖", "高提成", "无责底薪", "底薪", "提成",
            "急招", "急聘", "诚聘", "高薪", "直招", "招聘", "招募", "诚招", "热招", "长期招", "急需", "直聘", "名企",
            "日结", "周结", "月结", "双休", "单休", "长白班", "长白", "两班倒", "倒班", "做六休一", "月休四天",
            "男女不限", "不限男女", "不限学历", "学历不限", "经验不限", "不限经验", "无经验可", "无需经验", "零经验",
            "可带学徒", "学徒可带", "可培训", "带薪培训", "包教包会", "入职即缴", "待遇优厚", "待遇好", "薪资面议",
            "工资高", "收入高", "上不封顶", "多劳多得", "环境好", "就近安排", "可兼职", "兼职", "全职", "长期", "短期",
            "临时工", "若干名", "若干", "多名", "数名", "熟手", "退役军人优先", "优先", "保底", "稳定", "正式工",
            "同城", "本地", "附近");

    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[「《〔<][^）)】\\]」》〕>]*[）)】\\]」》〕>]");
    private static final Pattern PAY = Pattern.compile(
            "(月薪|年薪|日薪|时薪|薪资|工资|薪酬|待遇|综合工资|保底)?[:：]?\\d+(\\.\\d+)?\\s*[kKwW千万]?\\s*([-~～至到]\\s*\\d+(\\.\\d+)?\\s*[kKwW千万]?)?"
                    + "\\s*\\+?\\s*(元|块)?\\s*(/|每|一)?\\s*(月|天|日|小时|时|年)?(以上|起|左右)?");
    private static final Pattern COUNT = Pattern.compile("招?\\d+\\s*(名|人|位)|[一二三四五六七八九十两]+\\s*(名|人|位)");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{IsHan}\\p{IsLatin}\\p{Nd}]+");
    /** 砌墙师傅, 电焊学徒: the job is the words before; 师傅 or 学徒 alone stays. */
    private static final Pattern MASTER_OR_APPRENTICE = Pattern.compile("(\\p{IsHan}{2,})(师傅|学徒工|学徒|帮工|熟练工)(?!\\p{IsHan})");
    private static final Pattern LONE_DIGITS = Pattern.compile("(?<![\\p{IsLatin}\\d])\\d+(?![\\p{IsLatin}\\d])");

    private final String occupationWords;

    private RecruiterTitle(String occupationWords) {
        this.occupationWords = occupationWords;
    }

    /** The title with its noise taken out; {@code places} are the division names people write (杭州, 凯里市). */
    public static RecruiterTitle of(String written, Set<String> places) {
        return of(written, places, OFFER_WORDS);
    }

    /**
     * The same with the offer words given: the normaliser leaves out those that are words of an occupation's title
     * (招聘 in 招聘专员, 社保 in 社保专员, 兼职 in 兼职店员).
     */
    public static RecruiterTitle of(String written, Set<String> places, List<String> offerWords) {
        String s = BRACKETED.matcher(written).replaceAll(" ");
        s = PAY.matcher(s).replaceAll(m -> m.group().matches(".*\\d.*") && isPay(m.group()) ? " " : m.group());
        s = COUNT.matcher(s).replaceAll(" ");
        for (String word : offerWords) {
            s = s.replace(word, " ");
        }
        s = LONE_DIGITS.matcher(s).replaceAll(" ");
        s = MASTER_OR_APPRENTICE.matcher(s).replaceAll("$1");
        List<String> parts = new ArrayList<>();
        for (String part : NOT_A_WORD.split(s)) {
            String words = withoutPlaces(part, places);
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return new RecruiterTitle(String.join(" ", parts));
    }

    /** Pay is digits with a unit or a range, or a number of three digits or more (6000, 8k); not A2 or C1. */
    private static boolean isPay(String match) {
        return match.matches(".*(元|块|月|天|日|小时|年|[kKwW千万]|[-~～至到]|\\+|薪|资|酬|遇).*") || match.replaceAll("\\D", "").length() >= 3;
    }

    /** A place at the start or the end of a part (杭州电焊工, 普工凯里), taken off while two characters are left. */
    private static String withoutPlaces(String part, Set<String> places) {
        String s = part;
        boolean changed = true;
        while (changed && s.length() > 2) {
            changed = false;
            for (int n = Math.min(8, s.length() - 2); n >= 2 && !changed; n--) {
                if (places.contains(s.substring(0, n))) {
                    s = s.substring(n);
                    changed = true;
                } else if (places.contains(s.substring(s.length() - n))) {
                    s = s.substring(0, s.length() - n);
                    changed = true;
                }
            }
        }
        return places.contains(s) ? "" : s;
    }

    /** The occupation words, space-separated; empty when the title was noise only (急招 高薪). */
    public String occupationWords() {
        return occupationWords;
    }

    /** The occupation words without spaces, as confirmations are kept (电焊工 学徒 -> 电焊工学徒). */
    public String key() {
        return occupationWords.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return occupationWords.isEmpty();
    }
}
