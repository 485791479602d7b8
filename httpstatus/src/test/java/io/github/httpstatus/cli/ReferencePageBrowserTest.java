package io.github.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.httpstatus.StatusCode;
import io.github.httpstatus.UnofficialCode;
import io.github.httpstatus.search.SearchHit;
import io.github.httpstatus.search.StatusSearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the generated reference page in Debian's headless Chromium and uses it as a reader would:
 * searching, following deep links, filtering by class, and checking that the page's JavaScript
 * search ranks exactly as {@link StatusSearch} does. The browser and its driver are named by path,
 * so Selenium never looks for or downloads either.
 */
class ReferencePageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target");

    private static ChromeDriver driver;
    private static Path profile;
    private static String url;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them with: apt-get update && apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        Path page = Files.createDirectories(TARGET.resolve("reference-page-test")).resolve("httpstatus.html");
        Files.writeString(page, ReferencePage.html(), StandardCharsets.UTF_8);
        url = page.toAbsolutePath().toUri().toString();
        profile = Files.createTempDirectory("httpstatus-chromium");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @BeforeEach
    void openThePage() {
        driver.get("about:blank");
        driver.get(url);
        waitUntil("the script ran", () -> Boolean.TRUE.equals(
                driver.executeScript("return document.documentElement.classList.contains('js')")));
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    private static WebElement query() {
        return driver.findElement(By.id("query"));
    }

    private static List<String> resultCodes() {
        return driver.findElements(By.cssSelector("#results [role=option]")).stream()
                .map(option -> option.getAttribute("data-code")).collect(Collectors.toList());
    }

    private static List<WebElement> visibleCards() {
        return driver.findElements(By.cssSelector(".card")).stream().filter(WebElement::isDisplayed)
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "typing \"{0}\" lists {1} first")
    @CsvSource({
        "rate limit, 429", "not found, 404", "no content, 204", "teapot, 418", "unprocessable entity, 422",
        "redirect, 307", "429, 429", "maintenance, 503", "forbiden, 403"})
    void typingAQueryListsTheCodeMeantFirst(String text, String code) {
        query().sendKeys(text);
        assertThat(resultCodes()).first().isEqualTo(code);
        assertThat(driver.findElement(By.id("announce")).getText()).endsWith("found.");
        assertThat(query().getAttribute("aria-expanded")).isEqualTo("true");
        // Only the cards that matched stay on the page.
        assertThat(visibleCards()).extracting(card -> card.getAttribute("data-code"))
                .containsExactlyInAnyOrderElementsOf(resultCodes());
    }

    @Test
    void pageSearchRanksExactlyAsStatusSearch() {
        List<String> queries = List.of("429", "499", "4xx", "5XX", "http 503", "470", "6xx", "rate limit",
                "redirect", "redirects", "redirection", "redirected", "temporary", "temporarily", "no content",
                "not found", "404 not found", "404 500", "teapot", "teapto", "I'm a teapot", "unprocessable entity",
                "TOO_MANY_REQUESTS", "SC_MOVED_TEMPORARILY", "request-entity-too-large", "maintenance",
                "maintenence", "validation", "login", "auth", "perm", "websocket", "legal", "upstream",
                "gateway timeout", "timeout", "4xx timeout", "forbiden", "permission denied", "too large",
                "the", "what is the rate limit", "retries", "throttling", "cache", "proxy credentials",
                "request idle waiting", "client closed", "retry-after", "x-forwarded-for", "zzzz", "", "  ",
                "caf\u00e9", "\u00dcnauthorized", "</script>", "a'b\"c");
        for (String text : queries) {
            List<String> expected = StatusSearch.search(text).stream()
                    .map(ReferencePageBrowserTest::describe).collect(Collectors.toList());
            List<?> hits = (List<?>) driver.executeScript("return window.httpstatusSearch(arguments[0])", text);
            List<String> actual = new ArrayList<>();
            for (Object hit : hits) {
                Map<?, ?> map = (Map<?, ?>) hit;
                actual.add(((Number) map.get("code")).intValue() + " " + map.get("match"));
            }
            assertThat(actual).as("query \"%s\"", text).isEqualTo(expected);
        }
    }

    private static String describe(SearchHit hit) {
        return hit.status().code() + " " + hit.match().name();
    }

    @Test
    void deepLinkScrollsToAndHighlightsTheCard() {
        driver.get("about:blank");
        driver.get(url + "#429");
        waitUntil("card 429 is chosen", () -> "429".equals(
                driver.executeScript("var c = document.querySelector('.card.chosen'); return c && c.id;")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("429");
        Boolean inView = (Boolean) driver.executeScript(
                "var r = document.getElementById('429').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;");
        assertThat(inView).isTrue();
    }

    @Test
    void choosingAResultPutsItsCodeInTheUrl() {
        query().sendKeys("teapot", Keys.ENTER);
        waitUntil("the fragment names 418", () -> driver.getCurrentUrl().endsWith("#418"));
        query().sendKeys(Keys.ESCAPE);
        query().sendKeys("redirect");
        assertThat(resultCodes()).startsWith("307", "308", "300");
        query().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(query().getAttribute("aria-activedescendant")).isEqualTo("result-308");
        query().sendKeys(Keys.ENTER);
        waitUntil("the fragment names 308", () -> driver.getCurrentUrl().endsWith("#308"));
        waitUntil("card 308 is chosen", () -> driver.findElement(By.id("308")).getAttribute("class").contains("chosen"));
    }

    @Test
    void clickingACardsCodeChoosesIt() {
        driver.findElement(By.cssSelector("#title-503 a")).click();
        waitUntil("the fragment names 503", () -> driver.getCurrentUrl().endsWith("#503"));
        waitUntil("card 503 is chosen", () -> driver.findElement(By.id("503")).getAttribute("class").contains("chosen"));
    }

    @Test
    void classFilterShowsOnlyThatClass() {
        driver.findElement(By.cssSelector("[data-filter='4']")).click();
        long clientErrors = Stream.of(StatusCode.values()).filter(s -> s.code() / 100 == 4).count()
                + Stream.of(UnofficialCode.values()).filter(u -> u.code() / 100 == 4).count();
        assertThat(visibleCards()).hasSize((int) clientErrors)
                .allMatch(card -> "4".equals(card.getAttribute("data-class")));
        assertThat(driver.findElement(By.cssSelector("[data-filter='4']")).getAttribute("aria-pressed")).isEqualTo("true");

        driver.findElement(By.cssSelector("[data-filter='unofficial']")).click();
        assertThat(visibleCards()).hasSize(UnofficialCode.values().length)
                .allMatch(card -> "unofficial".equals(card.getAttribute("data-kind")));

        driver.findElement(By.cssSelector("[data-filter='all']")).click();
        assertThat(visibleCards()).hasSize(StatusCode.values().length + UnofficialCode.values().length);
    }

    @Test
    void slashFocusesTheSearchAndEscapeClearsIt() {
        driver.findElement(By.tagName("h1")).click();
        driver.switchTo().activeElement().sendKeys("/");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("query");
        query().sendKeys("gateway");
        assertThat(resultCodes()).isNotEmpty();
        query().sendKeys(Keys.ESCAPE);
        assertThat(query().getAttribute("value")).isEmpty();
        assertThat(resultCodes()).isEmpty();
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(visibleCards()).hasSize(StatusCode.values().length + UnofficialCode.values().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzzz"})
    void nothingMatchedIsAnnounced(String text) {
        query().sendKeys(text);
        assertThat(resultCodes()).isEmpty();
        assertThat(driver.findElement(By.id("announce")).getText()).isEqualTo("Nothing matched.");
        assertThat(visibleCards()).isEmpty();
    }

    @Test
    void pageLogsNoErrorAndLooksRight() throws IOException {
        query().sendKeys("rate limit");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, TARGET.resolve("reference-page.png"), StandardCopyOption.REPLACE_EXISTING);
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
        assertThat(errors).as("browser console").isEmpty();
    }
}
