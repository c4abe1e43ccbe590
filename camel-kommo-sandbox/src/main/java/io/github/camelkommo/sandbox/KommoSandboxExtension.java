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
package io.github.camelkommo.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one {@link KommoSandbox} per test class: started before all tests, closed after all
 * (nested classes share it). Register it on a static field,
 * {@code @RegisterExtension static KommoSandboxExtension kommo = KommoSandboxExtension.create();}, or declare
 * {@code @ExtendWith(KommoSandboxExtension.class)} for the defaults. Test methods and constructors may take a
 * {@link KommoSandbox} parameter. With {@link #resetBeforeEach()} every test starts from the seed.
 */
public final class KommoSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final KommoSandbox.Builder builder;
    private boolean resetBeforeEach;
    private KommoSandbox sandbox;
    private int depth;

    /** The defaults; used by {@code @ExtendWith}. */
    public KommoSandboxExtension() {
        this(KommoSandbox.builder());
    }

    private KommoSandboxExtension(KommoSandbox.Builder builder) {
        this.builder = builder;
    }

    public static KommoSandboxExtension create() {
        return new KommoSandboxExtension();
    }

    public static KommoSandboxExtension create(KommoSandbox.Builder b) {
        return new KommoSandboxExtension(b);
    }

    /** Resets the sandbox ({@link KommoSandbox#reset()}) before each test. */
    public KommoSandboxExtension resetBeforeEach() {
        this.resetBeforeEach = true;
        return this;
    }

    /** The running sandbox. */
    public synchronized KommoSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("The Kommo sandbox is not running; register the extension on a static "
                                            + "field so that it starts before all tests");
        }
        return sandbox;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (depth++ == 0) {
            sandbox = builder.start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--depth == 0 && sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            sandbox().reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KommoSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }
}
