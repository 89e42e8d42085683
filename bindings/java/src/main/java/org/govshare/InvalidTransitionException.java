package org.govshare;

/** A state machine refused the requested transition (C++ {@code govshare::InvalidTransitionError}). */
public class InvalidTransitionException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public InvalidTransitionException(String message) {
    super(ErrorCode.INVALID_TRANSITION, message);
  }
}
