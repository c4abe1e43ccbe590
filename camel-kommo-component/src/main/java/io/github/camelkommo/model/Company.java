package io.github.camelkommo.model;

/** A company of the Kommo CRM. */
public class Company extends CardEntity {


}
