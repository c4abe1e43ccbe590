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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Records the events of the changes the sandbox makes (through the API and {@code SandboxData}), each with the
 * clock's time, the current user and a string id (26 lower-case Crockford base-32 characters, like the amoCRM
 * example's {@code 01pz58t6p04ymgsgfbmfyfy1mf}: the time, then the sequence number). Types and
 * {@code value_after}/{@code value_before} shapes are those of the amoCRM events reference: {@code <entity>_added},
 * {@code <entity>_deleted}, {@code <entity>_restored}, {@code lead_status_changed} ({@code lead_status}),
 * {@code entity_responsible_changed} ({@code responsible_user}), {@code entity_tag_added} / {@code _deleted}
 * ({@code tag}), {@code task_completed}, the notes' events ({@code note}), {@code entity_linked} /
 * {@code entity_unlinked} ({@code link} / {@code unlink}). Nothing is recorded while the seed is applied, nor for
 * generated or overwritten entities.
 */
final class EventLog {

    private static final String DIGITS = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final Set<EntityType> RECORDED = Set.of(EntityType.LEADS, EntityType.CONTACTS,
            EntityType.COMPANIES, EntityType.TASKS);

    private final EntityStore store;
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean recording;
    private volatile ChangeListener listener = ChangeListener.NONE;

    void listener(ChangeListener listener) {
        this.listener = listener == null ? ChangeListener.NONE : listener;
    }

    EventLog(EntityStore store) {
        this.store = store;
    }

    /** Turns recording off (while the seed is applied) or on; off also restarts the sequence. */
    void recording(boolean on) {
        if (!on) {
            sequence.set(0);
        }
        recording = on;
    }

    /** The table key of an event id, if the id has the sandbox's form. */
    static Optional<Long> key(String id) {
        if (id.length() != 26) {
            return Optional.empty();
        }
        long value = 0;
        for (char c : id.substring(10).toCharArray()) {
            int digit = DIGITS.indexOf(c);
            if (digit < 0) {
                return Optional.empty();
            }
            value = value * 32 + digit;
        }
        return Optional.of(value);
    }

    void created(EntityType type, List<ObjectNode> created) {
        for (ObjectNode entity : created) {
            if (type.parent() != null) {
                notify(type.parent(), "note", null, entity);
                record(type.parent(), entity.get("entity_id").asLong(),
                        NoteParams.event(entity.get("note_type").asText()), Json.array(), value("note",
                                Json.object().put("id", entity.get("id").asLong())));
            } else if (RECORDED.contains(type)) {
                notify(type, "add", null, entity);
                record(type, entity.get("id").asLong(), type.singular() + "_added", Json.array(), Json.array());
            }
        }
    }

    void updated(EntityType type, List<ObjectNode> before, List<ObjectNode> after) {
        if (!RECORDED.contains(type)) {
            return;
        }
        for (int i = 0; i < before.size(); i++) {
            ObjectNode old = before.get(i);
            ObjectNode now = after.get(i);
            long id = now.get("id").asLong();
            notify(type, "update", old, now);
            if (type == EntityType.LEADS && changed(old, now, "status_id", "pipeline_id")) {
                record(type, id, "lead_status_changed", value("lead_status", status(old)), value("lead_status",
                        status(now)));
            }
            if (changed(old, now, "responsible_user_id")) {
                record(type, id, "entity_responsible_changed", user(old), user(now));
            }
            if (type == EntityType.TASKS && !old.path("is_completed").asBoolean()
                && now.path("is_completed").asBoolean()) {
                record(type, id, "task_completed", Json.array(), Json.array());
            }
            ArrayNode added = tags(now, old);
            if (!added.isEmpty()) {
                record(type, id, "entity_tag_added", Json.array(), added);
            }
            ArrayNode removed = tags(old, now);
            if (!removed.isEmpty()) {
                record(type, id, "entity_tag_deleted", removed, Json.array());
            }
        }
    }

    /** A deletion ({@code entity} as kept deleted) or a restoration ({@code entity} as stored again). */
    void deleted(EntityType type, ObjectNode entity, boolean restored) {
        notify(type, restored ? "restore" : "delete", null, entity);
        deleted(type, entity.get("id").asLong(), restored);
    }

    void deleted(EntityType type, long id, boolean restored) {
        record(type, id, type.singular() + (restored ? "_restored" : "_deleted"), Json.array(), Json.array());
    }

    /** A link made ({@code link}) or removed ({@code unlink}) between two entities, recorded on {@code from}. */
    void linked(EntityType from, long id, EntityType to, long toId, boolean link) {
        ObjectNode entity = Json.object().put("type", to.singular()).put("id", toId);
        ObjectNode change = Json.object();
        change.putObject(link ? "link" : "unlink").set("entity", entity);
        record(from, id, link ? "entity_linked" : "entity_unlinked", Json.array(), Json.array().add(change));
    }

    private void notify(EntityType type, String action, ObjectNode before, ObjectNode after) {
        if (recording) {
            listener.changed(type, action, before, after);
        }
    }

    private void record(EntityType entity, long entityId, String type, ArrayNode before, ArrayNode after) {
        if (!recording) {
            return;
        }
        long key = sequence.incrementAndGet();
        long now = store.clock().nowSeconds();
        ObjectNode event = Json.object();
        event.put("id", id(now * 1000, key));
        event.put("type", type);
        event.put("entity_id", entityId);
        event.put("entity_type", entity.singular());
        event.put("created_by", store.currentUserId());
        event.put("created_at", now);
        event.set("value_after", after);
        event.set("value_before", before);
        event.put("account_id", store.accountId());
        store.insertEvent(key, event);
    }

    private static String id(long millis, long key) {
        return encode(millis, 10) + encode(key, 16);
    }

    private static String encode(long value, int length) {
        char[] out = new char[length];
        long rest = value;
        for (int i = length - 1; i >= 0; i--) {
            out[i] = DIGITS.charAt((int) (rest & 31));
            rest >>>= 5;
        }
        return new String(out);
    }

    private static boolean changed(ObjectNode old, ObjectNode now, String... fields) {
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                return true;
            }
        }
        return false;
    }

    private static ArrayNode value(String key, JsonNode content) {
        ArrayNode out = Json.array();
        out.addObject().set(key, content);
        return out;
    }

    private static ObjectNode status(ObjectNode lead) {
        return Json.object().put("id", lead.get("status_id").asLong()).put("pipeline_id",
                lead.get("pipeline_id").asLong());
    }

    private static ArrayNode user(ObjectNode entity) {
        return value("responsible_user", Json.object().put("id", entity.get("responsible_user_id").asLong()));
    }

    /** {@code [{tag: {name}}]} for the tags of {@code in} that {@code notIn} lacks. */
    private static ArrayNode tags(ObjectNode in, ObjectNode notIn) {
        List<Long> others = new ArrayList<>();
        notIn.path("_embedded").path("tags").forEach(t -> others.add(t.get("id").asLong()));
        ArrayNode out = Json.array();
        for (JsonNode tag : in.path("_embedded").path("tags")) {
            if (!others.contains(tag.get("id").asLong())) {
                out.addObject().putObject("tag").set("name", tag.get("name"));
            }
        }
        return out;
    }
}
