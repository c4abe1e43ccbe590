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
package io.github.camelkommo.error;

import org.apache.camel.CamelException;

/**
 * Base of every failure the kommo component reports. A failed bulk write carries a {@link KommoWriteOutcome} that
 * says which items were written before the failure and which were not.
 */
public class KommoException extends CamelException {

    private transient KommoWriteOutcome writeOutcome;

    public KommoException(String message) {
        super(message);
    }

    public KommoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What a bulk write had written when it failed, or {@code null} when the failure was not part of a write. */
    public KommoWriteOutcome getWriteOutcome() {
        return writeOutcome;
    }

    public void setWriteOutcome(KommoWriteOutcome writeOutcome) {
        this.writeOutcome = writeOutcome;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return writeOutcome == null ? message : message + " (" + writeOutcome.summary() + ")";
    }
}
