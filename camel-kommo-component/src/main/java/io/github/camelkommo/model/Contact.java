package io.github.camelkommo.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** A contact (person) of the Kommo CRM. */
public class Contact extends CrmEntity {

    @JsonProperty("name")
    private String name;

    @JsonProperty("first_name")
    private String firstName;

    @JsonProperty("last_name")
    private String lastName;

    @JsonProperty("closest_task_at")
    @JsonSerialize(using = UnixSeconds.Serializer.class)
    @JsonDeserialize(using = UnixSeconds.Deserializer.class)
    private Instant closestTaskAt;

    @JsonProperty("is_deleted")
    private Boolean isDeleted;

    @JsonProperty("is_unsorted")
    private Boolean isUnsorted;

    @JsonProperty("custom_fields_values")
    private List<CustomFieldValue> customFieldsValues;

    @JsonProperty("_embedded")
    private Embedded embedded;

    /** The contact's full name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** First name. */
    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    /** Last name. */
    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** Deadline of the nearest open task. */
    public Instant getClosestTaskAt() {
        return closestTaskAt;
    }

    public void setClosestTaskAt(Instant closestTaskAt) {
        this.closestTaskAt = closestTaskAt;
    }

    /** Whether the contact is in the bin. */
    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    /** Whether the contact is still in the unsorted list. */
    public Boolean getIsUnsorted() {
        return isUnsorted;
    }

    public void setIsUnsorted(Boolean isUnsorted) {
        this.isUnsorted = isUnsorted;
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
