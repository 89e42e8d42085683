package org.govshare.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govshare.*}: where the platform lives and how it starts.
 *
 * @param path a SQLite file, or a {@code postgresql://} URI (docs/deployment.md)
 * @param simulatedTime empty: the system clock; an ISO time (2026-09-01T09:00:00+08:00) starts a
 *     new platform on a simulated clock (demonstrations and tests; a file remembers it)
 * @param seed seed the sample city when the platform is not initialized yet
 * @param readConnections the handle's pooled read connections
 */
@ConfigurationProperties("govshare")
public record GovShareProperties(String path, String simulatedTime, Boolean seed, Integer readConnections) {
  public GovShareProperties {
    if (path == null || path.isBlank()) path = "govshare-portal.db";
    if (simulatedTime == null) simulatedTime = "";
    if (seed == null) seed = true;
    if (readConnections == null) readConnections = 4;
  }
}
