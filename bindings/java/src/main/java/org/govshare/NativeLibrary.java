package org.govshare;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads the JNI library {@code govshare_jni}. The binding calls {@link #load()} itself
 * the first time any wrapper is used; applications never need to.
 *
 * <p>Where the library comes from, first match wins:
 *
 * <ol>
 *   <li>the file named by the system property {@value #PATH_PROPERTY}, if set;
 *   <li>the copy inside this jar, at {@code /org/govshare/native/<os>-<arch>/<library
 *       file>} (e.g. {@code linux-x86_64/libgovshare_jni.so}), extracted to a temporary
 *       file under {@code java.io.tmpdir} and loaded from there;
 *   <li>{@code System.loadLibrary("govshare_jni")}, i.e. {@code java.library.path}.
 * </ol>
 */
public final class NativeLibrary {
  /** System property naming the JNI library file to load instead of the jar's copy. */
  public static final String PATH_PROPERTY = "govshare.native.path";

  /** Base name of the JNI library ({@code libgovshare_jni.so} on Linux). */
  public static final String LIBRARY_NAME = "govshare_jni";

  private static boolean loaded;

  private NativeLibrary() {}

  /**
   * Loads the JNI library once per class loader; later calls do nothing.
   *
   * @throws UnsatisfiedLinkError when no source above yields a loadable library
   */
  public static synchronized void load() {
    if (loaded) {
      return;
    }
    String explicit = System.getProperty(PATH_PROPERTY);
    if (explicit != null && !explicit.isEmpty()) {
      System.load(new File(explicit).getAbsolutePath());
      loaded = true;
      return;
    }
    String resource = resourcePath();
    Throwable extractFailure = null;
    if (NativeLibrary.class.getResource(resource) != null) {
      try {
        loadFromJar(resource);
        loaded = true;
        return;
      } catch (IOException | UnsatisfiedLinkError e) {
        extractFailure = e; // e.g. a noexec temporary directory: try java.library.path
      }
    }
    try {
      System.loadLibrary(LIBRARY_NAME);
    } catch (UnsatisfiedLinkError e) {
      UnsatisfiedLinkError error =
          new UnsatisfiedLinkError(
              "cannot load the libgovshare JNI library: "
                  + (extractFailure != null
                      ? "loading " + resource + " from the jar failed (" + extractFailure + ")"
                      : "the jar has no " + resource + " for this platform")
                  + ", and " + e.getMessage()
                  + "; set -D" + PATH_PROPERTY + "=<path to " + System.mapLibraryName(LIBRARY_NAME)
                  + ">");
      if (extractFailure != null) {
        error.addSuppressed(extractFailure);
      }
      throw error;
    }
    loaded = true;
  }

  /** {@code <os>-<arch>} of this JVM as used in the jar, e.g. {@code linux-x86_64}. */
  public static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) {
      os = "linux";
    } else if (os.startsWith("mac") || os.startsWith("darwin")) {
      os = "macos";
    } else if (os.startsWith("windows")) {
      os = "windows";
    } else {
      os = os.replaceAll("[^a-z0-9]", "");
    }
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    switch (arch) {
      case "amd64":
      case "x86_64":
        arch = "x86_64";
        break;
      case "aarch64":
      case "arm64":
        arch = "aarch64";
        break;
      default:
        arch = arch.replaceAll("[^a-z0-9_]", "");
    }
    return os + "-" + arch;
  }

  /** Resource path of the JNI library for this platform inside the jar. */
  static String resourcePath() {
    return "/org/govshare/native/" + platform() + "/" + System.mapLibraryName(LIBRARY_NAME);
  }

  private static void loadFromJar(String resource) throws IOException {
    Path dir = Files.createTempDirectory("govshare-jni-");
    Path file = dir.resolve(System.mapLibraryName(LIBRARY_NAME));
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource " + resource + " disappeared");
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      System.load(file.toAbsolutePath().toString());
    } finally {
      // A loaded library stays mapped after its file is gone (POSIX), so nothing is
      // left behind even if the JVM is killed. Windows keeps a loaded DLL locked:
      // there the files go at exit.
      if (!tryDelete(file) || !tryDelete(dir)) {
        dir.toFile().deleteOnExit(); // runs after the file's (reverse order)
        file.toFile().deleteOnExit();
      }
    }
  }

  private static boolean tryDelete(Path path) {
    try {
      Files.deleteIfExists(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
