/*
 * Copyright 2026 the camel-kommo authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
