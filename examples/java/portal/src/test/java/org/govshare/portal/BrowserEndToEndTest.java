package org.govshare.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.govshare.Application;
import org.govshare.ApplicationStatus;
import org.govshare.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole sharing workflow in a real browser (Debian's headless Chromium through its
 * chromedriver, driven by Selenium) against the portal on a real port: 民政局's operator signs in,
 * searches the catalog for 人口 and applies for 户籍人口基本信息 with the scan uploaded (A20); the
 * bureau's reviewer accepts it (A21); 公安局's leader grants it (A22); the operator then calls the
 * data API from the entry page and sees the ID number masked (A8 scope, Filter). Before the grant
 * the same call is refused. A screenshot of every page goes to target/browser-screenshots.
 *
 * <p>Without Chromium or chromedriver this test fails (scripts/bootstrap.sh installs them); it
 * never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BrowserEndToEndTest {
  static final String CHROMIUM = System.getenv().getOrDefault("GOVSHARE_CHROMIUM", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getenv().getOrDefault("GOVSHARE_CHROMEDRIVER", "/usr/bin/chromedriver");
  static final String PURPOSE = "特困人员供养 户籍核实（浏览器测试）";

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  static WebDriver browser;
  static Path shots;
  static int shot;

  @LocalServerPort int port;
  @Autowired Platform platform;

  @BeforeAll
  static void startBrowser() throws IOException {
    for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(exe))) {
        fail(exe + " is not installed: the browser test needs Debian's chromium and chromium-driver "
            + "(scripts/bootstrap.sh installs them; GOVSHARE_CHROMIUM / GOVSHARE_CHROMEDRIVER name others)");
      }
    }
    shots = Path.of(System.getProperty("portal.screenshots", "target/browser-screenshots"));
    Files.createDirectories(shots);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,1000", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.quit();
  }

  @Test
  void applyAcceptGrantAndCallTheDataApi() throws IOException {
    long household = new Entries(platform).find("civil.op", SampleCity.HOUSEHOLD).getId();

    // 民政局's operator: sign in, search 人口, open the entry.
    signIn("civil.op");
    browser.findElement(By.linkText("资源目录")).click();
    WebElement q = browser.findElement(By.name("q"));
    q.sendKeys("人口");
    q.submit();
    waitForText("共");
    screenshot("catalog-search");
    String results = text();
    assertTrue(results.contains(SampleCity.HOUSEHOLD), results);
    assertTrue(!results.contains(SampleCity.MARKET_ENTITIES), "市场主体登记信息 does not match 人口: " + results);
    browser.findElement(By.linkText(SampleCity.HOUSEHOLD)).click();
    waitForText("申请使用");
    screenshot("entry");
    assertTrue(text().contains("公民身份号码、户籍地址"), "the masked items are shown");

    // Before a grant covering 户籍地址, the data API withholds it (A30: only the items authorized;
    // 民政局's seeded authorization covers 姓名 and 公民身份号码).
    String api = "/api/data/" + household + "?items=" + enc("公民身份号码") + "&items=" + enc("户籍地址")
        + "&purpose=" + enc("特困人员认定 2026-0917");
    browser.get(url(api));
    screenshot("data-api-before-grant");
    assertTrue(text().contains("{\"item\":\"户籍地址\",\"treatment\":\"withheld\""), text());
    assertTrue(!text().contains("\"户籍地址\":"), "no address in the records before the grant: " + text());

    // Apply, with the sealed form's scan uploaded.
    browser.get(url("/catalog/" + household));
    WebElement form = browser.findElement(By.cssSelector("form[action$='/apply']"));
    for (String item : List.of("公民身份号码", "户籍地址")) {
      form.findElement(By.cssSelector("input[name='items'][value='" + item + "']")).click();
    }
    form.findElement(By.id("purpose")).sendKeys(PURPOSE);
    form.findElement(By.id("legalDuty")).sendKeys("《特困人员认定办法》第十一条");
    Path scan = Files.createTempFile("使用申请表", ".pdf");
    Files.writeString(scan, "%PDF-1.4 使用申请表（盖章） 南通市民政局");
    form.findElement(By.id("scan")).sendKeys(scan.toAbsolutePath().toString());
    screenshot("apply-form");
    form.findElement(By.cssSelector("button[type='submit']")).click();
    waitForText(PURPOSE);
    screenshot("my-applications");
    assertTrue(text().contains("形式审查"), "the form-check step and its deadline are shown: " + text());
    Application a = application();
    assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
    assertEquals(Files.size(scan), a.getRequest().getScan().getSize(), "the uploaded scan's size reached the platform");
    assertEquals(List.of("公民身份号码", "户籍地址"), List.copyOf(a.getRequest().getItems()));
    signOut();

    // The bureau's reviewer accepts it (A21).
    signIn("reviewer");
    browser.get(url("/queue/form-check"));
    screenshot("form-check-queue");
    row(PURPOSE).findElement(By.xpath(".//button[text()='受理']")).click();
    waitForText("形式审查");
    screenshot("form-check-accepted");
    assertEquals(ApplicationStatus.ACCEPTED, application().getStatus());
    browser.get(url("/queue/catalog-review"));
    screenshot("catalog-review-queue");
    assertTrue(text().contains("没有待审核的目录"), text());
    signOut();

    // 公安局's leader grants it (A22).
    signIn("police.leader");
    browser.get(url("/queue/decisions"));
    screenshot("decision-queue");
    row(PURPOSE).findElement(By.xpath(".//button[text()='同意']")).click();
    waitForText("待答复");
    screenshot("granted");
    a = application();
    assertEquals(ApplicationStatus.GRANTED, a.getStatus());
    browser.get(url("/catalog/manage"));
    screenshot("catalog-manage");
    assertTrue(text().contains(SampleCity.HOUSEHOLD) && text().contains("申请撤销"), text());
    signOut();

    // The operator calls the data API from the entry page's form: the ID number arrives masked.
    signIn("civil.op");
    browser.get(url("/catalog/" + household));
    WebElement call = browser.findElement(By.cssSelector("form[action*='/api/data/']"));
    for (String item : List.of("公民身份号码", "户籍地址")) {
      call.findElement(By.cssSelector("input[name='items'][value='" + item + "']")).click();
    }
    call.findElement(By.id("dataPurpose")).sendKeys("特困人员认定 2026-0917");
    screenshot("data-api-form");
    call.findElement(By.cssSelector("button[type='submit']")).click();
    waitForText("records");
    screenshot("data-api-after-grant");
    String json = text();
    assertTrue(json.contains("320613********1232"), "the ID number masked: " + json);
    assertTrue(!json.contains("320613198506151232"), "never the ID number in clear: " + json);
    assertTrue(json.contains("\"authorizationId\":" + a.getAuthorizationId()), "the new authorization: " + json);
    assertTrue(json.contains("{\"item\":\"户籍地址\",\"treatment\":\"masked\""), "the address now delivered masked: " + json);
    assertTrue(json.contains("\"户籍地址\":"), json);
    assertTrue(!json.contains("江苏省南通市崇川区和平桥街道工农路17号"), "never the address in clear: " + json);
    // The delivery is in the usage log (A28).
    browser.get(url("/authorizations"));
    screenshot("authorizations");
    assertTrue(text().contains("本部门获得的授权"), text());
  }

  // --- helpers -------------------------------------------------------------------------------

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  void signIn(String user) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo2026");
    screenshot("login-" + user);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    waitForText("(" + user + ")");
  }

  void signOut() {
    browser.findElement(By.xpath("//header//button[text()='退出']")).click();
    waitForText("已退出");
  }

  static String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  static void waitForText(String s) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), s));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("timeout");
      fail("the page never showed \"" + s + "\"; it shows:\n" + text());
    }
  }

  /** The table row of the page that shows {@code s}. */
  static WebElement row(String s) {
    return browser.findElement(By.xpath("//tr[td[contains(., '" + s + "')]]"));
  }

  Application application() {
    return platform.sharing().applications("civil.op").stream()
        .filter(x -> x.getRequest().getPurpose().equals(PURPOSE)).findFirst().orElseThrow();
  }

  static void screenshot(String name) {
    try {
      Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.move(png, shots.resolve(String.format("%02d-%s.png", ++shot, name)), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
