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
package io.github.camelkommo.maven.naming;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaNamesTest {

    @Test
    void constantsAreUpperSnakeOfTheWords() {
        assertThat(JavaNames.constant("Expected delivery", "F")).isEqualTo("EXPECTED_DELIVERY");
        assertThat(JavaNames.constant("  Budget, $ ", "F")).isEqualTo("BUDGET");
        assertThat(JavaNames.constant("MeetingAt", "F")).isEqualTo("MEETING_AT");
        assertThat(JavaNames.constant("Closed - won", "F")).isEqualTo("CLOSED_WON");
        assertThat(JavaNames.constant("utm_source", "F")).isEqualTo("UTM_SOURCE");
    }

    @Test
    void cyrillicIsTransliterated() {
        assertThat(JavaNames.constant("Бюджет", "F")).isEqualTo("BYUDZHET");
        assertThat(JavaNames.constant("Источник сделки", "F")).isEqualTo("ISTOCHNIK_SDELKI");
        assertThat(JavaNames.constant("Щётка/Объём", "F")).isEqualTo("SHCHYOTKA_OBYOM");
        assertThat(JavaNames.constant("Київ", "F")).isEqualTo("KIYIV");
        assertThat(JavaNames.className("Первичный контакт", "F")).isEqualTo("PervichnyyKontakt");
    }

    @Test
    void accentsAreDroppedAndOtherScriptsFallBack() {
        assertThat(JavaNames.constant("Café Größe", "F")).isEqualTo("CAFE_GROSSE");
        assertThat(JavaNames.constant("価格", "FIELD_7")).isEqualTo("FIELD_7");
        assertThat(JavaNames.constant("", "FIELD_7")).isEqualTo("FIELD_7");
        assertThat(JavaNames.constant(null, "FIELD_7")).isEqualTo("FIELD_7");
    }

    @Test
    void aLeadingDigitGetsAnUnderscore() {
        assertThat(JavaNames.constant("2nd phone", "F")).isEqualTo("_2ND_PHONE");
        assertThat(JavaNames.className("2nd phone", "F")).isEqualTo("_2ndPhone");
    }

    @Test
    void collisionsKeepTheFirstClaimAndSuffixTheOthersWithTheirId() {
        NameScope scope = new NameScope("LeadFields");
        assertThat(scope.claim("SOURCE", 10)).isEqualTo("SOURCE");
        assertThat(scope.claim("SOURCE", 12)).isEqualTo("SOURCE_12");
        assertThat(scope.claim("source", 13)).isEqualTo("source_13");
        assertThat(scope.claim("LEADFIELDS", 14)).isEqualTo("LEADFIELDS_14");
    }
}
