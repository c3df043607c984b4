package io.cadre.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of a record page that a capability downstream of the page's owner contributes: the career ladders add a
 * person's levels to the person page, for instance, without the organisation knowing ladders. A section is a
 * Spring bean; the page asks it for a fresh component each time it redraws.
 */
public interface RecordSection {

    /** The kind of a person's growth path page, which the career ladders own and the pipeline adds promotion cases to. */
    String GROWTH_PATH = "growth-path";

    /** The kind of record page it belongs on, as the page names itself: {@code person}, {@code team} or {@link #GROWTH_PATH}. */
    String recordKind();

    /** Where it sits among the sections of one page, lowest first. */
    default int order() {
        return 0;
    }

    /** The section for one record, drawn afresh; null when it has nothing to show for this record. */
    Component create(UUID recordId);
}
