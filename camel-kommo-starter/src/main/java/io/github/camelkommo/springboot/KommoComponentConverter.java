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

import java.util.Set;

import io.github.bucket4j.Bucket;
import io.github.camelkommo.KommoConfiguration;
import io.github.camelkommo.auth.KommoTokenStore;
import io.github.camelkommo.budget.BudgetStore;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns a bean reference, {@code #bean:name} or {@code #name}, into that bean for the options that take an object:
 * {@code configuration}, {@code rate-limiter}, {@code budget-store}, {@code state-repository},
 * {@code idempotency-repository} and {@code token-store}.
 */
final class KommoComponentConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final BeanFactory beans;

    KommoComponentConverter(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, KommoConfiguration.class),
                new ConvertiblePair(String.class, Bucket.class),
                new ConvertiblePair(String.class, StateRepository.class),
                new ConvertiblePair(String.class, IdempotentRepository.class),
                new ConvertiblePair(String.class, KommoTokenStore.class),
                new ConvertiblePair(String.class, BudgetStore.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("A " + targetType.getType().getSimpleName()
                                               + " option takes a bean reference such as #bean:name, not '"
                                               + reference + "'");
        }
        String name = reference.startsWith(BEAN_PREFIX) ? reference.substring(BEAN_PREFIX.length())
                                                        : reference.substring(1);
        return beans.getBean(name, targetType.getType());
    }
}
