package org.govshare;

/**
 * Bad input from the caller: a value breaks a rule; the message names the field and the
 * rule (C++ {@code govshare::InvalidArgumentError}).
 */
public class InvalidArgumentException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public InvalidArgumentException(String message) {
    super(ErrorCode.INVALID_ARGUMENT, message);
  }

  /** For subclasses of a more specific kind. */
  protected InvalidArgumentException(ErrorCode code, String message) {
    super(code, message);
  }
}
