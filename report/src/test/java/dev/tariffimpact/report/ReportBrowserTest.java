package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tariffimpact.batch.Aggregate;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the report of the bundled demo batch in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, driven by Selenium) from a file:// URL and checks what a reader sees: no
 * console error, every chart drawn with a size, the headline and table numbers equal to the batch
 * aggregates to the cent, and a screenshot that is not blank (kept in {@code
 * target/browser-test/}). Skipped with a message when Chromium is absent, except under {@code
 * CI=true}, where it fails.
 */
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path OUT = Path.of("target", "browser-test");

  private static ChromeDriverService service;
  private static ChromeDriver browser;

  @BeforeAll
  static void startChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why =
          "Chromium or chromedriver missing ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install chromium chromium-driver (.ci/run does)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true and " + why);
      }
      Assumptions.assumeTrue(false, "browser test skipped: " + why);
    }
    Files.createDirectories(OUT);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the flags this machine needs: no sandbox as root, and no background calls to the network
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1100,1500",
        "--user-data-dir=" + Files.createTempDirectory("report-chromium").toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  private static List<LogEntry> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  @Test
  void theConsoleErrorCheckSeesAnError() throws IOException {
    // a control: a page that does log an error must be caught, or the next test proves nothing
    Path bad = OUT.resolve("control-error.html");
    Files.writeString(bad, "<!DOCTYPE html><title>x</title><img src=\"missing-file.png\">");
    browser.get(bad.toAbsolutePath().toUri().toString());
    assertThat(consoleErrors()).isNotEmpty();
  }

  @Test
  void demoReportRendersWithTheBatchNumbers() throws IOException {
    DemoBatch demo = DemoBatch.get();
    Report report = demo.report();
    Path html = OUT.resolve("demo-report.html");
    report.writeHtml(html);
    browser.manage().logs().get(LogType.BROWSER); // drop entries of earlier pages
    browser.get(html.toAbsolutePath().toUri().toString());

    assertThat(browser.getTitle()).isEqualTo(report.title());
    assertThat(consoleErrors()).as("console errors").isEmpty();

    // every chart is drawn with a size, and every bar of a non-zero value too
    List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart-figure svg.chart"));
    assertThat(charts).hasSize(report.figures().size()).hasSizeGreaterThanOrEqualTo(6);
    for (WebElement svg : charts) {
      assertThat(svg.getRect().getWidth()).as(svg.getAttribute("id")).isGreaterThan(300);
      assertThat(svg.getRect().getHeight()).as(svg.getAttribute("id")).isGreaterThan(100);
    }
    for (Figure f : report.figures()) {
      long nonZero = 0;
      for (int r = 0; r < f.table().size(); r++) {
        for (String key : f.seriesKeys()) {
          BigDecimal v = f.table().number(r, key);
          nonZero += v != null && v.signum() != 0 ? 1 : 0;
        }
      }
      Object drawn =
          browser.executeScript(
              "return Array.from(document.getElementById(arguments[0]).querySelectorAll('rect'))"
                  + ".filter(r => { const b = r.getBoundingClientRect();"
                  + " return b.width > 0.5 && b.height > 0.5; }).length;",
              f.id() + "-svg");
      // bars plus the chart and plot backgrounds and legend swatches
      assertThat(((Number) drawn).longValue()).as(f.id()).isGreaterThanOrEqualTo(nonZero + 1);
    }

    // the headline and tables hold the batch aggregates, to the cent
    for (String currency : List.of("USD", "INR")) {
      String part = "#part-" + currency.toLowerCase(java.util.Locale.ROOT);
      Aggregate before = demo.total(DemoBatch.BASE, currency);
      Aggregate after = demo.total(DemoBatch.COMPARE, currency);
      assertThat(kpi(part, "duty-before")).isEqualTo(before.duty());
      assertThat(kpi(part, "duty-after")).isEqualTo(after.duty());
      assertThat(kpi(part, "customs-value")).isEqualTo(before.customsValue());
      assertThat(kpi(part, "charges-change")).isEqualTo(after.delta());
      assertThat(kpi(part, "rate-before")).isEqualTo(before.effectiveRate());
      assertThat(kpi(part, "rate-after")).isEqualTo(after.effectiveRate());
      assertThat(kpi(part, "lines")).isEqualTo(BigDecimal.valueOf(after.lines()));
      Map<String, String> dutyBefore = column(part + "-duty-change-by-category", "duty_before");
      Map<String, String> dutyAfter = column(part + "-duty-change-by-category", "duty_after");
      Map<String, String> rateAfter = column(part + "-rate-by-origin", "rate_after");
      int checked = 0;
      for (Aggregate a : demo.result.aggregates()) {
        if (!a.currency().equals(currency)) {
          continue;
        }
        boolean isBase = a.scenario().equals(DemoBatch.BASE);
        boolean isCompare = a.scenario().equals(DemoBatch.COMPARE);
        if (a.category() != null && (isBase || isCompare)) {
          String shown = (isBase ? dutyBefore : dutyAfter).get(a.category());
          assertThat(number(shown)).as(a.category()).isEqualTo(a.duty());
          checked++;
        }
        if (a.origin() != null && isCompare) {
          assertThat(number(rateAfter.get(a.origin()))).isEqualTo(a.effectiveRate());
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(4);
    }

    // a screenshot of the top of the report: not blank (many colours, much ink)
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve("report-screenshot.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        ink += rgb == 0xffffff ? 0 : 1;
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat(ink)
        .as("non-white pixels")
        .isGreaterThan(image.getWidth() * image.getHeight() / 200);
  }

  @Test
  void printsOnA4Pages() throws IOException {
    Path html = OUT.resolve("demo-report.html");
    DemoBatch.get().report().writeHtml(html);
    browser.get(html.toAbsolutePath().toUri().toString());
    Map<String, Object> pdf =
        browser.executeCdpCommand(
            "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(OUT.resolve("demo-report.pdf"), bytes);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher box =
        java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
    int pages = 0;
    while (box.find()) {
      pages++;
      // A4 is 210 x 297 mm = 595.3 x 841.9 points
      assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.3, within(1.0));
      assertThat(Double.parseDouble(box.group(2))).isCloseTo(841.9, within(1.0));
    }
    assertThat(pages).isGreaterThan(2);
  }

  /** A headline figure as the page shows it, thousands separators removed. */
  private static BigDecimal kpi(String part, String key) {
    return number(
        browser.findElement(By.cssSelector(part + " .kpi[data-key='" + key + "'] .num")).getText());
  }

  /** A table column keyed by its first column's text. */
  private static Map<String, String> column(String figureId, String key) {
    Map<String, String> out = new java.util.HashMap<>();
    for (WebElement row :
        browser.findElements(
            By.cssSelector("table[data-table='" + figureId.substring(1) + "'] tbody tr"))) {
      List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
      String name = cells.get(0).getText();
      out.put(
          name.equals("(none)") ? "" : name,
          row.findElement(By.cssSelector("[data-key='" + key + "']")).getText());
    }
    assertThat(out).as(figureId).isNotEmpty();
    return out;
  }

  private static BigDecimal number(String shown) {
    assertThat(shown).isNotNull().doesNotContain("n/a");
    return new BigDecimal(shown.replace(",", "").replace("+", ""));
  }
}
