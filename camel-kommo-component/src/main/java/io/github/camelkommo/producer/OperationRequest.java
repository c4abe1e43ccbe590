package io.github.camelkommo.producer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.KommoEndpoint;
import io.github.camelkommo.error.KommoBindingException;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.client.KommoClient;
import io.github.camelkommo.client.KommoQuery;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One exchange as an operation sees it: the endpoint's options with the exchange's {@code CamelKommo*} headers laid
 * over them, checked before anything is sent, and the conversion of Kommo's JSON into the exchange's output.
 */
final class OperationRequest {

    private final Exchange exchange;
    private final KommoEndpoint endpoint;
    private final KommoConfiguration config;
    private final KommoClient client;

    OperationRequest(Exchange exchange, KommoEndpoint endpoint, KommoClient client) {
        this.exchange = exchange;
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.client = client;
    }

    Message message() {
        return exchange.getMessage();
    }

    KommoEntity entity() {
        return endpoint.getEntity();
    }

    KommoConfiguration config() {
        return config;
    }

    KommoClient client() {
        return client;
    }

    private <T> T header(String name, Class<T> type, T fallback) {
        T value = message().getHeader(name, type);
        return value != null ? value : fallback;
    }

    Long entityId() {
        return header(KommoConstants.ENTITY_ID, Long.class, config.getEntityId());
    }

    /** The entity's path below /api/v4/, with the pipeline filled in for stages. */
    String path() {
        String path = entity().path();
        if (entity().needsPipeline()) {
            Long pipelineId = header(KommoConstants.PIPELINE_ID, Long.class, config.getPipelineId());
            if (pipelineId == null) {
                throw new IllegalArgumentException("kommo:" + entity() + " needs a pipeline: set pipelineId= on the "
                                                   + "endpoint or the header " + KommoConstants.PIPELINE_ID);
            }
            path = path.replace("{pipelineId}", pipelineId.toString());
        }
        return path;
    }

    /** The path of one entity, failing before any request when no id was given. */
    String pathOf(String operation) {
        if (entity().isSingleton()) {
            return path();
        }
        Long id = entityId();
        if (id == null) {
            throw new IllegalArgumentException("Operation " + operation + " on kommo:" + entity() + " needs an entity id: "
                                               + "set entityId= on the endpoint or the header " + KommoConstants.ENTITY_ID);
        }
        return path() + "/" + id;
    }

    /** {@code with}, {@code query}, filters and order; with {@code paging}, also {@code page} and {@code limit}. */
    List<Map.Entry<String, String>> listQuery(boolean paging) {
        KommoQuery query = new KommoQuery();
        if (paging) {
            query.page(header(KommoConstants.PAGE, Integer.class, config.getPage()),
                    header(KommoConstants.PAGE_SIZE, Integer.class, config.getPageSize()));
        }
        return query.with(with())
                .search(header(KommoConstants.QUERY, String.class, config.getQuery()))
                .filters(filters())
                .order(header(KommoConstants.ORDER, String.class, config.getOrder()))
                .entries();
    }

    String with() {
        return header(KommoConstants.WITH, String.class, config.getWith());
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>(config.getFilter());
        Object header = message().getHeader(KommoConstants.FILTER);
        if (header instanceof Map<?, ?> map) {
            map.forEach((k, v) -> filters.put(String.valueOf(k), v));
        } else if (header != null) {
            throw new IllegalArgumentException("Header " + KommoConstants.FILTER + " must be a Map of filter names to "
                                               + "values, was " + header.getClass().getName());
        }
        return filters;
    }

    /** The body a read returns for one entity: its model, or its JSON text with rawJson. */
    Object output(JsonNode node) throws KommoBindingException {
        return endpoint.output(node);
    }
}
