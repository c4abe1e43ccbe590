package io.github.camelkommo.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** Fields shared by leads, contacts and companies, the entities Kommo shows as cards with custom fields and tags. */
public abstract class CardEntity extends CrmEntity {

    @JsonProperty("name")
    private String name;

    @JsonProperty("closest_task_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant closestTaskAt;

    @JsonProperty("is_deleted")
    private Boolean isDeleted;

    @JsonProperty("custom_fields_values")
    private List<CustomFieldValue> customFieldsValues;

    @JsonProperty("_embedded")
    private Embedded embedded;

    /** The name on the card. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Deadline of the nearest open task. */
    public Instant getClosestTaskAt() {
        return closestTaskAt;
    }

    public void setClosestTaskAt(Instant closestTaskAt) {
        this.closestTaskAt = closestTaskAt;
    }

    /** Whether it is in the bin. */
    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    /** Values of the account's custom fields. */
    public List<CustomFieldValue> getCustomFieldsValues() {
        return customFieldsValues;
    }

    public void setCustomFieldsValues(List<CustomFieldValue> customFieldsValues) {
        this.customFieldsValues = customFieldsValues;
    }

    /** Linked tags, contacts, companies and leads. */
    public Embedded getEmbedded() {
        return embedded;
    }

    public void setEmbedded(Embedded embedded) {
        this.embedded = embedded;
    }
}
