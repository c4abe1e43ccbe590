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
package io.github.camelkommo.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A note on a lead, contact or company: a text, a call, an SMS, a service message, a place or a file. The factory methods build the common types with the params Kommo documents for each. */
public class Note extends CrmEntity {

    @JsonProperty("entity_id")
    private Long entityId;

    @JsonProperty("note_type")
    private String noteType;

    @JsonProperty("params")
    private Map<String, Object> params;

    @JsonProperty("is_need_to_trigger_digital_pipeline")
    private Boolean isNeedToTriggerDigitalPipeline;

    /** A text note. */
    public static Note common(String text) {
        return of("common", "text", text);
    }

    /** An incoming call: the phone, its length in seconds, the telephony's name and call id, a record link or null. */
    public static Note callIn(String phone, long durationSeconds, String source, String uniq, String link) {
        return of("call_in", "phone", phone, "duration", durationSeconds, "source", source, "uniq", uniq, "link", link);
    }

    /** An outgoing call, with the same params as {@link #callIn}. */
    public static Note callOut(String phone, long durationSeconds, String source, String uniq, String link) {
        return of("call_out", "phone", phone, "duration", durationSeconds, "source", source, "uniq", uniq, "link",
                link);
    }

    /** A message of a service (an integration's name) shown in the feed. */
    public static Note serviceMessage(String service, String text) {
        return of("service_message", "service", service, "text", text);
    }

    /** A service message shown in the feed with its text expanded. */
    public static Note extendedServiceMessage(String service, String text) {
        return of("extended_service_message", "service", service, "text", text);
    }

    /** An SMS received from the phone. */
    public static Note smsIn(String phone, String text) {
        return of("sms_in", "phone", phone, "text", text);
    }

    /** An SMS sent to the phone. */
    public static Note smsOut(String phone, String text) {
        return of("sms_out", "phone", phone, "text", text);
    }

    /**
     * A place: a text, its address and coordinates. Kommo takes the coordinates as text (PHP GeolocationNote, whose
     * {@code longitude} and {@code latitude} are strings; the amoCRM notes example), so they are written so.
     */
    public static Note geolocation(String text, String address, double longitude, double latitude) {
        return of("geolocation", "text", text, "address", address, "longitude", String.valueOf(longitude), "latitude",
                String.valueOf(latitude));
    }

    /** A file already uploaded to the account's drive. */
    public static Note attachment(String fileUuid, String versionUuid, String fileName) {
        return of("attachment", "file_uuid", fileUuid, "version_uuid", versionUuid, "file_name", fileName);
    }

    /** The same note on the entity {@code entityId}. */
    public Note on(long entityId) {
        this.entityId = entityId;
        return this;
    }

    private static Note of(String type, Object... keysAndValues) {
        Note note = new Note();
        note.noteType = type;
        note.params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                note.params.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return note;
    }

    /** The lead, contact or company the note is on. */
    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    /** common, call_in, call_out, service_message, extended_service_message, sms_in, sms_out, geolocation, attachment, or another type Kommo knows. */
    public String getNoteType() {
        return noteType;
    }

    public void setNoteType(String noteType) {
        this.noteType = noteType;
    }

    /** The note's content; its keys depend on the type. */
    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }

    /** Whether adding the note starts the digital pipeline's triggers. */
    public Boolean getIsNeedToTriggerDigitalPipeline() {
        return isNeedToTriggerDigitalPipeline;
    }

    public void setIsNeedToTriggerDigitalPipeline(Boolean isNeedToTriggerDigitalPipeline) {
        this.isNeedToTriggerDigitalPipeline = isNeedToTriggerDigitalPipeline;
    }
}
