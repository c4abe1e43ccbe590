package io.github.camelkommo.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A contact (person) of the Kommo CRM. */
public class Contact extends CardEntity {

    @JsonProperty("first_name")
    private String firstName;

    @JsonProperty("last_name")
    private String lastName;

    @JsonProperty("is_unsorted")
    private Boolean isUnsorted;

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

    /** Whether the contact is still in the unsorted list. */
    public Boolean getIsUnsorted() {
        return isUnsorted;
    }

    public void setIsUnsorted(Boolean isUnsorted) {
        this.isUnsorted = isUnsorted;
    }
}
