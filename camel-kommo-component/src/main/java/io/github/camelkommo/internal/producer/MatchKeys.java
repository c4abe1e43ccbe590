/*
 * Copyright 2026 the camel-kommo authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelkommo.internal.producer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelkommo.KommoEntity;
import io.github.camelkommo.error.KommoException;
import io.github.camelkommo.model.CustomField;

/**
 * What {@code matchBy} finds an upsert's items by, and each item's keys: a custom field holding an external id (its
 * value as Kommo's filter takes it), or a contact's or company's {@code PHONE} (by digits, with the account's
 * country rule) and {@code EMAIL} (ignoring case). A key names its field, so a phone never matches an e-mail.
 */
final class MatchKeys {

    /** The field types Kommo's {@code filter[custom_fields_values]} takes by value (docs/sandbox.md, S3). */
    private static final Set<String> FILTER_TYPES = Set.of("numeric", "text", "url", "textarea", "streetaddress");
    /** Countries whose national prefix 8 stands for +7 (Kommo's duplicate control normalises so). */
    private static final Set<String> EIGHT_IS_SEVEN = Set.of("RU", "KZ");

    private record Field(long id, String code, String kind, boolean numeric) {
    }

    private final String matchBy;
    private final List<Field> fields;
    private final boolean byIndex;
    private boolean eightIsSeven;

    private MatchKeys(String matchBy, List<Field> fields, boolean byIndex) {
        this.matchBy = matchBy;
        this.fields = fields;
        this.byIndex = byIndex;
    }

    /**
     * The endpoint's {@code matchBy}, checked against the entity and the account's fields before any write.
     *
     * @throws IllegalArgumentException naming the option, the value and the valid choices
     */
    static MatchKeys of(OperationRequest request) throws KommoException {
        KommoEntity entity = request.entity();
        String matchBy = request.config().getMatchBy();
        boolean party = entity != KommoEntity.leads;
        String choices = party ? "PHONE, EMAIL, PHONE,EMAIL or a custom field's name or code"
                               : "a custom field's name or code";
        if (matchBy == null || matchBy.isBlank()) {
            throw new IllegalArgumentException("Upsert on kommo:" + entity + " needs matchBy: " + choices);
        }
        List<Field> fields = new ArrayList<>();
        boolean contactKeys = false;
        for (String part : new LinkedHashSet<>(List.of(matchBy.trim().split("\\s*,\\s*")))) {
            String upper = part.toUpperCase(Locale.ROOT);
            if (party && (upper.equals("PHONE") || upper.equals("EMAIL"))) {
                CustomField field = request.customFieldNames().field(entity, upper);
                fields.add(new Field(field.getId(), upper, upper, false));
                contactKeys = true;
                continue;
            }
            CustomField field = request.customFieldNames().field(entity, part);
            if (!FILTER_TYPES.contains(field.getType())) {
                throw new IllegalArgumentException(
                        "Invalid matchBy '" + matchBy + "' for kommo:" + entity + ": the field '"
                                                   + field.getName() + "' is of type " + field.getType()
                                                   + ", which Kommo's filter cannot find by value; use " + choices
                                                   + " (a field of type " + String.join(", ", FILTER_TYPES.stream()
                                                           .sorted().toList())
                                                   + ")");
            }
            fields.add(
                    new Field(field.getId(), field.getCode(), "F" + field.getId(), "numeric".equals(field.getType())));
        }
        if (fields.size() > 1 && fields.stream().anyMatch(f -> f.kind().startsWith("F"))) {
            throw new IllegalArgumentException("Invalid matchBy '" + matchBy + "' for kommo:" + entity
                                               + ": use one custom field, or PHONE and/or EMAIL");
        }
        return new MatchKeys(matchBy.trim(), List.copyOf(fields), contactKeys);
    }

    /** Whether the items are found in an index of the account (phones, e-mails) rather than by a filter. */
    boolean byIndex() {
        return byIndex;
    }

    /** The one field an external id is filtered on (only when not {@link #byIndex()}). */
    long filterFieldId() {
        return fields.get(0).id();
    }

    /** Applies the account's country: for RU and KZ accounts a phone {@code 8 999 …} is {@code 7 999 …}. */
    void country(String country) {
        eightIsSeven = country != null && EIGHT_IS_SEVEN.contains(country.toUpperCase(Locale.ROOT));
    }

    /** How matchBy reads in messages and journal keys. */
    String describe() {
        return matchBy;
    }

    /** The keys of an item or a stored entity: each value of each matchBy field, normalised, named by its field. */
    Set<String> keys(JsonNode entity) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode value : entity.path("custom_fields_values")) {
            for (Field field : fields) {
                boolean same = value.path("field_id").asLong(-1) == field.id() || field.code() != null
                                                                                  && field.code().equalsIgnoreCase(value
                                                                                          .path("field_code")
                                                                                          .asText(""));
                if (same) {
                    for (JsonNode v : value.path("values")) {
                        String key = normal(field, v.path("value"));
                        if (!key.isEmpty()) {
                            keys.add(field.kind() + ":" + key);
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** The value a key was made of, as the filter is sent it (external ids only). */
    static String value(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    private String normal(Field field, JsonNode value) {
        String text = value.isNull() || value.isMissingNode() ? "" : value.asText("").trim();
        switch (field.kind()) {
            case "PHONE" :
                String digits = text.replaceAll("\\D", "");
                return eightIsSeven && digits.length() == 11 && digits.startsWith("8") ? "7" + digits.substring(1)
                                                                                       : digits;
            case "EMAIL" :
                return text.toLowerCase(Locale.ROOT);
            default :
                if (field.numeric() && text.matches("-?\\d+(\\.\\d+)?")) {
                    return new BigDecimal(text).stripTrailingZeros().toPlainString();
                }
                return text;
        }
    }
}
