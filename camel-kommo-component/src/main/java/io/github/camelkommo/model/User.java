package io.github.camelkommo.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user of the Kommo account. */
public class User extends NamedModel {

    @JsonProperty("email")
    private String email;

    @JsonProperty("lang")
    private String lang;

    @JsonProperty("rights")
    private Map<String, Object> rights;

    /** The user's e-mail address. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The user's interface language. */
    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    /** What the user may do. */
    public Map<String, Object> getRights() {
        return rights;
    }

    public void setRights(Map<String, Object> rights) {
        this.rights = rights;
    }
}
