package org.govshare.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The providers' records, as the data API reads them: a stand-in for a provider's front database
 * or API (resources/sample/records.json). Read-only after startup, so safe to share between threads.
 * The records never reach a user except through {@code Filter} or {@code Compare}.
 */
@Component
public class SampleRecords {
  private final Map<String, ArrayNode> byEntry = new LinkedHashMap<>();
  /** The same as JSON text, written once: the data API passes it to Filter on every request. */
  private final Map<String, String> textByEntry = new LinkedHashMap<>();
  private final JsonMapper json = JsonMapper.builder().build();

  public SampleRecords() throws IOException {
    try (InputStream in = new ClassPathResource("sample/records.json").getInputStream()) {
      JsonNode root = json.readTree(in);
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        if (e.getValue().isArray()) {
          byEntry.put(e.getKey(), (ArrayNode) e.getValue());
          textByEntry.put(e.getKey(), json.writeValueAsString(e.getValue()));
        }
      }
    }
  }

  /** The provider's records of an entry as a JSON array (empty when the source has none). */
  public String recordsJson(String entryName) {
    return textByEntry.getOrDefault(entryName, "[]");
  }

  /** The provider's record whose key item (its first) has {@code key}, as a JSON object. */
  public Optional<String> recordJson(String entryName, String keyItem, String key) {
    ArrayNode records = byEntry.get(entryName);
    if (records == null || key == null) return Optional.empty();
    for (JsonNode r : records) {
      JsonNode v = r.get(keyItem);
      if (v != null && key.equals(v.asString())) return Optional.of(json.writeValueAsString(r));
    }
    return Optional.empty();
  }

  public JsonNode parse(String text) {
    return json.readTree(text);
  }

  public List<String> entryNames() {
    return new ArrayList<>(byEntry.keySet());
  }
}
