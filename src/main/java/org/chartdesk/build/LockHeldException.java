package org.chartdesk.build;

import java.io.IOException;

/** Another live build holds the output folder; the message names it. */
public final class LockHeldException extends IOException {
  public LockHeldException(String holder) {
    super(holder, null);
  }
}
