package org.govshare;

/**
 * A document (JSON) could not be parsed or does not match its format (C++ {@code
 * govshare::ParseError}). {@link #getPath()} says where, e.g. {@code
 * entries[3].items[1].type}; the message starts with the same path.
 */
public class ParseException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * An error at {@code path} inside the document.
   *
   * @param path the location, or "" when the document as a whole is at fault
   * @param message what is wrong (conventionally prefixed with the path)
   */
  public ParseException(String path, String message) {
    super(ErrorCode.PARSE, message);
    this.path = path == null ? "" : path;
  }

  /** The location inside the document, e.g. {@code entries[0].publish_date}; "" for the whole. */
  public String getPath() {
    return path;
  }
}
