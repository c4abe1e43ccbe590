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
package io.github.camelkommo.internal.customfields;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoQuery;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.model.CustomField;

/**
 * One account's custom field definitions per entity type (and per catalog for catalog elements) and its time zone, read through the account's client when
 * first needed and again once they are older than the time to live, or when a write shows them stale.
 */
public final class AccountSchema {

    /** The operation the schema's reads count under in metrics (entity customFields or account). */
    public static final String SCHEMA = "schema";

    private record Loaded<T>(T value, long atNanos) {
    }

    private final KommoClient client;
    private final Duration ttl;
    private final Map<FieldOwner, Loaded<FieldCatalog>> fields = new ConcurrentHashMap<>();
    private volatile Loaded<ZoneId> zone;

    public AccountSchema(KommoClient client, Duration ttl) {
        this.client = client;
        this.ttl = ttl;
    }

    /** The custom fields of leads, contacts, companies, customers or a catalog's elements. */
    FieldCatalog fields(FieldOwner owner) throws KommoException {
        Loaded<FieldCatalog> loaded = fields.get(owner);
        if (loaded == null || isOld(loaded)) {
            loaded = new Loaded<>(new FieldCatalog(owner, read(owner)), System.nanoTime());
            fields.put(owner, loaded);
        }
        return loaded.value();
    }

    /** The account's time zone, which dates without one are read in; UTC when Kommo does not say. */
    ZoneId zone() throws KommoException {
        Loaded<ZoneId> loaded = zone;
        if (loaded == null || isOld(loaded)) {
            KommoRequest request = KommoRequest.get(KommoEntity.account.path(),
                    new KommoQuery().with("datetime_settings").entries()).labelled(KommoEntity.account.name(), SCHEMA);
            JsonNode settings = client.execute(request, false).body();
            String name = settings == null ? ""
                                           : settings.path("_embedded").path("datetime_settings").path("timezone")
                                                   .asText("");
            loaded = new Loaded<>(name.isBlank() ? ZoneOffset.UTC : ZoneId.of(name), System.nanoTime());
            zone = loaded;
        }
        return loaded.value();
    }

    /** Forgets what was read, so the next use reads the account again (after Kommo refused a resolved id). */
    void forget() {
        fields.clear();
        zone = null;
    }

    private boolean isOld(Loaded<?> loaded) {
        return System.nanoTime() - loaded.atNanos() > ttl.toNanos();
    }

    private List<CustomField> read(FieldOwner owner) throws KommoException {
        KommoRequest first = KommoRequest.get(owner.path(),
                new KommoQuery().page(1, KommoEntity.MAX_BATCH).entries())
                .labelled(KommoEntity.customFields.name(), SCHEMA);
        List<CustomField> definitions = new ArrayList<>();
        try {
            for (JsonNode item : client.readAll(first, KommoEntity.customFields.embeddedKey())) {
                definitions.add(client.mapper().treeToValue(item, CustomField.class));
            }
        } catch (JsonProcessingException e) {
            throw new KommoException("The custom fields of " + owner + " could not be read: " + e.getOriginalMessage(),
                    e);
        }
        return definitions;
    }
}
