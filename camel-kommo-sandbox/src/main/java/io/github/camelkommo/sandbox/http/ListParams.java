package io.github.camelkommo.sandbox.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelkommo.sandbox.store.EntityType;
import io.github.camelkommo.sandbox.store.FilterSpec;
import io.github.camelkommo.sandbox.store.ListQuery;
import io.github.camelkommo.sandbox.store.Matchers;
import io.github.camelkommo.sandbox.store.OrderSpec;

/**
 * The list parameters of a request, read against the entity table: {@code page} (from 1), {@code limit} (1..250,
 * default 50), the entity's {@code filter[...]}s, {@code query}, {@code order[field]=asc|desc}, {@code with} and
 * {@code If-Modified-Since}. Malformed values of known parameters answer 400; unknown parameters are ignored.
 */
record ListParams(ListQuery query, Set<String> with) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 250;

    private static final Pattern ORDER = Pattern.compile("order\\[([a-z_]+)]");
    private static final Pattern STATUSES = Pattern.compile("filter\\[statuses]\\[(\\d+)]\\[(pipeline_id|status_id)]");

    static ListParams parse(EntityType type, ApiRequest request) {
        QueryParams params = request.query();
        int page = integer(params, "page", 1, Integer.MAX_VALUE, 1);
        int limit = integer(params, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<Predicate<ObjectNode>> filters = new ArrayList<>();
        for (FilterSpec spec : type.filters()) {
            filter(spec, params).ifPresent(filters::add);
        }
        if (type.searchable()) {
            params.first("query").filter(q -> !q.isBlank()).map(Matchers::search).ifPresent(filters::add);
        }
        if (type.honoursIfModifiedSince()) {
            HttpDates.parse(request.header("If-Modified-Since"))
                    .map(Instant::getEpochSecond)
                    .map(Matchers::modifiedAfter)
                    .ifPresent(filters::add);
        }
        Set<String> with = params.first("with")
                .map(w -> Arrays.stream(w.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
        return new ListParams(new ListQuery(page, limit, filters, order(type, params)), with);
    }

    private static int integer(QueryParams params, String name, int min, int max, int fallback) {
        Optional<String> value = params.first(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get().trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw bad(max == Integer.MAX_VALUE ? name + " must be a positive integer"
                : name + " must be an integer from " + min + " to " + max);
    }

    private static Optional<Predicate<ObjectNode>> filter(FilterSpec spec, QueryParams params) {
        String key = "filter[" + spec.param() + "]";
        return switch (spec.kind()) {
            case IDS -> {
                List<String> values = params.listValues(key);
                yield values.isEmpty() ? Optional.empty()
                        : Optional.of(Matchers.anyOf(spec.field(), values.stream().map(v -> number(key, v))
                                .collect(Collectors.toSet())));
            }
            case TEXTS -> {
                List<String> values = params.listValues(key);
                yield values.isEmpty() ? Optional.empty()
                        : Optional.of(Matchers.anyText(spec.field(), new HashSet<>(values)));
            }
            case RANGE -> {
                Long from = params.first(key + "[from]").map(v -> number(key + "[from]", v)).orElse(null);
                Long to = params.first(key + "[to]").map(v -> number(key + "[to]", v)).orElse(null);
                Optional<Long> exact = params.first(key).map(v -> number(key, v));
                if (exact.isPresent()) {
                    from = exact.get();
                    to = exact.get();
                }
                yield from == null && to == null ? Optional.empty()
                        : Optional.of(Matchers.range(spec.field(), from, to));
            }
            case FLAG -> params.first(key).map(v -> switch (v.trim()) {
                case "1" -> Matchers.flag(spec.field(), true);
                case "0" -> Matchers.flag(spec.field(), false);
                default -> throw bad(key + " must be 1 or 0");
            });
            case STATUSES -> statuses(params);
        };
    }

    private static Optional<Predicate<ObjectNode>> statuses(QueryParams params) {
        Map<Integer, long[]> pairs = new TreeMap<>();
        for (String key : params.keys()) {
            Matcher m = STATUSES.matcher(key);
            if (m.matches()) {
                long[] pair = pairs.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new long[] {-1, -1});
                long value = number(key, params.first(key).orElseThrow());
                pair["pipeline_id".equals(m.group(2)) ? 0 : 1] = value;
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        if (pairs.values().stream().anyMatch(p -> p[0] < 0 || p[1] < 0)) {
            throw bad("filter[statuses] needs both pipeline_id and status_id");
        }
        return Optional.of(Matchers.inStatuses(new ArrayList<>(pairs.values())));
    }

    private static OrderSpec order(EntityType type, QueryParams params) {
        for (String key : params.keys()) {
            Matcher m = ORDER.matcher(key);
            if (m.matches() && type.orderFields().contains(m.group(1))) {
                String direction = params.first(key).orElse("").trim().toLowerCase(Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw bad(key + " must be asc or desc");
                }
                return new OrderSpec(m.group(1), direction.equals("asc"));
            }
        }
        return OrderSpec.BY_ID;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw bad(name + " must be an integer");
        }
    }

    private static ApiProblem bad(String detail) {
        return new ApiProblem(Problems.of(400, detail));
    }
}
