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
package io.github.camelkommo.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/maven-plugin-reference.md} is the goal and parameter reference rendered from the plugin descriptor that
 * maven-plugin-plugin generates from the mojos' annotations and Javadoc (target/classes/META-INF/maven/plugin.xml);
 * this test fails when they disagree. To rewrite the page from the descriptor:
 * {@code mvn -pl camel-kommo-maven-plugin -am test -Dtest=PluginReferenceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkommo.doc.update=true}. The same reference is printed by
 * {@code mvn io.github.camelkommo:camel-kommo-maven-plugin:help -Ddetail}.
 */
class PluginReferenceTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path REFERENCE = Path.of("../docs/maven-plugin-reference.md");

    @Test
    void referenceMatchesTheDescriptor() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        String reference = render(plugin.getDocumentElement());
        if (Boolean.getBoolean("kommo.doc.update")) {
            Files.writeString(REFERENCE, reference);
        }
        assertThat(REFERENCE).as(REFERENCE + " (rewrite it from the descriptor with -Dkommo.doc.update=true)")
                .content().isEqualTo(reference);
        assertThat(reference).contains("## generate", "## diff", "## validate", "## snapshot", "## sandbox",
                "`kommo.baseUrl`");
    }

    private static String render(Element plugin) {
        StringBuilder md = new StringBuilder();
        md.append("# camel-kommo-maven-plugin: goals and parameters\n\n")
                .append("Generated from the plugin descriptor (maven-plugin-plugin); do not edit: `PluginReferenceTest` ")
                .append("fails when they differ, and rewrites it with `-Dkommo.doc.update=true`. How to use the goals: [user-guide.md](user-guide.md#typed-handles-from-the-accounts-schema).")
                .append(" The same text: `mvn io.github.camelkommo:camel-kommo-maven-plugin:help -Ddetail`.\n\n")
                .append("Goal prefix `").append(text(plugin, "goalPrefix")).append("`; Java ")
                .append(text(plugin, "requiredJavaVersion")).append(", Maven ")
                .append(text(plugin, "requiredMavenVersion")).append("+.\n");
        NodeList mojos = plugin.getElementsByTagName("mojo");
        List<Element> sorted = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!"help".equals(text(mojo, "goal"))) {
                sorted.add(mojo);
            }
        }
        List<String> order = List.of("snapshot", "generate", "diff", "validate", "sandbox");
        sorted.sort((a, b) -> Integer.compare(order.indexOf(text(a, "goal")), order.indexOf(text(b, "goal"))));
        for (Element mojo : sorted) {
            md.append("\n## ").append(text(mojo, "goal")).append("\n\n")
                    .append(plain(text(mojo, "description"))).append("\n\n");
            String phase = text(mojo, "phase");
            md.append("Default phase: ")
                    .append(phase.isEmpty() ? "none (run it from the command line)" : "`" + phase + "`")
                    .append(".\n\n| parameter | property | default | description |\n|---|---|---|---|\n");
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                Element config = (Element) configuration.getElementsByTagName(name).item(0);
                String expression = config == null ? "" : config.getTextContent().trim();
                String property = isProperty(expression)
                                                         ? "`" + expression.substring(2, expression.length() - 1) + "`"
                                                         : "";
                String defaultValue = config == null || !config.hasAttribute("default-value") ? ""
                                                                                              : "`"
                                                                                                + config.getAttribute(
                                                                                                        "default-value")
                                                                                                + "`";
                md.append("| `").append(name).append("` | ").append(property).append(" | ").append(defaultValue)
                        .append(" | ").append(plain(text(parameter, "description")).replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    /** A parameter's expression that a user property sets: {@code ${kommo.baseUrl}}, not {@code ${project...}}. */
    private static boolean isProperty(String expression) {
        return expression.matches("\\$\\{[^}]+}") && !expression.startsWith("${project");
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getElementsByTagName(child);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == element) {
                return nodes.item(i).getTextContent().trim();
            }
        }
        return "";
    }

    /** The Javadoc HTML of a description as Markdown: code as code, other tags dropped, one line. */
    private static String plain(String html) {
        return html.replaceAll("<code>(.*?)</code>", "`$1`").replaceAll("<[^>]+>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }
}
