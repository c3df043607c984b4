package io.cadre.platform.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a projection writes, and empties in its reset handler: a rebuild of the projection's group keeps a copy
 * of them and puts it back if the rebuild fails. Every projection (a class with a {@code @ProcessingGroup}) names them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelTables {

    /** The tables, parents before the tables that refer to them. */
    String[] value();
}
