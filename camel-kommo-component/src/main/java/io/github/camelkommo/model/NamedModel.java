package io.github.camelkommo.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Kommo object with an id and a name: an account, user, pipeline, stage, tag, custom field or loss reason. */
public abstract class NamedModel extends KommoModel {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    /** Kommo's id of it. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Its name, as users see it. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
