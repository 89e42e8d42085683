// Uses the Maven-installed govshare jar (no -Djava.library.path).
import org.govshare.Catalog;
import org.govshare.GovShare;

public class JavaConsumer {
  public static void main(String[] args) {
    Catalog catalog = GovShare.loadCatalogFile(args[0]);
    var findings = GovShare.validateCatalog(catalog);
    System.out.println("govshare " + GovShare.version() + ": " + catalog.getEntries().size()
        + " entries, " + findings.size() + " findings");
    System.exit(GovShare.hasErrors(findings) || catalog.getEntries().isEmpty() ? 1 : 0);
  }
}
