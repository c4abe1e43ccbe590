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
package io.github.camelkommo.model;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.camelkommo.KommoEntity;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binds every documented example answer of the ground-truth corpus ({@code ground-truth/} at the repository root,
 * on the test classpath) to the component's models and writes it back: each key of the example must come back with
 * an equal value. The corpus folder names the entity ({@code leads/}, {@code tasks/}, ...; see
 * {@link KommoEntity#modelType()}); folders of entities the component does not model are left out.
 * <p>
 * An entity object is an item under {@code _embedded.<key>} of a list answer, or the bare object of a single one;
 * a pipeline's {@code _embedded.statuses} items also bind as {@link Status}, and the plain array that
 * {@code leads/complex} answers binds as {@link ComplexLeadResult}. Allowed differences: a {@code null} may come
 * back absent, and an empty array {@code []} where the model has an object (Kommo's PHP sends {@code []} for an
 * empty object) may come back absent, null or as an empty object.
 */
class GroundTruthBindingTest {

    private static final String CORPUS = "ground-truth";

    private final ObjectMapper mapper = KommoJson.newMapper();

    static Stream<Named<Path>> examples() throws IOException, URISyntaxException {
        URL root = GroundTruthBindingTest.class.getClassLoader().getResource(CORPUS);
        assertThat(root).as("the corpus on the test classpath").isNotNull();
        Path dir = Paths.get(root.toURI());
        List<Named<Path>> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .filter(f -> entityOf(dir.relativize(f)).isPresent())
                    .forEach(f -> examples.add(Named.of(dir.relativize(f).toString(), f)));
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyKeyOfTheExampleComesBack(Path file) throws IOException {
        JsonNode example = mapper.readTree(file.toFile());
        JsonNode response = example.get("response");
        if (response == null) {
            return; // a request-only example: nothing Kommo answers to bind
        }
        KommoEntity entity = entityOf(file.getParent().getFileName()).orElseThrow();
        List<String> differences = new ArrayList<>();
        if (response.isArray()) {
            bindAll(response, ComplexLeadResult.class, "response", differences);
        } else {
            JsonNode items = response.path("_embedded").get(entity.embeddedKey());
            if (items != null && items.isArray()) {
                bindAll(items, entity.modelType(), "response._embedded." + entity.embeddedKey(), differences);
            } else {
                bind(response, entity.modelType(), "response", differences);
                items = mapper.createArrayNode().add(response);
            }
            if (entity == KommoEntity.pipelines) {
                for (int i = 0; i < items.size(); i++) {
                    JsonNode statuses = items.get(i).path("_embedded").path("statuses");
                    bindAll(statuses, Status.class, "pipeline " + i + "._embedded.statuses", differences);
                }
            }
        }
        assertThat(differences).as("%s: keys that do not come back equal", file.getFileName()).isEmpty();
    }

    /** The entity of a corpus folder ({@code leads}, {@code statuses}, ...), if the component models it. */
    private static Optional<KommoEntity> entityOf(Path relative) {
        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : relative.toString();
        if (relative.getFileName().toString().contains("-custom-field-group")) {
            return Optional.empty(); // custom field groups (text ids such as leads_16731615786) are not modelled
        }
        // the corpus names folders as Kommo's paths do (catalog_elements), the entities are camel case
        String name = Pattern.compile("_([a-z])").matcher(folder).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
        for (KommoEntity entity : KommoEntity.values()) {
            if (entity.name().equals(name)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    private void bindAll(JsonNode items, Class<?> model, String path, List<String> differences) {
        for (int i = 0; i < items.size(); i++) {
            bind(items.get(i), model, path + "[" + i + "]", differences);
        }
    }

    private void bind(JsonNode input, Class<?> model, String path, List<String> differences) {
        JsonNode output;
        try {
            output = mapper.valueToTree(mapper.treeToValue(input, model));
        } catch (IOException | IllegalArgumentException e) {
            differences.add(path + ": does not bind to " + model.getSimpleName() + ": " + e.getMessage());
            return;
        }
        compare(input, output, mapper.constructType(model), path, differences);
    }

    private void compare(JsonNode in, JsonNode out, JavaType type, String path, List<String> differences) {
        if (in.isObject()) {
            if (out == null || !out.isObject()) {
                differences.add(path + ": sent " + in + ", came back " + out);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = in.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JavaType fieldType = propertyType(type, field.getKey());
                JsonNode back = out.get(field.getKey());
                String at = path + "." + field.getKey();
                if (back == null || back.isNull()) {
                    if (!field.getValue().isNull() && !isEmptyObjectAsArray(field.getValue(), fieldType)) {
                        differences.add(at + ": sent " + field.getValue() + ", came back " + back);
                    }
                } else if (isEmptyObjectAsArray(field.getValue(), fieldType) && back.isObject() && back.isEmpty()) {
                    continue;
                } else {
                    compare(field.getValue(), back, fieldType, at, differences);
                }
            }
        } else if (in.isArray()) {
            if (out == null || !out.isArray() || out.size() != in.size()) {
                differences.add(path + ": sent " + in + ", came back " + out);
                return;
            }
            JavaType element = type != null && type.isContainerType() ? type.getContentType() : null;
            for (int i = 0; i < in.size(); i++) {
                compare(in.get(i), out.get(i), element, path + "[" + i + "]", differences);
            }
        } else if (!sameValue(in, out)) {
            differences.add(path + ": sent " + in + ", came back " + out);
        }
    }

    /** {@code []} where the model has an object (a bean or a map): PHP's empty object. */
    private static boolean isEmptyObjectAsArray(JsonNode value, JavaType modelType) {
        return value.isArray() && value.isEmpty() && modelType != null && !modelType.isCollectionLikeType()
               && !modelType.isArrayType() && !modelType.isJavaLangObject();
    }

    private static boolean sameValue(JsonNode in, JsonNode out) {
        if (in.isNumber() && out.isNumber()) {
            return in.decimalValue().compareTo(out.decimalValue()) == 0;
        }
        return in.equals(out);
    }

    /** The declared type of a model's property, or null for a field the model keeps among its other fields. */
    private JavaType propertyType(JavaType owner, String name) {
        if (owner == null || owner.isContainerType() || owner.isJavaLangObject()) {
            return null;
        }
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(owner).findProperties()) {
            if (property.getName().equals(name)) {
                return property.getPrimaryType();
            }
        }
        return null;
    }
}
