package io.github.camelkommo.error;

/**
 * No answer came from Kommo: the connection failed, was dropped or timed out. A write that failed this way may or
 * may not have been applied.
 */
public class KommoConnectionException extends KommoException {

    public KommoConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
