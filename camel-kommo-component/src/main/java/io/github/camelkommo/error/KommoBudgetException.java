package io.github.camelkommo.error;

/**
 * The request was not sent because the account's request budget refused it: no permit came within the permit
 * timeout, or the account's circuit is open after a 403 and the cool-down has not ended.
 */
public class KommoBudgetException extends KommoException {

    public KommoBudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
