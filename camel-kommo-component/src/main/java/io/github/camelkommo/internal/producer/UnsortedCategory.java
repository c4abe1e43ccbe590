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

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoConstants;

/**
 * Which endpoint a create of incoming leads goes to: {@code forms} (web forms) or {@code sip} (calls). The option
 * {@code unsortedType} (or its header) says; unset, the items' {@code metadata} tells, by the keys of each kind (PHP
 * Unsorted/FormsMetadata and SipMetadata), and every item must tell the same.
 */
final class UnsortedCategory {

    private static final Set<String> FORM_KEYS = Set.of("form_id", "form_name", "form_page", "form_sent_at",
            "referer", "ip", "visitor_uid");
    private static final Set<String> CALL_KEYS = Set.of("uniq", "phone", "from", "called_at", "duration",
            "service_code", "is_call_event_needed", "link");

    private UnsortedCategory() {
    }

    static String of(OperationRequest request, List<ObjectNode> items) {
        String configured = request.unsortedType();
        if (configured != null) {
            if (!Set.of("forms", "sip").contains(configured.strip())) {
                throw new IllegalArgumentException("Invalid unsortedType '" + configured + "' for kommo:"
                                                   + request.entity() + "; use forms or sip");
            }
            return configured.strip();
        }
        String told = null;
        for (int i = 0; i < items.size(); i++) {
            String kind = told(items.get(i));
            if (kind == null || (told != null && !told.equals(kind))) {
                throw new IllegalArgumentException("Create on kommo:" + request.entity() + " cannot tell a web form "
                                                   + "from a call by the metadata of item " + i
                                                   + ": set unsortedType=forms or sip (or the header "
                                                   + KommoConstants.UNSORTED_TYPE + ")");
            }
            told = kind;
        }
        return told;
    }

    private static String told(ObjectNode item) {
        boolean form = false;
        boolean call = false;
        for (var names = item.path("metadata").fieldNames(); names.hasNext();) {
            String name = names.next();
            form |= FORM_KEYS.contains(name) && !CALL_KEYS.contains(name);
            call |= CALL_KEYS.contains(name) && !FORM_KEYS.contains(name);
        }
        return form == call ? null : form ? "forms" : "sip";
    }
}
