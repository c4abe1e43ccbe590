/**
 * A strict, stateful local emulator of the Kommo API v4: {@link io.github.camelkommo.sandbox.KommoSandbox} and its
 * inspection and fault-injection API. The sub-packages ({@code store}, {@code http}, {@code rules},
 * {@code inspect}) are internal.
 */
package io.github.camelkommo.sandbox;
