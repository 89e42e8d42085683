package org.govshare.portal;

import org.govshare.CatalogEntry;
import org.govshare.EntryRecord;
import org.govshare.NotFoundException;
import org.govshare.Platform;
import org.springframework.stereotype.Component;

/** Finds a catalog entry by its id or by the name of its published version. */
@Component
public class Entries {
  private final Platform platform;

  public Entries(Platform platform) {
    this.platform = platform;
  }

  /** {@code key}: an entry id (digits) or the name of a published entry; else NotFoundException. */
  public EntryRecord find(String actor, String key) {
    if (key.matches("\\d{1,18}")) return platform.catalog().getEntry(actor, Long.parseLong(key));
    for (EntryRecord r : platform.catalog().entries(actor)) {
      if (r.getLive().map(CatalogEntry::getName).filter(key::equals).isPresent()) return r;
    }
    throw new NotFoundException("目录中没有名为“" + key + "”的已发布资源");
  }

  public static String name(EntryRecord r) {
    return r.getLive().or(r::getWorking).map(CatalogEntry::getName).orElse("entry:" + r.getId());
  }
}
