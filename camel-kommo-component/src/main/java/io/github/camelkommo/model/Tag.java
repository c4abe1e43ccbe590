package io.github.camelkommo.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A tag on a lead, contact or company. */
public class Tag extends KommoModel {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("color")
    private String color;

    /** The tag's id. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The tag's name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The tag's colour. */
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }
}
