package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/api-java.md cannot rot: (a) every runnable snippet (a block fenced ```java, exactly)
 * is compiled with javax.tools and run in a fresh {@link GuideCity} — the preamble the
 * guide's "Runnable snippets" section describes; blocks fenced ```java fragment are shown
 * only; (b) every public method of Platform and its four facades is named in the guide.
 */
class ApiGuideTest {
  static final Path GUIDE = Path.of(System.getProperty("govshare.repo.root", "../.."), "docs", "api-java.md");

  /** The preamble every snippet runs after: the names the guide promises. */
  static final String IMPORTS = String.join("\n",
      "import org.govshare.*;",
      "import java.time.Duration;",
      "import java.time.Instant;",
      "import java.time.LocalDate;",
      "import java.time.ZoneId;",
      "import java.time.ZonedDateTime;",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "import java.util.Map;",
      "import java.util.Optional;",
      "import java.util.concurrent.ExecutorService;",
      "import java.util.concurrent.Executors;",
      "import java.util.concurrent.Future;",
      "import java.util.concurrent.TimeUnit;",
      "");

  record Snippet(int line, String heading, String code) {}

  static List<Snippet> snippets() throws Exception {
    List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
    List<Snippet> out = new ArrayList<>();
    String heading = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) heading = line.replaceFirst("^#+\\s*", "");
      if (!line.equals("```java")) continue;
      int start = i + 1;
      StringBuilder code = new StringBuilder();
      for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        code.append(lines.get(i)).append('\n');
      }
      out.add(new Snippet(start, heading, code.toString()));
    }
    return out;
  }

  static String source(String className, Snippet s) {
    return IMPORTS
        + "public class " + className + " {\n"
        + "  public static void run(GuideCity guideCity$) throws Exception {\n"
        + "    Platform p = guideCity$.p;\n"
        + "    String BUREAU = GuideCity.BUREAU, POLICE = GuideCity.POLICE, CIVIL = GuideCity.CIVIL;\n"
        + "    EntryRecord household = guideCity$.household;\n"
        + "    Authorization auth = guideCity$.auth;\n"
        + "// docs/api-java.md:" + s.line() + "\n"
        + s.code()
        + "  }\n"
        + "}\n";
  }

  /** Where the test classes and the binding's classes are: the snippets' classpath. */
  static String classpath() throws Exception {
    Set<String> parts = new TreeSet<>();
    for (Class<?> c : List.of(GovShare.class, GuideCity.class)) {
      parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  @TestFactory
  Stream<DynamicTest> everyRunnableSnippetCompilesAndRuns() throws Exception {
    List<Snippet> snippets = snippets();
    assertTrue(snippets.size() >= 10, "only " + snippets.size() + " runnable snippets in " + GUIDE);
    Path dir = Files.createTempDirectory("govshare-guide-");
    List<Path> sources = new ArrayList<>();
    for (int n = 0; n < snippets.size(); n++) {
      Path f = dir.resolve("GuideSnippet" + n + ".java");
      Files.writeString(f, source("GuideSnippet" + n, snippets.get(n)), StandardCharsets.UTF_8);
      sources.add(f);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "no system Java compiler (a JRE, not a JDK?)");
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = javac.getTask(diagnostics, files, null,
                                 List.of("-d", dir.toString(), "-classpath", classpath(), "-proc:none",
                                         "-encoding", "UTF-8", "-Xlint:-options"),
                                 null, units).call();
      // The message names the generated file; its line "// docs/api-java.md:N" says where the snippet is.
      assertTrue(ok, "the guide's snippets do not compile:\n" + diagnostics);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, GuideCity.class.getClassLoader());
    List<DynamicTest> tests = new ArrayList<>();
    for (int n = 0; n < snippets.size(); n++) {
      Snippet s = snippets.get(n);
      String name = "GuideSnippet" + n;
      tests.add(DynamicTest.dynamicTest("docs/api-java.md:" + s.line() + " (" + s.heading() + ")", () -> {
        Method run = loader.loadClass(name).getMethod("run", GuideCity.class);
        try (GuideCity city = new GuideCity()) {
          run.invoke(null, city);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw new AssertionError("docs/api-java.md:" + s.line() + " failed: " + e.getCause(), e.getCause());
        }
      }));
    }
    return tests.stream();
  }

  /** The public methods a user calls on a platform or a facade (not Object's). */
  static Set<String> publicMethodNames(Class<?> c) {
    return java.util.Arrays.stream(c.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getName)
        .filter(n -> !Set.of("equals", "hashCode", "toString").contains(n))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyPublicOperationOfThePlatformAndItsFacadesIsInTheGuide() throws Exception {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : List.of(Platform.class, CatalogService.class, SharingService.class, AccessService.class,
                              SupervisionService.class)) {
      for (String name : publicMethodNames(c)) {
        checked++;
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(guide);
        if (!m.find()) missing.add(c.getSimpleName() + "." + name);
      }
    }
    assertEquals(List.of(), missing, "public operations not named in " + GUIDE);
    assertTrue(checked > 100, "checked only " + checked);
  }
}
