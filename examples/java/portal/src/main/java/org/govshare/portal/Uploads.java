package org.govshare.portal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.govshare.InvalidArgumentException;
import org.govshare.ScanDocument;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded scan as the platform keeps it (A20, A24, N21): its file name, SHA-256 and size —
 * never the file itself, which stays with the portal's document store.
 */
final class Uploads {
  private Uploads() {}

  /** The scan, or a 422 with {@code missing} when none was uploaded. */
  static ScanDocument requiredScan(MultipartFile file, String missing) throws IOException {
    return scan(file).orElseThrow(() -> new InvalidArgumentException(missing));
  }

  /** The scan, when one was uploaded. */
  static Optional<ScanDocument> scan(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) return Optional.empty();
    String name = file.getOriginalFilename() == null ? "scan" : file.getOriginalFilename();
    return Optional.of(ScanDocument.of(name, sha256(file), file.getSize()));
  }

  static String sha256(MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
