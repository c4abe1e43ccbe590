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

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigureAfter;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Configures the kommo component from the {@code camel.component.kommo.*} properties.
 * {@code camel.component.kommo.enabled=false} (or {@code camel.component.enabled=false}) turns it off;
 * {@code camel.component.kommo.customizer.enabled=false} keeps the properties off the component.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, KommoComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", KommoComponentConfiguration.PREFIX})
@AutoConfigureAfter(CamelAutoConfiguration.class)
public class KommoComponentAutoConfiguration {

    /** Applies the properties to the kommo component when Camel creates it. */
    @Lazy
    @Bean
    public ComponentCustomizer configureKommoComponent(Environment environment,
                                                       KommoComponentConfiguration configuration) {
        return new KommoComponentCustomizer(environment, configuration);
    }

    /** Lets the object options name a bean: {@code camel.component.kommo.rate-limiter=#bean:sharedBucket}. */
    @Bean
    @ConfigurationPropertiesBinding
    static KommoComponentConverter kommoComponentConverter(BeanFactory beanFactory) {
        return new KommoComponentConverter(beanFactory);
    }
}
