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
package io.github.camelkommo.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.camelkommo.KommoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Copies the {@code camel.component.kommo.*} properties the application set onto the kommo component, through the
 * component's generated configurer (flat names such as {@code baseUrl} reach its {@code KommoConfiguration}).
 * Options left unset are not copied, so the component, or a {@code configuration} bean, keeps its own values; a
 * {@code configuration} is set first, so that the flat endpoint options apply to it.
 */
final class KommoComponentCustomizer implements ComponentCustomizer {

    /** Options of the auto-configuration itself, not of the component. */
    private static final Set<String> AUTO_CONFIGURATION_OPTIONS = Set.of("enabled", "customizer");
    private static final String CONFIGURATION = "configuration";

    private final Environment environment;
    private final KommoComponentConfiguration properties;

    KommoComponentCustomizer(Environment environment, KommoComponentConfiguration properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public void configure(String name, Component target) {
        CamelPropertiesHelper.copyProperties(target.getCamelContext(), optionsSet(target.getCamelContext()), target);
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof KommoComponent
               && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                       KommoComponentConfiguration.PREFIX + ".customizer");
    }

    private Map<String, Object> optionsSet(CamelContext context) {
        Map<String, Object> values = CamelPropertiesHelper.getNonNullProperties(context, properties);
        values.keySet().removeIf(option -> AUTO_CONFIGURATION_OPTIONS.contains(option) || !isSet(option));
        Map<String, Object> options = new LinkedHashMap<>();
        Object configuration = values.remove(CONFIGURATION);
        if (configuration != null) {
            options.put(CONFIGURATION, configuration);
        }
        options.putAll(values);
        return options;
    }

    /** Whether a property source of the environment holds the option, or a key under it (a map's entries). */
    private boolean isSet(String option) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(
                KommoComponentConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(option));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null
                || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
