package io.github.camelkommo.error;

import org.apache.camel.CamelException;

/**
 * Base of every failure the kommo component reports. A failed bulk write carries a {@link KommoWriteOutcome} that
 * says which items were written before the failure and which were not.
 */
public class KommoException extends CamelException {

    private transient KommoWriteOutcome writeOutcome;

    public KommoException(String message) {
        super(message);
    }

    public KommoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What a bulk write had written when it failed, or {@code null} when the failure was not part of a write. */
    public KommoWriteOutcome getWriteOutcome() {
        return writeOutcome;
    }

    public void setWriteOutcome(KommoWriteOutcome writeOutcome) {
        this.writeOutcome = writeOutcome;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return writeOutcome == null ? message : message + " (" + writeOutcome.summary() + ")";
    }
}
