package org.laborlink.matching.occupations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborlink.matching.occupations.domain.AliasVariants;
import org.laborlink.matching.occupations.domain.RecruiterTitle;
import org.laborlink.platform.occupations.TitleWords;

/** What is left of a recruiter's title once the noise is out, and the titles a '/'-joined alias stands for. */
@Tag("unit")
class RecruiterTitleTest {

    static final Set<String> PLACES = Set.of("杭州", "杭州市", "凯里", "凯里市", "东莞", "萧山区");

    static String words(String title) {
        return RecruiterTitle.of(title, PLACES).occupationWords();
    }

    @Test
    void offerPayCountsBracketsAndPlacesAreNotTheOccupation() {
        assertEquals("电焊工", words("【急聘】杭州电焊工学徒 月薪6000-8000 包吃住（男女不限）"));
        assertEquals("普工", words("东莞普工 招20人 日结 五险一金"));
        assertEquals("叉车司机", words("叉车司机8k+ 长白班"));
        assertEquals("养老护理员", words("凯里市养老护理员（2名）"));
        assertEquals("砌墙", words("砌墙师傅"));
    }

    @Test
    void lettersAndDigitsOfTheJobStay() {
        assertEquals("货车司机A2", words("货车司机A2"));
        assertEquals("CNC操机员", words("CNC操机员 熟手"));
        assertEquals("C1 驾驶员", words("C1 驾驶员"));
    }

    @Test
    void noiseAloneLeavesNothingAndEmojiHasNoWords() {
        assertTrue(RecruiterTitle.of("急招 高薪 包吃住", PLACES).isEmpty());
        assertTrue(RecruiterTitle.of("杭州", PLACES).isEmpty());
        assertFalse(TitleWords.hasWords("😀🔥 ！"));
        assertTrue(TitleWords.hasWords("焊工"));
        assertEquals("电焊工学徒", RecruiterTitle.of("电焊工 学徒", PLACES).key()); // confirmations are kept by the words without spaces
    }

    @Test
    void aSlashJoinsWholeTitlesSharedHeadsOrSharedRoles() {
        assertEquals(List.of("财务主管", "总账主管"), AliasVariants.of("财务主管/总账主管"));
        assertEquals(List.of("临床医学经理", "临床医学专员"), AliasVariants.of("临床医学经理/专员"));
        assertEquals(List.of("列车司机", "地铁司机"), AliasVariants.of("列车/地铁司机"));
        assertEquals(List.of("电子软件开发(ARM、MCU等)"), AliasVariants.of("电子软件开发(ARM/MCU等)"));
        assertEquals(List.of("地理信息系统工程技术人员"), AliasVariants.of("地理信息系统工程技术人员L/S"));
        assertEquals(List.of("商务数据分析师"), AliasVariants.of("商务数据分析师S"));
        assertEquals(List.of("CNC", "数控操机"), AliasVariants.of("CNC/数控操机"));
    }
}
