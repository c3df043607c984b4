package io.cadre.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may send a command: a sender who holds one of these roles. The command bus refuses a command whose
 * class does not say ({@link NotAllowed}), so every command states it next to its fields.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SentBy {

    /** The roles whose holders may send the command; at least one. */
    Role[] value();
}
