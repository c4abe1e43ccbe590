package io.github.camelkommo.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A tag on a lead, contact or company. */
public class Tag extends NamedModel {

    @JsonProperty("color")
    private String color;

    /** A tag by its name, as writes take it (Kommo creates it when the entity type has none of that name). */
    public static Tag named(String name) {
        Tag tag = new Tag();
        tag.setName(name);
        return tag;
    }

    /** The tag's colour. */
    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }
}
