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
package io.github.camelkommo.maven.codegen;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.squareup.javapoet.JavaFile;
import io.github.camelkommo.maven.schema.AccountSchema;
import io.github.camelkommo.maven.schema.AccountSchema.Field;
import io.github.camelkommo.maven.schema.AccountSchema.Named;
import io.github.camelkommo.maven.schema.AccountSchema.Option;
import io.github.camelkommo.maven.schema.AccountSchema.Pipeline;
import io.github.camelkommo.maven.schema.AccountSchema.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedSourcesTest {

    static final AccountSchema SCHEMA = new AccountSchema(new AccountSchema.AccountInfo(1L, "Acme", "acme"),
            Map.of("leads", List.of(
                    new Field(21, "Источник", null, "select", null,
                            List.of(new Option(3, "Сайт"), new Option(2, "Web"), new Option(4, "web"))),
                    new Field(20, "Budget", null, "numeric", null, null),
                    new Field(22, "budget", null, "text", null, null)),
                    "contacts", List.of(new Field(30, "Phone", "PHONE", "multitext", null,
                            List.of(new Option(5, "WORK"), new Option(6, "MOB"))))),
            Map.of(), List.of(new Pipeline(7, "Sales", true, List.of(new Stage(71, "Qualified", 0),
                    new Stage(142, "Closed - won", 0)))),
            List.of(new Named(8, "Ann O'Neil", null)), List.of(new Named(1, "Follow-up", "FOLLOW_UP")),
            List.of(new Named(9, "Too */ expensive <b>", null)));

    private Map<String, String> sources() {
        return new GeneratedSources("com.acme.kommo").files(SCHEMA, "src/main/kommo/kommo-schema.json").stream()
                .collect(Collectors.toMap(f -> f.typeSpec.name, JavaFile::toString));
    }

    @Test
    void writesHandlesFieldsPipelinesAndIds() {
        assertThat(sources()).containsOnlyKeys("KommoField", "KommoOption", "KommoPipeline", "KommoStage",
                "LeadFields", "ContactFields", "CompanyFields", "Pipelines", "Users", "TaskTypes", "LossReasons");
    }

    @Test
    void fieldsAreHandlesInIdOrderWithCollisionsSuffixed() {
        String leads = sources().get("LeadFields");
        assertThat(leads)
                .contains("public static final KommoField BUDGET = new KommoField(20L, \"Budget\", \"numeric\");")
                .contains("public static final KommoField BUDGET_22 = new KommoField(22L, \"budget\", \"text\");")
                .contains("public static final IstochnikField ISTOCHNIK = new IstochnikField();")
                .contains("public final KommoOption WEB = new KommoOption(2L, \"Web\");")
                .contains("public final KommoOption SAYT = new KommoOption(3L, \"Сайт\");")
                .contains("public final KommoOption WEB_4 = new KommoOption(4L, \"web\");")
                .contains("return List.of(BUDGET, ISTOCHNIK, BUDGET_22);");
        assertThat(sources().get("ContactFields"))
                .contains("public final KommoOption WORK = new KommoOption(5L, \"WORK\");");
        assertThat(sources().get("KommoField")).contains("implements FieldHandle");
        assertThat(sources().get("KommoOption")).contains("implements OptionHandle");
    }

    @Test
    void pipelinesHoldTheirStagesAndIdsAreLongs() {
        assertThat(sources().get("Pipelines"))
                .contains("public static final SalesPipeline SALES = new SalesPipeline();")
                .contains("public final KommoStage QUALIFIED = new KommoStage(71L, \"Qualified\", 7L);")
                .contains("public final KommoStage CLOSED_WON = new KommoStage(142L, \"Closed - won\", 7L);");
        assertThat(sources().get("Users")).contains("public static final long ANN_O_NEIL = 8L;");
        assertThat(sources().get("TaskTypes")).contains("public static final long FOLLOW_UP = 1L;");
        assertThat(sources().get("LossReasons")).contains("Too *&#47; expensive &lt;b&gt;")
                .contains("public static final long TOO_EXPENSIVE_B = 9L;");
    }

    @Test
    void theSameSchemaGivesTheSameSources() {
        assertThat(sources()).isEqualTo(sources());
    }

    @Test
    void aPackageNameMustBeValid() {
        assertThatThrownBy(() -> new GeneratedSources("com.acme-crm.kommo"))
                .hasMessageContaining("'com.acme-crm.kommo' is not a Java package name");
    }
}
