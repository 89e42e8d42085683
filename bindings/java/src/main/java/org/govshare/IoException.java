package org.govshare;

/** A file could not be read or written (C++ {@code govshare::IoError}). */
public class IoException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public IoException(String message) {
    super(ErrorCode.IO, message);
  }
}
