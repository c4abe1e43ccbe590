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
package io.github.camelkommo.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoEntity;

/**
 * One entity event of a webhook call, decoded.
 *
 * @param entity     the entity it is about (leads, contacts, companies, tasks)
 * @param action     Kommo's action key ({@code add}, {@code update}, {@code status}, {@code responsible},
 *                   {@code delete}, {@code restore}, {@code note})
 * @param changeType the {@code CamelKommoChangeType} it is delivered with
 * @param id         the entity's id (for a note: the id of the lead, contact or company it was added to)
 * @param updatedAt  when it changed, in unix seconds: {@code last_modified} or {@code updated_at}; for a deletion,
 *                   which carries no time, the second the call was received
 * @param entityJson the entity in the API v4 shape its model binds (a note's in the shape of notes)
 * @param event      the event as Kommo sent it, every value a string
 */
public record WebhookChange(KommoEntity entity, String action, String changeType, long id, long updatedAt,
                            ObjectNode entityJson, ObjectNode event) {

    /** Whether this is a deletion (it counts under the id negated, like the polling consumer's deletions). */
    public boolean isDeletion() {
        return "deleted".equals(changeType);
    }

    /** Whether this is a note added to the entity (its body is the note). */
    public boolean isNote() {
        return "note".equals(changeType);
    }

    /**
     * What tells a retried call's event from another event of the same second: the action and the event as sent,
     * hashed (SHA-256, its first 16 bytes in URL-safe Base64, as the ledger keeps it).
     */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((action + ":" + event).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key it is deduplicated under: the entity's id, negated for a deletion. */
    public long ledgerKey() {
        return isDeletion() ? -id : id;
    }
}
