package io.github.camelkommo.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What Kommo embeds in a pipeline. */
public class PipelineEmbedded extends KommoModel {

    @JsonProperty("statuses")
    private List<Status> statuses;

    /** The pipeline's stages. */
    public List<Status> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<Status> statuses) {
        this.statuses = statuses;
    }
}
