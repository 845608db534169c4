package cn.fundperf.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driving the application as a person would: it finds what it presses, fills and
 * reads by the words on the screen (button and link texts, field labels, column headers, option
 * labels), never by generated ids. A control a person could not name makes the test fail.
 * The words come from the message bundles ({@link #zh}, {@link #en}).
 */
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
        // leaving a page with unsaved changes asks (beforeunload): the tests leave on purpose
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    static String zh(String key, Object... arguments) {
        return MessageFormat.format(CHINESE.getString(key), arguments);
    }

    static String en(String key, Object... arguments) {
        return MessageFormat.format(ENGLISH.getString(key), arguments);
    }

    /** The bundle's text in the language the page is shown in. */
    String word(String key, Object... arguments) {
        Object lang = driver.executeScript("return document.documentElement.lang || '';");
        return String.valueOf(lang).startsWith("en") ? en(key, arguments) : zh(key, arguments);
    }

    // ---------------------------------------------------------------- navigation

    /** Opens a path as if typed into the address bar. */
    Browser open(String path) {
        driver.get(base + path);
        waitForAjax();
        return this;
    }

    Browser signIn(String username, String password) {
        open("/login.xhtml");
        if (!path().startsWith("/login.xhtml")) {
            signOut();   // someone is still signed in (a test that failed half-way): a person would sign out first
            open("/login.xhtml");
        }
        fill(word("login.username"), username);
        fill(word("login.password"), password);
        press(word("login.submit"));
        return this;
    }

    void signOut() {
        press(word("app.logout"));
    }

    // ---------------------------------------------------------------- pressing

    /** Presses the button or link showing exactly the text; waits for its ajax request or the next page. */
    void press(String text) {
        click(find("F.press(arguments[0])", text));
    }

    /** Follows the link showing exactly the text (links to the same place count as one). */
    void follow(String linkText) {
        click(find("F.link(arguments[0], false)", linkText));
    }

    /** The texts of the main menu's entries, in their order. */
    List<String> menu() {
        return strings("return F.menu().map(F.text);");
    }

    /** Clicks the main menu's entry showing exactly the text. */
    void fromMenu(String entry) {
        click(find("F.link(arguments[0], true)", entry));
    }

    /** The visible texts of the buttons on the page. */
    List<String> buttons() {
        return strings("return F.clickables().filter(e => !F.isLink(e)).map(F.text).filter(t => t);");
    }

    // ---------------------------------------------------------------- fields

    /** Types into the field with that label (or placeholder, or the text just before it in its form row). */
    void fill(String label, String text) {
        retrying(() -> type(find("F.editable(F.field(arguments[0]), arguments[0])", label), text, false));
    }

    /**
     * Chooses a file with the upload button showing the text, as the file dialog would. With
     * {@code browserCheck} false the page's own size check is switched off first, as a person
     * with the developer tools (or a script) could: then only the server stands in the way.
     */
    void attach(String buttonText, Path file, boolean browserCheck) {
        WebElement input = find("F.fileInput(arguments[0])", buttonText);
        if (!browserCheck) {
            run("const box = arguments[0].closest('[data-max-bytes]'); if (box) box.removeAttribute('data-max-bytes');", input);
        }
        input.sendKeys(file.toAbsolutePath().toString());
        waitForAjax();
    }

    /** Types into the field and leaves it, so that its change event (and its ajax update) fires. */
    void fillAndLeave(String label, String text) {
        retrying(() -> type(find("F.editable(F.field(arguments[0]), arguments[0])", label), text, true));
        waitForAjax();
    }

    /** Types into the input of a table row (1 = the first row) under the column header, and leaves it. */
    void fillInRow(int row, String columnHeader, String text) {
        retrying(() -> type(find("F.editable(F.cellInput(arguments[0], arguments[1]), arguments[1] + ' (row ' + arguments[0] + ')')", row, columnHeader),
                text, true));
        waitForAjax();
    }

    /** Chooses an option, by its label, of the drop-down in a table row (1 = the first row) under the column header. */
    void chooseInRow(int row, String columnHeader, String optionLabel) {
        retrying(() -> {
            find("F.cellMenu(arguments[0], arguments[1])", row, columnHeader).click();
            click(find("F.menuOption(arguments[0], arguments[1])", columnHeader, optionLabel));
        });
    }

    /** What a person sees to fill in a table row under the column header: "number", "date", "text", or "" for nothing to fill. */
    String fieldKindInRow(int row, String columnHeader) {
        return String.valueOf(run("return F.cellKind(arguments[0], arguments[1]);", row, columnHeader));
    }

    /** What stands in the input of a table row (1 = the first row) under the column header. */
    String valueInRow(int row, String columnHeader) {
        return find("F.cellInput(arguments[0], arguments[1])", row, columnHeader).getDomProperty("value");
    }

    /** Whether the field with that label accepts typing. */
    boolean editable(String label) {
        WebElement field = find("F.textInput(F.field(arguments[0]))", label);
        return field.getAttribute("readonly") == null && field.isEnabled();
    }

    /** Chooses an option, by its label, of the drop-down (PrimeFaces selectOneMenu) with that field label. */
    void choose(String fieldLabel, String optionLabel) {
        retrying(() -> {
            find("F.menu1(arguments[0])", fieldLabel).click();
            click(find("F.menuOption(arguments[0], arguments[1])", fieldLabel, optionLabel));
        });
    }

    /** Types words into the field with that label and picks, by its label, one of the suggestions that come up (PrimeFaces autoComplete). */
    void suggest(String fieldLabel, String words, String suggestionLabel) {
        retrying(() -> type(find("F.editable(F.field(arguments[0]), arguments[0])", fieldLabel), words, false));
        click(find("F.suggestion(arguments[0], arguments[1])", fieldLabel, suggestionLabel));
        waitForAjax();
    }

    /** Picks the radio button or checkbox with that label, wherever it is (it must be the only one). */
    void pick(String optionLabel) {
        click(find("F.option(null, arguments[0])", optionLabel));
    }

    /** Picks the radio button or checkbox with that label in the group with that label. */
    void pick(String groupLabel, String optionLabel) {
        click(find("F.option(arguments[0], arguments[1])", groupLabel, optionLabel));
    }

    /** Presses the button (or link) with that text in the only table row showing the row text. */
    void pressInRow(String rowText, String buttonText) {
        click(find("F.pressInRow(arguments[0], arguments[1])", rowText, buttonText));
    }

    /** Presses the button (or link) with that text in the only table row showing both texts. */
    void pressInRow(String rowText, String alsoText, String buttonText) {
        click(find("F.pressInRow(arguments[0], arguments[2], arguments[1])", rowText, alsoText, buttonText));
    }

    /** The value of the field with that label, as it stands in the field. */
    String value(String label) {
        return find("F.textInput(F.field(arguments[0]))", label).getAttribute("value");
    }

    /** Whether a heading or label with that text is inside the window now, without scrolling (after any scroll animation). */
    boolean onScreen(String text) {
        pause(800);
        return Boolean.TRUE.equals(run("return F.onScreen(arguments[0]);", text));
    }

    /**
     * Whether leaving the page now would ask "leave this page?" first: the page's own answer to the
     * browser's beforeunload question (the native dialog itself is accepted by this browser, see the
     * constructor, so that tests may leave pages on purpose).
     */
    boolean leavingWouldAsk() {
        waitForAjax();
        return Boolean.TRUE.equals(driver.executeScript(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    /** Ticks the selection box of the only table row showing the text. */
    void tickRow(String rowText) {
        click(find("F.rowBox(arguments[0])", rowText));
    }

    // ---------------------------------------------------------------- confirmation dialog

    /** The message of the open confirmation dialog. */
    String confirmText() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (String) run("return F.confirmText();"));
    }

    /** Answers the open confirmation dialog by its yes-button and waits for what that sends. */
    void confirm() {
        confirmText();
        click(find("F.confirmYes(arguments[0])", word("yes")));
    }

    // ---------------------------------------------------------------- reading

    /** The texts (or, for inputs, values) of the cells under the column header of the only table that has it. */
    List<String> column(String header) {
        Object result = run("const c = F.columnCells(arguments[0]); return c.error ? c : c.map(F.cellText);", header);
        if (result instanceof Map<?, ?> problem) {
            throw new AssertionError(problem.get("error"));
        }
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /** The items of the list shown under the heading (or the line of text) with that text. */
    List<String> listUnder(String heading) {
        Object result = run("return F.listUnder(arguments[0]);", heading);
        if (result instanceof Map<?, ?> problem) {
            throw new AssertionError(problem.get("error"));
        }
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /** The value shown after "label：" on the page (up to the next " · " or the end of its line). */
    String shown(String label) {
        Matcher m = Pattern.compile("(?:^|[\\s·])" + Pattern.quote(label) + "(?:\\s*[（(][^）)\\n]*[）)])?\\s*[：:]\\s*([^·\\n]*)", Pattern.MULTILINE).matcher(pageText());
        if (!m.find()) {
            throw new AssertionError("nothing shown as '" + label + "：…' on " + path() + "; page text:\n" + pageText());
        }
        return m.group(1).strip();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<String> messages() {
        return strings("return [...document.querySelectorAll('.ui-messages-error-summary, .ui-messages-warn-summary, .ui-messages-info-summary')]"
                + ".filter(F.visible).map(F.text);");
    }

    String title() {
        return driver.getTitle();
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /**
     * What a person would call broken on the page shown: an error page, a blank page, a missing text
     * ({@code ???key???}), a table column whose header shows but whose cells are all empty.
     */
    List<String> defects() {
        List<String> defects = new ArrayList<>();
        String where = path();
        String text = pageText();
        if (where.startsWith("/login.xhtml")) {
            defects.add(where + ": sent back to the sign-in page");
            return defects;
        }
        for (String key : List.of("error.general", "error.forbidden", "error.notFoundPage", "error.expired")) {
            if (text.contains(zh(key)) || text.contains(en(key))) {
                defects.add(where + ": error page (" + zh(key) + ")");
            }
        }
        if (title().startsWith(zh("error.title")) || title().startsWith(en("error.title")) || text.contains("HTTP Status")
                || text.contains("Internal Server Error")) {
            defects.add(where + ": error page (" + title() + ")");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) run("return F.summary();");
        String ownTitle = title().replace(" - " + zh("app.title"), "").replace(" - " + en("app.title"), "").strip();
        if (ownTitle.isEmpty()) {
            defects.add(where + ": blank page (no page title)");
        }
        if (String.valueOf(page.get("heading")).isBlank()) {
            defects.add(where + ": blank page (no heading)");
        }
        if (((Number) page.get("content")).intValue() < 20) {
            defects.add(where + ": blank page (almost no text: '" + page.get("contentText") + "')");
        }
        String everything = title() + "\n" + text + "\n" + page.get("hiddenTexts");
        Matcher missing = Pattern.compile("\\?\\?\\?[^?\\s]*(\\?\\?\\?)?").matcher(everything);
        while (missing.find()) {
            defects.add(where + ": missing text " + missing.group());
        }
        for (Object column : (List<?>) page.get("emptyColumns")) {
            defects.add(where + ": " + column);
        }
        return defects;
    }

    /** A screenshot the README shows: kept under docs/ of the project as well. */
    void screenshotForReadme(String name) {
        screenshot(name);
        try {
            Path docs = Path.of("..", "docs");
            Files.createDirectories(docs);
            Files.copy(Path.of("target", "screenshots", name + ".png"), docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    // ---------------------------------------------------------------- mechanics

    private void type(WebElement field, String text, boolean leave) {
        field.click();
        field.clear();
        // number inputs (AutoNumeric) may keep their value on clear(): select it all and type over it
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        if (leave) {
            field.sendKeys(Keys.TAB);
        }
    }

    /** Clicks and waits for what the click started: an ajax request, another page, or nothing. */
    private void click(WebElement element) {
        run("window.__fpPage = true; window.__fpLeaving = false; window.__fpSent = 0;"
                + "window.addEventListener('beforeunload', () => window.__fpLeaving = true);"
                + "if (window.jQuery) { jQuery(document).off('pfAjaxSend.fp').on('pfAjaxSend.fp', () => window.__fpSent++); }");
        // no click on a page still scrolling; an option of an open drop-down only scrolls its own list, since moving
        // the page moves the overlay away from where the click lands (Chromium 156)
        driver.executeScript("const e = arguments[0]; e.scrollIntoView({block: e.closest('.ui-selectonemenu-panel') ? 'nearest' : 'center'});",
                element);
        element.click();
        long quietSince = System.currentTimeMillis();
        long deadline = quietSince + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Map<?, ?> state;
            try {
                state = (Map<?, ?>) driver.executeScript("return {same: window.__fpPage === true, leaving: !!window.__fpLeaving, sent: window.__fpSent || 0,"
                        + " ready: document.readyState === 'complete',"
                        + " idle: !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()};");
            } catch (WebDriverException navigating) {
                pause(100);
                continue;
            }
            boolean same = Boolean.TRUE.equals(state.get("same"));
            boolean ready = Boolean.TRUE.equals(state.get("ready"));
            boolean idle = Boolean.TRUE.equals(state.get("idle"));
            if (!same && ready && idle) {
                return;                                    // another page, loaded
            }
            if (same && !Boolean.TRUE.equals(state.get("leaving"))) {
                boolean sent = ((Number) state.get("sent")).longValue() > 0;
                if (!idle) {
                    quietSince = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - quietSince > (sent ? 300 : 800)) {
                    return;                                // the ajax update is done, or nothing was sent
                }
            }
            pause(50);
        }
        throw new AssertionError("the page did not settle within 30 s after a click on " + path());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** An ajax update may replace an element between finding and typing: find it again and retry. */
    private void retrying(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitForAjax();
                action.run();
                return;
            } catch (WebDriverException e) {   // stale element, "node does not belong to the document"
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Runs a finder of the script library: it answers an element, or {error: why} which fails the test. */
    private WebElement find(String expression, Object... arguments) {
        waitForAjax();
        Object result = null;
        long deadline = System.currentTimeMillis() + 3_000;   // overlays (menu panels, dialogs) open with an animation
        do {
            result = run("return " + expression + ";", arguments);
            if (result instanceof WebElement element) {
                return element;
            }
            pause(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(result instanceof Map<?, ?> problem ? String.valueOf(problem.get("error")) : "nothing found by " + expression);
    }

    private List<String> strings(String script) {
        return ((List<?>) run(script)).stream().map(String::valueOf).toList();
    }

    private Object run(String script, Object... arguments) {
        return driver.executeScript(LIBRARY + "\n" + script, arguments);
    }

    /**
     * What a person sees, in JavaScript: which texts label which controls. Finders return an element
     * or {error: message naming the page and what is visible there}.
     */
    private static final String LIBRARY = """
            const F = {};
            F.norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            F.bare = s => F.norm(s).replace(/[\\s*：:]+$/, '').trim();
            F.visible = e => { if (!e || !(e.offsetWidth || e.offsetHeight || e.getClientRects().length)) return false;
                const s = getComputedStyle(e); return s.visibility !== 'hidden' && s.display !== 'none'; };
            F.text = e => F.norm(e.tagName === 'INPUT' ? e.value : e.innerText);
            F.page = () => location.pathname.replace(/^\\/[^/]+(?=\\/(app|public|login|error))/, '');
            F.fail = msg => ({error: msg + ' on ' + F.page()});
            F.list = xs => '[' + [...new Set(xs)].filter(x => x).join(', ') + ']';
            F.isLink = e => e.tagName === 'A' && !e.classList.contains('ui-button');
            F.clickables = () => [...document.querySelectorAll('button, a, input[type=submit], input[type=button], [role=button]')]
                .filter(e => F.visible(e) && !e.closest('.ui-selectonemenu, .ui-selectonemenu-panel, .ui-paginator'));
            F.disabled = e => e.disabled || e.classList.contains('ui-state-disabled') || e.getAttribute('aria-disabled') === 'true';
            F.same = xs => xs.length > 1 && xs.every(x => x.tagName === 'A' && x.href && !x.href.endsWith('#') && x.href === xs[0].href);
            F.press = t => {
                const all = F.clickables();
                let hits = all.filter(e => F.text(e) === t);
                const buttons = hits.filter(e => e.tagName === 'BUTTON' || e.tagName === 'INPUT');
                if (hits.length > 1 && buttons.length === 1) hits = buttons;   // a button beside a panel title or heading of the same words
                if (hits.length === 0) return F.fail('no button or link "' + t + '"; visible: ' + F.list(all.map(F.text)));
                if (hits.length > 1 && !F.same(hits)) return F.fail(hits.length + ' buttons or links show "' + t + '"');
                if (F.disabled(hits[0])) return F.fail('the button "' + t + '" is disabled');
                return hits[0];
            };
            F.menu = () => [...document.querySelectorAll('nav a')].filter(a => F.visible(a) && F.text(a));
            F.link = (t, inMenu) => {
                const all = inMenu ? F.menu() : F.clickables().filter(e => e.tagName === 'A'), hits = all.filter(e => F.text(e) === t);
                if (hits.length === 0) return F.fail('no ' + (inMenu ? 'menu entry' : 'link') + ' "' + t + '"; visible: ' + F.list(all.map(F.text)));
                if (hits.length > 1 && !F.same(hits)) return F.fail(hits.length + ' links show "' + t + '"');
                return hits[0];
            };
            F.ROOTS = '.ui-selectonemenu, .ui-selectoneradio, .ui-selectmanycheckbox, .ui-inputnumber, .ui-calendar, .ui-password';
            F.roots = () => {
                const roots = new Set();
                document.querySelectorAll('input, textarea, select').forEach(e => {
                    if (e.closest('.ui-selectonemenu-panel, .ui-datatable tbody, .ui-datatable thead, nav, .ui-paginator')) return;
                    const root = e.closest(F.ROOTS) || e, type = (e.type || '').toLowerCase();
                    if (root === e && ['hidden', 'checkbox', 'radio', 'submit', 'button', 'file', 'reset', 'image'].includes(type)) return;
                    if (F.visible(root)) roots.add(root);
                });
                return [...roots];
            };
            F.CONTROLS = 'input, textarea, select, button, a, .ui-button';
            F.labelOf = root => {
                const ids = new Set([root.id, ...[...root.querySelectorAll('[id]')].map(x => x.id)].filter(x => x));
                const labels = [...document.querySelectorAll('label[for]')]
                    .filter(l => !root.contains(l) && ids.has(l.getAttribute('for')) && F.visible(l)).map(l => F.bare(l.innerText));
                if (labels.length) return labels[0];
                const input = root.matches('input, textarea') ? root : root.querySelector('input:not([type=hidden]), textarea');
                if (input && input.getAttribute('placeholder') && !root.classList.contains('ui-selectonemenu')) return F.bare(input.getAttribute('placeholder'));
                if (root.classList.contains('ui-selectonemenu')) {
                    const none = root.querySelector('select option[value=""]');
                    if (none && F.bare(none.textContent) && F.bare(none.textContent) !== '—') return F.bare(none.textContent);
                }
                let n = root.previousSibling;
                while (n && ((n.nodeType === 3 && !n.textContent.trim()) || n.nodeType === 8 || (n.nodeType === 1 && !F.visible(n)))) n = n.previousSibling;
                if (!n) return null;
                if (n.nodeType === 3) return F.bare(n.textContent).length <= 60 ? F.bare(n.textContent) : null;
                if (n.matches(F.CONTROLS) || n.querySelector(F.CONTROLS)) return null;
                const t = F.bare(n.innerText);
                return t && t.length <= 60 ? t : null;
            };
            F.field = label => {
                const roots = F.roots(), hits = roots.filter(r => F.labelOf(r) === label);
                if (hits.length === 1) return hits[0];
                const labels = roots.map(F.labelOf), unlabelled = labels.filter(l => !l).length;
                if (hits.length > 1) return F.fail(hits.length + ' fields labelled "' + label + '"');
                return F.fail('no field labelled "' + label + '"; visible labels: ' + F.list(labels)
                    + (unlabelled ? ' and ' + unlabelled + ' field(s) without a visible label' : ''));
            };
            F.fileInput = t => {
                const hits = [...document.querySelectorAll('input[type=file]')].filter(i => {
                    for (let n = i.parentElement, up = 0; n && up < 3; n = n.parentElement, up++)
                        if (F.visible(n) && F.norm(n.innerText).startsWith(t)) return true;
                    return false;
                });
                if (hits.length === 1) return hits[0];
                return F.fail(hits.length + ' file choosers showing "' + t + '"');
            };
            F.textInput = root => root.error ? root : (root.matches('input, textarea') ? root : root.querySelector('input:not([type=hidden]), textarea')) || F.fail('not a text field');
            F.editable = (root, label) => {
                const input = F.textInput(root);
                if (input.error) return input;
                if (root.classList && (root.classList.contains('ui-selectonemenu') || root.classList.contains('ui-selectoneradio')))
                    return F.fail('"' + label + '" is a choice, not a text field');
                if (input.readOnly || input.disabled) return F.fail('the field "' + label + '" is read-only');
                return input;
            };
            F.menu1 = label => {
                const root = F.field(label);
                if (root.error) return root;
                if (!root.classList.contains('ui-selectonemenu')) return F.fail('"' + label + '" is not a drop-down');
                if (root.classList.contains('ui-state-disabled')) return F.fail('the drop-down "' + label + '" is disabled');
                return root;
            };
            F.matchOne = (items, t, what) => {
                let hits = items.filter(i => i.label === t);
                if (hits.length === 0) hits = items.filter(i => i.label.includes(t));
                if (hits.length === 1) return hits[0].element;
                if (hits.length === 0) return F.fail('no ' + what + ' "' + t + '"; shown: ' + F.list(items.map(i => i.label)));
                return F.fail(hits.length + ' ' + what + 's match "' + t + '": ' + F.list(hits.map(i => i.label)));
            };
            F.menuOption = (label, option) => {
                const panel = [...document.querySelectorAll('.ui-selectonemenu-panel')].filter(F.visible)[0];
                if (!panel) return F.fail('the drop-down "' + label + '" did not open');
                // a panel still fading in or being placed moves under the click (a loaded machine shows it)
                if (getComputedStyle(panel).opacity !== '1' || (window.jQuery && jQuery(panel).is(':animated'))) {
                    return F.fail('the drop-down "' + label + '" is still opening');
                }
                const box = panel.getBoundingClientRect(), seen = panel.__fpBox;
                panel.__fpBox = box.top + ',' + box.left;
                if (seen !== panel.__fpBox) return F.fail('the drop-down "' + label + '" is still moving');
                const items = [...panel.querySelectorAll('li.ui-selectonemenu-item')]
                    .map(li => ({element: li, label: F.norm(li.getAttribute('data-label') || li.innerText)}));
                return F.matchOne(items, option, 'option of "' + label + '"');
            };
            F.suggestion = (label, option) => {
                const panel = [...document.querySelectorAll('.ui-autocomplete-panel')].filter(F.visible)[0];
                if (!panel) return F.fail('no suggestions came up under "' + label + '"');
                const items = [...panel.querySelectorAll('li.ui-autocomplete-item')]
                    .map(li => ({element: li, label: F.norm(li.getAttribute('data-item-label') || li.innerText)}));
                return F.matchOne(items, option, 'suggestion under "' + label + '"');
            };
            F.groups = () => F.roots().filter(r => r.matches('.ui-selectoneradio, .ui-selectmanycheckbox'));
            F.option = (group, option) => {
                let groups = F.groups();
                if (group !== null) {
                    const named = groups.filter(g => F.labelOf(g) === group);
                    if (named.length !== 1) return F.fail((named.length ? named.length : 'no') + ' choice groups labelled "' + group
                        + '"; groups: ' + F.list(groups.map(g => F.labelOf(g) || '(no label)')));
                    groups = named;
                }
                const items = [];
                groups.filter(g => !g.classList.contains('ui-state-disabled')).forEach(g => g.querySelectorAll('label[for]').forEach(l => {
                    const input = document.getElementById(l.getAttribute('for'));
                    if (F.visible(l) && input && !input.disabled) items.push({element: l, label: F.norm(l.innerText)});
                }));
                return F.matchOne(items, option, 'choice');
            };
            F.tables = () => [...document.querySelectorAll('.ui-datatable')].filter(F.visible);
            F.own = (t, e) => e.closest('.ui-datatable') === t;
            F.headers = t => { const row = [...t.querySelectorAll('thead tr')].filter(r => F.own(t, r))[0];
                return row ? [...row.children].map(th => F.norm(th.innerText)) : []; };
            F.rows = t => [...t.querySelectorAll('tbody tr')].filter(r => F.own(t, r) && !r.classList.contains('ui-datatable-empty-message')
                && !r.classList.contains('ui-expanded-row-content') && F.visible(r));
            F.near = t => { const h = document.evaluate('preceding::*[self::h1 or self::h2 or self::h3 or self::h4][1]', t, null, 9, null).singleNodeValue;
                return h ? F.norm(h.innerText) : ''; };
            F.column = header => {
                const tables = F.tables(), hits = tables.filter(t => F.headers(t).includes(header));
                if (hits.length === 1) return {table: hits[0], index: F.headers(hits[0]).indexOf(header)};
                if (hits.length > 1) return F.fail(hits.length + ' tables have a column "' + header + '": under ' + F.list(hits.map(F.near)));
                return F.fail('no table column "' + header + '"; columns: ' + F.list(tables.flatMap(F.headers)));
            };
            F.columnCells = header => { const c = F.column(header); return c.error ? c : F.rows(c.table).map(r => r.children[c.index]); };
            F.cellText = td => { if (!td) return ''; const t = F.norm(td.innerText); if (t) return t;
                const input = td.querySelector('input:not([type=hidden]), textarea'); return input ? F.norm(input.value) : ''; };
            F.cellInput = (row, header) => {
                const c = F.column(header);
                if (c.error) return c;
                const rows = F.rows(c.table);
                if (row < 1 || row > rows.length) return F.fail('no row ' + row + ' in the table with column "' + header + '" (' + rows.length + ' rows)');
                const td = rows[row - 1].children[c.index];
                const input = td && [...td.querySelectorAll('input:not([type=hidden]), textarea')].filter(F.visible)[0];
                return input || F.fail('no field in row ' + row + ' under "' + header + '"');
            };
            F.cell = (row, header) => {
                const c = F.column(header);
                if (c.error) return c;
                const rows = F.rows(c.table);
                if (row < 1 || row > rows.length) return F.fail('no row ' + row + ' in the table with column "' + header + '" (' + rows.length + ' rows)');
                return rows[row - 1].children[c.index];
            };
            F.cellMenu = (row, header) => {
                const td = F.cell(row, header);
                if (td.error) return td;
                const menu = td.querySelector('.ui-selectonemenu');
                if (!menu) return F.fail('no drop-down in row ' + row + ' under "' + header + '"');
                if (menu.classList.contains('ui-state-disabled')) return F.fail('the drop-down in row ' + row + ' under "' + header + '" is disabled');
                return menu;
            };
            F.cellKind = (row, header) => {
                const td = F.cell(row, header);
                if (td.error) return td.error;
                const visible = [...td.querySelectorAll('.ui-inputnumber, .ui-calendar, input:not([type=hidden]), textarea')].filter(F.visible);
                if (!visible.length) return '';
                const first = visible[0];
                return first.matches('.ui-inputnumber') || first.closest('.ui-inputnumber') ? 'number'
                    : first.matches('.ui-calendar') || first.closest('.ui-calendar') ? 'date' : 'text';
            };
            F.rowBox = text => {
                const box = r => r.querySelector('.ui-selection-column .ui-chkbox-box, .ui-selection-column .ui-chkbox, .ui-selection-column [role=checkbox]');
                const shown = F.tables().flatMap(F.rows).filter(r => F.norm(r.innerText).includes(text)), rows = shown.filter(box);
                if (rows.length === 1) return box(rows[0]);
                return F.fail((rows.length ? rows.length : 'no') + ' table rows with a selection box show "' + text + '"'
                    + (shown.length ? ' (' + shown.length + ' without: ' + shown[0].outerHTML.substring(0, 300) + ')' : ''));
            };
            F.pressInRow = (text, t, also) => {
                const rows = F.tables().flatMap(F.rows).filter(r => F.norm(r.innerText).includes(text) && (!also || F.norm(r.innerText).includes(also)));
                if (rows.length !== 1) return F.fail((rows.length || 'no') + ' table rows show "' + text + '"');
                const hits = [...rows[0].querySelectorAll('button, a')].filter(e => F.visible(e) && F.text(e) === t);
                if (hits.length !== 1) return F.fail((hits.length || 'no') + ' buttons "' + t + '" in the row showing "' + text + '"');
                return hits[0];
            };
            F.onScreen = t => [...document.querySelectorAll('h1, h2, h3, h4, .ui-panel-title, label, legend')]
                .filter(e => F.visible(e) && F.norm(e.innerText).includes(t))
                .some(e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
            F.dialog = () => [...document.querySelectorAll('.ui-confirm-dialog, .ui-confirmdialog')].filter(F.visible)[0];
            F.confirmText = () => { const d = F.dialog(); const m = d && d.querySelector('.ui-confirm-dialog-message, .ui-confirmdialog-message');
                return m ? F.norm(m.innerText) : null; };
            F.confirmYes = yes => { const d = F.dialog(); if (!d) return F.fail('no confirmation dialog is open');
                const all = [...d.querySelectorAll('button')].filter(F.visible), hit = all.filter(b => F.text(b) === yes)[0];
                return hit || F.fail('the confirmation dialog has no button "' + yes + '"; buttons: ' + F.list(all.map(F.text))); };
            F.listUnder = heading => {
                const all = [...document.querySelectorAll('h1, h2, h3, h4, h5, p, strong, span, div, label')].filter(e => F.visible(e) && F.bare(e.innerText) === F.bare(heading));
                if (!all.length) return F.fail('no heading "' + heading + '"');
                const list = document.evaluate('following::*[self::ul or self::ol][1]', all[all.length - 1], null, 9, null).singleNodeValue;
                return list ? [...list.querySelectorAll('li')].filter(F.visible).map(F.text) : [];
            };
            F.empty = td => !td || (!F.norm(td.innerText) && !td.querySelector('input:not([type=hidden]), textarea, select, button, a, img, .pi, .ui-chkbox'));
            F.summary = () => {
                const main = document.querySelector('main') || document.body;
                const heading = [...main.querySelectorAll('h1, h2')].filter(F.visible).map(F.text).filter(t => t)[0] || '';
                const crumbs = [...main.querySelectorAll('.ui-breadcrumb')].map(F.text).join(' ');
                const content = F.norm(main.innerText).length - heading.length - crumbs.length;
                const hidden = [...document.querySelectorAll('[placeholder], [title], option, [data-label]')]
                    .map(e => (e.getAttribute('placeholder') || '') + ' ' + (e.getAttribute('title') || '') + ' ' + (e.getAttribute('data-label') || '') + ' ' + (e.tagName === 'OPTION' ? e.textContent : ''))
                    .join('\\n');
                const emptyColumns = [];
                F.tables().forEach(t => { const rows = F.rows(t); if (!rows.length) return;
                    F.headers(t).forEach((h, i) => { if (h && rows.every(r => F.empty(r.children[i])))
                        emptyColumns.push('column "' + h + '" of the table under "' + F.near(t) + '" is empty in all ' + rows.length + ' rows'); }); });
                return {heading: heading, content: content, contentText: F.norm(main.innerText).substring(0, 200), hiddenTexts: hidden, emptyColumns: emptyColumns};
            };
            """;
}
