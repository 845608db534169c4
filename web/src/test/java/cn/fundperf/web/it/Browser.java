package cn.fundperf.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium driving the application as a person would, with the words of its bundles. */
final class Browser implements AutoCloseable {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("cn.fundperf.web.i18n.Messages", Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("cn.fundperf.web.i18n.Messages", Locale.ENGLISH);

    private final ChromeDriver driver;
    private final String base;
    private final Path userData;

    Browser(URL base) throws IOException {
        this.base = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        this.userData = Files.createTempDirectory("fundperf-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(200));
    }

    static String zh(String key, Object... arguments) {
        return MessageFormat.format(CHINESE.getString(key), arguments);
    }

    static String en(String key, Object... arguments) {
        return MessageFormat.format(ENGLISH.getString(key), arguments);
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    Browser signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        clickAndWait("login:submit");
        return this;
    }

    void signOut() {
        clickAndWait("userMenu:logout");
    }

    void type(String id, String text) {
        retrying(() -> {
            WebElement field = driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        });
    }

    /** An ajax update may replace an element between finding and typing: find it again and retry. */
    private void retrying(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitForAjax();
                action.run();
                return;
            } catch (org.openqa.selenium.WebDriverException e) {   // stale element, "node does not belong to the document"
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void clickAndWait(String id) {
        WebElement element = driver.findElement(By.id(id));
        element.click();
        waitUntilGone(element);
    }

    /**
     * Waits until the page that held the element is replaced. Chromium sometimes answers a query on
     * the old node with an inspector error instead of "stale element": that means gone, too.
     */
    private void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Clicks an ajax button and waits until PrimeFaces has no request in flight. */
    void clickAjax(String id) {
        driver.findElement(By.id(id)).click();
        waitForAjax();
    }

    void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its visible label. */
    void choose(String menuId, String label) {
        driver.findElement(By.id(menuId)).click();
        WebElement option = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']")));
        option.click();
    }

    /** Clicks every element the selector finds (e.g. the first choice of each radio group). */
    void clickEach(String cssSelector) {
        for (WebElement element : driver.findElements(By.cssSelector(cssSelector))) {
            element.click();
        }
    }

    /** Clicks the first element the selector finds, waiting for it to become clickable. */
    void clickCss(String cssSelector) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
    }

    /** Clicks a label (checkbox, radio) by its visible text. */
    void tick(String labelText) {
        driver.findElement(By.xpath("//label[contains(normalize-space(.), '" + labelText + "')]")).click();
    }

    /** Ticks the selection box of the data table row that shows the text. */
    void tickRow(String tableId, String rowText) {
        driver.findElement(By.xpath("//*[@id='" + tableId + "']//tr[contains(., '" + rowText + "')]//div[contains(@class,'ui-chkbox-box')]")).click();
        waitForAjax();
    }

    /** Answers the global confirmation dialog with yes and waits for the request it sends. */
    void confirm() {
        clickCss(".ui-confirmdialog-yes");
        waitForAjax();
    }

    /** Follows the link that shows the text. */
    void follow(String linkText) {
        WebElement link = driver.findElement(By.xpath("//a[contains(normalize-space(.), '" + linkText + "')]"));
        link.click();
        waitUntilGone(link);
    }

    int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    /** Types into a field and leaves it, so that change events (and their ajax updates) fire. */
    void typeAndLeave(String id, String text) {
        retrying(() -> {
            WebElement field = driver.findElement(By.id(id));
            field.clear();
            // number inputs (AutoNumeric) may keep their value on clear(): select it all and type over it
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text, org.openqa.selenium.Keys.TAB);
        });
        waitForAjax();
    }

    List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    boolean hasElementEndingWith(String idSuffix) {
        return !driver.findElements(By.cssSelector("[id$='" + idSuffix + "']")).isEmpty();
    }

    String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getAttribute(name);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<String> messages() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary, .ui-messages-warn-summary, .ui-messages-info-summary"))
                .stream().map(WebElement::getText).toList();
    }

    String title() {
        return driver.getTitle();
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
