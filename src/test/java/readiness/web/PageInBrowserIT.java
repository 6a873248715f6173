package readiness.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in a real browser: Debian's chromium and chromium-driver, driven by Selenium, against a
 * started server. Screenshots go to target/screenshots. In CI (CI=true) a missing browser fails the
 * build; elsewhere the test is skipped with a message saying what to install.
 */
class PageInBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static ReadinessServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String missing = "the browser test needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver; .ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as(missing).isTrue();
        }
        Assumptions.assumeTrue(installed, missing);
        LiveRules rules = new LiveRules(Path.of("rules"));
        assertThat(rules.reload()).isTrue();
        server = new ReadinessServer(rules, "127.0.0.1", 0).start();
        base = "http://127.0.0.1:" + server.port();
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1440,2200",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void shot(String name) throws IOException {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebElement lastEntry(String section) {
        List<WebElement> entries = browser.findElements(By.cssSelector("#list-" + section + " .entry"));
        return entries.get(entries.size() - 1);
    }

    private static WebElement add(String section) {
        browser.findElement(By.id("add-" + section)).click();
        return lastEntry(section);
    }

    private static void type(WebElement entry, String field, String text) {
        WebElement input = entry.findElement(By.name(field));
        if (List.of("month", "date").contains(input.getAttribute("type"))) {
            // Date pickers take keystrokes in the browser's locale order; setting the value is what a pick does.
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, text);
        } else {
            input.clear();
            input.sendKeys(text);
        }
    }

    private static void choose(WebElement entry, String field, String value) {
        new Select(entry.findElement(By.name(field))).selectByValue(value);
    }

    /** Opens the page and loads a profile through its Import box, as a user pasting a file would. */
    private static void importProfile(String json) {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-education")));
        browser.findElement(By.cssSelector("#import summary")).click();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('import-text').value = arguments[0]", json);
        browser.findElement(By.id("import-load")).click();
    }

    private static WebElement card(String role) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report #role-" + role)));
    }

    @Test
    void aNurseManagerFillsTheFormSeesVerdictsImportsAProfileAndPlansWhatIf() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-education")));
        browser.findElement(By.id("f-id")).clear();
        browser.findElement(By.id("f-id")).sendKeys("c-2001");
        browser.findElement(By.id("f-name")).sendKeys("Avery Chen");
        type(browser.findElement(By.id("profile-form")), "asOf", "2026-11");
        WebElement bsn = add("education");
        choose(bsn, "degree", "BSN");
        type(bsn, "field", "nursing");
        choose(bsn, "status", "completed");
        type(bsn, "completed", "2012-05");
        WebElement mha = add("education");
        choose(mha, "degree", "MHA");
        type(mha, "field", "health administration");
        choose(mha, "status", "in-progress");
        type(mha, "expected", "2027-05");
        WebElement rn = add("licenses");
        choose(rn, "type", "RN");
        type(rn, "jurisdiction", "OH");
        choose(rn, "status", "active");
        type(rn, "expires", "2027-03-31");
        WebElement nclex = add("exams");
        choose(nclex, "name", "NCLEX-RN");
        type(nclex, "passed", "2012-07");
        WebElement cphq = add("certifications");
        choose(cphq, "code", "CPHQ");
        type(cphq, "earned", "2021-04");
        type(cphq, "expires", "2029-04");
        WebElement staff = add("experience");
        type(staff, "title", "Staff Nurse");
        choose(staff, "kind", "clinical");
        type(staff, "start", "2012-07");
        type(staff, "end", "2023-05");
        WebElement manager = add("experience");
        type(manager, "title", "Nurse Manager");
        type(manager, "start", "2023-06");
        type(manager, "directReports", "24");
        for (String skill : List.of("budgeting", "epic", "lean six sigma", "communication", "change management", "conflict resolution")) {
            browser.findElement(By.cssSelector("#skills input[value='" + skill + "']")).click();
        }

        // The job's kind is left out: the server's message appears beside that field.
        browser.findElement(By.id("assess")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        assertThat(error.getText()).isEqualTo("missing");
        assertThat(manager.findElement(By.name("kind")).getAttribute("aria-invalid")).isEqualTo("true");
        shot("01-validation");

        choose(manager, "kind", "management");
        browser.findElement(By.id("assess")).click();
        WebElement csd = card("clinical-services-director");
        assertThat(csd.getAttribute("data-verdict")).isEqualTo("NEARLY_READY");
        assertThat(csd.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("NEARLY READY");
        assertThat(browser.findElements(By.cssSelector("#report .role-card"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
        // The ladder is drawn with the candidate's rung marked and each rung's salary.
        WebElement current = csd.findElement(By.cssSelector("ol.ladder li.current"));
        assertThat(current.getText()).contains("Assistant Clinical Services Director").contains("you are here").contains("$80,000");
        assertThat(csd.findElements(By.cssSelector("ol.ladder li"))).hasSizeGreaterThan(2);
        // The timeline: a bar per step, the critical path marked.
        assertThat(csd.findElements(By.cssSelector(".timeline .step .bar"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(csd.findElements(By.cssSelector(".timeline .bar.critical"))).isNotEmpty();
        assertThat(csd.findElement(By.cssSelector(".timeline .axis")).getText()).contains("0");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        shot("02-report");

        // Import a shipped profile by pasting it.
        browser.findElement(By.cssSelector("#import summary")).click();
        String physician = Files.readString(Path.of("profiles/do-physician-leader.json"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('import-text').value = arguments[0]", physician);
        browser.findElement(By.id("import-load")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Loaded"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "Readiness report for"));
        String name = new com.fasterxml.jackson.databind.ObjectMapper().readTree(physician).path("name").asText();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), name));
        assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("#list-experience .entry"))).isNotEmpty();

        // Back to the nurse manager; plan finishing the MHA and renewing the license, one click each.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('import-text').value = arguments[0]",
                Files.readString(Path.of("profiles/nurse-manager-near-csd.json")));
        browser.findElement(By.id("import-load")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "Jordan Rivera"));
        csd = card("clinical-services-director");
        csd.findElement(By.cssSelector(".step[data-action-id='masters-degree'] button.plan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#whatif-result tr[data-role='clinical-services-director']")));
        card("clinical-services-director").findElement(By.cssSelector(".step[data-kind='renewal'] button.plan")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#planned li"), 2));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#whatif-result tr[data-role='clinical-services-director'][data-verdict-after='READY']")));
        assertThat(row.getAttribute("data-verdict-before")).isEqualTo("NEARLY_READY");
        assertThat(row.getText()).contains("NEARLY READY").contains("READY").contains("csd.education.masters");
        assertThat(browser.findElements(By.cssSelector("#whatif-result tr[data-role]"))).hasSize(2);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('whatif').scrollIntoView()");
        shot("03-what-if");
    }

    @Test
    void anImportedJobKeepsItsStatedLadderPositionSoThePageReportsWhatAssessDoes() throws Exception {
        // the stated position is the only thing that places this title ("Physician Lead") on the ladder
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var profile = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                Path.of("profiles/cases/i9-04-stated-position.json").toFile()).get("profile");
        profile.put("id", "stated-position").put("asOf", "2026-11-01").putArray("targetRoles").add("medical-director");
        importProfile(profile.toString());

        WebElement md = card("medical-director");

        assertThat(md.getAttribute("data-level")).isEqualTo("medical-director");
        assertThat(lastEntry("experience").findElement(By.name("position")).getAttribute("value")).isEqualTo("assistant-medical-director");
    }

    @Test
    void anImportedAsOfDayIsKeptSoALicenseThatLapsedThatMonthIsAGapAsInAssess() throws Exception {
        String profile = "{\"id\": \"mid-month\", \"asOf\": \"2026-11-15\", \"targetRoles\": [\"clinical-services-director\"],"
                + " \"licenses\": [{\"type\": \"RN\", \"expires\": \"2026-11-10\"}]}";
        importProfile(profile);

        WebElement csd = card("clinical-services-director");

        assertThat(browser.findElement(By.id("status")).getText()).contains("as of 2026-11-15");
        assertThat(csd.findElements(By.cssSelector("table.gaps tr[data-requirement='csd.license.clinical']"))).hasSize(1);
    }

    @Test
    void anImportedCertificationExpiryDayIsKeptSoACertificationThatLapsedIsAGapAsInAssess() throws Exception {
        String profile = "{\"id\": \"cert-day\", \"asOf\": \"2026-11-25\", \"targetRoles\": [\"clinical-services-director\"],"
                + " \"certifications\": [{\"code\": \"CPHQ\", \"earned\": \"2020-01\", \"expires\": \"2026-11-20\"}]}";
        importProfile(profile);

        WebElement csd = card("clinical-services-director");

        assertThat(lastEntry("certifications").findElement(By.name("expires")).getAttribute("value")).isEqualTo("2026-11-20");
        assertThat(csd.findElements(By.cssSelector("table.gaps tr[data-requirement='csd.certification.leadership-or-quality']"))).hasSize(1);
    }

    @Test
    void anImportedProfileWithTyposIsRefusedWithTheCliMessagesNotAssessedWithoutThem() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-education")));
        browser.findElement(By.cssSelector("#import summary")).click();
        java.util.Map<String, String> typos = new java.util.LinkedHashMap<>();
        typos.put("{\"id\": \"t\", \"skils\": [\"budgeting\"]}", "profile: skils: unknown field \"skils\" (did you mean \"skills\"?)");
        typos.put("{\"id\": \"t\", \"licenses\": [{\"type\": \"RN\", \"expiers\": \"2027-03-31\"}]}",
                "profile: licenses[0].expiers: unknown field \"expiers\" (did you mean \"expires\"?)");
        typos.put("{\"id\": \"t\", \"targetRoles\": [\"clinical-servces-director\"]}",
                "unknown role \"clinical-servces-director\" (did you mean \"clinical-services-director\"?)");
        for (var typo : typos.entrySet()) {
            ((JavascriptExecutor) browser).executeScript("document.getElementById('import-text').value = arguments[0]", typo.getKey());
            browser.findElement(By.id("import-load")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-form"), typo.getValue()));
            assertThat(browser.findElements(By.cssSelector("#report .role-card"))).as(typo.getKey()).isEmpty();
        }
    }

    @Test
    void thePrintedReportLeavesOutTheFormAndTheButtons() throws Exception {
        importProfile(Files.readString(Path.of("profiles/nurse-manager-near-csd.json")));
        card("clinical-services-director");
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));

            assertThat(browser.findElement(By.id("profile-form")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("download-md")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".step button.plan")).isDisplayed()).isFalse();
            assertThat(card("clinical-services-director").isDisplayed()).isTrue();
            shot("05-print");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    void onAPhoneTheVerdictsAndTheFormFitTheScreenWithoutScrollingSideways() throws Exception {
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            importProfile(Files.readString(Path.of("profiles/nurse-manager-near-csd.json")));
            WebElement verdict = card("clinical-director").findElement(By.cssSelector(".verdict"));
            JavascriptExecutor js = browser;

            long width = (Long) js.executeScript("return document.documentElement.clientWidth");
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
            assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", verdict)).doubleValue())
                    .as("the verdict badge is on screen").isLessThanOrEqualTo(width);
            js.executeScript("arguments[0].scrollIntoView()", verdict);
            shot("06-phone");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void theDownloadButtonsAndTheReportShowOnlyWhileTheyAreTheFormsReport() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-education")));
        assertThat(browser.findElement(By.id("download-md")).isDisplayed()).as("no report yet: nothing to download").isFalse();

        importProfile(Files.readString(Path.of("profiles/nurse-manager-near-csd.json")));
        card("clinical-services-director");
        assertThat(browser.findElement(By.id("download-md")).isDisplayed()).isTrue();

        // the form now holds a profile that cannot be assessed: the report above no longer belongs to it
        ((JavascriptExecutor) browser).executeScript("document.getElementById('import-text').value = arguments[0]",
                "{\"id\": \"t\", \"skils\": [\"budgeting\"]}");
        browser.findElement(By.id("import-load")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-form"), "unknown field \"skils\""));

        assertThat(browser.findElement(By.id("download-md")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#report .role-card"))).isEmpty();
    }


    @Test
    void clearEmptiesTheFormAndTakesAwayTheReportThatWasItsOwn() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-education")));
        importProfile(Files.readString(Path.of("profiles/nurse-manager-near-csd.json")));
        card("clinical-services-director");

        browser.findElement(By.id("clear")).click();

        assertThat(browser.findElement(By.id("f-id")).getAttribute("value")).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#report .role-card"))).as("the report of the profile cleared").isEmpty();
        assertThat(browser.findElement(By.id("download-md")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("Assessed");
    }
    @Test
    void anImportedValueAPickerCannotHoldIsKeptAndNamedBesideItsFieldAsAssessNamesIt() throws Exception {
        // a month picker set to "2020-13" empties itself: the page then said "missing", or assessed without the date
        importProfile("{\"id\": \"t\", \"asOf\": \"2026-11-01\", \"experience\": [{\"title\": \"Nurse\", \"kind\": \"clinical\", \"start\": \"2020-13\"}]}");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list-experience .field-error")));

        assertThat(error.getText()).isEqualTo("\"2020-13\" is not a valid month");
        assertThat(lastEntry("experience").findElement(By.name("start")).getAttribute("value")).isEqualTo("2020-13");

        importProfile("{\"id\": \"t\", \"asOf\": \"2026-11-01\", \"experience\": [{\"title\": \"Nurse\", \"kind\": \"clinical\", \"start\": \"2020-01\", \"directReports\": \"many\"}]}");
        error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list-experience .field-error")));

        assertThat(error.getText()).isEqualTo("expected a whole number");
        assertThat(browser.findElements(By.cssSelector("#report .role-card"))).isEmpty();

        // corrected in place, the kept field is a number again and the profile is assessed
        WebElement reports = lastEntry("experience").findElement(By.name("directReports"));
        reports.clear();
        reports.sendKeys("5");
        browser.findElement(By.id("assess")).click();
        card("clinical-services-director");
        assertThat(browser.findElements(By.cssSelector("#list-experience .field-error"))).isEmpty();
    }

    @Test
    void whatIfOnARenewalRenewsTheCredentialTheStepNames() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var nurse = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Path.of("profiles/nurse-manager-near-csd.json").toFile());
        // "RN" is inside "APRN": the step renews the APRN (lapsing first), not the RN listed before it
        nurse.set("licenses", json.readTree("[{\"type\": \"RN\", \"jurisdiction\": \"OH\", \"status\": \"active\", \"expires\": \"2030-03-31\"},"
                + " {\"type\": \"APRN\", \"jurisdiction\": \"OH\", \"status\": \"active\", \"expires\": \"2027-02-28\"}]"));
        importProfile(nurse.toString());
        WebElement renewal = card("clinical-services-director").findElement(By.cssSelector(".step[data-kind='renewal']"));
        assertThat(renewal.getAttribute("data-action")).contains("APRN license");
        renewal.findElement(By.cssSelector("button.plan")).click();

        WebElement planned = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#planned li code")));
        assertThat(planned.getText()).startsWith("{\"renew\":\"licenses[1]\"");

        // a MEDICAL license is a "medical license" in the step's words: it can be planned too
        var physician = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Path.of("profiles/do-physician-leader.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) physician.get("licenses").get(0)).put("expires", "2027-02-28");
        importProfile(physician.toString());
        WebElement medical = card("medical-director").findElement(By.cssSelector(".step[data-kind='renewal'][data-action*='medical license']"));
        medical.findElement(By.cssSelector("button.plan")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planned"), "{\"renew\":\"licenses[0]\""));
    }

    @Test
    void theSameStepPlannedFromTwoRolesCardsIsOneChange() throws Exception {
        importProfile(Files.readString(Path.of("profiles/nurse-manager-near-csd.json")));
        card("clinical-director").findElement(By.cssSelector(".step[data-action-id='masters-degree'] button.plan")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#whatif-result tr[data-role]")));
        card("clinical-services-director").findElement(By.cssSelector(".step[data-action-id='masters-degree'] button.plan")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "What-if with 1 planned change(s)."));
        assertThat(browser.findElements(By.cssSelector("#planned li"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#whatif-result tr[data-role]"))).hasSize(2);
    }

    @Test
    void aShorterStepInTheSameJobDoesNotShrinkALongerOneAlreadyPlanned() throws Exception {
        importProfile(Files.readString(Path.of("profiles/career-changer-no-degree.json")));
        WebElement csd = card("clinical-services-director");
        csd.findElement(By.cssSelector(".step[data-action-id='gain-experience'][data-months='70'] button.plan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "What-if with 1 planned change(s)."));

        csd.findElement(By.cssSelector(".step[data-action-id='gain-experience'][data-months='10'] button.plan")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Already planned"));
        assertThat(browser.findElements(By.cssSelector("#planned li"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#planned li code")).getText()).contains("\"months\":70");
    }

    @Test
    void reinstatingALapsedLicenseAndRecertifyingCanBePlannedAndCloseTheirGaps() throws Exception {
        importProfile(Files.readString(Path.of("profiles/nurse-with-expired-license.json")));
        WebElement csd = card("clinical-services-director");
        csd.findElement(By.cssSelector(".step[data-action-id='reinstate-license'] button.plan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "What-if with 1 planned change(s)."));
        card("clinical-services-director").findElement(By.cssSelector(".step[data-action-id='recertify'] button.plan")).click();

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#whatif-result tr[data-role='clinical-services-director']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "What-if with 2 planned change(s)."));
        assertThat(browser.findElement(By.id("planned")).getText()).contains("{\"renew\":\"licenses[0]\"").contains("{\"renew\":\"certifications[0]\"");
        row = browser.findElement(By.cssSelector("#whatif-result tr[data-role='clinical-services-director']"));
        assertThat(row.getText()).contains("csd.license.clinical").contains("csd.certification.leadership-or-quality");
    }

    @Test
    void anImportThatIsNotJsonIsNamedAtLineAndColumnInTheCliWords() throws Exception {
        String broken = "{\n  \"id\": \"t\",\n  \"licenses\": [ {\"type\": \"RN\"} }\n}";
        Path file = Files.writeString(Files.createTempFile("broken", ".json"), broken);
        String cli = readiness.cli.AssessCommandTest.run("assess", file.toString(), "--rules", "rules").err().strip();

        importProfile(broken);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "malformed JSON"));
        assertThat(browser.findElement(By.id("import-status")).getText())
                .isEqualTo("Not a JSON profile: " + cli.replace(file.toString(), "profile"))
                .startsWith("Not a JSON profile: profile:3:");
    }

    @Test
    void theCounselorViewShowsRolesRequirementsAndTheRuleVersion() throws Exception {
        browser.get(base + "/counselor");
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));

        assertThat(heading.getText()).isEqualTo("Roles and requirements");
        assertThat(browser.findElements(By.cssSelector("section.role"))).hasSize(5);
        assertThat(browser.findElement(By.id("rules-version")).getText()).matches("[0-9a-f]{12}");
        shot("04-counselor");
    }
}
