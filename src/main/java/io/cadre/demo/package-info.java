/**
 * The demo organisation ({@code --cadre.demo=true}): a year of a 50-person engineering organisation, its ladder,
 * objectives and users, written through the same commands a user sends, as the system identity {@code demo}.
 *
 * <p>May use every feature's {@code api}; nothing depends on it.
 */
package io.cadre.demo;
