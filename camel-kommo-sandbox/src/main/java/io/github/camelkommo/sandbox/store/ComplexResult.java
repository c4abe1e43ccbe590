package io.github.camelkommo.sandbox.store;

/** One lead of a complex add: its id, the linked contact and company ids (null when none), its request id. */
public record ComplexResult(long leadId, Long contactId, Long companyId, String requestId) {
}
