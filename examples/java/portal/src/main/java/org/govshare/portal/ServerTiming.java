package org.govshare.portal;

import java.util.Locale;

/**
 * The W3C {@code Server-Timing} header of a data API answer: how long each stage of the request
 * took in the controller (finding the entry, {@code Decide}, reading the source, {@code Filter},
 * parsing the delivered records) and in all ({@code app}), in milliseconds. Browsers' developer
 * tools show it beside the network timing; the load test (DataApiLoadTest) adds it up to say
 * where a request's time goes. Not thread-safe: one per request.
 */
final class ServerTiming {
  static final String HEADER = "Server-Timing";

  private final long start = System.nanoTime();
  private long last = start;
  private final StringBuilder header = new StringBuilder();

  /** Ends the stage begun at the previous lap (or at construction). */
  void lap(String name, String description) {
    long now = System.nanoTime();
    append(name, description, now - last);
    last = now;
  }

  /** The stages so far and {@code app}, the controller's whole time. */
  String header() {
    StringBuilder out = new StringBuilder(header);
    if (out.length() > 0) out.append(", ");
    out.append("app;desc=\"controller\";dur=").append(millis(System.nanoTime() - start));
    return out.toString();
  }

  private void append(String name, String description, long nanos) {
    if (header.length() > 0) header.append(", ");
    header.append(name).append(";desc=\"").append(description).append("\";dur=").append(millis(nanos));
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
