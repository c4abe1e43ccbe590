package io.github.camelkommo.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The result of a completed task. */
public class TaskResult extends KommoModel {

    @JsonProperty("text")
    private String text;

    /** What came of the task. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
