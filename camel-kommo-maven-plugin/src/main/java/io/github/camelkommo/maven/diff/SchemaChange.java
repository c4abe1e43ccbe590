package io.github.camelkommo.maven.diff;

/**
 * One difference between the committed snapshot and the live account.
 *
 * @param breaking    whether code using the item may break or silently do something else (removed, renamed, type
 *                    changed); additions are not
 * @param description what changed, with names and ids
 * @param reference   the generated constant that names the item ({@code LeadFields.SOURCE.WEB}), looked for in
 *                    the code
 * @param name        the item's name in the snapshot, also looked for in the code as a string literal (custom fields
 *                    given by name), or null
 */
public record SchemaChange(boolean breaking, String description, String reference, String name) {
}
