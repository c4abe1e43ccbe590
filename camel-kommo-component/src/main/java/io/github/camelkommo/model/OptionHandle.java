package io.github.camelkommo.model;

/**
 * An option of a select-like custom field as code names it, typically a constant generated from an account's schema
 * ({@code LeadFields.SOURCE.WEB}, {@code ContactFields.PHONE.WORK}): usable as the value of a select, radio button or
 * multiselect, or as the enum code of a phone or e-mail.
 */
public interface OptionHandle {

    /** The option's id (its {@code enum_id}). */
    long optionId();

    /** Its label, or for phones and e-mails its code (WORK, MOB, ...). */
    String label();
}
