package org.govshare;

import java.lang.ref.Cleaner;
import java.util.function.LongConsumer;

/**
 * The binding's release of C++ memory and its argument checks (package-private: used by the
 * SWIG-generated proxies, see bindings/java/swig/proxies.i).
 *
 * <p>Every proxy that owns C++ memory registers a {@link Cleaner} action when it is made: the
 * action frees the memory once the proxy is unreachable, or at once when {@code delete()} runs
 * it (a {@link Cleaner.Cleanable} runs at most once, so {@code delete()} is idempotent). The
 * action holds the pointer and the JNI delete function, never the proxy. No proxy has a
 * {@code finalize()}.
 */
final class NativeMemory {
  private static final Cleaner CLEANER = Cleaner.create();

  private NativeMemory() {}

  /** Frees one C++ object at most once; {@link #disown()} hands it to C++ instead. */
  static final class Release implements Runnable {
    private long pointer;
    private final LongConsumer free;

    Release(long pointer, LongConsumer free) {
      this.pointer = pointer;
      this.free = free;
    }

    @Override
    public void run() {
      long p;
      synchronized (this) {
        p = pointer;
        pointer = 0;
      }
      if (p != 0) {
        free.accept(p);
      }
    }

    /** C++ took the object over: nothing to free. */
    synchronized void disown() {
      pointer = 0;
    }
  }

  /** Registers the release of {@code pointer} by {@code free} once {@code proxy} is unreachable. */
  static Cleaner.Cleanable register(Object proxy, Release release) {
    return CLEANER.register(proxy, release);
  }

  /**
   * {@code value}, or a {@link NullPointerException} naming the parameter in Java terms
   * ({@code request must not be null}; a C++ name {@code entry_code} reads {@code entryCode}).
   */
  static <T> T nonNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(javaName(name) + " must not be null");
    }
    return value;
  }

  /** As {@link #nonNull}, for a {@code java.util.Optional} parameter. */
  static <T> java.util.Optional<T> nonNullOptional(java.util.Optional<T> value, String name) {
    if (value == null) {
      throw new NullPointerException(javaName(name) + " must not be null (Optional.empty() for none)");
    }
    return value;
  }

  /** {@code value} as UTF-8 bytes for JNI, or the {@link NullPointerException} of {@link #nonNull}. */
  static byte[] utf8(String value, String name) {
    return nonNull(value, name).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A C++ parameter name in Java's lowerCamelCase: {@code provider_code} -> {@code providerCode}. */
  static String javaName(String name) {
    StringBuilder s = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        upper = s.length() > 0;
        continue;
      }
      s.append(upper ? Character.toUpperCase(c) : c);
      upper = false;
    }
    return s.toString();
  }
}
