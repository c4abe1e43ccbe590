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

import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code metadata} of a link as Kommo takes it in a request: {@code is_main} (a contact is the lead's main one),
 * {@code updated_by}, and for catalog elements {@code quantity}, {@code catalog_id} and {@code price_id} (amoCRM
 * entity-links reference, ground-truth/links/link-lead.json; PHP ContactModel and CatalogElementModel
 * {@code getMetadataForLink}). Kommo answers a main contact as {@code main_contact} but refuses that key in a request
 * ({@code FieldNotExpected}, as it refused {@code metadata.main} in Krukov/amocrm_api#86); this component once
 * documented {@code main_contact} for requests, so a link that still carries it is sent with {@code is_main}, and the
 * first such link logs a deprecation WARN.
 */
final class LinkMetadata {

    private static final Logger LOG = LoggerFactory.getLogger(LinkMetadata.class);
    private static final String IS_MAIN = "is_main";
    private static final String MAIN_CONTACT = "main_contact";

    /** What a {@code Link} model's metadata keeps; {@code main_contact} only to be rewritten by {@link #respell}. */
    static final WriteShape SHAPE = WriteShape.of(IS_MAIN, "updated_by", "quantity", "catalog_id", "price_id",
            MAIN_CONTACT);

    private final AtomicBoolean warned = new AtomicBoolean();

    /** Rewrites {@code metadata.main_contact} of one link as {@code is_main} ({@code is_main} wins if both are set). */
    void respell(ObjectNode link, String target) {
        JsonNode metadata = link.get("metadata");
        if (!(metadata instanceof ObjectNode object) || !object.has(MAIN_CONTACT)) {
            return;
        }
        JsonNode mainContact = object.remove(MAIN_CONTACT);
        if (!object.has(IS_MAIN)) {
            object.set(IS_MAIN, mainContact);
        }
        if (warned.compareAndSet(false, true)) {
            LOG.warn("{}: metadata.main_contact is deprecated and sent as metadata.is_main; Kommo answers with "
                     + "main_contact but takes is_main in a request (it refuses main_contact as FieldNotExpected). "
                     + "Set is_main instead.",
                    target);
        }
    }
}
