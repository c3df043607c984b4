package io.cadre.platform.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a projection writes, and empties in its reset handler: a rebuild of the projection's group builds them
 * again beside the live ones and puts them in their place once it has succeeded. Every projection (a class with a
 * {@code @ProcessingGroup}) names them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelTables {

    /** The tables, parents before the tables that refer to them. */
    String[] value();

    /**
     * Those of the tables whose indexes, but for the primary key and unique constraints, serve the queries and not this
     * projection's handlers: a rebuild fills them without those indexes and builds each once every event is in, which
     * costs far less than keeping it up row by row. A handler that does search by such an index (a rare event, such as
     * an erasure) reads the table through without it during a rebuild.
     */
    String[] indexedAfterReplay() default {};
}
