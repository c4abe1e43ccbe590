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
package io.github.camelkommo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stateFile that cannot be written stops its consumer from starting, with the option, the path and the fix. */
class StateFileTest extends KommoTestSupport {

    @TempDir
    Path dir;

    @Test
    void aStateFileWhoseDirectoryIsAFileFailsTheStartNamingOptionPathAndFix() throws Exception {
        // a file where the directory should be: no directory can be made there, for root too (chmod would not do)
        Path notADirectory = Files.writeString(dir.resolve("watermarks"), "a file");
        String stateFile = notADirectory.resolve("leads.properties").toString();
        int before = sandbox().stats().total();

        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&stateFile=" + stateFile).routeId("unwritable").to("mock:changes");
            }
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The stateFile '" + stateFile + "' (" + stateFile + ") cannot be written: " + notADirectory
                            + " is a file, not a directory. Set stateFile to a file in a directory this process can "
                            + "create and write, or give a stateRepository instead");
        assertThat(sandbox().stats().total()).as("requests sent").isEqualTo(before);
    }

    @Test
    void aStateFileThatIsADirectoryFailsTheStart() throws Exception {
        String stateFile = Files.createDirectory(dir.resolve("state")).toString();

        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kommo:leads?delay=50&stateFile=" + stateFile).routeId("directory").to("mock:changes");
            }
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The stateFile '" + stateFile + "'")
                .hasMessageContaining(stateFile + " is a directory. Set stateFile to a file");
    }
}
