package org.laborlink.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's chromium and chromedriver) on the console the gateway serves, driven with
 * the keyboard only: every field is reached with Tab and filled by typing, every button pressed with Enter, so a test
 * that passes proves the story can be done without a mouse. Screenshots and axe-core's findings per page are kept.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("laborlink.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("laborlink.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("laborlink.console.screenshots", "target/console-screenshots"));
    static final Path AXE = Path.of(System.getProperty("laborlink.console.axe",
            "../gateway/src/main/webui/node_modules/axe-core/axe.min.js"));
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A screen the console is used on: a phone held upright, or an office computer. */
    record Screen(int width, int height, boolean mobile) {
        static final Screen PHONE = new Screen(360, 740, true);
        static final Screen DESKTOP = new Screen(1366, 768, false);
    }

    /** What axe-core found serious or critical on one page. */
    record Finding(String page, String rule, String impact, String help, String where) {
    }

    /** Pages axe-core checked in this run, and its lesser (moderate, minor) findings: printed, not failed on. */
    static final java.util.concurrent.atomic.AtomicInteger AUDITED = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger RULES_PASSED = new java.util.concurrent.atomic.AtomicInteger();
    static final List<Finding> LESSER = java.util.Collections.synchronizedList(new ArrayList<>());

    final ChromeDriver driver;
    private final Screen screen;
    private final Path profile;
    private final List<Finding> findings;

    ConsoleBrowser(Screen screen, List<Finding> findings) throws IOException {
        this.screen = screen;
        this.findings = findings;
        this.profile = Files.createTempDirectory("laborlink-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--user-data-dir=" + profile, "--window-size=" + Screen.DESKTOP.width() + "," + Screen.DESKTOP.height());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        use(screen);
    }

    /** Sets the viewport (and, for a phone, touch and a device pixel ratio of 2). */
    void use(Screen s) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", s.width(), "height", s.height(),
                "deviceScaleFactor", s.mobile() ? 2 : 1, "mobile", s.mobile()));
    }

    void open(String path) {
        driver.get(Platform.GATEWAY + path);
    }

    /** Signs in on Keycloak's own page (reached from the console's sign-in button) and waits for the console. */
    void signIn(String username, String password) {
        open("/");
        press(visible(By.xpath("//button[normalize-space()='登录' or normalize-space()='Sign in']")));
        type(visible(By.id("username")), username);
        type(visible(By.id("password")), password);
        focused().sendKeys(Keys.ENTER);
        visible(By.cssSelector("header .who"));
    }

    WebElement visible(By by) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw failed(by + " visible", e);
        }
    }

    /** Waits until the condition holds (re-reading the page as it changes). */
    void until(String what, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> condition.get());
        } catch (TimeoutException e) {
            throw failed(what, e);
        }
    }

    /** A failed expectation with the page as it was: its address, its text and a screenshot beside the others. */
    private AssertionError failed(String what, Exception cause) {
        String shot = "failed-" + System.currentTimeMillis() + ".png";
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(shot), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            shot = "(no screenshot)";
        }
        String console;
        try {
            console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(e -> e.getLevel() + " " + e.getMessage()).collect(java.util.stream.Collectors.joining("\n"));
        } catch (RuntimeException e) {
            console = "(no console log)";
        }
        return new AssertionError("expected: " + what + "\non " + driver.getCurrentUrl() + " (" + shot + ") the page says:\n"
                + text() + "\nthe browser's console:\n" + console, cause);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Moves the focus with Tab (Shift+Tab when the target lies behind it in the page) until it is on the element. */
    void focus(WebElement target) {
        for (int i = 0; i < 3000; i++) {
            WebElement current = focused();
            if (target.equals(current)) {
                return;
            }
            boolean ahead = Boolean.TRUE.equals(driver.executeScript("const [from, to] = arguments;"
                    + " return from === document.body || !!(from.compareDocumentPosition(to) & Node.DOCUMENT_POSITION_FOLLOWING);",
                    current, target));
            current.sendKeys(ahead ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        throw new AssertionError("cannot reach " + describe(target) + " with the keyboard on " + driver.getCurrentUrl());
    }

    /** Tabs to a field and types into it (what it held is selected and replaced). */
    void type(WebElement field, String text) {
        focus(field);
        focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            focused().sendKeys(text);
        }
    }

    /** Tabs to a button or link and presses Enter. */
    void press(WebElement button) {
        focus(button);
        focused().sendKeys(Keys.ENTER);
    }

    /** Tabs to a check box and ticks or unticks it with the space bar. */
    void tick(WebElement box, boolean on) {
        focus(box);
        if (box.isSelected() != on) {
            focused().sendKeys(Keys.SPACE);
        }
    }

    /** Tabs to a drop-down and moves through its options with the arrow keys until the value is chosen. */
    void choose(WebElement select, String value) {
        focus(select);
        for (Keys arrow : List.of(Keys.ARROW_DOWN, Keys.ARROW_UP)) {
            for (int i = 0; i < 40 && !value.equals(select.getDomProperty("value")); i++) {
                focused().sendKeys(arrow);
            }
        }
        assertTrue(value.equals(select.getDomProperty("value")), "cannot choose " + value + " in " + describe(select));
    }

    WebElement field(String name) {
        return visible(By.cssSelector("[name='" + name + "']"));
    }

    WebElement button(String text) {
        return visible(By.xpath("//button[normalize-space()='" + text + "'] | //a[normalize-space()='" + text + "']"));
    }

    /** The refusal the page shows beside a field, once there is one. */
    WebElement refusalOf(String field) {
        return visible(By.cssSelector("small.error[data-field='" + field + "']"));
    }

    /**
     * Keeps screenshots of the page on a phone and on an office screen, and runs axe-core on it (WCAG 2 A and AA):
     * its serious and critical violations are collected.
     */
    void capture(String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        driver.executeScript("window.scrollTo(0, 0)"); // the page as it opens, not where the focus last scrolled it
        for (Screen s : List.of(Screen.PHONE, Screen.DESKTOP)) {
            use(s);
            settle();
            Files.write(SCREENSHOTS.resolve(page + "-" + s.width() + "x" + s.height() + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        }
        use(screen);
        settle();
        audit(page);
    }

    @SuppressWarnings("unchecked")
    private void audit(String page) throws IOException {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => ({ id: v.id, impact: v.impact,
                      help: v.help, where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') })) }))
                  .catch(e => done({ passes: 0, violations: [{ id: 'axe-failed', impact: 'critical', help: String(e), where: '' }] }));""");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        AUDITED.incrementAndGet();
        RULES_PASSED.addAndGet(((Number) result.get("passes")).intValue());
        for (Map<String, Object> v : violations) {
            String impact = String.valueOf(v.get("impact"));
            Finding finding = new Finding(page, String.valueOf(v.get("id")), impact, String.valueOf(v.get("help")),
                    String.valueOf(v.get("where")));
            (impact.equals("serious") || impact.equals("critical") ? findings : LESSER).add(finding);
        }
    }

    /** Lets charts and layout follow a new viewport before a screenshot. */
    private void settle() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }

    /** The page's text; read again when the page was replaced while it was read (a navigation still landing). */
    String text() {
        for (int attempt = 1;; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static String describe(WebElement e) {
        try {
            return "<" + e.getTagName() + " name=" + e.getDomAttribute("name") + "> " + e.getText();
        } catch (RuntimeException gone) {
            return String.valueOf(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<Finding> findings() {
        return new ArrayList<>();
    }
}
