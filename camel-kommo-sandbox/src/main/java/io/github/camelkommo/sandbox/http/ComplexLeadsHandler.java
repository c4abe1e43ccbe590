package io.github.camelkommo.sandbox.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelkommo.sandbox.store.ComplexResult;
import io.github.camelkommo.sandbox.store.EntityStore;
import io.github.camelkommo.sandbox.store.Json;

/**
 * {@code POST /api/v4/leads/complex}: at most 50 leads, each with at most one embedded contact and one company.
 * Answers a plain JSON array {@code [{id, contact_id, company_id, request_id:[...], merged}]}; the sandbox has no
 * duplicate control, so {@code merged} is always false.
 */
final class ComplexLeadsHandler implements Router.RouteHandler {

    static final int BATCH_LIMIT = 50;

    private final EntityStore store;

    ComplexLeadsHandler(EntityStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request, long[] ids) {
        WriteBody.Batch batch = WriteBody.batch(request, BATCH_LIMIT);
        List<ComplexResult> results = store.createComplex(batch.items(), batch.requestIds());
        ArrayNode body = Json.array();
        for (ComplexResult result : results) {
            ObjectNode item = body.addObject();
            item.put("id", result.leadId());
            if (result.contactId() == null) {
                item.putNull("contact_id");
            } else {
                item.put("contact_id", result.contactId());
            }
            if (result.companyId() == null) {
                item.putNull("company_id");
            } else {
                item.put("company_id", result.companyId());
            }
            item.putArray("request_id").add(result.requestId());
            item.put("merged", false);
        }
        return ApiResponse.json(200, body);
    }
}
