package org.laborlink.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProblemLanguageTest {

    @Test
    void chineseIsAnsweredWhenItIsTheMostPreferredLanguage() {
        assertTrue(ProblemLanguage.prefersChinese("zh-CN"));
        assertTrue(ProblemLanguage.prefersChinese("zh-CN,zh;q=0.9,en;q=0.8"));
        assertTrue(ProblemLanguage.prefersChinese("en;q=0.5, zh"));
        assertFalse(ProblemLanguage.prefersChinese("en-GB,zh;q=0.5"));
        assertFalse(ProblemLanguage.prefersChinese((String) null));
        assertFalse(ProblemLanguage.prefersChinese("not a ;; header"));
    }

    @Test
    void aRefusalWithATemplateIsTranslatedWholeAndTheRestKeepTheirDetail() {
        Problem missing = ProblemException.notFound("posting", "42").toProblem("/api/v1/jobs/42", true);
        assertEquals("未找到", missing.title());
        assertEquals("未找到岗位 42", missing.detail());
        assertEquals(404, missing.status());

        Problem stale = ProblemException.staleVersion(3, 5).toProblem("/x", true);
        assertEquals("记录已被修改", stale.title());
        assertTrue(stale.detail().contains("版本 3") && stale.detail().contains("当前版本是 5"), stale.detail());

        Problem conflict = ProblemException.conflict("posting-not-open", "the posting is CLOSED").toProblem("/x", true);
        assertEquals("岗位不在招聘中", conflict.title());
        assertEquals("the posting is CLOSED", conflict.detail());

        Problem untitled = ProblemException.conflict("some-new-refusal", "why").toProblem("/x", true);
        assertEquals("与当前状态冲突", untitled.title(), "a type without a title of its own takes its status's");

        Problem english = ProblemException.notFound("posting", "42").toProblem("/api/v1/jobs/42", false);
        assertEquals("Not found", english.title());
        assertEquals("posting 42 not found", english.detail());
    }

    @Test
    void theCatalogueRendersTheValuesOfAnEnglishMessageInItsChinese() {
        var catalogue = ProblemLanguage.catalogue("test-messages_zh.tsv");
        assertEquals(2, catalogue.size());
        assertEquals("caring-job-pay-floor：浙江 330000 的爱心岗位月薪不低于 4500.00 元，现为 3000", ProblemLanguage.translate(
                "caring-job-pay-floor: a caring job in 330000 pays at least 4500.00 yuan a month; payMin is 3000", catalogue));
        assertEquals("不是本列表给出的游标", ProblemLanguage.translate("is not a cursor this list gave out", catalogue));
        assertEquals(null, ProblemLanguage.translate("a message nobody wrote down", catalogue));
    }

    @Test
    void everyLineOfTheCatalogueHasItsChineseWithTheSameValues() {
        // catalogue() refuses a line whose Chinese lacks a value of its English, or has none
        var lines = ProblemLanguage.catalogue("problem-messages_zh.tsv");
        assertTrue(lines.size() > 100, "the catalogue is on the class path: " + lines.size() + " messages");
    }
}
