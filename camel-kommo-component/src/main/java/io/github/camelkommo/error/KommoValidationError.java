package io.github.camelkommo.error;

/**
 * One field Kommo refused in a batch write.
 *
 * @param position  the item's 0-based position in the caller's input (across all chunks of a bulk write), or -1
 *                  when Kommo named an item this client did not send
 * @param requestId the {@code request_id} Kommo echoed for the item
 * @param code      Kommo's error code, e.g. {@code NotSupportedChoice}
 * @param path      the field path inside the item, e.g. {@code custom_fields_values.0.field_id}
 * @param detail    Kommo's explanation
 */
public record KommoValidationError(int position, String requestId, String code, String path, String detail) {

    @Override
    public String toString() {
        return "item " + position + " " + path + ": " + code + " (" + detail + ")";
    }
}
