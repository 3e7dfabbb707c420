package org.laborlink.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborlink.e2e.Platform.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborlink.e2e.ConsoleBrowser.Finding;
import org.laborlink.e2e.ConsoleBrowser.Screen;
import org.laborlink.platform.testing.ResidentIds;
import org.laborlink.platform.testing.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in Debian's headless Chromium, through the real platform and Keycloak's own sign-in page, with the
 * keyboard only: an officer registers a worker and issues her a link code; she signs up and links her account on a
 * 360×740 phone; employer HR publishes a caring job; she sees it in her recommendations and applies; HR offers; she
 * accepts and claims the transport subsidy; the officer sees the hire on the employed list and approves and pays the
 * claim. Also: a refused field shown beside the field, a stale edit shown as a conflict, the English switch. Every
 * main page is photographed at both sizes and checked with axe-core (no serious or critical violation); the weight of
 * the first load and the time until the dashboard shows its figures are printed.
 */
class ConsoleIT {

    private static final List<Finding> FINDINGS = ConsoleBrowser.findings();
    private static ConsoleBrowser officer;

    @BeforeAll
    static void officerSignsIn() throws IOException {
        officer = new ConsoleBrowser(Screen.DESKTOP, FINDINGS);
        officer.signIn("officer-kaili", "demo");
    }

    @AfterAll
    static void noSeriousAccessibilityViolations() throws IOException {
        if (officer != null) {
            officer.close();
        }
        System.out.printf("[console] axe-core (WCAG 2.1 A/AA) checked %d pages (%d rules passed in all): %d serious or critical,"
                + " %d moderate or minor violations%n", ConsoleBrowser.AUDITED.get(), ConsoleBrowser.RULES_PASSED.get(),
                FINDINGS.size(), ConsoleBrowser.LESSER.size());
        java.util.stream.Stream.concat(FINDINGS.stream(), ConsoleBrowser.LESSER.stream()).forEach(f -> System.out.printf(
                "[console] axe %s on %s: %s (%s) at %s%n", f.impact(), f.page(), f.rule(), f.help(), f.where()));
        assertTrue(ConsoleBrowser.AUDITED.get() > 0, "axe-core ran");
        assertEquals(List.of(), FINDINGS, "serious or critical accessibility violations");
    }

    @Test
    void aWorkerRegisteredByHerOfficerFindsACaringJobOnHerPhoneIsHiredAndHerTransportClaimIsPaid() throws Exception {
        String occupation = Platform.occupationNoWorkerHas();
        String name = "龙秀英 " + UUID.randomUUID().toString().substring(0, 6);
        String idNumber = ResidentIds.next();

        // the officer registers her labour file: the ID number is checked as it is typed, a refused field is shown
        officer.open("/officer/files/new");
        officer.type(officer.field("name"), name);
        String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? "1" : "0");
        officer.type(officer.field("idNumber"), wrongCheck);
        officer.until("the ID number's check character is questioned as it is typed",
                () -> officer.text().contains("校验位不对"));
        officer.type(officer.field("idNumber"), idNumber);
        officer.until("a well-formed ID number is recognised", () -> officer.text().contains("取自身份证号码"));
        officer.type(officer.field("householdRegion"), Platform.KAILI);
        officer.type(officer.field("desiredOccupations"), occupation);
        officer.type(officer.field("expectedMonthlyPay"), "-1");
        officer.type(officer.field("willingToMigrateTo"), "330000");
        officer.press(officer.button("登记新档案"));
        WebElement refused = officer.refusalOf("expectedMonthlyPay");
        assertTrue(refused.getText().matches(".*[\\u4e00-\\u9fff].*"), "the refusal is in Chinese: " + refused.getText());
        assertEquals("true", officer.field("expectedMonthlyPay").getDomAttribute("aria-invalid"));
        officer.capture("officer-register-refused");
        officer.type(officer.field("expectedMonthlyPay"), "4800");
        officer.press(officer.button("登记新档案"));
        officer.until("the new file's page opens", () -> officer.driver.getCurrentUrl().contains("created=1"));
        String workerId = idFrom(officer.driver.getCurrentUrl(), "/officer/files/");

        // she signs up; the officer hands her a one-time link code at the visit
        KeycloakSignUp.Account account = KeycloakSignUp.newPerson("console-worker");
        officer.press(officer.button("生成关联码"));
        String code = officer.visible(By.cssSelector("[data-testid='link-code']")).getText().trim();
        officer.capture("officer-labour-file");

        String claimId;
        try (ConsoleBrowser worker = new ConsoleBrowser(Screen.PHONE, FINDINGS);
                ConsoleBrowser hr = new ConsoleBrowser(Screen.DESKTOP, FINDINGS)) {
            worker.signIn(account.username(), account.password());
            worker.until("a new account is welcomed", () -> worker.driver.getCurrentUrl().endsWith("/welcome"));
            worker.capture("worker-welcome");
            worker.type(worker.field("code"), code);
            worker.press(worker.button("关联我的劳动力档案"));
            worker.until("the linked worker sees her own file", () -> worker.driver.getCurrentUrl().endsWith("/worker")
                    && worker.text().contains(name));
            worker.capture("worker-my-file");

            // HR publishes a caring job in Hangzhou; the form shows Zhejiang's floor and suggests codes
            hr.signIn("employer-demo", "demo");
            hr.open("/employer/postings/new");
            hr.type(hr.field("title"), "养老护理员（包吃住）");
            hr.until("occupation codes are suggested from the title", () -> hr.text().contains("选用"));
            hr.type(hr.field("occupationCode"), occupation);
            hr.choose(hr.field("jobType"), "CARING_JOB");
            hr.type(hr.field("workRegion"), Platform.HANGZHOU_XIHU);
            hr.until("the caring-job floor of Zhejiang is shown", () -> hr.present(By.cssSelector("[data-testid='posting-rule']"))
                    && hr.driver.findElement(By.cssSelector("[data-testid='posting-rule']")).getText().contains("4,500"));
            hr.type(hr.field("payMin"), "5200");
            hr.type(hr.field("payMax"), "6000");
            hr.type(hr.field("headcount"), "2");
            hr.tick(hr.field("accommodation"), true);
            hr.capture("employer-new-posting");
            hr.press(hr.button("发布"));
            hr.until("the posting is published", () -> hr.driver.getCurrentUrl().contains("created=open"));
            String postingId = idFrom(hr.driver.getCurrentUrl(), "/employer/postings/");
            hr.capture("employer-posting");

            // she sees it among her recommendations, with the reasons in Chinese, and applies
            By card = By.cssSelector("li[data-posting='" + postingId + "']");
            worker.open("/worker/jobs");
            for (int i = 0; i < 30 && !worker.present(card); i++) {
                Thread.sleep(1000);
                worker.open("/worker/jobs");
                worker.visible(By.tagName("h1"));
                Thread.sleep(300);
            }
            WebElement recommended = worker.visible(card);
            assertTrue(recommended.getText().contains("无必备技能") || recommended.getText().contains("与意向职业相同"),
                    "reasons in Chinese: " + recommended.getText());
            worker.capture("worker-recommendations");
            worker.press(recommended.findElement(By.cssSelector("button.primary")));
            worker.until("the application is taken", () -> worker.text().contains("已应聘"));

            // HR sees the applicant (masked) and offers
            hr.open("/employer/postings/" + postingId);
            WebElement applicant = hr.visible(By.cssSelector("li[data-application]"));
            hr.press(applicant.findElement(By.xpath(".//button[normalize-space()='发出录用']")));
            hr.until("the offer is sent", () -> hr.text().contains("已发出录用通知"));
            hr.open("/employer");
            hr.visible(By.cssSelector("table"));
            hr.capture("employer-postings");

            // she accepts on her phone, then claims the transport subsidy for the hire
            worker.open("/worker/applications");
            worker.press(worker.button("接受录用"));
            worker.until("the hire is made", () -> worker.text().contains("已接受录用"));
            worker.capture("worker-applications");
            worker.open("/worker/claims");
            WebElement hire = worker.field("employmentId");
            worker.type(worker.field("amount"), "650");
            worker.type(worker.field("evidence"), "K1234 凯里-杭州");
            assertTrue(!hire.getDomProperty("value").isEmpty(), "her hire is offered for the claim");
            worker.press(worker.button("提交申领"));
            worker.until("the claim is submitted", () -> worker.text().contains("申领已提交"));
            claimId = worker.visible(By.cssSelector("[data-claim]")).getDomAttribute("data-claim");
            worker.capture("worker-claims");
            worker.open("/worker/courses");
            worker.visible(By.tagName("h1"));
            worker.capture("worker-courses");
            // the offer and the hire came to her as messages too (worker-registry writes them from the events)
            for (int i = 0; i < 20; i++) {
                worker.open("/worker/messages");
                worker.until("her messages answer", () -> worker.present(By.cssSelector("[data-message], .plain, p")));
                if (worker.text().contains("恭喜您已被录用")) {
                    break;
                }
                Thread.sleep(500);
            }
            worker.until("her messages show the hire", () -> worker.text().contains("恭喜您已被录用"));
            assertTrue(worker.text().contains("录用"), "the offer among her messages");
            worker.capture("worker-messages");
        }

        // the officer finds her on the employed list, and approves and pays her claim
        // worker-registry learns of the hire from its event: the officer searches again until she is there
        By onTheList = By.cssSelector("a[href='/officer/files/" + workerId + "']");
        for (int i = 0; i < 30 && !officer.present(onTheList); i++) {
            officer.open("/officer/files?list=employed");
            officer.type(officer.field("name"), name);
            officer.focused().sendKeys(org.openqa.selenium.Keys.ENTER);
            officer.until("the list answers", () -> officer.present(By.cssSelector("table, .empty")));
            Thread.sleep(500);
        }
        officer.until("she is on the employed list", () -> officer.present(onTheList));
        officer.capture("officer-employed-list");
        // the claim waits until subsidy-service has learned of the hire, then it is the officer's to decide
        String claim = claimId;
        By approve = By.xpath("//button[normalize-space()='审核通过']");
        officer.open("/officer/claims/" + claim);
        for (int i = 0; i < 30 && !officer.present(approve); i++) {
            Thread.sleep(1000);
            officer.open("/officer/claims/" + claim);
            officer.visible(By.tagName("h1"));
        }
        officer.capture("officer-claim");
        officer.press(officer.button("审核通过"));
        officer.until("the claim is approved", () -> officer.text().contains("已办理：已通过"));
        officer.type(officer.field("paymentReference"), "PAY-" + claim.substring(0, 8));
        officer.press(officer.button("登记发放"));
        officer.until("the claim is paid, its trail shown", () -> officer.text().contains("已办理：已发放")
                && officer.text().contains("登记发放 · 已发放"));
        as(Tokens.officerKaili()).get("/api/v1/claims/" + claim).then().body("status", equalTo("PAID"));
        officer.open("/officer/claims");
        officer.visible(By.tagName("h1"));
        officer.capture("officer-claims-queue");
        // the county's transcript: her hire in Hangzhou is on its origin side, with a chart, ready to print
        officer.open("/officer/transcript");
        officer.visible(By.cssSelector("[data-testid='transcript']"));
        officer.until("the origin side counts the hire", () -> officer.text().contains("本地劳动力外出就业（按就业地）")
                && officer.text().contains("浙江省"));
        officer.visible(By.cssSelector("[data-testid='transcript'] canvas"));
        officer.until("the transcript has its rights section", () -> officer.text().contains("本地劳动力的维权案件"));
        officer.capture("officer-transcript");
        // the early warning as the county sees it: flagged employers employing its people, or none
        officer.open("/officer/warnings");
        officer.until("the flagged employers are listed", () -> officer.text().contains("用工预警企业")
                && (officer.present(By.tagName("table")) || officer.text().contains("目前没有预警企业")));
        officer.capture("officer-warnings");
    }

    @Test
    void aStaleEditIsShownAsAConflictAndTheLatestVersionCanBeLoaded() throws IOException {
        String id = as(Tokens.officerKaili()).body(Platform.labourFile("冲突 " + UUID.randomUUID().toString().substring(0, 6)))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        officer.open("/officer/files/" + id);
        officer.visible(By.cssSelector("[data-testid='file-version']"));
        // someone else changes the file after the officer read it
        as(Tokens.officerKaili()).header("If-Match", "\"1\"").body(Map.of("expectedMonthlyPay", 5100))
                .patch("/api/v1/workers/" + id).then().statusCode(200);
        officer.type(officer.field("name"), "冲突 改名");
        officer.press(officer.button("保存"));
        WebElement conflict = officer.visible(By.cssSelector(".problem.conflict"));
        assertTrue(conflict.getText().contains("已被他人修改"), conflict.getText());
        officer.capture("officer-conflict");
        officer.press(officer.button("重新读取最新版本"));
        officer.until("the latest version is loaded", () -> officer.driver.findElement(
                By.cssSelector("[data-testid='file-version']")).getText().equals("2"));
        officer.press(officer.button("保存"));
        officer.until("the change is saved over the latest version", () -> officer.text().contains("已保存，新版本 3"));
    }

    @Test
    void theDashboardShowsItsFiguresAndTheConsoleSwitchesToEnglish() throws Exception {
        long started = System.nanoTime();
        officer.open("/officer");
        officer.visible(By.cssSelector("[data-testid='dashboard'] canvas"));
        officer.until("the list figures are shown", () -> officer.text().contains("共"));
        long dashboardMs = (System.nanoTime() - started) / 1_000_000;
        officer.capture("officer-dashboard");
        System.out.printf("[console] dashboard data shown %d ms after opening /officer (local platform)%n", dashboardMs);

        officer.open("/officer/postings");
        officer.visible(By.tagName("h1"));
        officer.capture("officer-candidates");

        officer.press(officer.button("English"));
        try {
            officer.until("the menu is in English", () -> officer.text().contains("Dashboard") && officer.text().contains("Labour files"));
            officer.open("/officer/files/new");
            officer.type(officer.field("name"), "Test");
            officer.type(officer.field("idNumber"), ResidentIds.next());
            officer.type(officer.field("householdRegion"), Platform.KAILI);
            officer.type(officer.field("expectedMonthlyPay"), "-1");
            officer.press(officer.button("Register a labour file"));
            WebElement refused = officer.refusalOf("expectedMonthlyPay");
            assertTrue(refused.getText().contains("greater than or equal to 0"), "the refusal is in English: " + refused.getText());
            officer.capture("officer-register-english");
        } finally {
            // the officer's browser is shared by the other tests, which read Chinese
            officer.driver.executeScript("localStorage.setItem('laborlink.lang', 'zh')");
        }
        officer.open("/officer");
        officer.until("back in Chinese", () -> officer.text().contains("工作台"));

        printFirstLoadWeight();
    }

    @Test
    void hrRegistersAnEmployerTheOfficerVerifiesItAndTheAccountAdminInvitesAColleague() throws IOException {
        KeycloakSignUp.Account account = KeycloakSignUp.newPerson("console-hr");
        String employer = "凯里绣娘扶贫车间 " + UUID.randomUUID().toString().substring(0, 6);
        try (ConsoleBrowser hr = new ConsoleBrowser(Screen.DESKTOP, FINDINGS)) {
            hr.signIn(account.username(), account.password());
            hr.until("a new account is welcomed", () -> hr.driver.getCurrentUrl().endsWith("/welcome"));
            hr.type(hr.field("name"), employer);
            hr.type(hr.field("creditCode"), EmployerIT.creditCode());
            hr.type(hr.field("region"), Platform.KAILI);
            hr.press(hr.button("我是企业人事：登记我的企业"));
            hr.until("the registering person acts for the new employer", () -> hr.driver.getCurrentUrl().endsWith("/employer"));
            hr.visible(By.tagName("h1"));

            // the officer of Kaili finds it among the employers to verify, and verifies it
            officer.open("/officer/employers");
            By card = By.xpath("//li[h2[normalize-space()='" + employer + "']]");
            officer.visible(By.tagName("h1"));
            // the oldest registrations come first: earlier runs' employers may fill the first pages
            By more = By.xpath("//button[normalize-space()='加载更多']");
            By cards = By.cssSelector("ul.cards > li");
            for (int i = 0; i < 200 && !officer.present(card); i++) {
                int shown = officer.driver.findElements(cards).size();
                officer.press(officer.visible(more));
                officer.until("the next page", () -> officer.present(card) || officer.driver.findElements(cards).size() > shown);
            }
            WebElement pending = officer.visible(card);
            officer.capture("officer-employers");
            officer.press(pending.findElement(By.xpath(".//button[normalize-space()='核实通过']")));
            officer.until("the employer is verified", () -> officer.text().contains(employer + " 已核实"));

            // its account admin invites a colleague: the code is shown once, to hand over
            hr.open("/employer/colleagues");
            hr.type(hr.field("email"), "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn");
            hr.press(hr.button("邀请同事"));
            hr.until("the invitation's code is shown to hand over", () -> hr.text().contains("邀请码："));
            hr.capture("employer-colleagues");
            hr.open("/employer/claims");
            hr.visible(By.cssSelector("select[name='employmentId']"));
            hr.capture("employer-claims");
            // a claim without its hire is refused, and the refusal is shown
            hr.press(hr.button("提交申领"));
            hr.visible(By.cssSelector("form[aria-label='提交申领'] .problem, small.error[data-field='employmentId']"));
        }
    }

    /** The compressed size of the JS and CSS the first page load fetches, as sent and gzipped. */
    private static void printFirstLoadWeight() throws IOException, InterruptedException {
        String index = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher assets = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.(?:js|css))\"").matcher(index);
        long raw = 0;
        long gzipped = 0;
        long sent = 0;
        while (assets.find()) {
            HttpResponse<byte[]> plain = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + assets.group(1))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> compressed = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(Platform.GATEWAY + assets.group(1)))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            raw += plain.body().length;
            sent += compressed.body().length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(plain.body());
            }
            gzipped += out.size();
        }
        System.out.printf("[console] first load JS+CSS: %,d bytes, %,d bytes gzipped, %,d bytes as the gateway sends them%n",
                raw, gzipped, sent);
        assertTrue(raw > 0, "index.html names its scripts and styles");
        assertTrue(gzipped <= 300 * 1024, "compressed JS+CSS of the first load is at most 300 KB: " + gzipped);
    }

    private static String idFrom(String url, String prefix) {
        String rest = url.substring(url.indexOf(prefix) + prefix.length());
        return rest.replaceAll("[?#].*", "");
    }
}
