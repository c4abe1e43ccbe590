package io.github.camelkommo.model;

/**
 * A custom field as code names it, typically a constant generated from an account's schema
 * ({@code LeadFields.BUDGET}): usable wherever a field name is, in {@link CardEntity#field(FieldHandle, Object)} and
 * {@link CardEntity#field(FieldHandle)}, so that a misspelt field fails compilation instead of a run.
 */
public interface FieldHandle {

    /** The field's id in the account. */
    long fieldId();

    /** The field's name, as users see it. */
    String fieldName();

    /** The field's type: text, numeric, select, multiselect, multitext, date, ... */
    String fieldType();
}
