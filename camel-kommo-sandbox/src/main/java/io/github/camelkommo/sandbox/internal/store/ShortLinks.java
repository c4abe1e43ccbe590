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
package io.github.camelkommo.sandbox.internal.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Short links (amoCRM short_links page): each item {@code url} (an absolute http or https address) and
 * {@code metadata {entity_type, entity_id}} are required, {@code entity_type} may only be {@code contacts} ("на
 * данный момент значение может быть только contacts") and {@code entity_id} an existing contact. The short link is
 * {@code https://amo.sh/} and twelve characters worked out from the address and the contact, so the same request
 * gives the same link.
 */
public final class ShortLinks {

    private static final Set<String> KEYS = Set.of("url", "metadata", "request_id");
    private static final Set<String> METADATA_KEYS = Set.of("entity_type", "entity_id");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private ShortLinks() {
    }

    /**
     * Makes the short links of a batch, all or none.
     *
     * @return per item {@code {url, account_id, metadata}}
     * @throws ValidationException when any item is invalid
     */
    public static List<ObjectNode> create(EntityStore store, List<ObjectNode> items, List<String> labels) {
        List<ItemErrors> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Violations violations = new Violations();
            check(store, items.get(i), violations);
            EntityStore.collect(errors, labels.get(i), violations);
        }
        EntityStore.throwIfAny(errors);
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode item : items) {
            JsonNode metadata = item.get("metadata");
            ObjectNode link = Json.object().put("url", "https://amo.sh/" + code(item.get("url").asText(),
                    metadata.get("entity_id").asLong(), store.accountId())).put("account_id", store.accountId());
            link.putObject("metadata").put("entity_type", "contacts")
                    .put("entity_id", metadata.get("entity_id").asLong());
            out.add(link);
        }
        return out;
    }

    private static void check(EntityStore store, ObjectNode item, Violations violations) {
        CustomFieldValueKeys.check(item, KEYS, "", violations);
        JsonNode url = item.get("url");
        if (References.checkRequiredText(url, "url", violations) && !absolute(url.asText())) {
            violations.notSupportedChoice("url");
        }
        JsonNode metadata = item.get("metadata");
        if (metadata == null || metadata.isNull()) {
            violations.notBlank("metadata");
            return;
        }
        if (!metadata.isObject()) {
            violations.invalidType("metadata", JsonKind.OBJECT);
            return;
        }
        CustomFieldValueKeys.check(metadata, METADATA_KEYS, "metadata", violations);
        if (References.checkRequiredText(metadata.get("entity_type"), "metadata.entity_type", violations)
            && !"contacts".equals(metadata.get("entity_type").asText())) {
            violations.notSupportedChoice("metadata.entity_type");
        }
        JsonNode entityId = metadata.get("entity_id");
        if (entityId == null || entityId.isNull()) {
            violations.notBlank("metadata.entity_id");
        } else if (!JsonKind.INT.matches(entityId)) {
            violations.invalidType("metadata.entity_id", JsonKind.INT);
        } else if (store.find(EntityType.CONTACTS, entityId.asLong()).isEmpty()) {
            violations.notSupportedChoice("metadata.entity_id");
        }
    }

    private static boolean absolute(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String code(String url, long contact, long account) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((account + "/" + contact + "/" + url).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                code.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
