package io.github.camelkommo.error;

/**
 * Kommo answered 403 to one endpoint while the account as a whole still answers: the token's user lacks the rights
 * for it (for example a non-admin user reading {@code users}). Only that exchange fails; the account's other
 * requests go on. A 403 that is Kommo's block of the whole account is a {@link KommoForbiddenException} instead.
 */
public class KommoPermissionException extends KommoApiException {

    public KommoPermissionException(KommoApiException forbidden) {
        super(forbidden.getRequest(), forbidden.getStatusCode(), forbidden.getTitle(), forbidden.getDetail(),
              forbidden.getRequestId(), forbidden.getResponseBody());
    }

    @Override
    public String getMessage() {
        return super.getMessage() + "; the token's user lacks the rights for this endpoint (an account administrator "
               + "can grant them, or use a token of a user who has them); other requests of the account go on";
    }
}
