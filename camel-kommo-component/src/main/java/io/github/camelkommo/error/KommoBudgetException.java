package io.github.camelkommo.error;

/**
 * The request was not sent because the account's request budget refused it: no permit came within the permit
 * timeout, or a pause after a 429 lasts longer than that. (While the circuit is open after a 403, requests fail with
 * {@link KommoForbiddenException} instead.)
 */
public class KommoBudgetException extends KommoException {

    public KommoBudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
